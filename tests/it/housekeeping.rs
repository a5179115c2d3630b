//! Keeping work safe in a small, shared store: room left, the warning at 80%,
//! which assessments to back up and remove first, backup reminders, and
//! erasing only this app's data.

use best_value_self_assessment::domain::assessment::{Field, Scope, Stamp};
use best_value_self_assessment::domain::housekeeping::{
    backup_due, oldest_to_remove, Room, COMPLETE_ASSESSMENT_CHARS, QUOTA_CHARS,
};
use best_value_self_assessment::domain::sample::complete_assessment;
use best_value_self_assessment::domain::save_format::encode;
use best_value_self_assessment::storage::{
    assessment_key, chars, AssessmentRepository, KeyValueStore, MemoryStore,
};

use crate::assessment::{framework, start};

const DAY: i64 = 24 * 60 * 60 * 1000;

#[test]
fn a_complete_assessment_is_about_the_size_the_room_left_is_counted_in() {
    let framework = framework();
    let mut sample = complete_assessment(&framework, "sample", 1_767_225_600_000, 2_000);
    // As saved after real sessions in two tabs: every answer given carries a stamp.
    let mut empty = sample.clone();
    empty.characteristics.clear();
    empty.flags.clear();
    empty.reflections.clear();
    empty.marked_complete.clear();
    for (n, field) in Field::all_in(&sample).into_iter().enumerate() {
        let mut answered = empty.clone();
        field.copy(&sample, &mut answered);
        if answered != empty {
            let stamp = Stamp::new(
                1_767_225_600_000 + n as i64 * 997,
                ["k3x9ab", "z0p1qr"][n % 2],
            );
            sample.stamps.fields.insert(field, stamp);
        }
    }
    let size = chars(&encode(&sample));
    let ratio = size as f64 / COMPLETE_ASSESSMENT_CHARS as f64;
    assert!(
        (0.9..=1.1).contains(&ratio),
        "a complete record is {size} characters"
    );
    assert!(
        !encode(&sample).contains("\n "),
        "records are not pretty-printed"
    );
}

#[test]
fn the_room_left_is_counted_in_complete_assessments_and_warned_about_at_80_percent() {
    let room = |used| Room {
        used,
        ours: used,
        quota: QUOTA_CHARS,
    };
    assert_eq!(
        room(0).complete_assessments_left(),
        QUOTA_CHARS / COMPLETE_ASSESSMENT_CHARS
    );
    assert_eq!(
        room(QUOTA_CHARS - COMPLETE_ASSESSMENT_CHARS).complete_assessments_left(),
        1
    );
    assert_eq!(
        room(QUOTA_CHARS - COMPLETE_ASSESSMENT_CHARS + 1).complete_assessments_left(),
        0
    );
    assert_eq!(room(QUOTA_CHARS + 10).complete_assessments_left(), 0);
    let at_80 = QUOTA_CHARS * 80 / 100;
    assert!(!room(at_80 - 100).nearly_full());
    assert!(room(at_80 + 100).nearly_full());
    assert_eq!(room(QUOTA_CHARS / 2).percent_used(), 50);
    assert_eq!(room(QUOTA_CHARS * 2).percent_used(), 100);
    assert_eq!(room(at_80 + 100).to_free(), 101);
    assert_eq!(room(at_80 - 100).to_free(), 0);
}

