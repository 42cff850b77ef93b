//! Roles on hand-made sentences: titles before a name, appositives after it, honorifics, and the
//! words a title must never take.

use super::support;

use crate::analysis::EntityKind::{Group, Misc, Organization, Person};
use support::{merged, named, surfaces};

fn roles_of(text: &str, forms: &[(&str, crate::analysis::EntityKind)], name: &str) -> Vec<String> {
    named(&merged(text, forms), name).roles.clone()
}

#[test]
fn a_title_before_the_name_with_its_modifiers() {
    let text = "The talks began when Italian Prime Minister Giorgia Meloni arrived.";
    let forms = [("Italian", Group), ("Giorgia Meloni", Person)];
    assert_eq!(roles_of(text, &forms, "Giorgia Meloni"), ["Italian Prime Minister"]);
}

#[test]
fn lower_case_titles_and_modifiers() {
    let text = "The plan was drafted by special envoy Keith Kellogg and Hamas negotiator Khalil \
                al-Hayya.";
    let forms = [("Keith Kellogg", Person), ("Hamas", Organization), ("Khalil al-Hayya", Person)];
    assert_eq!(roles_of(text, &forms, "Keith Kellogg"), ["special envoy"]);
    assert_eq!(roles_of(text, &forms, "Khalil al-Hayya"), ["Hamas negotiator"]);
}

#[test]
fn an_honorific_is_a_role_of_its_own_and_a_courtesy_title_is_none() {
    let text = "He met Joint Chiefs Chairman Gen. Dan Caine and John Smith. Mr. Smith left.";
    let forms = [("Dan Caine", Person), ("John Smith", Person), ("Smith", Person)];
    let mut caine = roles_of(text, &forms, "Dan Caine");
    caine.sort();
    assert_eq!(caine, ["Gen.", "Joint Chiefs Chairman"]);
    assert!(roles_of(text, &forms, "John Smith").is_empty());
}

#[test]
fn a_title_with_of_and_a_two_word_title() {
    let text = "Yesterday Secretary of State Marco Rubio and Attorney General Pam Bondi spoke.";
    let forms = [("Secretary of State Marco Rubio", Person), ("Pam Bondi", Person)];
    let entities = merged(text, &forms);
    let rubio = named(&entities, "Marco Rubio");
    assert_eq!(
        (rubio.roles.as_slice(), surfaces(text, rubio)),
        (&["Secretary of State".to_string()][..], vec!["Marco Rubio"])
    );
    assert_eq!(named(&entities, "Pam Bondi").roles, ["Attorney General"]);
    assert_eq!(entities.len(), 2, "no entity for \"State\": {entities:#?}");
}

#[test]
fn an_appositive_after_the_name() {
    let text = "Kaja Kallas, the EU foreign policy chief, said no. Pete Hegseth, a former \
                soldier, agreed.";
    let forms = [("Kaja Kallas", Person), ("EU", Organization), ("Pete Hegseth", Person)];
    assert_eq!(roles_of(text, &forms, "Kaja Kallas"), ["EU foreign policy chief"]);
    assert!(roles_of(text, &forms, "Pete Hegseth").is_empty(), "soldier is not a title head");
}

#[test]
fn every_title_used_for_a_person_longest_first() {
    let text = "French President Emmanuel Macron spoke. Later President Macron left.";
    let forms = [("French", Group), ("Emmanuel Macron", Person), ("Macron", Misc)];
    assert_eq!(roles_of(text, &forms, "Emmanuel Macron"), ["French President", "President"]);
}

#[test]
fn never_a_function_word_or_an_unknown_sentence_opener() {
    let text = "Meanwhile President Lula spoke. Visiting envoy Amos Hochstein met him. Kremlin \
                aide Yuri Ushakov agreed.";
    let forms = [
        ("Lula", Person),
        ("Amos Hochstein", Person),
        ("Kremlin", Organization),
        ("Yuri Ushakov", Person),
        ("Meanwhile", Misc),
    ];
    assert_eq!(roles_of(text, &forms, "Lula"), ["President"]);
    assert_eq!(roles_of(text, &forms, "Amos Hochstein"), ["envoy"]);
    assert_eq!(roles_of(text, &forms, "Yuri Ushakov"), ["Kremlin aide"], "a known name opens");
}

