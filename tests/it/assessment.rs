//! An assessment driven as an officer would: start, rate, evidence, act, complete.

use best_value_self_assessment::domain::applicability::CouncilProfile;
use best_value_self_assessment::domain::assessment::{
    is_iso_date, Assessment, FlagState, ImprovementAction, NewAssessment, Scope, SectionStatus,
};
use best_value_self_assessment::domain::content::best_value_2024;
use best_value_self_assessment::domain::framework::Framework;
use best_value_self_assessment::domain::section::SectionRef;

pub fn framework() -> Framework {
    best_value_2024().unwrap()
}

/// A council that meets every condition, so that every item applies.
pub fn runs_everything(framework: &Framework) -> CouncilProfile {
    CouncilProfile {
        council_type: Some("unitary".into()),
        conditions: framework.conditions.iter().map(|c| c.id.clone()).collect(),
    }
}

pub fn start(framework: &Framework, scope: Scope) -> Assessment {
    let details = NewAssessment {
        name: "2026 annual self-assessment".into(),
        council: "Borsetshire County Council".into(),
        assessor: "Head of Policy".into(),
        scope,
        profile: runs_everything(framework),
    };
    Assessment::start(framework, details, "a1".into(), 1_000).unwrap()
}

fn governance() -> SectionRef {
    SectionRef::Theme("governance".into())
}

/// Rates every characteristic of a theme at `level`, with an action where one is
/// needed, and judges every warning sign.
pub fn answer_theme(
    framework: &Framework,
    assessment: &mut Assessment,
    theme_id: &str,
    level: &str,
) {
    let theme = framework.theme(theme_id).unwrap();
    for c in &theme.characteristics {
        assessment.set_rating(&c.id, Some(level.into()), 2_000);
        assessment.set_narrative(&c.id, format!("Evidence for {}", c.id), 2_000);
        if assessment.needs_action(&framework.scale, &c.id) {
            let action = ImprovementAction {
                gap: "Not yet consistent".into(),
                action: "Review and report".into(),
                owner: "Monitoring Officer".into(),
                due: "2027-03-31".into(),
                ..Default::default()
            };
            assessment.set_action(&c.id, action, 2_000);
        }
    }
    for f in &theme.failure_indicators {
        assessment.set_flag_state(&f.id, Some(FlagState::NotPresent), 2_000);
    }
}

#[test]
fn starting_needs_a_name_council_assessor_and_some_scope() {
    let framework = framework();
    let details = NewAssessment {
        name: " ".into(),
        council: "".into(),
        assessor: "".into(),
        scope: Scope::Chosen(vec![]),
        profile: CouncilProfile::default(),
    };
    let errors = Assessment::start(&framework, details, "x".into(), 0).unwrap_err();
    let fields: Vec<&str> = errors.0.iter().map(|(field, _)| *field).collect();
    assert_eq!(
        fields,
        ["name", "council", "assessor", "council_type", "scope"]
    );
}

#[test]
fn a_new_assessment_records_the_framework_and_has_every_section_not_started() {
    let framework = framework();
    let assessment = start(&framework, Scope::Everything);
    assert_eq!(assessment.framework_id, "best-value-2024");
    assert_eq!(assessment.framework_version, "2");
    assert_eq!(assessment.sections(&framework).len(), 14);
    for section in assessment.sections(&framework) {
        assert_eq!(
            assessment.section_status(&framework, &section),
            SectionStatus::NotStarted
        );
    }
    assert_eq!(assessment.sections_completed(&framework), (0, 14));
    assert_eq!(assessment.overall_progress(&framework).answered, 0);
}

#[test]
fn chosen_scope_limits_the_sections_in_framework_order() {
    let framework = framework();
    let scope = Scope::Chosen(vec![
        governance(),
        SectionRef::Principle("prevention".into()),
    ]);
    let assessment = start(&framework, scope);
    assert_eq!(
        assessment.sections(&framework),
        vec![SectionRef::Principle("prevention".into()), governance()]
    );
}

#[test]
fn the_action_rule_applies_below_the_top_level_only() {
    let framework = framework();
    let mut assessment = start(&framework, Scope::Everything);
    let id = "governance.c01";
    for (level, needed) in [
        ("well-established", false),
        ("mostly-in-place", true),
        ("partly-in-place", true),
        ("not-in-place", true),
        ("not-applicable", false),
    ] {
        assessment.set_rating(id, Some(level.into()), 5);
        assert_eq!(
            assessment.needs_action(&framework.scale, id),
            needed,
            "{level}"
        );
    }
    assessment.set_rating(id, None, 5);
    assert!(
        !assessment.needs_action(&framework.scale, id),
        "no action before a rating"
    );
}

