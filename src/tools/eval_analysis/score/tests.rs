//! The scorer on hand-built gold / analysis pairs over one short text whose curly quotes,
//! apostrophe, umlaut and euro sign make character and byte offsets differ.

use super::*;
use crate::analysis::{Entity, Quantity, Quote, TimelineEvent, Timex, TimexKind};
use crate::tools::eval_analysis::gold::{GoldDate, GoldEntity, GoldQuantity, GoldQuote};

const TEXT: &str = "President Zelenskyy’s aide Olena Müller said “we are ready” on Monday. \
Müller told Reuters the plan costs €2bn, “a fair price”. Zelenskyy landed in Kyiv on Wednesday. \
“Never,” a Ukrainian official said. “Soon.”";

/// The byte span of the `nth` (1-based) occurrence of `needle`.
fn at(needle: &str, nth: usize) -> Span {
    let start = TEXT.match_indices(needle).nth(nth - 1).expect("in the text").0;
    start..start + needle.len()
}

fn one(needle: &str) -> Span {
    at(needle, 1)
}

fn gold() -> Gold {
    let entity = |name: &str, kind, roles: &[&str], mentions: Vec<Span>| GoldEntity {
        name: name.into(),
        kind,
        roles: roles.iter().map(|r| r.to_string()).collect(),
        forms: mentions.iter().map(|m| TEXT[m.clone()].to_string()).collect(),
        mentions,
    };
    let date = |text: &str, value: &str, event: Option<(&str, &str)>| GoldDate {
        span: one(text),
        value: value.into(),
        event: event.map(|e| e.0.into()),
        trigger: event.map(|e| e.1.into()),
    };
    Gold {
        published: chrono::NaiveDate::from_ymd_opt(2025, 11, 20).expect("date"),
        entities: vec![
            entity(
                "Zelenskyy",
                EntityKind::Person,
                &["President"],
                vec![at("Zelenskyy", 1), at("Zelenskyy", 2)],
            ),
            entity(
                "Olena Müller",
                EntityKind::Person,
                &["aide"],
                vec![one("Olena Müller"), at("Müller", 2)],
            ),
            entity("Reuters", EntityKind::Organization, &[], vec![one("Reuters")]),
            entity("Kyiv", EntityKind::Place, &[], vec![one("Kyiv")]),
        ],
        quotes: vec![
            GoldQuote { span: one("we are ready"), speaker: Some("Olena Müller".into()) },
            GoldQuote { span: one("a fair price"), speaker: None },
            GoldQuote { span: one("Never,"), speaker: Some("a Ukrainian official".into()) },
            GoldQuote { span: one("Soon."), speaker: Some("a Ukrainian official".into()) },
        ],
        quantities: vec![GoldQuantity {
            span: one("€2bn"),
            about: "the plan".into(),
            head: "plan".into(),
        }],
        dates: vec![
            date("Monday", "2025-11-17", Some(("Olena Müller said", "said"))),
            date("Wednesday", "2025-11-19", Some(("Zelenskyy landed in Kyiv", "landed"))),
        ],
    }
}

fn entity(id: usize, name: &str, kind: EntityKind, roles: &[&str], mentions: Vec<Span>) -> Entity {
    Entity {
        id,
        name: name.into(),
        kind,
        roles: roles.iter().map(|r| r.to_string()).collect(),
        mentions,
    }
}

fn analysis(entities: Vec<Entity>) -> Analysis {
    Analysis { text: TEXT.into(), entities, ..Analysis::default() }
}

fn counts(tp: usize, found: usize, gold: usize) -> Counts {
    Counts { tp, found, gold }
}

fn family(s: &ArticleScore, f: Family) -> Counts {
    s.families[&f]
}

/// The texts of the findings of one family and outcome.
fn texts(s: &ArticleScore, f: Family, o: Outcome) -> Vec<String> {
    s.findings.iter().filter(|x| x.family == f && x.outcome == o).map(|x| x.text.clone()).collect()
}

/// The program's entities: Zelenskyy right, Müller split in two, Reuters a place, Kyiv missed,
/// "President" a false person, a date entity that is not scored as a name.
fn program_entities() -> Vec<Entity> {
    vec![
        entity(
            0,
            "Zelenskyy",
            EntityKind::Person,
            &["leader"],
            vec![at("Zelenskyy", 1), at("Zelenskyy", 2)],
        ),
        entity(1, "Olena Müller", EntityKind::Person, &["The aide."], vec![one("Olena Müller")]),
        entity(2, "Müller", EntityKind::Person, &[], vec![at("Müller", 2)]),
        entity(3, "Reuters", EntityKind::Place, &[], vec![one("Reuters")]),
        entity(4, "President", EntityKind::Person, &[], vec![one("President")]),
        entity(5, "Monday", EntityKind::Date, &["2025-11-17"], vec![one("Monday")]),
    ]
}

