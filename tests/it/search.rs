//! Search over the guidance, as a councillor would use it.

use best_value_self_assessment::domain::content::best_value_2024;
use best_value_self_assessment::domain::search::{search, HitKind, HitPlace};

#[test]
fn s151_finds_the_finance_officer_in_the_glossary_and_the_themes() {
    let framework = best_value_2024().unwrap();
    let hits = search(&framework, "s151");
    assert!(hits
        .iter()
        .any(|h| h.kind == HitKind::GlossaryTerm && h.item_id == "section-151-officer"));
    assert!(hits.iter().any(|h| h.place
        == HitPlace::Theme {
            theme_id: "use-of-resources".into()
        }));
    assert!(hits.iter().any(|h| h.place
        == HitPlace::Theme {
            theme_id: "leadership".into()
        }));
}

#[test]
fn peer_challenge_finds_the_continuous_improvement_characteristic_and_the_glossary() {
    let framework = best_value_2024().unwrap();
    let hits = search(&framework, "Peer Challenge");
    assert!(hits
        .iter()
        .any(|h| h.kind == HitKind::Characteristic
            && h.item_id.starts_with("continuous-improvement.c")));
    assert!(hits
        .iter()
        .any(|h| h.kind == HitKind::GlossaryTerm && h.item_id == "peer-challenge"));
}

#[test]
fn words_match_anywhere_but_phrases_rank_first() {
    let framework = best_value_2024().unwrap();
    let hits = search(&framework, "challenge peer");
    assert!(
        !hits.is_empty(),
        "both words anywhere in an item is a match"
    );
}

#[test]
fn too_short_or_unknown_queries_find_nothing() {
    let framework = best_value_2024().unwrap();
    assert!(search(&framework, "s").is_empty());
    assert!(search(&framework, "   ").is_empty());
    assert!(search(&framework, "zebra crossing quota").is_empty());
}

#[test]
fn excerpts_are_plain_text_without_markup() {
    let framework = best_value_2024().unwrap();
    for hit in search(&framework, "officer") {
        assert!(!hit.excerpt.contains("[["), "{}", hit.excerpt);
        assert!(!hit.heading.contains("[["), "{}", hit.heading);
    }
}