#[test]
fn a_section_moves_from_not_started_through_in_progress_to_completed() {
    let framework = framework();
    let mut assessment = start(&framework, Scope::Everything);
    let section = governance();
    assessment.set_narrative("governance.c02", "Draft note".into(), 10);
    assert_eq!(
        assessment.section_status(&framework, &section),
        SectionStatus::InProgress,
        "typing counts as started"
    );

    let problems = assessment
        .mark_complete(&framework, &section, 11)
        .unwrap_err();
    let theme = framework.theme("governance").unwrap();
    assert_eq!(
        problems.len(),
        theme.characteristics.len() + theme.failure_indicators.len(),
        "every unrated characteristic and unjudged warning sign is listed"
    );

    answer_theme(&framework, &mut assessment, "governance", "partly-in-place");
    assert_eq!(
        assessment.section_progress(&framework, &section).percent(),
        100
    );
    assert_eq!(
        assessment.section_status(&framework, &section),
        SectionStatus::InProgress,
        "complete only once checked"
    );
    assessment.mark_complete(&framework, &section, 12).unwrap();
    assert_eq!(
        assessment.section_status(&framework, &section),
        SectionStatus::Completed
    );
    assert_eq!(assessment.sections_completed(&framework), (1, 14));

    // A completed section can still be edited; it stays complete while it is whole.
    assessment.set_narrative("governance.c01", "Better evidence".into(), 13);
    assert_eq!(
        assessment.section_status(&framework, &section),
        SectionStatus::Completed
    );
    // Clearing what it needs sends it back to in progress.
    assessment.set_rating("governance.c01", None, 14);
    assert_eq!(
        assessment.section_status(&framework, &section),
        SectionStatus::InProgress
    );
}

#[test]
fn an_action_needs_a_description_an_owner_and_a_real_due_date() {
    let framework = framework();
    let mut assessment = start(&framework, Scope::Everything);
    answer_theme(
        &framework,
        &mut assessment,
        "governance",
        "well-established",
    );
    assessment.set_rating("governance.c03", Some("not-in-place".into()), 20);
    let problems = assessment.problems(&framework, &governance());
    let messages: Vec<&str> = problems.iter().map(|p| p.message.as_str()).collect();
    assert_eq!(
        messages,
        [
            "Describe the improvement action for GOV03",
            "Enter who owns the action for GOV03",
            "Enter a due date for the action for GOV03"
        ]
    );
    let action = ImprovementAction {
        gap: String::new(),
        action: "Refresh the scheme of delegation".into(),
        owner: "Monitoring Officer".into(),
        due: "2027-02-30".into(),
        ..Default::default()
    };
    assessment.set_action("governance.c03", action.clone(), 21);
    assert_eq!(
        assessment.problems(&framework, &governance()).len(),
        1,
        "30 February is not a date"
    );
    assessment.set_action(
        "governance.c03",
        ImprovementAction {
            due: "2027-02-28".into(),
            ..action
        },
        22,
    );
    assert!(assessment.problems(&framework, &governance()).is_empty());
}

#[test]
fn principles_complete_when_every_question_is_answered() {
    let framework = framework();
    let mut assessment = start(&framework, Scope::Everything);
    let section = SectionRef::Principle("prevention".into());
    let principle = framework.principle("prevention").unwrap();
    for q in &principle.questions[1..] {
        assessment.set_reflection(&q.id, "We ask the LGA early.".into(), 30);
    }
    assert_eq!(
        assessment
            .mark_complete(&framework, &section, 31)
            .unwrap_err()[0]
            .message,
        "Answer question 1"
    );
    assessment.set_reflection(&principle.questions[0].id, "Yes.".into(), 32);
    assessment.mark_complete(&framework, &section, 33).unwrap();
    assert_eq!(
        assessment.section_status(&framework, &section),
        SectionStatus::Completed
    );
}

#[test]
fn progress_counts_ratings_and_flags_but_flags_never_affect_ratings() {
    let framework = framework();
    let mut assessment = start(&framework, Scope::Chosen(vec![governance()]));
    let theme = framework.theme("governance").unwrap();
    assessment.set_flag_state(
        &theme.failure_indicators[0].id,
        Some(FlagState::Present),
        40,
    );
    let progress = assessment.overall_progress(&framework);
    assert_eq!(progress.answered, 1);
    assert_eq!(
        progress.total,
        theme.characteristics.len() + theme.failure_indicators.len()
    );
    assert!(theme
        .characteristics
        .iter()
        .all(|c| assessment.rating(&c.id).is_none()));
}

#[test]
fn iso_dates_are_checked_as_calendar_dates() {
    for good in ["2027-03-31", "2028-02-29", "2000-02-29"] {
        assert!(is_iso_date(good), "{good}");
    }
    for bad in [
        "",
        "2027-3-31",
        "31/03/2027",
        "2027-13-01",
        "1900-02-29",
        "2027-04-31",
        "abcd-ef-gh",
        "2027-+1-+5",
        "+027-01-05",
        " 2027-01-05",
    ] {
        assert!(!is_iso_date(bad), "{bad}");
    }
}

#[test]
fn the_due_date_rule_and_the_calendar_agree_on_every_text() {
    use best_value_self_assessment::domain::dates::CivilDate;
    for text in [
        "2027-03-31",
        "2027-+1-+5",
        "2027-02-29",
        "2028-02-29",
        "2027-1-05",
        "20270105",
        "",
    ] {
        assert_eq!(
            is_iso_date(text),
            CivilDate::parse_iso(text).is_some(),
            "{text}"
        );
    }
}
