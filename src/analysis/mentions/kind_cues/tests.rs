//! Tests of the kind cues on sentences of their own.

use super::*;

/// The document of `text` and every span of `name` in it.
fn mentions(text: &str, name: &str) -> (Document, Vec<Span>) {
    let spans = text.match_indices(name).map(|(i, n)| i..i + n.len()).collect();
    (Document::new(text.to_string(), None), spans)
}

fn judge(text: &str, name: &str) -> Option<EntityKind> {
    let (doc, spans) = mentions(text, name);
    kind_by_cues(&doc, name, &spans)
}

#[test]
fn company_cues_make_an_organization() {
    let org = Some(EntityKind::Organization);
    assert_eq!(judge("Yukos said it would appeal. Yukos's shares fell.", "Yukos"), org);
    assert_eq!(judge("Exxon said its profit rose.", "Exxon"), org);
    assert_eq!(judge("Analysts at Gartner expect growth.", "Gartner"), org);
    assert_eq!(judge("Nokia, which makes phones, grew.", "Nokia"), org);
    assert_eq!(judge("He sold shares in Akamai last year.", "Akamai"), org);
    assert_eq!(judge("Siemens shares rose after a Siemens spokesman spoke.", "Siemens"), org);
    let award = "She won her first Oscar nomination. The Oscar ceremony is on Sunday.";
    assert_eq!(judge(award, "Oscar"), Some(EntityKind::Misc));
}

#[test]
fn person_cues_or_no_cues_keep_the_kind() {
    assert_eq!(judge("Usher said he was thrilled. Usher's album sold.", "Usher"), None);
    assert_eq!(judge("Madonna, who sang, said it was fun.", "Madonna"), None);
    assert_eq!(judge("Bono spoke at the event.", "Bono"), None);
    assert_eq!(judge("Emily said it would be a big step.", "Emily"), None);
    assert_eq!(judge("The Bush administration and the Trapp family.", "Bush"), None);
    // Two words: not judged.
    assert_eq!(judge("Bill Gates said it would work.", "Bill Gates"), None);
}

#[test]
fn a_common_noun_for_an_organization_before_a_name_makes_it_one() {
    let apposition = |text: &str, name: &str| {
        let (doc, spans) = mentions(text, name);
        organization_by_apposition(&doc, &spans)
    };
    assert!(apposition("Last week the online bank Zentrix admitted a breach.", "Zentrix"));
    assert!(apposition("They signed with independent label Quarrel last year.", "Quarrel"));
    assert!(apposition("The Scottish rock band Hollow Pine played on.", "Hollow Pine"));
    assert!(apposition("It was named by junk mail watchdog Mailcheck on Monday.", "Mailcheck"));
    // A verb, a person cue, or no noun before: not judged.
    assert!(!apposition("Critics label Dawson a failure.", "Dawson"));
    assert!(!apposition("Mr Kellan spoke first. The band Kellan played.", "Kellan"));
    assert!(!apposition("The label Kellan, who left in May, said it.", "Kellan"));
    assert!(!apposition("Kellan Ross joined the band in 2001.", "Kellan Ross"));
    assert!(!apposition("It is a venture of public broadcaster Gallia Televisions.", "Gallia"));
    assert!(!apposition("He was praised by fellow broadcaster Ann Lowe.", "Ann Lowe"));
    assert!(apposition("Shares in software giant Macrosoft rose.", "Macrosoft"));
    assert!(!apposition("It aims at curbing the giant Erewhon budget deficit.", "Erewhon"));
}

#[test]
fn strict_cues_are_cues_a_place_never_takes() {
    let strict = |text: &str, name: &str| {
        let (doc, spans) = mentions(text, name);
        company_by_strict_cues(&doc, &spans)
    };
    assert!(strict("Gartner is in Connecticut. Analysts at Gartner expect growth.", "Gartner"));
    assert!(strict("Amazon's shares rose.", "Amazon"));
    assert!(!strict("Britain's workers and a bid for London.", "Britain"));
    assert!(!strict("Russia said its troops would stay.", "Russia"));
    assert!(!strict("Tony Lama, who founded it, said Tony Lama shares rose.", "Tony Lama"));
}
