//! Year on year, as an officer repeats the assessment: next year's starts from
//! this year's, ratings are compared with it, open actions come across with
//! their history and are followed through, and how each rating moved is
//! decided by one rule for every pair of levels.

use best_value_self_assessment::domain::assessment::{
    ActionPart, ActionStatus, Assessment, Baseline, Change, ChangeError, Movement, MovementCounts,
    Scope, SectionStatus,
};
use best_value_self_assessment::domain::framework::Framework;
use best_value_self_assessment::domain::section::SectionRef;

use crate::assessment::{answer_theme, framework, start};

/// 1 June 2026, 10:00 UK time, in milliseconds since the Unix epoch.
pub const JUNE_2026: i64 = 1_780_304_400_000;
pub const DAY: i64 = 86_400_000;

pub fn rate(a: &mut Assessment, framework: &Framework, item: &str, level: &str, ms: i64) {
    let change = Change::Rating {
        item: item.into(),
        level: Some(level.into()),
    };
    a.apply(framework, change, ms).unwrap();
}

pub fn act(a: &mut Assessment, framework: &Framework, item: &str, part: ActionPart, text: &str) {
    let change = Change::Action {
        item: item.into(),
        part,
        text: text.into(),
    };
    a.apply(framework, change, JUNE_2026).unwrap();
}

pub fn set_status(a: &mut Assessment, framework: &Framework, item: &str, s: ActionStatus, ms: i64) {
    let change = Change::ActionStatus {
        item: item.into(),
        status: s,
    };
    a.apply(framework, change, ms).unwrap();
}

pub fn note(a: &mut Assessment, framework: &Framework, item: &str, text: &str, ms: i64) -> bool {
    let change = Change::ProgressNote {
        item: item.into(),
        text: text.into(),
    };
    a.apply(framework, change, ms).unwrap()
}

#[test]
fn movement_is_decided_for_every_pair_of_levels() {
    use Movement::*;
    let framework = framework();
    let scale = &framework.scale;
    let ids: Vec<&str> = scale.levels.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "well-established",
            "mostly-in-place",
            "partly-in-place",
            "not-in-place"
        ]
    );
    // Last time down the side, this time across: the four levels best
    // first, then "not applicable", then "not yet assessed".
    let levels = [
        Some("well-established"),
        Some("mostly-in-place"),
        Some("partly-in-place"),
        Some("not-in-place"),
        Some("not-applicable"),
        None,
    ];
    let n = NewlyAssessed;
    let na = NowNotApplicable;
    let nr = NotYetRated;
    let expected = [
        [Unchanged, Declined(1), Declined(2), Declined(3), na, nr],
        [Improved(1), Unchanged, Declined(1), Declined(2), na, nr],
        [Improved(2), Improved(1), Unchanged, Declined(1), na, nr],
        [Improved(3), Improved(2), Improved(1), Unchanged, na, nr],
        [n, n, n, n, Unchanged, nr],
        [n, n, n, n, na, nr],
    ];
    for (before, row) in levels.iter().zip(expected) {
        for (now, movement) in levels.iter().zip(row) {
            assert_eq!(
                Movement::between(scale, *before, *now),
                movement,
                "{before:?} then {now:?}"
            );
        }
    }
    // A level the scale does not know counts as not assessed.
    assert_eq!(
        Movement::between(scale, Some("gold"), Some("not-in-place")),
        NewlyAssessed
    );
    // Arrows always come with words.
    for m in [Improved(1), Declined(1), Unchanged, n, na, nr] {
        assert!(!m.label().is_empty());
    }
}

