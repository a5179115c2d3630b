//! The summary as data, as the paper's readers depend on it: counts, flags
//! and actions follow the answers; the key messages name the strongest themes
//! and those needing most improvement, list warning signs without scoring
//! them, and time actions against a fixed report date; and the priority
//! actions put "Not in place" first, then due dates.

use best_value_self_assessment::domain::assessment::{
    Assessment, FlagState, ImprovementAction, NewAssessment, Scope,
};
use best_value_self_assessment::domain::content::best_value_2024;
use best_value_self_assessment::domain::dates::CivilDate;
use best_value_self_assessment::domain::framework::Framework;
use best_value_self_assessment::domain::section::SectionRef;
use best_value_self_assessment::report::key_messages::{ActionTiming, PRIORITY_ACTIONS};
use best_value_self_assessment::report::summary::Summary;

use crate::exports::{full_assessment, NOV_25_2026};

fn start(framework: &Framework, scope: Scope) -> Assessment {
    let details = NewAssessment {
        name: "Annual review".into(),
        council: "Borsetshire".into(),
        assessor: "A. Officer".into(),
        scope,
        // Every condition met, so no item starts pre-marked.
        profile: best_value_self_assessment::domain::applicability::CouncilProfile {
            council_type: Some("unitary".into()),
            conditions: framework.conditions.iter().map(|c| c.id.clone()).collect(),
        },
    };
    Assessment::start(framework, details, "a1".into(), 0).unwrap()
}

#[test]
fn only_sections_in_scope_appear() {
    let framework = best_value_2024().unwrap();
    let governance = SectionRef::Theme("governance".into());
    let prevention = SectionRef::Principle("prevention".into());
    let assessment = start(&framework, Scope::Chosen(vec![governance, prevention]));
    let summary = Summary::build(&framework, &assessment, 0);
    assert_eq!(summary.themes.len(), 1);
    assert_eq!(summary.themes[0].id, "governance");
    assert_eq!(summary.reflections.len(), 1);
    assert_eq!(summary.overview.sections_total, 2);
    let governance = framework.theme("governance").unwrap();
    assert_eq!(
        summary.overview.characteristics_total,
        governance.characteristics.len()
    );
    assert_eq!(summary.overview.characteristics_rated, 0);
    assert_eq!(
        summary.warning_signs_not_judged,
        governance.failure_indicators.len()
    );
    let unassessed = summary.overview.totals.last().unwrap();
    assert_eq!(unassessed.level.id, framework.scale.not_assessed.id);
    assert_eq!(unassessed.count, governance.characteristics.len());
}

#[test]
fn counts_flags_and_actions_follow_the_answers() {
    let framework = best_value_2024().unwrap();
    let mut assessment = start(&framework, Scope::Everything);
    let theme = framework.theme("governance").unwrap();
    let [c1, c2, c3, ..] = theme.characteristics.as_slice() else {
        panic!("governance has characteristics")
    };
    let levels = &framework.scale.levels;
    assessment.set_rating(&c1.id, Some(levels[0].id.clone()), 1);
    assessment.set_rating(&c2.id, Some(levels[2].id.clone()), 1);
    assessment.set_rating(&c3.id, Some(levels[1].id.clone()), 1);
    let action = |due: &str| ImprovementAction {
        gap: "gap".into(),
        action: "act".into(),
        owner: "me".into(),
        due: due.into(),
        ..Default::default()
    };
    assessment.set_action(&c2.id, action("2027-06-30"), 1);
    assessment.set_action(&c3.id, action("2027-01-31"), 1);
    // An action on a top-rated characteristic is stale, not part of the plan.
    assessment.set_action(&c1.id, action("2026-01-01"), 1);
    let f = &theme.failure_indicators;
    assessment.set_flag_state(&f[0].id, Some(FlagState::Present), 1);
    assessment.set_flag_state(&f[1].id, Some(FlagState::NotPresent), 1);
    assessment.set_flag_state(&f[2].id, Some(FlagState::Partly), 1);

    let summary = Summary::build(&framework, &assessment, 0);
    let gov = summary
        .themes
        .iter()
        .find(|t| t.id == "governance")
        .unwrap();
    let count = |i: usize| gov.counts[i].count;
    assert_eq!((count(0), count(1), count(2), count(3)), (1, 1, 1, 0));
    assert_eq!(
        gov.counts.last().unwrap().count,
        theme.characteristics.len() - 3
    );
    assert_eq!(gov.ratings[1].code, theme.display_code(c2));
    assert_eq!(summary.overview.characteristics_rated, 3);
    let codes: Vec<_> = summary.actions.iter().map(|a| a.code.as_str()).collect();
    assert_eq!(codes, [theme.display_code(c3), theme.display_code(c2)]);
    let flagged: Vec<_> = summary
        .flagged
        .iter()
        .map(|f| (f.number, f.state))
        .collect();
    assert_eq!(flagged, [(1, FlagState::Present), (3, FlagState::Partly)]);
}

