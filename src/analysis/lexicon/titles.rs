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
     senator speaker spokesman mp spokesperson spokeswoman sultan treasurer vice-president",
);

/// Words that complete a title after "of" ("Chief of *Staff*", "Secretary of *State*") and are
/// part of the title rather than a name.
pub static TITLE_OF_OBJECTS: WordList = WordList::new("staff state defense defence treasury");

/// Abbreviated or military honorifics written before a name; they become a role of their own
/// ("Gen."), except the courtesy ones in [`COURTESY_TITLES`].
pub static HONORIFICS: WordList = WordList::new(
    "adm brig capt cmdr col cpl gen gov lt maj pres prof rep rev sen sgt general admiral \
     captain colonel corporal lieutenant major sergeant marshal professor rabbi sheikh \
     ayatollah imam lord",
);

/// Honorifics that carry no role ("Mr. Smith" has no role "Mr.", nor "Dr Smith" "Dr": a
/// doctor's or a knight's form of address says nothing of the post).
pub static COURTESY_TITLES: WordList = WordList::new("mr mrs ms miss mx madam dr sir dame");

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

/// Nouns for jobs and occupations, written before or after a name as a role ("drummer Ann Lee",
/// "Ann Lee, an analyst at ...") and heading a speaker's description ("a Jive spokeswoman").
/// Title heads ([`TITLE_HEADS`]) are jobs too; these are the ones that are not titles of office.
pub static OCCUPATIONS: WordList = WordList::new(
    "analyst economist lawyer counsel manager boss editor consultant expert researcher \
     scientist professor lecturer doctor strategist correspondent journalist reporter producer \
     singer songwriter actor actress star popstar player coach drummer guitarist bassist \
     keyboardist musician composer conductor dancer comedian presenter broadcaster host \
     commentator writer author novelist playwright poet director designer architect engineer \
     administrator banker trader investor entrepreneur campaigner activist organiser organizer \
     protester teacher blogger footballer goalkeeper striker midfielder defender winger \
     cricketer batsman bowler athlete sprinter golfer boxer jockey swimmer cyclist rapper \
     photographer film-maker filmmaker chef nurse surgeon detective captain skipper \
     vice-captain referee umpire champion quarterback pitcher frontman frontwoman vocalist \
     pianist violinist cellist saxophonist trumpeter lyricist choreographer critic columnist \
     anchor anchorman newsreader cartoonist illustrator animator supermodel entertainer \
     impresario promoter agent publicist curator artist painter sculptor screenwriter \
     scriptwriter barrister solicitor advocate physician psychiatrist psychologist pharmacist \
     dentist physicist chemist biologist historian academic sociologist headteacher headmaster \
     headmistress pilot farmer priest bishop archbishop vicar pastor cleric chaplain \
     broker accountant auditor regulator investigator inspector superintendent constable \
     sheriff magistrate politician legislator mep msp delegate co-founder cofounder cfo coo \
     cto tycoon mogul magnate cameraman dj policeman policewoman firefighter paramedic \
     astronaut businessman businesswoman",
);

/// Nouns for people that are no job ("a local man", "a witness"): heads of a speaker's
/// description, never a role.
pub static PERSON_NOUNS: WordList = WordList::new(
    "man woman member owner source witness resident student worker fan viewer customer user \
     people",
);

/// A noun for a person: a title head, an occupation or another noun for people.
pub fn is_person_noun(word: &str) -> bool {
    TITLE_HEADS.contains(word) || OCCUPATIONS.contains(word) || PERSON_NOUNS.contains(word)
}

/// Words written with a period that does not end a sentence: titles, company forms, months
/// and a few Latin and English abbreviations (lower case, without the period).
pub static ABBREVIATIONS: WordList = WordList::new(
    "mr mrs ms dr prof gen col lt sgt capt cmdr adm maj rep sen gov pres rev st jr sr co corp \
     inc ltd no vs etc jan feb mar apr jun jul aug sep sept oct nov dec mt ft approx dept est \
     fig u.s e.g i.e",
);
