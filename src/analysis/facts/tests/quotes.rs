//! Quote attribution, one hand-made sentence per speaker pattern, with hand-built entities so the
//! tests do not depend on the entity stage.

use crate::analysis::document::Document;
use crate::analysis::facts::quotes;
use crate::analysis::{Entity, EntityKind, Quote};

/// An entity whose mentions are every occurrence of `surfaces` in `text`.
pub(super) fn entity(
    id: usize,
    name: &str,
    kind: EntityKind,
    text: &str,
    surfaces: &[&str],
) -> Entity {
    let mut mentions: Vec<_> =
        surfaces.iter().flat_map(|s| text.match_indices(s).map(|(i, m)| i..i + m.len())).collect();
    mentions.sort_by_key(|m| m.start);
    mentions.dedup_by(|b, a| b.start < a.end);
    Entity { id, name: name.to_string(), kind, roles: vec![], mentions }
}

fn quotes_with(text: &str, entities: &[Entity]) -> Vec<Quote> {
    quotes::find(&Document::new(text.to_string(), None), entities)
}

pub(super) fn smith(text: &str) -> Vec<Entity> {
    vec![entity(0, "John Smith", EntityKind::Person, text, &["John Smith", "Smith"])]
}

/// (quoted text, speaker, speaker entity) of every quote.
pub(super) fn attributed(
    text: &str,
    entities: &[Entity],
) -> Vec<(String, Option<String>, Option<usize>)> {
    quotes_with(text, entities).into_iter().map(|q| (q.text, q.speaker, q.speaker_entity)).collect()
}

pub(super) fn one(text: &str, entities: &[Entity]) -> (String, Option<String>, Option<usize>) {
    let all = attributed(text, entities);
    assert_eq!(all.len(), 1, "{text}: {all:?}");
    all.into_iter().next().unwrap_or_default()
}

#[test]
fn quote_then_name_said() {
    let t = "Talks stalled. “We will win,” Smith said.";
    assert_eq!(one(t, &smith(t)), ("We will win".into(), Some("John Smith".into()), Some(0)));
}

#[test]
fn name_said_then_quote() {
    let t = "John Smith said: \"We will win.\"";
    assert_eq!(one(t, &smith(t)).1.as_deref(), Some("John Smith"));
}

#[test]
fn quote_then_said_name() {
    let t = "“We will win,” said John Smith, the union leader.";
    assert_eq!(one(t, &smith(t)).1.as_deref(), Some("John Smith"));
}

#[test]
fn described_it_as() {
    let t = "John Smith described the deal as “a disaster for workers”.";
    assert_eq!(
        one(t, &smith(t)),
        ("a disaster for workers".into(), Some("John Smith".into()), Some(0))
    );
}

#[test]
fn name_who_clause_said() {
    let t = "John Smith, who leads the union, said “we will strike”.";
    assert_eq!(one(t, &smith(t)).1.as_deref(), Some("John Smith"));
    let t = "“We will strike,” Smith, who leads the union, said on Monday.";
    assert_eq!(one(t, &smith(t)).1.as_deref(), Some("John Smith"));
}

#[test]
fn according_to() {
    let t = "The plan is “dead”, according to John Smith.";
    assert_eq!(one(t, &smith(t)).1.as_deref(), Some("John Smith"));
    let t = "According to a senior official, the plan is “dead”.";
    assert_eq!(one(t, &[]), ("dead".into(), Some("a senior official".into()), None));
}

#[test]
fn pronoun_speaker_is_last_person_mentioned() {
    let t = "John Smith arrived late. “We are ready,” he said.";
    assert_eq!(one(t, &smith(t)), ("We are ready".into(), Some("John Smith".into()), Some(0)));
}

#[test]
fn role_as_speaker_and_they_term() {
    let t = "A Ukrainian official described the visit as “extremely important” as the conflict \
             enters what they term a “decisive phase,” noting that prior agreements exist.";
    let ents = vec![entity(0, "Ukrainian", EntityKind::Group, t, &["Ukrainian"])];
    let all = attributed(t, &ents);
    let expected = Some("a Ukrainian official".to_string());
    assert_eq!(all.len(), 2);
    assert_eq!(all[0], ("extremely important".into(), expected.clone(), None));
    assert_eq!(all[1], ("decisive phase".into(), expected, None));
}

