//! Nouns that say a name is a product's: the kind of thing written right after a brand or model
//! name ("the Exeem program", "an Intel Celeron chip", "the Kazaa file-sharing system").

use super::WordList;

/// A kind of product that follows the product's name directly. Nouns that follow a company's
/// or a broadcaster's name as often as a product's ("computer", "phone", "website",
/// "program": "Apple computer", "BBC website", "the CBS program") are left out.
pub static PRODUCT_NOUNS: WordList = WordList::new(
    "software chip chips processor processors microprocessor \
     browser console consoles handset handsets smartphone smartphones app apps",
);

/// Nouns that name a product only after a technical modifier written with hyphens ("the
/// Kazaa file-sharing system", "the BitTorrent peer-to-peer network"), not alone ("the Fox
/// network", "the NHS system").
pub static SYSTEM_NOUNS: WordList = WordList::new("system systems network networks");

/// Verbs after a name that only an actor takes, a company rather than its product ("Dell
/// said", "Nintendo launched").
pub static ACTOR_VERBS: WordList = WordList::new(
    "said says announced launched plans planned hired bought sold reported makes made owns \
     employs denied admitted",
);

/// Nouns after a product noun that make the pair a trade ("chip makers", "software
/// industry"): the name before them is a place's or a company's, not a product's.
pub static TRADE_NOUNS: WordList = WordList::new(
    "maker makers manufacturer manufacturers industry industries firm firms company companies \
     sector market markets giant giants exports",
);
