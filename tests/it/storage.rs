//! Saving and loading assessments: versioned records that never lose data.

use best_value_self_assessment::domain::assessment::{
    Change, CommitteePaper, PaperPart, Scope, Stamp,
};
use best_value_self_assessment::domain::save_format::{
    decode, encode, SaveFormatError, SCHEMA_VERSION,
};
use best_value_self_assessment::storage::{
    assessment_key, AssessmentRepository, KeyValueStore, Listed, LoadError, MemoryStore,
    StorageError,
};

use crate::assessment::{answer_theme, framework, start};

#[test]
fn a_saved_assessment_loads_back_exactly() {
    let framework = framework();
    let mut assessment = start(&framework, Scope::Everything);
    answer_theme(&framework, &mut assessment, "culture", "partly-in-place");
    let repo = AssessmentRepository::new(MemoryStore::new());
    repo.save(&assessment).unwrap();
    assert_eq!(repo.load("a1", &framework).unwrap(), assessment);
}

#[test]
fn every_record_carries_the_schema_version_and_framework() {
    let framework = framework();
    let assessment = start(&framework, Scope::Everything);
    let json: serde_json::Value = serde_json::from_str(&encode(&assessment)).unwrap();
    assert_eq!(json["schema"], SCHEMA_VERSION);
    assert_eq!(json["format"], "best-value-self-assessment");
    assert_eq!(json["framework"]["id"], "best-value-2024");
    assert_eq!(json["framework"]["version"], "2");
}

#[test]
fn a_record_written_by_the_first_release_still_loads() {
    // Kept verbatim: if a change to the model breaks this, add a migration step.
    let v1 = r#"{"format":"best-value-self-assessment","schema":1,
        "framework":{"id":"best-value-2024","version":"1"},
        "assessment":{"id":"old","name":"2025 review","council":"Ambridge DC","assessor":"CEO",
          "framework_id":"best-value-2024","framework_version":"1","scope":{"kind":"everything"},
          "started_ms":1700000000000,"updated_ms":1700000001000,"status":"draft",
          "marked_complete":[{"kind":"theme","id":"governance"}],
          "characteristics":{"governance.c01":{"rating":"mostly-in-place","narrative":"n",
            "references":["Constitution"],"action":{"gap":"g","action":"a","owner":"o","due":"2026-01-31"}}},
          "flags":{"governance.f01":{"state":"partly","note":"watch"}},
          "reflections":{"prevention.q1":"We ask early."}}}"#;
    let store = MemoryStore::new();
    store.set(&assessment_key("old"), v1).unwrap();
    let loaded = AssessmentRepository::new(store)
        .load("old", &framework())
        .unwrap();
    assert_eq!(loaded.name, "2025 review");
    assert_eq!(loaded.rating("governance.c01"), Some("mostly-in-place"));
    assert_eq!(loaded.reflection("prevention.q1"), "We ask early.");
    // The committee paper came later: such a record opens with it blank.
    assert_eq!(loaded.paper, CommitteePaper::default());
}

#[test]
fn the_committee_paper_is_saved_with_the_assessment() {
    let framework = framework();
    let mut assessment = start(&framework, Scope::Everything);
    for (n, part) in PaperPart::ALL.into_iter().enumerate() {
        let change = Change::Paper {
            part,
            text: format!("Words for {} & “{n}”\nsecond line", part.id()),
        };
        let stamp = Stamp::new(9_000 + n as i64, "tab-a");
        assert_eq!(
            assessment.apply_stamped(&framework, change, stamp),
            Ok(true)
        );
    }
    let repo = AssessmentRepository::new(MemoryStore::new());
    repo.save(&assessment).unwrap();
    let loaded = repo.load("a1", &framework).unwrap();
    assert_eq!(loaded, assessment);
    assert_eq!(
        loaded.paper.text(PaperPart::ReviewedBy),
        "Words for reviewed_by & “3”\nsecond line"
    );
    let json: serde_json::Value = serde_json::from_str(&encode(&loaded)).unwrap();
    assert_eq!(
        json["assessment"]["paper"]["next_steps"],
        "Words for next_steps & “2”\nsecond line"
    );
}