#[test]
fn only_people_have_roles() {
    let text = "The Kremlin spokesman office in Moscow Region declined.";
    let entities = merged(text, &[("Kremlin", Organization), ("Moscow Region", Misc)]);
    assert!(entities.iter().all(|e| e.roles.is_empty()), "{entities:#?}");
}

#[test]
fn an_appositive_title_of_an_organization() {
    let text = "Dhari, the secretary general of the Association of Muslim Scholars, spoke.";
    let forms = [("Dhari", Person), ("Association of Muslim Scholars", Organization)];
    let roles = roles_of(text, &forms, "Dhari");
    assert_eq!(roles, ["secretary general of the Association of Muslim Scholars"]);
}

#[test]
fn coordinated_portfolios_and_an_organization_word_in_lower_case() {
    let text = "Officials said Construction and Transportation Minister Choo Byung-Jik spoke \
                after the army spokesman Maj. Felix Kulayigye did.";
    let forms = [("Choo Byung-Jik", Person), ("Felix Kulayigye", Person)];
    let entities = merged(text, &forms);
    let choo = named(&entities, "Choo Byung-Jik");
    assert_eq!(choo.roles, ["Construction and Transportation Minister"]);
    let mut felix = named(&entities, "Felix Kulayigye").roles.clone();
    felix.sort();
    assert_eq!(felix, ["Maj.", "army spokesman"]);
}

#[test]
fn an_appositive_with_a_list_of_portfolios_or_a_common_noun_after_for() {
    let text =
        "Akira Amari, Minister of Economy, Trade, and Industry, spoke. Akira Amari, Minister \
                of Economy, Trade and Industry said more. Ken Lee, a spokesman for the company \
                that makes it, agreed.";
    let forms = [("Akira Amari", Person), ("Ken Lee", Person)];
    let entities = merged(text, &forms);
    assert_eq!(
        named(&entities, "Akira Amari").roles,
        ["Minister of Economy, Trade, and Industry", "Minister of Economy"]
    );
    assert_eq!(named(&entities, "Ken Lee").roles, ["spokesman"]);
}

#[test]
fn occupations_before_a_name_with_common_words_before_them() {
    let text = "The band's drummer Tom Vale joined Hollywood film star Rita Mane. Senior adviser \
                Jane Doe came. Tennis player Mia Holt won; she loves tennis.";
    let forms = [
        ("Tom Vale", Person),
        ("Hollywood", Misc),
        ("Rita Mane", Person),
        ("Jane Doe", Person),
        ("Mia Holt", Person),
    ];
    let entities = merged(text, &forms);
    assert_eq!(named(&entities, "Tom Vale").roles, ["drummer"]);
    assert_eq!(named(&entities, "Rita Mane").roles, ["Hollywood film star"]);
    assert_eq!(named(&entities, "Jane Doe").roles, ["Senior adviser"]);
    assert_eq!(named(&entities, "Mia Holt").roles, ["Tennis player"]);
}

#[test]
fn a_plural_title_before_a_list_is_a_role_of_each_name() {
    let text = "The gala drew singers Ana Reyes, Sir Tom Hale and Lu Chen, and playwrights such \
                as Ed Moss and Kay Lund. Minister Al Roe and Bea Roe came too.";
    let forms = [
        ("Ana Reyes", Person),
        ("Tom Hale", Person),
        ("Lu Chen", Person),
        ("Ed Moss", Person),
        ("Kay Lund", Person),
        ("Al Roe", Person),
        ("Bea Roe", Person),
    ];
    let entities = merged(text, &forms);
    for name in ["Ana Reyes", "Tom Hale", "Lu Chen"] {
        assert_eq!(named(&entities, name).roles, ["singers"], "{name}");
    }
    for name in ["Ed Moss", "Kay Lund"] {
        assert_eq!(named(&entities, name).roles, ["playwrights"], "{name}");
    }
    assert_eq!(named(&entities, "Al Roe").roles, ["Minister"]);
    assert!(named(&entities, "Bea Roe").roles.is_empty(), "a singular title is one person's");
}