#[test]
fn entities_need_the_exact_span_and_kind() {
    let s = score(&gold(), &analysis(program_entities()));
    // Right: two Zelenskyy, Olena Müller, Müller. Wrong kind: Reuters. False: President.
    assert_eq!(family(&s, Family::Entities), counts(4, 6, 6));
    assert_eq!(s.kinds[&EntityKind::Person], counts(4, 5, 4));
    assert_eq!(s.kinds[&EntityKind::Organization], counts(0, 0, 1));
    assert_eq!(s.kinds[&EntityKind::Place], counts(0, 1, 1));
    assert_eq!(texts(&s, Family::Entities, Outcome::Miss), ["Reuters", "Kyiv"]);
    assert_eq!(texts(&s, Family::Entities, Outcome::False), ["President", "Reuters"]);
    let reuters = s.findings.iter().find(|f| f.text == "Reuters" && f.outcome == Outcome::False);
    assert_eq!(reuters.and_then(|f| f.other.as_deref()), Some("gold as organization"));
}

#[test]
fn an_overlapping_mention_is_not_an_entity() {
    let possessive = at("Zelenskyy’s", 1);
    let program =
        vec![entity(0, "Zelenskyy", EntityKind::Person, &[], vec![possessive, at("Zelenskyy", 2)])];
    let s = score(&gold(), &analysis(program));
    assert_eq!(family(&s, Family::Entities), counts(1, 2, 6));
    assert!(texts(&s, Family::Entities, Outcome::False).contains(&"Zelenskyy’s".to_string()));
}

#[test]
fn merges_count_pairs_of_names_over_exact_mentions() {
    // Split: the gold pair "Müller ~ Olena Müller" is missed; no program pair.
    let s = score(&gold(), &analysis(program_entities()));
    assert_eq!(family(&s, Family::Merges), counts(0, 0, 1));
    assert_eq!(texts(&s, Family::Merges, Outcome::Miss), ["Müller ~ Olena Müller"]);
    // Merged, together with Zelenskyy: one right pair, two false ones.
    let all = vec![at("Zelenskyy", 1), one("Olena Müller"), at("Müller", 2)];
    let s =
        score(&gold(), &analysis(vec![entity(0, "Olena Müller", EntityKind::Person, &[], all)]));
    assert_eq!(family(&s, Family::Merges), counts(1, 3, 1));
    // Same name twice is no pair; a mention without the exact span takes no part.
    let inexact = vec![one("Olena Müller"), one("Müller told")];
    let s = score(
        &gold(),
        &analysis(vec![entity(0, "Olena Müller", EntityKind::Person, &[], inexact)]),
    );
    assert_eq!(family(&s, Family::Merges), counts(0, 0, 0));
}

#[test]
fn roles_go_through_the_entity_sharing_most_mentions() {
    // "The aide." is "aide" (determiner, final period, case); "leader" is no "President".
    let s = score(&gold(), &analysis(program_entities()));
    assert_eq!(family(&s, Family::Roles), counts(1, 2, 2));
    assert_eq!(texts(&s, Family::Roles, Outcome::Miss), ["Zelenskyy"]);
    assert_eq!(texts(&s, Family::Roles, Outcome::False), ["Zelenskyy"]);
    // One Zelenskyy mention and both Müller ones: the entity is Müller, the role hers.
    let mixed = vec![at("Zelenskyy", 1), one("Olena Müller"), at("Müller", 2)];
    let s = score(
        &gold(),
        &analysis(vec![entity(0, "Olena Müller", EntityKind::Person, &["aide"], mixed)]),
    );
    assert_eq!(family(&s, Family::Roles), counts(1, 1, 2));
    // An entity matching no gold mention exactly has no gold roles.
    let s = score(
        &gold(),
        &analysis(vec![entity(0, "Olena", EntityKind::Person, &["aide"], vec![one("Olena")])]),
    );
    assert_eq!(family(&s, Family::Roles), counts(0, 1, 2));
}

fn quote(text: &str, speaker: Option<&str>, speaker_entity: Option<usize>) -> Quote {
    Quote { text: text.into(), span: one(text), speaker: speaker.map(Into::into), speaker_entity }
}

#[test]
fn quote_speakers_by_entity_or_by_phrase() {
    let mut a = analysis(program_entities());
    a.entities[1].mentions.push(at("Müller", 2));
    a.quotes = vec![
        // Through the entity: "she" stands for Olena Müller.
        quote("we are ready", Some("she"), Some(1)),
        // The same phrase, another determiner, overlapping the gold span.
        quote("“Never,”", Some("The Ukrainian official"), None),
        // The gold quote has no speaker and neither has this one: not counted.
        quote("a fair price", None, None),
        // Found, but no speaker: a false find and a miss.
        quote("Soon.", None, None),
    ];
    let s = score(&gold(), &a);
    assert_eq!(family(&s, Family::QuoteSpeakers), counts(2, 3, 3));
    assert_eq!(texts(&s, Family::QuoteSpeakers, Outcome::Miss), ["Soon."]);
    // A form of the entity is its name; a wrong entity is wrong; a quote the gold lacks counts
    // only when it names a speaker.
    a.quotes = vec![
        quote("we are ready", Some("Müller"), None),
        quote("Never,", Some("Zelenskyy"), Some(0)),
        quote("a fair price", Some("Reuters"), None),
        quote("Kyiv", None, None),
    ];
    let s = score(&gold(), &a);
    assert_eq!(family(&s, Family::QuoteSpeakers), counts(1, 3, 3));
    assert_eq!(texts(&s, Family::QuoteSpeakers, Outcome::False), ["Never,", "a fair price"]);
}

