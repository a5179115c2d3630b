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
    let hits = search(&framework, "peer challenge");
    let phrases = hits.iter().filter(|h| h.phrase).count();
    assert!(phrases > 0, "some items hold the phrase");
    assert!(
        hits.len() > phrases,
        "some items hold both words apart, and still match"
    );
    assert!(
        hits[..phrases].iter().all(|h| h.phrase),
        "every phrase match comes before every words-apart match"
    );
    // The same words the other way round are not a phrase anywhere, so every
    // item matches by words alone, and the set of items is the same.
    let reversed = search(&framework, "challenge peer");
    assert!(reversed.iter().all(|h| !h.phrase));
    let mut ids: Vec<_> = hits.iter().map(|h| (h.kind, h.item_id.clone())).collect();
    let mut reversed_ids: Vec<_> = reversed
        .iter()
        .map(|h| (h.kind, h.item_id.clone()))
        .collect();
    ids.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.label().cmp(b.0.label())));
    reversed_ids.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.label().cmp(b.0.label())));
    assert_eq!(ids, reversed_ids);
}

#[test]
fn a_principle_and_a_theme_that_share_an_id_are_two_results() {
    let framework = best_value_2024().unwrap();
    let hits = search(&framework, "continuous improvement");
    let kinds: Vec<HitKind> = hits
        .iter()
        .filter(|h| h.item_id == "continuous-improvement")
        .map(|h| h.kind)
        .collect();
    assert!(kinds.contains(&HitKind::Principle) && kinds.contains(&HitKind::Theme));
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