#[test]
fn participle_takes_subject_of_earlier_verb_and_entity_canonical_name() {
    let t = "US Army Secretary Dan Driscoll arrived. Secretary Driscoll noted Ukraine’s use of \
             affordable drones, describing it as an “incredible treasure trove” for warfare.";
    let ents = vec![
        entity(0, "Dan Driscoll", EntityKind::Person, t, &["Dan Driscoll", "Driscoll"]),
        entity(1, "Ukraine", EntityKind::Place, t, &["Ukraine"]),
    ];
    assert_eq!(
        one(t, &ents),
        ("incredible treasure trove".into(), Some("Dan Driscoll".into()), Some(0))
    );
}

#[test]
fn title_before_name_resolves_to_the_person() {
    let t = "Kremlin spokesman Dmitry Peskov referenced the “spirit of Anchorage” from the summit.";
    let ents = vec![
        entity(0, "Kremlin", EntityKind::Organization, t, &["Kremlin"]),
        entity(1, "Dmitry Peskov", EntityKind::Person, t, &["Dmitry Peskov"]),
    ];
    assert_eq!(one(t, &ents).1.as_deref(), Some("Dmitry Peskov"));
    assert_eq!(one(t, &ents).2, Some(1));
}

#[test]
fn organisation_and_description_speakers() {
    let t = "\"Sales were strong,\" the company said.";
    assert_eq!(one(t, &[]).1.as_deref(), Some("the company"));
    let t = "The idea, says BT, is to shape a \"21st century model\".";
    assert_eq!(one(t, &[]).1.as_deref(), Some("BT"));
}

#[test]
fn continuing_quote_keeps_its_speaker() {
    let t = "“We will win,” said John Smith. “Nobody can stop us.”";
    let all = attributed(t, &smith(t));
    assert_eq!(all.len(), 2);
    assert_eq!(all[1].1.as_deref(), Some("John Smith"));
}

#[test]
fn quote_without_speaker_is_unattributed() {
    let t = "The film “Lord of the Rings” boosted results.";
    assert_eq!(one(t, &smith(t)).1, None);
}

#[test]
fn quote_spans_point_at_the_quoted_words() {
    let t = "He called it “a mess,” and left.";
    let q = quotes_with(t, &[]);
    assert_eq!(q.len(), 1);
    assert_eq!(&t[q[0].span.clone()], "a mess");
}

#[test]
fn nested_unbalanced_and_odd_quotes_do_not_break() {
    let odd = [
        "“He said “odd” things,” Smith said.",
        "A stray ” mark, then “an open quote that never ends",
        "\"\"\" ” “ “ ” \" Smith said \"",
        "“",
        "”said",
        "Smith said “é ü 東京” and ‘single’ «guillemets» too.",
        "“First paragraph open\n\nSecond “para” said Smith.",
    ];
    for t in odd {
        for q in quotes_with(t, &smith(t)) {
            assert!(t.get(q.span.clone()).is_some(), "{t}: bad span {:?}", q.span);
            assert!(!q.text.is_empty());
        }
    }
    let nested = attributed(odd[0], &smith(odd[0]));
    assert_eq!(nested.len(), 1);
    assert_eq!(nested[0].0, "He said “odd” things");
    assert_eq!(nested[0].1.as_deref(), Some("John Smith"));
}

#[test]
fn reporting_verb_used_as_a_noun_is_not_a_verb() {
    let t = "It is also the Armenian term for “butcher”.";
    assert_eq!(one(t, &[]).1, None);
}

#[test]
fn names_inside_a_quote_are_not_pronoun_antecedents() {
    let t = "John Smith spoke. “It will grow in South America,” he added.";
    let mut ents = smith(t);
    ents.push(entity(1, "South America", EntityKind::Person, t, &["South America"]));
    assert_eq!(one(t, &ents).1.as_deref(), Some("John Smith"));
}

#[test]
fn quote_after_a_reported_sentence_belongs_to_its_speaker() {
    let t = "But John Smith says the firm has plans. “We plan to put a solar panel at the school.”";
    assert_eq!(one(t, &smith(t)).1.as_deref(), Some("John Smith"));
}

#[test]
fn person_right_after_the_quote_with_a_long_title() {
    let t = "“Growth will stay fragile,” John Smith, from Exane BNP Paribas told Reuters.";
    assert_eq!(one(t, &smith(t)).1.as_deref(), Some("John Smith"));
    let t = "John Smith spoke. “It's grown awfully fast,” he concedes.";
    assert_eq!(one(t, &smith(t)).1.as_deref(), Some("John Smith"));
    let t = "“It's grown awfully fast,” he concedes, before John Smith spoke.";
    assert_eq!(one(t, &smith(t)).1, None);
}

