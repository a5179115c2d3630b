//! The mapping from version 1 of the Best Value framework to the current one:
//! every answer given against version 1 has somewhere to go, and a faulty
//! mapping is refused with the id at fault.

use best_value_self_assessment::domain::assessment::{CarriedCount, KeptAnswer};
use best_value_self_assessment::domain::content::{best_value_2024, best_value_2024_from_v1};
use best_value_self_assessment::domain::content_migration::{
    AnswerKind, ContentMigration, Fate, MigrationError,
};
use best_value_self_assessment::domain::framework::Framework;
use best_value_self_assessment::domain::markup::plain_text;
use best_value_self_assessment::domain::save_format::{self, SaveFormatError};
use best_value_self_assessment::domain::section::SectionRef;
use best_value_self_assessment::report::html::{summary_document_html, SummaryVersion};
use best_value_self_assessment::storage::{
    assessment_key, AssessmentRepository, KeyValueStore, MemoryStore,
};

fn framework() -> Framework {
    best_value_2024().expect("the built-in framework loads and validates")
}

fn migration(framework: &Framework) -> ContentMigration {
    best_value_2024_from_v1(framework).expect("the mapping from version 1 is consistent")
}

/// Every answerable item of version 1 (kind, id, text), kept as a fixture so
/// the test needs no git history.
fn v1_items() -> Vec<(AnswerKind, &'static str, &'static str)> {
    include_str!("../fixtures/best-value-2024-v1-items.tsv")
        .lines()
        .filter(|line| !line.starts_with('#') && !line.is_empty())
        .map(|line| {
            let mut fields = line.split('\t');
            let kind = match fields.next().unwrap() {
                "characteristic" => AnswerKind::Characteristic,
                "failure-indicator" => AnswerKind::FailureIndicator,
                "reflective-question" => AnswerKind::ReflectiveQuestion,
                other => panic!("unknown kind {other}"),
            };
            (kind, fields.next().unwrap(), fields.next().unwrap())
        })
        .collect()
}

#[test]
fn every_version_1_item_is_unchanged_renamed_or_retired() {
    let framework = framework();
    let migration = migration(&framework);
    assert_eq!(migration.from_version, "1");
    assert_eq!(migration.to_version, framework.info.version);
    let items = v1_items();
    assert_eq!(
        items.len(),
        71 + 48 + 21,
        "version 1 had 71, 48 and 21 items"
    );
    let (mut unchanged, mut renamed, mut retired) = (0, 0, 0);
    for (kind, id, text) in &items {
        match migration.fate(&framework, id) {
            Fate::Unchanged => unchanged += 1,
            Fate::Renamed(to) => {
                renamed += 1;
                assert_eq!(AnswerKind::of_id(to), Some(*kind), "{id} keeps its kind");
            }
            Fate::Retired(entry) => {
                retired += 1;
                assert_eq!(entry.kind, *kind, "{id} is retired as the right kind");
                assert_eq!(entry.text, *text, "{id} keeps its version 1 wording");
            }
            Fate::Unknown => panic!("{id} is not accounted for"),
        }
    }
    assert_eq!((unchanged, renamed, retired), (133, 1, 6));
    let listed = migration.renamed.len() + migration.retired.len();
    assert_eq!(listed, 7, "the mapping lists only version 1 ids");
    for r in &migration.renamed {
        assert!(
            items.iter().any(|(_, id, _)| *id == r.from),
            "{} was in v1",
            r.from
        );
    }
    for r in &migration.retired {
        assert!(
            items.iter().any(|(_, id, _)| *id == r.id),
            "{} was in v1",
            r.id
        );
    }
}

#[test]
fn merged_items_point_to_the_item_that_now_covers_them() {
    let framework = framework();
    let migration = migration(&framework);
    for (old, new) in [
        ("culture.c05", "leadership.c09"),
        ("culture.c09", "governance.c11"),
        ("use-of-resources.f02", "continuous-improvement.f02"),
        ("service-delivery.f05", "culture.f03"),
    ] {
        let Fate::Retired(entry) = migration.fate(&framework, old) else {
            panic!("{old} is retired");
        };
        assert_eq!(entry.covered_by.as_deref(), Some(new));
        assert!(
            entry.reason.contains("Merged into"),
            "{old}: {}",
            entry.reason
        );
    }
    assert_eq!(
        migration.fate(&framework, "use-of-resources.c12"),
        Fate::Renamed("leadership.c12")
    );
    assert_eq!(
        migration.fate(&framework, "governance.c01"),
        Fate::Unchanged
    );
    assert_eq!(migration.fate(&framework, "astrology.c01"), Fate::Unknown);
}

