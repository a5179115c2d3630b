//! The mapping from version 1 of the Best Value framework to the current one:
//! every answer given against version 1 has somewhere to go, and a faulty
//! mapping is refused with the id at fault.

use best_value_self_assessment::domain::content::{best_value_2024, best_value_2024_from_v1};
use best_value_self_assessment::domain::content_migration::{
    AnswerKind, ContentMigration, Fate, MigrationError,
};
use best_value_self_assessment::domain::framework::Framework;

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