#[test]
fn every_key_on_the_host_counts_towards_the_room_but_only_ours_are_erased() {
    let framework = framework();
    let store = MemoryStore::with_quota(10_000);
    store.set("other-app/settings", &"x".repeat(2_000)).unwrap();
    let repo = AssessmentRepository::new(store);
    let assessment = start(&framework, Scope::Everything);
    repo.save(&assessment).unwrap();
    repo.record_backup("a1", 5).unwrap();

    let room = repo.room().unwrap();
    let record = chars(&assessment_key("a1")) + chars(&encode(&assessment));
    assert_eq!(room.quota, 10_000);
    assert!(room.ours > record, "the record and its backup note");
    assert_eq!(room.used, room.ours + "other-app/settings".len() + 2_000);
    assert_eq!(
        repo.record_chars("a1").unwrap(),
        chars(&encode(&assessment))
    );

    assert_eq!(repo.erase_everything().unwrap(), 2);
    assert!(repo.list(&framework).unwrap().is_empty());
    assert_eq!(repo.last_backup("a1").unwrap(), None);
    assert_eq!(
        repo.store()
            .get("other-app/settings")
            .unwrap()
            .map(|v| v.len()),
        Some(2_000),
        "another app's data on the same host is left alone"
    );
    assert_eq!(repo.room().unwrap().ours, 0);
}

#[test]
fn the_oldest_assessments_are_suggested_for_removal_until_enough_room_is_freed() {
    let framework = framework();
    let mut old = start(&framework, Scope::Everything);
    old.updated_ms = 100;
    let mut older = old.next_year(&framework.scale, "Older", "a2".into(), 50);
    older.updated_ms = 50;
    let mut recent = old.next_year(&framework.scale, "Recent", "a3".into(), 900);
    recent.updated_ms = 900;
    let sizes = || vec![(&recent, 1_000), (&old, 1_000), (&older, 1_000)];
    let names = |chosen: Vec<&best_value_self_assessment::domain::assessment::Assessment>| {
        chosen.iter().map(|a| a.name.clone()).collect::<Vec<_>>()
    };
    assert_eq!(names(oldest_to_remove(sizes(), 500)), ["Older"]);
    assert_eq!(
        names(oldest_to_remove(sizes(), 1_500)),
        ["Older", "2026 annual self-assessment"]
    );
    assert_eq!(
        names(oldest_to_remove(sizes(), 9_000)).len(),
        3,
        "all, if even that is not enough"
    );
    assert!(oldest_to_remove(sizes(), 0).is_empty());
}

#[test]
fn a_backup_is_due_when_the_assessment_changed_since_a_backup_older_than_14_days() {
    let framework = framework();
    let mut a = start(&framework, Scope::Everything);
    a.started_ms = 0;
    a.updated_ms = 20 * DAY;
    let now = 30 * DAY;
    assert!(
        backup_due(&a, Some(15 * DAY), now),
        "changed since a 15-day-old backup"
    );
    assert!(!backup_due(&a, Some(25 * DAY), now), "backed up 5 days ago");
    assert!(
        !backup_due(&a, Some(20 * DAY), now + 60 * DAY),
        "no change since the backup"
    );
    assert!(
        backup_due(&a, None, now),
        "never backed up, started 30 days ago"
    );
    a.started_ms = 20 * DAY;
    assert!(
        !backup_due(&a, None, now),
        "never changed since it was started"
    );
    a.started_ms = 10 * DAY;
    assert!(
        !backup_due(&a, None, 24 * DAY),
        "started 14 days ago to the hour is not yet due"
    );
}

#[test]
fn deleting_removes_the_backup_note_and_undo_puts_both_back_exactly() {
    let framework = framework();
    let repo = AssessmentRepository::new(MemoryStore::new());
    repo.save(&start(&framework, Scope::Everything)).unwrap();
    repo.record_backup("a1", 1_234).unwrap();
    let stored = repo.store().get(&assessment_key("a1")).unwrap();
    let removed = repo.delete("a1").unwrap().unwrap();
    assert!(!repo.contains("a1").unwrap());
    assert_eq!(repo.last_backup("a1").unwrap(), None);
    assert_eq!(
        repo.delete("a1").unwrap(),
        None,
        "deleting twice finds nothing"
    );
    repo.restore(&removed).unwrap();
    assert_eq!(repo.store().get(&assessment_key("a1")).unwrap(), stored);
    assert_eq!(repo.last_backup("a1").unwrap(), Some(1_234));
}
