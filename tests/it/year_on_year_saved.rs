//! Year on year in the saved record: everything survives saving, a baseline
//! costs little room until the evidence is rewritten, and a record saved
//! before baselines existed loads unchanged, with none.

use best_value_self_assessment::domain::assessment::{
    ActionPart, ActionStatus, Change, ReportStatus, SignOffPart,
};
use best_value_self_assessment::domain::sample::complete_assessment;
use best_value_self_assessment::domain::save_format::{decode, decode_for, encode, SCHEMA_VERSION};

use crate::assessment::framework;
use crate::year_on_year::{DAY, JUNE_2026};

#[test]
fn next_years_assessment_and_its_follow_up_survive_saving() {
    let framework = framework();
    let last = complete_assessment(&framework, "last", JUNE_2026 - 365 * DAY, 300);
    let mut next = last.next_year(&framework.scale, "Next", "next".into(), JUNE_2026);
    let carried: Vec<String> = next
        .characteristics
        .iter()
        .filter(|(_, a)| a.action.carried_over)
        .map(|(id, _)| id.clone())
        .take(2)
        .collect();
    let changes = [
        Change::UseBaselineRating {
            item: "governance.c01".into(),
        },
        Change::Narrative {
            item: "governance.c02".into(),
            text: "Rewritten this year".into(),
        },
        Change::RemoveReference {
            item: "governance.c03".into(),
            index: 0,
        },
        Change::ActionStatus {
            item: carried[0].clone(),
            status: ActionStatus::Dropped,
        },
        Change::Action {
            item: carried[0].clone(),
            part: ActionPart::Reason,
            text: "Superseded".into(),
        },
        Change::ProgressNote {
            item: carried[1].clone(),
            text: "Halfway, \"on track\"".into(),
        },
        Change::Review {
            section: next.sections(&framework)[0].clone(),
            part: SignOffPart::By,
            text: "Head of Audit".into(),
        },
        Change::EvidenceSampled {
            section: next.sections(&framework)[0].clone(),
            sampled: true,
        },
        Change::Approval {
            part: SignOffPart::By,
            text: "Chief Executive".into(),
        },
        Change::Approval {
            part: SignOffPart::Date,
            text: "2026-07-01".into(),
        },
        Change::Status(ReportStatus::Final),
        Change::Narrative {
            item: "culture.c01".into(),
            text: "After approval".into(),
        },
    ];
    for change in changes {
        next.apply(&framework, change, JUNE_2026 + DAY).unwrap();
    }
    assert_eq!(next.changed_after_final, Some(JUNE_2026 + DAY));
    let loaded = decode_for(&encode(&next), &framework).unwrap();
    assert_eq!(loaded, next);
    let baseline = loaded.baseline.unwrap();
    assert_eq!(
        baseline.characteristics, last.characteristics,
        "last year as it was"
    );
}

#[test]
fn a_baseline_costs_little_room_until_the_evidence_is_rewritten() {
    let framework = framework();
    let last = complete_assessment(&framework, "last", JUNE_2026 - 365 * DAY, 2_000);
    let mut next = last.next_year(&framework.scale, "Next", "next".into(), JUNE_2026);
    let size = |a| encode(a).len();
    let (before, started) = (size(&last), size(&next));
    assert!(
        started * 10 < before * 11,
        "a new year starts within 10% of last year's size: {started} against {before}"
    );
    for id in last.characteristics.keys() {
        let change = Change::Narrative {
            item: id.clone(),
            text: format!("New evidence for {id}"),
        };
        next.apply(&framework, change, JUNE_2026 + DAY).unwrap();
    }
    let rewritten = encode(&next);
    assert_eq!(decode_for(&rewritten, &framework).unwrap(), next);
    assert!(
        rewritten.len() < before * 2,
        "at most twice the size once every narrative is rewritten: {} against {before}",
        rewritten.len()
    );
}