#[test]
fn a_record_from_a_newer_release_is_refused_with_a_clear_reason() {
    let framework = framework();
    let text = encode(&start(&framework, Scope::Everything))
        .replace(&format!("\"schema\":{SCHEMA_VERSION}"), "\"schema\":99");
    let err = decode(&text).unwrap_err();
    assert_eq!(
        err,
        SaveFormatError::NewerSchema {
            found: 99,
            supported: SCHEMA_VERSION
        }
    );
    assert!(err.to_string().contains("newer version"));
}

#[test]
fn a_damaged_record_is_listed_not_dropped_and_others_still_load() {
    let framework = framework();
    let store = MemoryStore::new();
    store
        .set(
            &assessment_key("broken"),
            "{\"format\":\"best-value-self-assess",
        )
        .unwrap();
    let repo = AssessmentRepository::new(store);
    repo.save(&start(&framework, Scope::Everything)).unwrap();
    let listed = repo.list(&framework).unwrap();
    assert_eq!(listed.len(), 2);
    assert!(matches!(&listed[0], Listed::Readable(a) if a.id == "a1"));
    assert!(matches!(&listed[1], Listed::Damaged { raw, .. } if raw.starts_with("{\"format\"")));
    assert!(matches!(
        repo.load("broken", &framework),
        Err(LoadError::Damaged(SaveFormatError::NotJson))
    ));
}

#[test]
fn two_assessments_are_kept_apart_and_saving_one_leaves_the_other_alone() {
    let framework = framework();
    let repo = AssessmentRepository::new(MemoryStore::new());
    let mut first = start(&framework, Scope::Everything);
    let mut second = first.next_year(&framework.scale, "Second", "a2".into(), 5_000);
    repo.save(&first).unwrap();
    repo.save(&second).unwrap();
    let before = repo.store().get(&assessment_key("a2")).unwrap();
    first.set_rating("governance.c01", Some("not-in-place".into()), 6_000);
    repo.save(&first).unwrap();
    assert_eq!(
        repo.store().get(&assessment_key("a2")).unwrap(),
        before,
        "the other record is not rewritten"
    );
    second.set_rating("governance.c01", Some("well-established".into()), 7_000);
    repo.save(&second).unwrap();
    assert_eq!(
        repo.load("a1", &framework)
            .unwrap()
            .rating("governance.c01"),
        Some("not-in-place")
    );
    assert_eq!(
        repo.load("a2", &framework)
            .unwrap()
            .rating("governance.c01"),
        Some("well-established")
    );
    let names: Vec<String> = repo
        .list(&framework)
        .unwrap()
        .into_iter()
        .filter_map(|l| {
            if let Listed::Readable(a) = l {
                Some(a.name)
            } else {
                None
            }
        })
        .collect();
    assert_eq!(
        names,
        ["Second", "2026 annual self-assessment"],
        "most recently changed first"
    );
}

#[test]
fn delete_then_undo_restores_the_assessment() {
    let framework = framework();
    let repo = AssessmentRepository::new(MemoryStore::new());
    let assessment = start(&framework, Scope::Everything);
    repo.save(&assessment).unwrap();
    let kept = repo.load("a1", &framework).unwrap();
    repo.delete("a1").unwrap();
    assert!(matches!(
        repo.load("a1", &framework),
        Err(LoadError::Missing)
    ));
    repo.save(&kept).unwrap();
    assert_eq!(repo.load("a1", &framework).unwrap(), assessment);
}

#[test]
fn a_full_store_refuses_the_write_and_keeps_the_previous_record() {
    let framework = framework();
    let mut assessment = start(&framework, Scope::Everything);
    let repo = AssessmentRepository::new(MemoryStore::with_quota(encode(&assessment).len() + 200));
    repo.save(&assessment).unwrap();
    assessment.set_narrative("governance.c01", "x".repeat(10_000), 9);
    assert_eq!(repo.save(&assessment), Err(StorageError::QuotaExceeded));
    assert!(
        repo.load("a1", &framework)
            .unwrap()
            .characteristics
            .is_empty(),
        "the last good save is intact"
    );
}

#[test]
fn the_app_only_touches_its_own_keys() {
    let framework = framework();
    let store = MemoryStore::new();
    store.set("another-app/settings", "{}").unwrap();
    let repo = AssessmentRepository::new(store);
    repo.save(&start(&framework, Scope::Everything)).unwrap();
    assert_eq!(repo.list(&framework).unwrap().len(), 1);
    repo.remove_key("another-app/settings").unwrap();
    assert_eq!(
        repo.store().get("another-app/settings").unwrap().as_deref(),
        Some("{}")
    );
}