/// Rates every characteristic of a theme at one level.
fn rate_theme(framework: &Framework, a: &mut Assessment, theme: &str, level: &str) {
    for c in &framework.theme(theme).unwrap().characteristics {
        a.set_rating(&c.id, Some(level.to_owned()), 1);
    }
}

fn ids(themes: &[best_value_self_assessment::report::key_messages::ThemeStanding]) -> Vec<&str> {
    themes.iter().map(|t| t.id.as_str()).collect()
}

#[test]
fn key_messages_name_the_strongest_themes_and_those_needing_most_improvement() {
    let framework = best_value_2024().unwrap();
    let mut a = start(&framework, Scope::Everything);
    rate_theme(&framework, &mut a, "governance", "well-established");
    rate_theme(&framework, &mut a, "culture", "mostly-in-place");
    rate_theme(&framework, &mut a, "leadership", "not-in-place");
    rate_theme(&framework, &mut a, "use-of-resources", "partly-in-place");
    // Half at the top and half at the bottom: neither named.
    let sd = &framework.theme("service-delivery").unwrap().characteristics;
    for (i, c) in sd.iter().enumerate() {
        let level = if i % 2 == 0 {
            "well-established"
        } else {
            "not-in-place"
        };
        a.set_rating(&c.id, Some(level.into()), 1);
    }
    // "Not applicable" counts for nothing either way.
    let pce = &framework.theme("partnerships").unwrap().characteristics;
    a.set_rating(
        &pce[0].id,
        Some(framework.scale.not_applicable.id.clone()),
        1,
    );

    let k = Summary::build(&framework, &a, NOV_25_2026).key_messages;
    assert_eq!(ids(&k.strongest), ["governance", "culture"]);
    assert_eq!(ids(&k.weakest), ["leadership", "use-of-resources"]);
    let gov = &k.strongest[0];
    assert_eq!(
        (gov.upper, gov.rated),
        (12, 12),
        "figures a reader can check"
    );
    let uor = &k.weakest[1];
    assert_eq!((uor.lower, uor.rated), (14, 14));
    assert_eq!(k.upper_levels, ["Well established", "Mostly in place"]);
    assert_eq!(k.lower_levels, ["Partly in place", "Not in place"]);
}

#[test]
fn equal_themes_keep_framework_order_and_no_theme_is_both_strong_and_weak() {
    let framework = best_value_2024().unwrap();
    let mut a = start(&framework, Scope::Everything);
    for theme in ["partnerships", "governance", "leadership"] {
        rate_theme(&framework, &mut a, theme, "mostly-in-place");
    }
    let k = Summary::build(&framework, &a, NOV_25_2026).key_messages;
    assert_eq!(
        ids(&k.strongest),
        ["leadership"],
        "three themes: one named each way"
    );
    assert!(k.weakest.is_empty(), "nothing is rated in the lower half");

    // Two mixed themes: one is the stronger, and only the other can be the weaker.
    let mut b = start(&framework, Scope::Everything);
    let gov = &framework.theme("governance").unwrap().characteristics;
    let cul = &framework.theme("culture").unwrap().characteristics;
    b.set_rating(&gov[0].id, Some("well-established".into()), 1);
    b.set_rating(&gov[1].id, Some("not-in-place".into()), 1);
    b.set_rating(&cul[0].id, Some("mostly-in-place".into()), 1);
    b.set_rating(&cul[1].id, Some("partly-in-place".into()), 1);
    let k = Summary::build(&framework, &b, NOV_25_2026).key_messages;
    assert_eq!(ids(&k.strongest), ["governance"]);
    assert_eq!(ids(&k.weakest), ["culture"]);

    // One rated theme has nothing to be compared with.
    let mut c = start(&framework, Scope::Everything);
    rate_theme(&framework, &mut c, "culture", "not-in-place");
    let k = Summary::build(&framework, &c, NOV_25_2026).key_messages;
    assert!(k.strongest.is_empty() && k.weakest.is_empty());
}

