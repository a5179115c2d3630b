//! Following actions through: each status change and progress note is dated,
//! the latest status stands, an action is overdue after its due date until it
//! is done or dropped, and a dropped action needs its reason.

use best_value_self_assessment::domain::assessment::{
    ActionPart, ActionStatus, Assessment, Change, Scope,
};
use best_value_self_assessment::domain::dates::CivilDate;
use best_value_self_assessment::domain::section::SectionRef;

use crate::assessment::{answer_theme, framework, start};
use crate::year_on_year::{act, note, set_status, DAY, JUNE_2026};

#[test]
fn status_changes_and_notes_are_dated_and_the_latest_status_stands() {
    let framework = framework();
    let mut a = start(&framework, Scope::Everything);
    answer_theme(&framework, &mut a, "culture", "not-in-place");
    let item = "culture.c01";
    let action = |a: &Assessment| a.characteristic(item).unwrap().action.clone();
    assert_eq!(action(&a).status(), ActionStatus::NotStarted);
    assert_eq!(action(&a).last_update(), None);

    set_status(
        &mut a,
        &framework,
        item,
        ActionStatus::InProgress,
        JUNE_2026,
    );
    // Changing one's mind the same day leaves one entry, with the last choice.
    set_status(
        &mut a,
        &framework,
        item,
        ActionStatus::Done,
        JUNE_2026 + 1_000,
    );
    set_status(
        &mut a,
        &framework,
        item,
        ActionStatus::InProgress,
        JUNE_2026 + 2_000,
    );
    assert_eq!(action(&a).history.len(), 1);
    assert!(note(
        &mut a,
        &framework,
        item,
        "  Training booked  ",
        JUNE_2026 + DAY
    ));
    assert!(
        !note(&mut a, &framework, item, "   ", JUNE_2026 + DAY),
        "a blank note is no note"
    );
    let same = Change::ActionStatus {
        item: item.into(),
        status: ActionStatus::InProgress,
    };
    assert_eq!(a.apply(&framework, same, JUNE_2026 + DAY), Ok(false));
    set_status(
        &mut a,
        &framework,
        item,
        ActionStatus::Done,
        JUNE_2026 + 30 * DAY,
    );

    let history = action(&a).history;
    let entries: Vec<(&str, Option<ActionStatus>, &str)> = history
        .iter()
        .map(|n| (n.date.as_str(), n.status, n.text.as_str()))
        .collect();
    assert_eq!(
        entries,
        [
            ("2026-06-01", Some(ActionStatus::InProgress), ""),
            ("2026-06-02", None, "Training booked"),
            ("2026-07-01", Some(ActionStatus::Done), ""),
        ]
    );
    assert_eq!(action(&a).status(), ActionStatus::Done);
    assert_eq!(action(&a).last_update(), CivilDate::new(2026, 7, 1));
}

#[test]
fn an_action_is_overdue_after_its_due_date_until_it_is_done_or_dropped() {
    let framework = framework();
    let mut a = start(&framework, Scope::Everything);
    answer_theme(&framework, &mut a, "culture", "not-in-place");
    let item = "culture.c01";
    act(&mut a, &framework, item, ActionPart::Due, "2027-03-31");
    let overdue_on = |a: &Assessment, y, m, d| {
        let action = &a.characteristic(item).unwrap().action;
        action.is_overdue(CivilDate::new(y, m, d).unwrap())
    };
    assert!(!overdue_on(&a, 2027, 3, 30));
    assert!(!overdue_on(&a, 2027, 3, 31), "due today is not yet overdue");
    assert!(overdue_on(&a, 2027, 4, 1));
    set_status(
        &mut a,
        &framework,
        item,
        ActionStatus::InProgress,
        JUNE_2026,
    );
    assert!(overdue_on(&a, 2027, 4, 1), "still open");
    set_status(
        &mut a,
        &framework,
        item,
        ActionStatus::Done,
        JUNE_2026 + DAY,
    );
    assert!(!overdue_on(&a, 2027, 4, 1), "done");
    set_status(
        &mut a,
        &framework,
        item,
        ActionStatus::Dropped,
        JUNE_2026 + 2 * DAY,
    );
    assert!(!overdue_on(&a, 2027, 4, 1), "dropped");
    set_status(
        &mut a,
        &framework,
        item,
        ActionStatus::NotStarted,
        JUNE_2026 + 3 * DAY,
    );
    for due in ["", "soon", "2027-02-30"] {
        act(&mut a, &framework, item, ActionPart::Due, due);
        assert!(!overdue_on(&a, 2030, 1, 1), "no real due date: {due:?}");
    }
}

#[test]
fn a_dropped_action_needs_a_reason_before_its_section_is_complete() {
    let framework = framework();
    let culture = SectionRef::Theme("culture".into());
    let mut a = start(&framework, Scope::Everything);
    answer_theme(&framework, &mut a, "culture", "mostly-in-place");
    set_status(
        &mut a,
        &framework,
        "culture.c02",
        ActionStatus::Dropped,
        JUNE_2026,
    );
    let problems = a.problems(&framework, &culture);
    let messages: Vec<&str> = problems.iter().map(|p| p.message.as_str()).collect();
    assert_eq!(
        messages,
        [format!(
            "Say why the action for {} was dropped",
            framework
                .theme("culture")
                .unwrap()
                .display_code(&framework.theme("culture").unwrap().characteristics[1])
        )]
    );
    act(
        &mut a,
        &framework,
        "culture.c02",
        ActionPart::Reason,
        "Replaced by the workforce plan",
    );
    assert_eq!(
        a.apply(&framework, Change::MarkComplete(culture), JUNE_2026),
        Ok(true)
    );
}
