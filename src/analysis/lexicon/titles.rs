//! Titles and roles: the head words of a title, the honorifics written before a name (those that
//! are a role and the courtesy ones that are not), the words that modify a title, the nouns for
//! people that head a speaker's description, and the abbreviations written with a period.

use super::WordList;

/// Head words of a title or role ("US Army *Secretary*", "Kremlin *spokesman*").
pub static TITLE_HEADS: WordList = WordList::new(
    "adviser advisor aide ambassador attorney cardinal ceo chair chairman chairperson \
     chairwoman chancellor chief commander commissioner congressman congresswoman coordinator \
     councillor councilman councilwoman deputy director diplomat emir emperor envoy executive \
     founder governor head judge king lawmaker leader mayor minister negotiator official \
     officer pope premier president prince princess prosecutor queen representative secretary \
     senator speaker spokesman spokesperson spokeswoman sultan treasurer vice-president",
);

/// Words that complete a title after "of" ("Chief of *Staff*", "Secretary of *State*") and are
/// part of the title rather than a name.
pub static TITLE_OF_OBJECTS: WordList = WordList::new("staff state defense defence treasury");

/// Abbreviated or military honorifics written before a name; they become a role of their own
/// ("Gen."), except the courtesy ones in [`COURTESY_TITLES`].
pub static HONORIFICS: WordList = WordList::new(
    "adm brig capt cmdr col cpl dr gen gov lt maj pres prof rep rev sen sgt general admiral \
     captain colonel corporal lieutenant major sergeant marshal professor rabbi sheikh sir \
     dame lord",
);

/// Honorifics that carry no role ("Mr. Smith" has no role "Mr.").
pub static COURTESY_TITLES: WordList = WordList::new("mr mrs ms miss mx madam");

/// Lower-case words that may stand before a title head ("*foreign* minister", "*special* envoy").
pub static ROLE_MODIFIERS: WordList = WordList::new(
    "acting assistant associate commanding defence defense deputy economy energy executive \
     finance foreign former general health home interim interior justice military national \
     presidential press prime principal security senior special state top trade vice chief \
     first supreme lead peace economic climate policy intelligence communications campaign \
     party opposition government cabinet police union parliamentary regional",
);

/// Role modifiers that name an organization when capitalised ("*Army* Chief of Staff", "the
/// *army* spokesman"): in a title they are both a modifier and a name.
pub static ORGANIZATION_MODIFIERS: WordList = WordList::new("army navy police");

/// Nouns for people, heads of speaker descriptions ("a Jive spokeswoman").
pub static PERSON_NOUNS: WordList = WordList::new(
    "spokesman spokeswoman spokesperson official minister director executive chief analyst \
     economist lawyer attorney president chairman chairwoman chair secretary manager boss \
     founder head editor consultant expert researcher professor doctor man woman aide adviser \
     advisor envoy governor mayor senator judge prosecutor officer commander general leader \
     member owner strategist correspondent producer singer actor actress star player coach \
     source organiser organizer witness resident student teacher worker campaigner",
);

/// Words written with a period that does not end a sentence: titles, company forms, months
/// and a few Latin and English abbreviations (lower case, without the period).
pub static ABBREVIATIONS: WordList = WordList::new(
    "mr mrs ms dr prof gen col lt sgt capt cmdr adm maj rep sen gov pres rev st jr sr co corp \
     inc ltd no vs etc jan feb mar apr jun jul aug sep sept oct nov dec mt ft approx dept est \
     fig u.s e.g i.e",
);