#[test]
fn a_faulty_mapping_is_refused_naming_the_id() {
    let framework = framework();
    let good = migration(&framework);

    let mut still_present = good.clone();
    still_present.retired[0].id = "governance.c01".into();
    assert!(still_present
        .problems(&framework)
        .contains(&MigrationError::StillPresent("governance.c01".into())));

    let mut nowhere = good.clone();
    nowhere.renamed[0].to = "leadership.c99".into();
    assert_eq!(
        nowhere.problems(&framework),
        [MigrationError::UnknownTarget {
            from: "use-of-resources.c12".into(),
            to: "leadership.c99".into()
        }]
    );

    let mut kind = good.clone();
    kind.renamed[0].to = "leadership.f01".into();
    assert!(matches!(
        kind.problems(&framework)[..],
        [MigrationError::KindChanged { .. }]
    ));

    let mut twice = good.clone();
    twice.retired.push(twice.retired[0].clone());
    assert!(twice
        .problems(&framework)
        .contains(&MigrationError::DuplicateOldId(
            "continuous-improvement.f06".into()
        )));

    let mut wrong_kind = good.clone();
    wrong_kind.retired[0].kind = AnswerKind::Characteristic;
    assert!(matches!(
        wrong_kind.problems(&framework)[..],
        [MigrationError::WrongKind { .. }]
    ));

    let mut covered = good.clone();
    covered.retired[1].covered_by = Some("culture.c05".into());
    assert!(matches!(
        covered.problems(&framework)[..],
        [MigrationError::UnknownCoveredBy { ref id, .. }] if id == "culture.c05"
    ));

    let mut version = good;
    version.to_version = "3".into();
    let message = version.problems(&framework)[0].to_string();
    assert!(message.contains("version 3"), "{message}");
}

/// The complete sample assessment as the version 1 release saved it: every
/// characteristic rated, every warning sign judged, every question answered.
const V1_SAMPLE: &str = include_str!("../fixtures/sample-assessment-v1.json");

#[test]
fn the_version_1_sample_opens_under_version_2_with_every_answer_mapped_or_retired() {
    let framework = framework();
    let saved = save_format::decode(V1_SAMPLE).expect("the version 1 record reads");
    let before = saved.assessment.clone();
    let answers = before.characteristics.len() + before.flags.len() + before.reflections.len();
    assert_eq!(answers, 140, "71 ratings, 48 judgements and 21 answers");

    let mut carried = before.clone();
    let count = carried
        .carry_over(&framework, &migration(&framework))
        .unwrap();
    assert_eq!(
        count,
        CarriedCount {
            unchanged: 133,
            renamed: 1,
            retired: 6,
            empty: 0,
            unknown: 0
        }
    );
    assert_eq!(count.unchanged + count.renamed + count.retired, answers);

    // What the app does on opening the record gives the same assessment.
    let opened = save_format::decode_for(V1_SAMPLE, &framework).expect("it opens under v2");
    assert_eq!(opened, carried);
    assert_eq!(opened.framework_version, "2");
    assert_eq!(opened.carried_from.as_deref(), Some("1"));
    assert_eq!(
        opened.characteristic("leadership.c12"),
        before.characteristic("use-of-resources.c12"),
        "the renamed item keeps its rating, evidence and action"
    );
    let kept: Vec<&str> = opened.retired.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(
        kept,
        [
            "culture.c05",
            "culture.c09",
            "continuous-improvement.f06",
            "service-delivery.f05",
            "use-of-resources.f02",
            "use-of-resources.f06"
        ]
    );
    for r in &opened.retired {
        let (_, _, text) = v1_items()
            .into_iter()
            .find(|(_, id, _)| *id == r.id)
            .unwrap();
        assert_eq!(r.question, text, "{} keeps the question it answered", r.id);
        assert_eq!(r.from_version, "1");
        let original = match &r.answer {
            KeptAnswer::Rating(a) => before.characteristic(&r.id) == Some(a),
            KeptAnswer::Flag(f) => before.flag(&r.id) == Some(f),
            KeptAnswer::Reflection(t) => before.reflection(&r.id) == t,
        };
        assert!(original, "{} keeps its answer exactly", r.id);
    }

    // Saved again, it reads back exactly, and is no longer migrated.
    let again = save_format::decode_for(&save_format::encode(&opened), &framework).unwrap();
    assert_eq!(again, opened);
}