#[test]
fn appositives_with_where_the_post_is_held() {
    let text = "Ann Lee, an analyst at Harbour Securities, said so. Bo Park, head of equity \
                trading at Nordby Bank, agreed. Cy Moon, who is deputy mayor, left. Di Ray, a \
                spokeswoman for the firm that lost, spoke.";
    let forms = [
        ("Ann Lee", Person),
        ("Harbour Securities", Organization),
        ("Bo Park", Person),
        ("Nordby Bank", Organization),
        ("Cy Moon", Person),
        ("Di Ray", Person),
    ];
    let entities = merged(text, &forms);
    assert_eq!(named(&entities, "Ann Lee").roles, ["analyst at Harbour Securities"]);
    assert_eq!(named(&entities, "Bo Park").roles, ["head of equity trading at Nordby Bank"]);
    assert_eq!(named(&entities, "Cy Moon").roles, ["deputy mayor"]);
    assert_eq!(named(&entities, "Di Ray").roles, ["spokeswoman"]);
}

#[test]
fn a_title_across_a_comma_before_the_name_and_no_role_in_a_form_of_address() {
    let text = "It is run by a former finance minister, Dee Fox, said the committee \
                chairman, MP Gil Hart. Dr Ivo Kent and Sir Max Dunn met Gen. Ola Berg. Ann, \
                analyst Tim Lowe said.";
    let forms = [
        ("Dee Fox", Person),
        ("Gil Hart", Person),
        ("Ivo Kent", Person),
        ("Max Dunn", Person),
        ("Ola Berg", Person),
        ("Ann", Person),
        ("Tim Lowe", Person),
    ];
    let entities = merged(text, &forms);
    assert_eq!(named(&entities, "Dee Fox").roles, ["former finance minister"]);
    let mut hart = named(&entities, "Gil Hart").roles.clone();
    hart.sort();
    assert_eq!(hart, ["MP", "committee chairman"]);
    assert!(named(&entities, "Ivo Kent").roles.is_empty());
    assert!(named(&entities, "Max Dunn").roles.is_empty());
    assert_eq!(named(&entities, "Ola Berg").roles, ["Gen."]);
    assert_eq!(named(&entities, "Tim Lowe").roles, ["analyst"]);
    assert!(named(&entities, "Ann").roles.is_empty());
}

#[test]
fn an_appositive_after_an_age_and_one_before_the_name() {
    let text = "Cy Moon, 45, a lawyer from Leeds, was arrested. The bank's boss, Joe Bloggs, \
                was fired. Bo Park, 42, was chairman until May.";
    let forms = [("Cy Moon", Person), ("Leeds", crate::analysis::EntityKind::Place)];
    assert_eq!(roles_of(text, &forms, "Cy Moon"), ["lawyer from Leeds"]);
    let forms = [("Joe Bloggs", Person)];
    assert_eq!(roles_of(text, &forms, "Joe Bloggs"), ["bank's boss"]);
    let joined = "The firm's founder and chairman, Bill Burns, resigned.";
    let forms = [("Bill Burns", Person)];
    assert_eq!(roles_of(joined, &forms, "Bill Burns"), ["firm's founder and chairman"]);
    // An age then a clause: no appositive.
    let forms = [("Bo Park", Person)];
    assert!(roles_of(text, &forms, "Bo Park").is_empty());
}

#[test]
fn sports_and_arts_occupations_are_roles() {
    let text = "Goalkeeper Petr Novak kept a clean sheet. US rapper Big Tee and film-maker Ann \
                Ray watched.";
    let forms =
        [("Petr Novak", Person), ("US", Organization), ("Big Tee", Person), ("Ann Ray", Person)];
    assert_eq!(roles_of(text, &forms, "Petr Novak"), ["Goalkeeper"]);
    assert_eq!(roles_of(text, &forms, "Big Tee"), ["US rapper"]);
    assert_eq!(roles_of(text, &forms, "Ann Ray"), ["film-maker"]);
}

#[test]
fn a_who_clause_role_ends_at_its_head() {
    let text = "Ann Lee, who was finance minister until May, resigned.";
    let forms = [("Ann Lee", Person)];
    assert_eq!(roles_of(text, &forms, "Ann Lee"), ["finance minister"]);
}