#[test]
fn warning_signs_are_listed_but_never_change_the_key_messages() {
    let framework = best_value_2024().unwrap();
    let flagged = full_assessment(&framework);
    let mut unflagged = flagged.clone();
    for theme in &framework.themes {
        for f in &theme.failure_indicators {
            unflagged.set_flag_state(&f.id, Some(FlagState::NotPresent), 1);
        }
    }
    let a = Summary::build(&framework, &flagged, NOV_25_2026);
    let b = Summary::build(&framework, &unflagged, NOV_25_2026);
    assert_eq!(a.key_messages, b.key_messages);
    assert_eq!(a.priority_actions, b.priority_actions);
    // Every sign judged present or partly present is listed, in framework order.
    let expected: Vec<&str> = framework
        .themes
        .iter()
        .flat_map(|t| &t.failure_indicators)
        .filter(|f| {
            matches!(
                flagged.flag(&f.id).and_then(|j| j.state),
                Some(FlagState::Present | FlagState::Partly)
            )
        })
        .map(|f| f.id.as_str())
        .collect();
    let listed: Vec<&str> = a.flagged.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(listed, expected);
    assert!(b.flagged.is_empty());
}

#[test]
fn actions_are_timed_against_the_report_date() {
    let framework = best_value_2024().unwrap();
    let mut a = start(&framework, Scope::Everything);
    let theme = framework.theme("governance").unwrap();
    // The report is dated 25 November 2026, so "due soon" runs to 25 February 2027.
    let dues = [
        "2026-11-24",
        "2026-11-25",
        "2027-02-25",
        "2027-02-26",
        "",
        "2025-01-01",
        "next spring",
    ];
    for (c, due) in theme.characteristics.iter().zip(dues) {
        a.set_rating(&c.id, Some("partly-in-place".into()), 1);
        let action = ImprovementAction {
            action: format!("Act on {}", c.id),
            owner: "Monitoring Officer".into(),
            due: due.into(),
            ..ImprovementAction::default()
        };
        a.set_action(&c.id, action, 1);
    }
    let summary = Summary::build(&framework, &a, NOV_25_2026);
    let k = &summary.key_messages;
    let codes = |actions: &[best_value_self_assessment::report::summary::ActionItem]| {
        actions.iter().map(|a| a.code.clone()).collect::<Vec<_>>()
    };
    assert_eq!(codes(&k.overdue), ["GOV06", "GOV01"], "earliest first");
    assert_eq!(
        codes(&k.due_soon),
        ["GOV02", "GOV03"],
        "the report's day is due, not overdue"
    );
    assert_eq!(k.due_soon_until, CivilDate::new(2027, 2, 25).unwrap());
    assert_eq!(k.undated, 2, "a blank or unreadable due date is no date");
    let today = CivilDate::new(2026, 11, 25).unwrap();
    let timing: Vec<ActionTiming> = summary.actions.iter().map(|a| a.timing(today)).collect();
    assert_eq!(
        timing,
        [
            ActionTiming::Overdue,
            ActionTiming::Overdue,
            ActionTiming::DueSoon,
            ActionTiming::DueSoon,
            ActionTiming::Later,
            ActionTiming::Undated,
            ActionTiming::Undated,
        ]
    );
}

#[test]
fn priority_actions_put_not_in_place_first_then_due_dates_and_stop_at_ten() {
    let framework = best_value_2024().unwrap();
    let mut a = start(&framework, Scope::Everything);
    let theme = framework.theme("governance").unwrap();
    let plan = [
        ("not-in-place", "2027-05-01"),
        ("partly-in-place", "2026-12-01"),
        ("not-in-place", "2027-01-15"),
        ("mostly-in-place", "2026-12-15"),
        ("not-in-place", ""),
        ("partly-in-place", "2027-03-01"),
        ("not-in-place", "2027-01-15"),
        ("partly-in-place", ""),
        ("mostly-in-place", "2027-02-01"),
        ("partly-in-place", "2027-01-01"),
        ("mostly-in-place", "2027-06-01"),
        ("partly-in-place", "2026-12-20"),
    ];
    for (c, (level, due)) in theme.characteristics.iter().zip(plan) {
        a.set_rating(&c.id, Some(level.into()), 1);
        let action = ImprovementAction {
            due: due.into(),
            ..ImprovementAction::default()
        };
        a.set_action(&c.id, action, 1);
    }
    let summary = Summary::build(&framework, &a, NOV_25_2026);
    assert_eq!(summary.actions.len(), 12);
    let codes: Vec<&str> = summary
        .priority_actions
        .iter()
        .map(|a| a.code.as_str())
        .collect();
    assert_eq!(PRIORITY_ACTIONS, 10);
    assert_eq!(
        codes,
        [
            // "Not in place", by due date, equal dates in framework order, undated last.
            "GOV03", "GOV07", "GOV01", "GOV05", // Then the rest by due date.
            "GOV02", "GOV04", "GOV12", "GOV10", "GOV09", "GOV06",
        ]
    );
}