#[test]
fn a_version_1_record_opens_from_storage_and_a_moved_answer_stays_in_scope() {
    let framework = framework();
    let only_resources = V1_SAMPLE.replace(
        r#""scope":{"kind":"everything"}"#,
        r#""scope":{"kind":"chosen","sections":[{"kind":"theme","id":"use-of-resources"}]}"#,
    );
    let store = MemoryStore::new();
    store
        .set(&assessment_key("v1sample"), &only_resources)
        .unwrap();
    let opened = AssessmentRepository::new(store)
        .load("v1sample", &framework)
        .expect("a version 1 record opens");
    let sections = opened.sections(&framework);
    assert!(
        sections.contains(&SectionRef::Theme("leadership".into())),
        "LEAD12, answered as UOR12, is still shown: {sections:?}"
    );
}

#[test]
fn records_that_cannot_be_carried_over_are_refused_and_left_alone() {
    let framework = framework();
    let unknown_version = V1_SAMPLE.replace(r#""version":"1""#, r#""version":"7""#);
    let unknown_version =
        unknown_version.replace(r#""framework_version":"1""#, r#""framework_version":"7""#);
    let err = save_format::decode_for(&unknown_version, &framework).unwrap_err();
    assert!(matches!(err, SaveFormatError::OtherVersion { .. }), "{err}");
    assert!(err.to_string().contains("version 7"), "{err}");

    // An answer under both the old id and its new one: neither is dropped.
    let both = V1_SAMPLE.replace(
        r#""characteristics":{"#,
        r#""characteristics":{"leadership.c12":{"rating":"well-established"},"#,
    );
    let err = save_format::decode_for(&both, &framework).unwrap_err();
    assert!(err.to_string().contains("leadership.c12"), "{err}");
}

#[test]
fn an_empty_answer_to_a_retired_question_is_counted_and_not_kept() {
    let framework = framework();
    let mut saved = save_format::decode(V1_SAMPLE).unwrap().assessment;
    saved
        .flags
        .insert("use-of-resources.f06".into(), Default::default());
    let count = saved
        .carry_over(&framework, &migration(&framework))
        .unwrap();
    assert_eq!((count.retired, count.empty), (5, 1));
    assert!(saved.retired.iter().all(|r| r.id != "use-of-resources.f06"));
}

#[test]
fn the_officers_summary_lists_the_answers_to_questions_no_longer_asked() {
    let framework = framework();
    let opened = save_format::decode_for(V1_SAMPLE, &framework).unwrap();
    let officers = summary_document_html(&framework, &opened, SummaryVersion::Officers, 0, "");
    let section = officers
        .split("<h2>Answers to questions no longer asked</h2>")
        .nth(1)
        .expect("the officers' summary has the section");
    let section = section.split("</section>").next().unwrap();
    for r in &opened.retired {
        let question = plain_text(&r.question).replace('\'', "&#39;");
        assert!(section.contains(&question), "{question}");
    }
    assert_eq!(section.matches("<dt>").count(), 6);
    assert!(section.contains("Now covered by LEAD09 (Leadership)."));
    assert!(section.contains("Now covered by warning sign 1 of Culture."));
    assert!(
        section.contains("The Audit &amp; Standards Committee"),
        "evidence kept"
    );

    let members = summary_document_html(
        &framework,
        &opened,
        SummaryVersion::Members { action_plan: true },
        0,
        "",
    );
    assert!(!members.contains("Answers to questions no longer asked"));
}