#[test]
fn quantities_overlap_and_need_the_head_word() {
    let quantity = |text: &str, about: &str| Quantity {
        text: text.into(),
        span: one(text),
        about: about.into(),
    };
    let mut a = analysis(vec![]);
    // "2bn" overlaps "€2bn"; "plans" is "plan".
    a.quantities = vec![quantity("2bn", "peace plans"), quantity("Monday", "")];
    let s = score(&gold(), &a);
    assert_eq!(family(&s, Family::Quantities), counts(1, 2, 1));
    a.quantities = vec![quantity("€2bn", "the price")];
    let s = score(&gold(), &a);
    assert_eq!(family(&s, Family::Quantities), counts(0, 1, 1));
    assert_eq!(texts(&s, Family::Quantities, Outcome::Miss), ["€2bn"]);
}

fn timex(text: &str, kind: TimexKind, value: &str) -> Timex {
    Timex { span: one(text), text: text.into(), kind, value: value.into() }
}

#[test]
fn dates_overlap_with_an_equal_calendar_value() {
    let mut a = analysis(vec![]);
    a.timexes = vec![
        timex("on Monday", TimexKind::Date, "2025-11-17"),
        timex("Wednesday", TimexKind::Date, "2025-11-26"),
        timex("ready", TimexKind::Date, "PRESENT_REF"),
        timex("Soon", TimexKind::Date, "XXXX-XX-XX"),
        timex("plan", TimexKind::Duration, "P1Y"),
        timex("Never", TimexKind::Date, "2025"),
    ];
    let s = score(&gold(), &a);
    assert_eq!(family(&s, Family::Dates), counts(1, 3, 2));
    assert_eq!(texts(&s, Family::Dates, Outcome::False), ["Wednesday", "Never"]);
    let miss = s.findings.iter().find(|f| f.family == Family::Dates && f.outcome == Outcome::Miss);
    assert_eq!(miss.and_then(|f| f.other.as_deref()), Some("program: \"Wednesday\" 2025-11-26"));
}

#[test]
fn events_need_the_date_and_the_trigger_an_inflection_aside() {
    let entry = |text: &str, date: &str, event: &str| TimelineEvent {
        date: date.into(),
        text: text.into(),
        event: event.into(),
        span: one(text),
        sentence: 0..TEXT.len(),
    };
    let mut a = analysis(vec![]);
    a.timeline = vec![
        entry("Monday", "2025-11-17", "Müller told Reuters"),
        entry("Wednesday", "2025-11-19", "Zelenskyy lands in Kyiv"),
        entry("Kyiv", "2025", "the plan"),
    ];
    let s = score(&gold(), &a);
    assert_eq!(family(&s, Family::Events), counts(1, 3, 2));
    assert_eq!(texts(&s, Family::Events, Outcome::Miss), ["Monday"]);
}

#[test]
fn gold_from_character_offsets_scores_byte_spans() {
    // Character offsets, as eval/resolve.py writes them: "Müller" (2nd) starts after the ’ and
    // the ü and “ ” of the first sentence, which take more than one byte each.
    let chars = |span: Span| (TEXT[..span.start].chars().count(), TEXT[..span.end].chars().count());
    let (ms, me) = chars(at("Müller", 2));
    let (es, ee) = chars(one("€2bn"));
    assert!(ms < at("Müller", 2).start, "character and byte offsets differ");
    let json = format!(
        r#"{{"published": "2025-11-20",
            "entities": [{{"name": "Müller", "kind": "person", "forms": ["Müller"],
                           "mentions": [{{"start": {ms}, "end": {me}, "text": "Müller"}}]}}],
            "quantities": [{{"text": "€2bn", "about": "plan", "head": "plan", "start": {es}, "end": {ee}}}]}}"#
    );
    let g = Gold::parse(&json, TEXT).expect("valid gold");
    let mut a = analysis(vec![entity(0, "Müller", EntityKind::Person, &[], vec![at("Müller", 2)])]);
    a.quantities = vec![Quantity { text: "€2bn".into(), span: one("€2bn"), about: "x".into() }];
    let s = score(&g, &a);
    assert_eq!(family(&s, Family::Entities), counts(1, 1, 1));
    // Findings report character offsets, like the gold file.
    let miss = s.findings.iter().find(|f| f.family == Family::Quantities).expect("a miss");
    assert_eq!((miss.start, miss.end), (Some(es), Some(ee)));
    assert!(miss.context.contains("costs [€2bn], “a fair"), "{}", miss.context);
}