#[test]
fn next_years_assessment_keeps_the_evidence_but_no_rating_and_compares_with_this_one() {
    let framework = framework();
    let governance = SectionRef::Theme("governance".into());
    let mut this_year = start(&framework, Scope::Everything);
    answer_theme(&framework, &mut this_year, "governance", "mostly-in-place");
    this_year
        .apply(&framework, Change::MarkComplete(governance.clone()), 3_000)
        .unwrap();
    let before = this_year.clone();

    let mut next = this_year.next_year(&framework.scale, "2027 review", "a2".into(), 9_000);
    assert_eq!(this_year, before, "this year's assessment is untouched");
    assert_eq!(
        (next.id.as_str(), next.name.as_str()),
        ("a2", "2027 review")
    );
    assert_eq!((next.started_ms, next.updated_ms), (9_000, 9_000));
    let c01 = "governance.c01";
    assert_eq!(next.rating(c01), None, "no rating comes across");
    assert_eq!(
        next.characteristic(c01).unwrap().narrative,
        "Evidence for governance.c01"
    );
    assert!(
        next.flags.values().all(|f| f.state.is_none()),
        "nor any judgement"
    );
    assert_eq!(
        next.section_status(&framework, &governance),
        SectionStatus::InProgress,
        "every section is to be checked again"
    );
    let baseline = next.baseline.as_ref().unwrap();
    assert_eq!(
        (baseline.id.as_str(), baseline.name.as_str()),
        ("a1", "2026 annual self-assessment")
    );
    assert_eq!(next.baseline_rating(c01), Some("mostly-in-place"));
    assert_eq!(
        next.movement(&framework.scale, c01),
        Some(Movement::NotYetRated)
    );
    assert_eq!(
        this_year.movement(&framework.scale, c01),
        None,
        "no baseline, no movement"
    );

    // Three items rated again: one taken from last year, one better, one worse.
    let use_last = Change::UseBaselineRating { item: c01.into() };
    assert_eq!(next.apply(&framework, use_last, 10_000), Ok(true));
    rate(
        &mut next,
        &framework,
        "governance.c02",
        "well-established",
        10_000,
    );
    rate(
        &mut next,
        &framework,
        "governance.c03",
        "not-in-place",
        10_000,
    );
    assert_eq!(next.rating(c01), Some("mostly-in-place"));
    let movement = |id: &str| next.movement(&framework.scale, id).unwrap();
    assert_eq!(movement(c01), Movement::Unchanged);
    assert_eq!(movement("governance.c02"), Movement::Improved(1));
    assert_eq!(movement("governance.c03"), Movement::Declined(2));
    let counts = next.section_movement(&framework, &governance).unwrap();
    let rated = framework.theme("governance").unwrap().characteristics.len();
    assert_eq!(
        counts,
        MovementCounts {
            improved: 1,
            declined: 1,
            unchanged: 1,
            not_yet_rated: rated - 3,
            ..MovementCounts::default()
        }
    );
    let culture = SectionRef::Theme("culture".into());
    let culture_rated = framework.theme("culture").unwrap().characteristics.len();
    assert_eq!(
        next.section_movement(&framework, &culture)
            .unwrap()
            .not_yet_rated,
        culture_rated
    );

    // Nothing to take where last year gave no rating.
    let nothing = Change::UseBaselineRating {
        item: "culture.c01".into(),
    };
    assert_eq!(
        next.apply(&framework, nothing, 11_000),
        Err(ChangeError::NoBaselineRating("culture.c01".into()))
    );
}

#[test]
fn only_open_actions_come_across_with_their_history() {
    let framework = framework();
    let mut this_year = start(&framework, Scope::Everything);
    answer_theme(&framework, &mut this_year, "governance", "partly-in-place");
    let [c1, c2, c3, c4, c5, c6] =
        ["c01", "c02", "c03", "c04", "c05", "c06"].map(|c| format!("governance.{c}"));
    set_status(
        &mut this_year,
        &framework,
        &c1,
        ActionStatus::InProgress,
        JUNE_2026,
    );
    note(
        &mut this_year,
        &framework,
        &c1,
        "Draft code out to consultation",
        JUNE_2026 + DAY,
    );
    // c2 is not started: open too.
    set_status(
        &mut this_year,
        &framework,
        &c3,
        ActionStatus::Done,
        JUNE_2026,
    );
    set_status(
        &mut this_year,
        &framework,
        &c4,
        ActionStatus::Dropped,
        JUNE_2026,
    );
    act(
        &mut this_year,
        &framework,
        &c4,
        ActionPart::Reason,
        "Overtaken by the new structure",
    );
    // An action left on a characteristic now rated at the top is no longer in the plan.
    rate(
        &mut this_year,
        &framework,
        &c5,
        "well-established",
        JUNE_2026,
    );
    // A characteristic needing an action that was never described has none to carry.
    act(&mut this_year, &framework, &c6, ActionPart::Action, " ");

    let next = this_year.next_year(&framework.scale, "Next", "a2".into(), JUNE_2026 + 300 * DAY);
    let action = |id: &str| {
        next.characteristic(id)
            .map(|a| a.action.clone())
            .unwrap_or_default()
    };
    let carried: Vec<String> = next
        .characteristics
        .iter()
        .filter(|(_, a)| a.action.carried_over)
        .map(|(id, _)| id.clone())
        .collect();
    let theme = framework.theme("governance").unwrap();
    let expected: Vec<String> = theme.characteristics[6..]
        .iter()
        .map(|c| c.id.clone())
        .chain([c1.clone(), c2.clone()])
        .collect();
    let mut expected_sorted = expected.clone();
    expected_sorted.sort();
    assert_eq!(carried, expected_sorted, "the open actions, and only those");
    let then = this_year.characteristic(&c1).unwrap().action.clone();
    assert_eq!(action(&c1).history, then.history, "with their history");
    assert_eq!(action(&c1).history.len(), 2);
    assert_eq!(action(&c1).status(), ActionStatus::InProgress);
    assert_eq!(action(&c1).action, then.action);
    assert_eq!(action(&c1).due, then.due);
    assert_eq!(action(&c2).status(), ActionStatus::NotStarted);
    for closed in [&c3, &c4, &c5, &c6] {
        assert_eq!(action(closed), Default::default(), "{closed} stays behind");
        let kept = &next
            .baseline
            .as_ref()
            .unwrap()
            .answer(closed)
            .unwrap()
            .action;
        assert_eq!(
            kept,
            &this_year.characteristic(closed).unwrap().action,
            "in the baseline"
        );
    }
    assert!(!this_year
        .characteristics
        .values()
        .any(|a| a.action.carried_over));
}