#[test]
fn person_inside_a_description_is_not_the_speaker() {
    let t = "A Smith lawyer had told her the mother would look like a “liar”.";
    assert_eq!(one(t, &smith(t)), ("liar".into(), Some("a Smith lawyer".into()), None));
    let t = "“The campaign will go on,” said John Smith of the Fans' Association.";
    let mut ents = smith(t);
    ents.push(entity(1, "Fans' Association", EntityKind::Organization, t, &["Fans' Association"]));
    assert_eq!(one(t, &ents).1.as_deref(), Some("John Smith"));
    let t = "“We will strike,” the union's boss, John Smith, said.";
    assert_eq!(one(t, &smith(t)).1.as_deref(), Some("John Smith"));
}

#[test]
fn participle_without_earlier_verb_takes_the_sentence_subject() {
    let t = "John Smith won. He apologised for his absence, joking: “I was stuck in traffic.”";
    assert_eq!(one(t, &smith(t)).1.as_deref(), Some("John Smith"));
    let t = "Meanwhile prices rose, prompting fears of “a bubble”.";
    assert_eq!(one(t, &[]).1, None);
}

#[test]
fn she_said_after_a_reported_description() {
    let t = "John Smith opened the store. The store's spokeswoman said sales were strong. \
             “We are very busy,” she said.";
    assert_eq!(one(t, &smith(t)).1.as_deref(), Some("the store's spokeswoman"));
    let t = "A Trafford Centre spokeswoman said cars had arrived. “It is busy,” she added.";
    let ents = vec![entity(0, "Trafford Centre", EntityKind::Person, t, &["Trafford Centre"])];
    assert_eq!(
        one(t, &ents),
        ("It is busy".into(), Some("a Trafford Centre spokeswoman".into()), None)
    );
}

#[test]
fn time_phrase_before_the_subject_is_dropped() {
    let t = "Last month Marsh said the deal was “fair”.";
    assert_eq!(one(t, &[]).1.as_deref(), Some("Marsh"));
}

#[test]
fn date_before_a_pronoun_subject_is_dropped() {
    let t = "John Smith bought shares. In February 2004 he said he was “not interested”.";
    assert_eq!(one(t, &smith(t)).1.as_deref(), Some("John Smith"));
}

fn person(id: usize, name: &str, text: &str, surfaces: &[&str], roles: &[&str]) -> Entity {
    let mut e = entity(id, name, EntityKind::Person, text, surfaces);
    e.roles = roles.iter().map(|r| r.to_string()).collect();
    e
}

fn speakers(text: &str, entities: &[Entity]) -> Vec<Option<String>> {
    attributed(text, entities).into_iter().map(|(_, s, _)| s).collect()
}

#[test]
fn a_quote_over_paragraphs_whose_breaks_were_lost_keeps_its_speaker() {
    let t = "Ann Vole said: \"We won. \"It was hard. \"Next year too.\" Then she left.";
    let e = [person(0, "Ann Vole", t, &["Ann Vole"], &[])];
    let all = attributed(t, &e);
    let texts: Vec<&str> = all.iter().map(|(q, _, _)| q.as_str()).collect();
    assert_eq!(texts, ["We won", "It was hard", "Next year too"]);
    assert!(all.iter().all(|(_, s, _)| s.as_deref() == Some("Ann Vole")), "{all:?}");
}

#[test]
fn a_title_with_its_period_before_the_name() {
    let t = "Trading slowed. \"We waited,\" says Mr. Vole, who runs a desk.";
    let e = [person(0, "Ann Vole", t, &["Vole"], &[])];
    assert_eq!(speakers(t, &e), [Some("Ann Vole".to_string())]);
}

#[test]
fn an_organization_beside_a_person_or_after_a_spokesman_does_not_speak() {
    let t = "\"Prices will fall,\" said Bram Hobbs, an analyst at Corvex. \"Sales rose,\" a \
             spokesman for Corvex said.";
    let e = [
        person(0, "Bram Hobbs", t, &["Bram Hobbs"], &[]),
        entity(1, "Corvex", EntityKind::Organization, t, &["Corvex"]),
    ];
    let found = speakers(t, &e);
    assert_eq!(found, [Some("Bram Hobbs".into()), Some("a spokesman for Corvex".into())]);
}