#[test]
fn a_record_saved_before_year_on_year_loads_unchanged_with_no_baseline() {
    // Kept verbatim, as the release before baselines wrote it (with stamps).
    let old = r#"{"format":"best-value-self-assessment","schema":1,"framework":{"id":"best-value-2024","version":"2"},"assessment":{"id":"old","name":"2025 review","council":"Ambridge DC","assessor":"CEO","framework_id":"best-value-2024","framework_version":"2","scope":{"kind":"everything"},"started_ms":1700000000000,"updated_ms":1700000001000,"status":"final","marked_complete":[{"kind":"theme","id":"governance"}],"characteristics":{"governance.c01":{"rating":"mostly-in-place","narrative":"n","references":["Constitution"],"action":{"gap":"g","action":"a","owner":"o","due":"2026-01-31"}}},"flags":{"governance.f01":{"state":"partly","note":"watch"}},"reflections":{"prevention.q1":"We ask early."},"stamps":{"tabs":["t1"],"fields":{"rating":{"governance.c01":[1700000001000,0]}}}}}"#;
    let framework = framework();
    let loaded = decode_for(old, &framework).unwrap();
    assert_eq!(loaded.baseline, None);
    assert!(loaded.reviews.is_empty());
    assert_eq!(loaded.approval, Default::default());
    assert_eq!(loaded.status, ReportStatus::Final, "its status stands");
    assert_eq!(loaded.changed_after_final, None);
    let action = &loaded.characteristic("governance.c01").unwrap().action;
    assert_eq!(action.status(), ActionStatus::NotStarted);
    assert!(action.history.is_empty() && action.reason.is_empty() && !action.carried_over);
    assert_eq!(loaded.movement(&framework.scale, "governance.c01"), None);

    // Saved again, it is the same record in the new schema: nothing lost, nothing added.
    let again: serde_json::Value = serde_json::from_str(&encode(&loaded)).unwrap();
    let mut expected: serde_json::Value = serde_json::from_str(old).unwrap();
    expected["schema"] = SCHEMA_VERSION.into();
    assert_eq!(again, expected);
    assert_eq!(decode(&encode(&loaded)).unwrap().assessment, loaded);
}

#[test]
fn who_approved_a_schema_2_record_becomes_its_approval() {
    // As the release with the committee paper, before year on year, wrote it.
    let old = r#"{"format":"best-value-self-assessment","schema":2,"framework":{"id":"best-value-2024","version":"2"},"assessment":{"id":"p2","name":"2026 review","council":"Ambridge DC","assessor":"CEO","framework_id":"best-value-2024","framework_version":"2","scope":{"kind":"everything"},"started_ms":1700000000000,"updated_ms":1700000001000,"status":"draft","marked_complete":[],"characteristics":{},"flags":{},"reflections":{},"paper":{"recommendations":"Note it.","commentary":"","next_steps":"","reviewed_by":"Head of Audit","approved_by":"Chief Executive"},"stamps":{"tabs":["t1"],"fields":{"paper":{"approved_by":[1700000001000,0]}}}}}"#;
    let framework = framework();
    let loaded = decode_for(old, &framework).unwrap();
    assert_eq!(loaded.approval.by, "Chief Executive");
    assert_eq!(loaded.approval.date, "", "no date was ever asked for");
    assert_eq!(loaded.paper.reviewed_by, "Head of Audit");
    assert_eq!(loaded.paper.recommendations, "Note it.");
    assert!(
        loaded.stamps.fields.contains_key(
            &best_value_self_assessment::domain::assessment::Field::Approval(
                best_value_self_assessment::domain::assessment::SignOffPart::By
            )
        ),
        "its stamp moves with it"
    );
    let again = decode_for(&encode(&loaded), &framework).unwrap();
    assert_eq!(
        again, loaded,
        "saved again in schema {SCHEMA_VERSION}, nothing lost"
    );
}
