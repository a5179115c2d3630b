//! Field stamps: each field of two tabs' copies merges by its newest change,
//! whatever order the copies meet in; records from before stamps still load;
//! an imported backup that replaces a record counts as changing every field;
//! the part of a copy newer than the saved record merges to the same result.

use best_value_self_assessment::domain::assessment::{
    merge, newer_than, ActionPart, Change, ReportStatus, Scope, Stamp,
};
use best_value_self_assessment::domain::sample::complete_assessment;
use best_value_self_assessment::domain::save_format::{decode, encode};
use best_value_self_assessment::storage::{
    assessment_key, AssessmentRepository, KeyValueStore, MemoryStore, TabCopy,
};

use crate::assessment::{framework, start};
use crate::tabs::{narrative, rating, saved, stored_text, text_of};

#[test]
fn newest_change_wins_field_by_field_whatever_order_the_copies_merge_in() {
    let framework = framework();
    let base = start(&framework, Scope::Everything);
    let edit = |changes: Vec<(Change, i64, &str)>| {
        let mut copy = base.clone();
        for (change, ms, tab) in changes {
            copy.apply_stamped(&framework, change, Stamp::new(ms, tab))
                .unwrap();
        }
        copy
    };
    let x = edit(vec![
        (narrative("governance.c01", "x early"), 10, "x"),
        (rating("culture.c01", "not-in-place"), 30, "x"),
    ]);
    let y = edit(vec![
        (narrative("governance.c01", "y later"), 20, "y"),
        (Change::Rename("Renamed in y".into()), 21, "y"),
    ]);
    let z = edit(vec![
        (rating("culture.c01", "well-established"), 25, "z"),
        (
            Change::Reflection {
                item: "prevention.q1".into(),
                text: "z answer".into(),
            },
            5,
            "z",
        ),
    ]);
    let copies = [&x, &y, &z];
    let orders = [
        [0, 1, 2],
        [0, 2, 1],
        [1, 0, 2],
        [1, 2, 0],
        [2, 0, 1],
        [2, 1, 0],
    ];
    let results: Vec<_> = orders
        .iter()
        .map(|o| merge(copies[o[2]], &merge(copies[o[1]], copies[o[0]])))
        .collect();
    for merged in &results {
        assert_eq!(merged, &results[0], "the order of merging changes nothing");
    }
    let merged = &results[0];
    assert_eq!(
        merged.characteristic("governance.c01").unwrap().narrative,
        "y later"
    );
    assert_eq!(merged.rating("culture.c01"), Some("not-in-place"));
    assert_eq!(merged.name, "Renamed in y");
    assert_eq!(merged.reflection("prevention.q1"), "z answer");
    // Their rating and our evidence on one characteristic both survive.
    let mut ours = base.clone();
    ours.apply_stamped(
        &framework,
        narrative("governance.c02", "evidence"),
        Stamp::new(40, "o"),
    )
    .unwrap();
    let mut theirs = base.clone();
    theirs
        .apply_stamped(
            &framework,
            rating("governance.c02", "not-in-place"),
            Stamp::new(41, "t"),
        )
        .unwrap();
    let both = merge(&ours, &theirs);
    let c02 = both.characteristic("governance.c02").unwrap();
    assert_eq!(
        (c02.narrative.as_str(), c02.rating.as_deref()),
        ("evidence", Some("not-in-place"))
    );
}

#[test]
fn a_record_saved_before_stamps_existed_still_loads_and_merges() {
    let framework = framework();
    let mut old = start(&framework, Scope::Everything);
    old.set_narrative("governance.c01", "Written by the first release".into(), 500);
    let text = encode(&old);
    assert!(
        !text.contains("stamps"),
        "a record with no stamps is written without them"
    );
    let store = MemoryStore::new();
    store.set(&assessment_key("a1"), &text).unwrap();
    let repo = AssessmentRepository::new(store);

    let mut one = TabCopy::open(&repo, "a1", &framework).unwrap();
    let mut two = TabCopy::open(&repo, "a1", &framework).unwrap();
    one.change(
        &framework,
        narrative("governance.c01", "Reworded"),
        Stamp::new(600, "one"),
    )
    .unwrap();
    one.sync(&repo, &framework).unwrap();
    two.change(
        &framework,
        rating("culture.c01", "mostly-in-place"),
        Stamp::new(601, "two"),
    )
    .unwrap();
    two.sync(&repo, &framework).unwrap();

    let stored = repo.load("a1", &framework).unwrap();
    assert_eq!(
        stored.characteristic("governance.c01").unwrap().narrative,
        "Reworded",
        "a missing stamp counts as older than any change"
    );
    assert_eq!(stored.rating("culture.c01"), Some("mostly-in-place"));
    assert_eq!(
        decode(&encode(&stored)).unwrap().assessment,
        stored,
        "stamps round-trip"
    );
}

#[test]
fn an_imported_backup_replacing_the_record_wins_over_older_edits_in_an_open_tab() {
    let (framework, repo) = saved();
    let mut open = TabCopy::open(&repo, "a1", &framework).unwrap();
    open.change(
        &framework,
        narrative("governance.c01", "typed earlier"),
        Stamp::new(10, "open"),
    )
    .unwrap();
    open.sync(&repo, &framework).unwrap();

    let mut backup = start(&framework, Scope::Everything);
    backup.set_narrative("culture.c01", "from the backup".into(), 5);
    backup.stamp_all(Stamp::new(20, "importer"));
    repo.save(&backup).unwrap();

    open.sync(&repo, &framework).unwrap();
    assert_eq!(
        text_of(&open, "governance.c01"),
        "",
        "the backup had no text here"
    );
    assert_eq!(text_of(&open, "culture.c01"), "from the backup");
    open.change(
        &framework,
        narrative("governance.c01", "typed later"),
        Stamp::new(30, "open"),
    )
    .unwrap();
    open.sync(&repo, &framework).unwrap();
    assert_eq!(
        stored_text(&repo, &framework, "governance.c01"),
        "typed later"
    );
    assert_eq!(
        stored_text(&repo, &framework, "culture.c01"),
        "from the backup"
    );
}

#[test]
fn the_part_of_a_copy_newer_than_the_record_merges_back_to_the_copy() {
    let framework = framework();
    let mut saved = complete_assessment(&framework, "a1", 1_000, 200);
    saved.status = ReportStatus::Final;
    let mut ours = saved.clone();
    assert_eq!(
        newer_than(&ours, &saved.stamps),
        None,
        "nothing changed yet"
    );
    let (_, first) = framework.characteristics().next().unwrap();
    let changes = [
        // On a Final report, a rating makes it a draft again: two fields change.
        rating(&first.id, "partly-in-place"),
        Change::Action {
            item: first.id.clone(),
            part: ActionPart::Owner,
            text: "Head of HR".into(),
        },
        narrative("governance.c02", "New words"),
        Change::Rename("Renamed".into()),
    ];
    for (n, change) in changes.into_iter().enumerate() {
        ours.apply_stamped(&framework, change, Stamp::new(2_000 + n as i64, "t"))
            .unwrap();
    }

    let part = newer_than(&ours, &saved.stamps).expect("there are changes");

    assert!(encode(&part).len() * 10 < encode(&ours).len());
    let merged = merge(&part, &saved);
    assert_eq!(merged, merge(&ours, &saved));
    assert_eq!(merged.name, "Renamed");
    assert_eq!(merged.status, ReportStatus::Draft);
    assert_eq!(merged.rating(&first.id), Some("partly-in-place"));
}