#[test]
fn he_is_the_last_person_named_as_a_subject_not_as_an_object() {
    let t = "Ann Vole spoke after meeting Chief Justice Bo Dunne. \"It went well,\" she said.";
    let e = [
        person(0, "Ann Vole", t, &["Ann Vole"], &[]),
        person(1, "Bo Dunne", t, &["Bo Dunne"], &["Chief Justice"]),
    ];
    assert_eq!(speakers(t, &e), [Some("Ann Vole".to_string())]);
    let t = "Ed Moor spoke. A view came from Bo Dunne, a judge. He said: \"It is fine.\"";
    let e =
        [person(0, "Ed Moor", t, &["Ed Moor"], &[]), person(1, "Bo Dunne", t, &["Bo Dunne"], &[])];
    assert_eq!(speakers(t, &e), [Some("Bo Dunne".to_string())], "from names a source");
    // "Corvex" mistyped as a person sits in an apposition after a preposition.
    let t = "\"Fine,\" said Ed Moor. A dissenting view came from Bo Dunne, head of research at \
             analysts Corvex. He said: \"I doubt it.\"";
    let e = [
        person(0, "Ed Moor", t, &["Ed Moor"], &[]),
        person(1, "Bo Dunne", t, &["Bo Dunne"], &[]),
        person(2, "Corvex", t, &["Corvex"], &[]),
    ];
    assert_eq!(speakers(t, &e)[1], Some("Bo Dunne".to_string()));
    let t = "Ann Vole won the Tony Lee in 1990. \"It was fun,\" she said.";
    let e = [
        person(0, "Ann Vole", t, &["Ann Vole"], &[]),
        person(1, "Tony Lee", t, &["Tony Lee"], &[]),
    ];
    assert_eq!(speakers(t, &e), [Some("Ann Vole".to_string())], "an object after a determiner");
    let t = "Bo Dunne met Ann Vole. Ann Vole then left. \"It went well,\" she said.";
    let e = [
        person(0, "Bo Dunne", t, &["Bo Dunne"], &[]),
        person(1, "Ann Vole", t, &["Ann Vole"], &[]),
    ];
    assert_eq!(speakers(t, &e), [Some("Ann Vole".to_string())]);
}

#[test]
fn a_description_is_the_one_the_article_named_so() {
    let t = "Premier Li Wen flew in. \"We agree,\" the premier said. Corvex cut jobs. \"It is \
             sad,\" the company said. \"Costs rose,\" said the finance director, Ed Moor.";
    let e = [
        person(0, "Li Wen", t, &["Li Wen"], &["Premier"]),
        entity(1, "Corvex", EntityKind::Organization, t, &["Corvex"]),
        person(2, "Ed Moor", t, &["Ed Moor"], &["finance director"]),
    ];
    let found = speakers(t, &e);
    let expected = ["Li Wen", "Corvex", "Ed Moor"].map(|s| Some(s.to_string()));
    assert_eq!(found, expected);
}

#[test]
fn an_actor_described_after_being_named_and_a_statement_of_a_person() {
    let t = "Film star Ann Vole held a party. The Oslo-born actor said the hall was \"very run \
             down\". The award-winning actor, whose films include Bo Dunne, said: \"Save it.\" Mr Vole's \
             statement said: \"I apologise.\"";
    let e = [
        person(0, "Ann Vole", t, &["Ann Vole", "Vole"], &["Film star"]),
        person(1, "Bo Dunne", t, &["Bo Dunne"], &[]),
    ];
    let found = speakers(t, &e);
    assert_eq!(
        found,
        [Some("Ann Vole".to_string()), Some("Ann Vole".into()), Some("Ann Vole".into())]
    );
}

#[test]
fn a_quote_a_few_sentences_on_continues_its_speaker_when_nobody_else_is_named() {
    let t = "\"We grew,\" explains Vole. Ads can be tailored. \"It will work.\" Bo Dunne \
             disagreed. \"It will not.\"";
    let e =
        [person(0, "Ann Vole", t, &["Vole"], &[]), person(1, "Bo Dunne", t, &["Bo Dunne"], &[])];
    let found = speakers(t, &e);
    assert_eq!(found[..2], [Some("Ann Vole".to_string()), Some("Ann Vole".to_string())]);
    assert_ne!(found[2], Some("Ann Vole".to_string()), "Bo Dunne was named since");
}

#[test]
fn a_quoted_phrase_inside_a_sentence_is_its_named_subjects() {
    let t = "The Harbour Council on Friday voiced \"deep concern\" about the plan. The plan \
             relies on links called \"trackers\". The Harbour Council members want \"more\".";
    let e = [entity(0, "Harbour Council", EntityKind::Organization, t, &["Harbour Council"])];
    assert_eq!(speakers(t, &e), [Some("Harbour Council".to_string()), None, None]);
}
