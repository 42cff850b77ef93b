//! Roles given by a linking verb ("Ann Lee is chief executive of Acme"), by an appositive
//! before the name that holds its complement ("The head of the fund, Bo Park,"), and by the
//! job words of sport, the arts, the professions and business; a surname that is also a title
//! ("Mervyn King") stays a person's; a post named with "and" ("the Trade and Industry
//! Secretary") and one opening the sentence ("Culture Secretary Ada Ford").

use super::support;

use crate::analysis::EntityKind::{Organization, Person, Place};
use support::{merged, named};

fn roles_of(text: &str, forms: &[(&str, crate::analysis::EntityKind)], name: &str) -> Vec<String> {
    named(&merged(text, forms), name).roles.clone()
}

#[test]
fn a_post_after_a_linking_verb_is_a_role() {
    let text = "Ann Lee is chief executive of Nordby Bank. Bo Park was named finance director \
                in 2003. Cy Moon, who became mayor last year, spoke. Di Ray is technology \
                correspondent for Radio Vale. Ed Fox has been appointed as head of sales.";
    let forms = [
        ("Ann Lee", Person),
        ("Nordby Bank", Organization),
        ("Bo Park", Person),
        ("Cy Moon", Person),
        ("Di Ray", Person),
        ("Radio Vale", Organization),
        ("Ed Fox", Person),
    ];
    let entities = merged(text, &forms);
    assert_eq!(named(&entities, "Ann Lee").roles, ["chief executive of Nordby Bank"]);
    assert_eq!(
        named(&entities, "Bo Park").roles,
        ["finance director"],
        "the date is not the post's"
    );
    assert_eq!(named(&entities, "Cy Moon").roles, ["mayor"]);
    assert_eq!(named(&entities, "Di Ray").roles, ["technology correspondent for Radio Vale"]);
    assert_eq!(named(&entities, "Ed Fox").roles, ["head of sales"]);
}

#[test]
fn a_judgement_a_rank_or_a_verb_after_the_linking_verb_is_no_post() {
    let text = "Ann Lee was a good player. Bo Park is the fourth head of the firm. Cy Moon is \
                considering becoming foreign secretary. Di Ray became a defender of the reforms. \
                Ed Fox was named best actress. Flo Gray is not the chairman.";
    let names = ["Ann Lee", "Bo Park", "Cy Moon", "Di Ray", "Ed Fox", "Flo Gray"];
    let forms: Vec<_> = names.iter().map(|&n| (n, Person)).collect();
    let entities = merged(text, &forms);
    for name in names {
        assert!(named(&entities, name).roles.is_empty(), "{name}: {:?}", named(&entities, name));
    }
    // A classifying word is no judgement: "a soul artist", "a former rugby player".
    let text = "Gus Hale is a soul artist.";
    assert_eq!(roles_of(text, &[("Gus Hale", Person)], "Gus Hale"), ["soul artist"]);
}

#[test]
fn an_appositive_before_the_name_with_its_complement() {
    let text = "The head of the fund, Ann Lee, praised the plan. A spokesman for the company, \
                Bo Park, declined to comment. Its chairman, Lord Cy Moon, said no.";
    let forms = [("Ann Lee", Person), ("Bo Park", Person), ("Cy Moon", Person)];
    let entities = merged(text, &forms);
    assert_eq!(named(&entities, "Ann Lee").roles, ["head of the fund"]);
    assert_eq!(named(&entities, "Bo Park").roles, ["spokesman for the company"]);
    let mut moon = named(&entities, "Cy Moon").roles.clone();
    moon.sort();
    assert_eq!(moon, ["Lord", "chairman"]);
    // A clause between the head and the comma: no appositive.
    let text = "The man who met the head of the fund, Di Ray, left.";
    assert!(roles_of(text, &[("Di Ray", Person)], "Di Ray").is_empty());
}

#[test]
fn jobs_of_sport_the_arts_and_business_are_roles() {
    let text = "Former England captain Ann Lee scored. The media tycoon Bo Park bought it. Keane \
                frontman Cy Moon sang, with spokesmen Di Ray and Ed Fox beside him.";
    let forms = [
        ("Ann Lee", Person),
        ("England", Place),
        ("Bo Park", Person),
        ("Keane", Organization),
        ("Cy Moon", Person),
        ("Di Ray", Person),
        ("Ed Fox", Person),
    ];
    let entities = merged(text, &forms);
    assert_eq!(named(&entities, "Ann Lee").roles, ["Former England captain"]);
    assert_eq!(named(&entities, "Bo Park").roles, ["media tycoon"]);
    assert_eq!(named(&entities, "Cy Moon").roles, ["Keane frontman"]);
    assert_eq!(named(&entities, "Di Ray").roles, ["spokesmen"]);
    assert_eq!(named(&entities, "Ed Fox").roles, ["spokesmen"]);
}

#[test]
fn a_job_opening_the_sentence_is_no_part_of_the_name_after_it() {
    let text = "Singers Ann Lee and Bo Park performed. The film Coach Carter opened.";
    let forms = [("Singers Ann Lee", Person), ("Bo Park", Person), ("Coach Carter", Person)];
    let entities = merged(text, &forms);
    assert_eq!(named(&entities, "Ann Lee").roles, ["Singers"]);
    assert_eq!(named(&entities, "Bo Park").roles, ["Singers"]);
    assert!(entities.iter().all(|e| !e.name.starts_with("Singers")), "{entities:#?}");
    // Inside a sentence the capital is the name's: "Coach Carter" stays whole.
    assert!(entities.iter().any(|e| e.name == "Coach Carter"), "{entities:#?}");
}

#[test]
fn a_surname_that_is_also_a_title_stays_the_persons() {
    let text = "The governor, Mervyn King, spoke. The Saudi King met the Foreign Minister.";
    let forms = [("Mervyn King", Person), ("Saudi King", Person), ("Foreign Minister", Person)];
    let entities = merged(text, &forms);
    assert!(entities.iter().any(|e| e.name == "Mervyn King"), "{entities:#?}");
    // A nationality or a modifier before the title: no person named so.
    assert!(entities.iter().all(|e| e.name != "Saudi King" && e.name != "Foreign Minister"));
}

#[test]
fn a_post_named_with_and_and_a_post_opening_the_sentence() {
    let text = "Ian Vole, the Trade and Industry Secretary, resigned. Culture Secretary Ada Ford \
                replaced him.";
    let forms = [("Ian Vole", Person), ("Ada Ford", Person)];
    assert_eq!(roles_of(text, &forms, "Ian Vole"), ["Trade and Industry Secretary"]);
    assert_eq!(roles_of(text, &forms, "Ada Ford"), ["Culture Secretary"]);
    // Two people's names joined by "and" are no post.
    let text = "He met Ian Vole, Mr Hart and Mr King, then left.";
    let forms = [("Ian Vole", Person), ("Hart", Person), ("King", Person)];
    assert!(roles_of(text, &forms, "Ian Vole").is_empty());
}