#[test]
fn a_baseline_can_be_another_assessment_of_the_same_framework() {
    let framework = framework();
    let mut earlier = start(&framework, Scope::Everything);
    answer_theme(&framework, &mut earlier, "culture", "partly-in-place");
    let mut later = start(&framework, Scope::Everything);
    later.id = "a2".into();
    rate(
        &mut later,
        &framework,
        "culture.c01",
        "mostly-in-place",
        5_000,
    );
    let compare = Change::Baseline(Some(Box::new(Baseline::of(&earlier))));
    assert_eq!(later.apply(&framework, compare, 6_000), Ok(true));
    assert_eq!(
        later.movement(&framework.scale, "culture.c01"),
        Some(Movement::Improved(1))
    );
    assert!(
        later
            .characteristics
            .values()
            .all(|a| !a.action.carried_over),
        "nothing carried"
    );

    let mut other = Baseline::of(&earlier);
    other.framework_id = "another-framework".into();
    let refused = later.apply(&framework, Change::Baseline(Some(Box::new(other))), 7_000);
    assert_eq!(refused, Err(ChangeError::OtherFramework));
    let itself = Change::Baseline(Some(Box::new(Baseline::of(&later))));
    assert_eq!(
        later.apply(&framework, itself, 7_000),
        Err(ChangeError::SameAssessment)
    );
    assert_eq!(
        later.apply(&framework, Change::Baseline(None), 8_000),
        Ok(true)
    );
    assert_eq!(later.movement(&framework.scale, "culture.c01"), None);
}

#[test]
fn next_years_name_moves_the_year_on() {
    let framework = framework();
    let mut a = start(&framework, Scope::Everything);
    for (name, next) in [
        ("2026 annual self-assessment", "2027 annual self-assessment"),
        (
            "Best Value self-assessment 2025/26",
            "Best Value self-assessment 2026/27",
        ),
        ("Review 1999-00", "Review 2000-01"),
        ("Plan 2026-27 (draft)", "Plan 2027-28 (draft)"),
        ("Annual review", "Annual review (next year)"),
        ("Ref 12345", "Ref 12345 (next year)"),
    ] {
        a.name = name.into();
        assert_eq!(a.next_year_name(), next, "{name}");
    }
}

#[test]
fn a_carried_over_action_stays_in_view_and_last_years_rating_is_offered_until_taken() {
    let framework = framework();
    let scale = &framework.scale;
    let mut this_year = start(&framework, Scope::Everything);
    answer_theme(&framework, &mut this_year, "governance", "partly-in-place");
    let (c1, c2) = ("governance.c01", "governance.c02");
    let mut next = this_year.next_year(scale, "Next", "next".into(), JUNE_2026);
    // Not yet rated again: the carried-over action is still shown.
    assert!(!next.needs_action(scale, c1));
    assert!(next.in_action_plan(scale, c1));
    rate(&mut next, &framework, c1, "well-established", JUNE_2026);
    assert!(next.in_action_plan(scale, c1), "shown to be marked done");
    // A new action (not carried over) shows only while the rating needs one.
    let mut fresh = start(&framework, Scope::Everything);
    rate(&mut fresh, &framework, c1, "well-established", JUNE_2026);
    assert!(!fresh.in_action_plan(scale, c1));

    assert_eq!(next.baseline_rating_to_offer(c2), Some("partly-in-place"));
    let take = Change::UseBaselineRating { item: c2.into() };
    next.apply(&framework, take, JUNE_2026).unwrap();
    assert_eq!(next.baseline_rating_to_offer(c2), None, "already taken");
    assert_eq!(fresh.baseline_rating_to_offer(c2), None, "no baseline");
}
