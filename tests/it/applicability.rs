//! Items that apply only to some councils: the new-assessment details name
//! the kind of council and what it runs, and items it does not run start
//! marked "Not applicable", which the assessor can change.

use best_value_self_assessment::domain::applicability::CouncilProfile;
use best_value_self_assessment::domain::assessment::{
    Assessment, Change, ChangeError, FlagState, NewAssessment, Scope, SectionStatus,
};
use best_value_self_assessment::domain::framework::Framework;
use best_value_self_assessment::domain::save_format::{decode_for, encode};
use best_value_self_assessment::domain::section::SectionRef;

use crate::assessment::framework;

fn start_as(framework: &Framework, profile: CouncilProfile) -> Assessment {
    let details = NewAssessment {
        name: "2026 review".into(),
        council: "Ambridge District Council".into(),
        assessor: "Head of Policy".into(),
        scope: Scope::Everything,
        profile,
    };
    Assessment::start(framework, details, "a1".into(), 1_000).unwrap()
}

/// The items an assessment has answered, as (id, answer) in framework order.
fn answered(framework: &Framework, a: &Assessment) -> Vec<(String, String)> {
    let ratings = framework
        .characteristics()
        .filter_map(|(_, c)| Some((c.id.clone(), a.rating(&c.id)?.to_owned())));
    let flags = framework.failure_indicators().filter_map(|(_, f)| {
        let state = a.flag(&f.id)?.state?;
        Some((f.id.clone(), state.id().to_owned()))
    });
    ratings.chain(flags).collect()
}

#[test]
fn a_district_council_starts_with_the_services_it_does_not_run_marked_not_applicable() {
    let framework = framework();
    let district = CouncilProfile::usual_for(&framework, "district");
    assert!(
        district.conditions.is_empty(),
        "a district runs none of them"
    );
    let a = start_as(&framework, district);
    let na = |id: &str| (id.to_owned(), "not-applicable".to_owned());
    assert_eq!(
        answered(&framework, &a),
        [
            na("use-of-resources.c08"),
            na("service-delivery.c11"),
            na("service-delivery.c12"),
            na("service-delivery.c13"),
            na("use-of-resources.f10"),
        ]
    );
    let why = a
        .unmet_condition(&framework, "service-delivery.c13")
        .unwrap();
    assert_eq!(why.id, "housing-stock");
    assert!(a.unmet_condition(&framework, "governance.c01").is_none());
    // Pre-marked items are not the assessor's work: nothing is "In progress".
    for section in a.sections(&framework) {
        assert_eq!(
            a.section_status(&framework, &section),
            SectionStatus::NotStarted,
            "{section:?}"
        );
    }
    // They do count as answered: a district has 73 characteristics and 47
    // warning signs to answer, as docs/content-changes.md says.
    let p = a.overall_progress(&framework);
    assert_eq!((p.answered, p.total), (5, 77 + 48 + 21));
}

#[test]
fn the_usual_services_follow_the_kind_of_council_and_can_be_changed() {
    let framework = framework();
    let metropolitan = CouncilProfile::usual_for(&framework, "metropolitan-borough");
    assert_eq!(
        metropolitan.conditions,
        ["adult-social-care", "childrens-services", "housing-stock"]
    );
    let mut with_company = CouncilProfile::usual_for(&framework, "county");
    with_company.conditions.push("council-company".into());
    let a = start_as(&framework, with_company);
    assert_eq!(
        answered(&framework, &a),
        [(
            "service-delivery.c13".to_owned(),
            "not-applicable".to_owned()
        )],
        "a county with a company runs everything but council housing"
    );
}

#[test]
fn a_pre_marked_item_can_be_answered_and_marked_not_applicable_again() {
    let framework = framework();
    let mut a = start_as(
        &framework,
        CouncilProfile::usual_for(&framework, "district"),
    );
    let resources = SectionRef::Theme("use-of-resources".into());
    let rate = Change::Rating {
        item: "use-of-resources.c08".into(),
        level: Some("partly-in-place".into()),
    };
    assert_eq!(a.apply(&framework, rate, 2_000), Ok(true));
    assert_eq!(
        a.section_status(&framework, &resources),
        SectionStatus::InProgress,
        "changing a pre-marked item is the assessor's work"
    );
    let flag = |state| Change::FlagState {
        item: "use-of-resources.f10".into(),
        state: Some(state),
    };
    assert_eq!(
        a.apply(&framework, flag(FlagState::Present), 2_000),
        Ok(true)
    );
    assert_eq!(
        a.apply(&framework, flag(FlagState::NotApplicable), 2_000),
        Ok(true)
    );
    // "Not applicable" is offered only for warning signs with a condition.
    let everyone = Change::FlagState {
        item: "governance.f01".into(),
        state: Some(FlagState::NotApplicable),
    };
    assert_eq!(
        a.apply(&framework, everyone, 2_000),
        Err(ChangeError::AppliesToEveryCouncil("governance.f01".into()))
    );
    assert_eq!(FlagState::choices(None), FlagState::ALL);
    assert_eq!(
        FlagState::choices(Some("council-company")).last(),
        Some(&FlagState::NotApplicable)
    );
}

#[test]
fn the_kind_of_council_is_required_and_services_must_be_the_framework_s() {
    let framework = framework();
    let details = |profile| NewAssessment {
        name: "Review".into(),
        council: "Ambridge".into(),
        assessor: "Me".into(),
        scope: Scope::Everything,
        profile,
    };
    let none = Assessment::start(
        &framework,
        details(CouncilProfile::default()),
        "x".into(),
        0,
    );
    assert_eq!(
        none.unwrap_err().for_field("council_type"),
        Some("Choose the kind of council")
    );
    let odd = CouncilProfile {
        council_type: Some("district".into()),
        conditions: vec!["runs-a-zoo".into()],
    };
    let err = Assessment::start(&framework, details(odd), "x".into(), 0).unwrap_err();
    assert!(err.for_field("conditions").unwrap().contains("runs-a-zoo"));
}

#[test]
fn the_profile_is_saved_with_the_assessment_and_older_records_apply_everything() {
    let framework = framework();
    let a = start_as(
        &framework,
        CouncilProfile::usual_for(&framework, "london-borough"),
    );
    let back = decode_for(&encode(&a), &framework).unwrap();
    assert_eq!(back, a);
    assert_eq!(
        back.profile.unwrap().council_type.as_deref(),
        Some("london-borough")
    );

    let mut older = a.clone();
    older.profile = None;
    assert!(
        !encode(&older).contains("\"profile\""),
        "written only when known"
    );
    assert!(older
        .unmet_condition(&framework, "use-of-resources.c08")
        .is_none());
}

#[test]
fn a_hand_made_not_applicable_on_a_warning_sign_for_every_council_is_refused() {
    let framework = framework();
    let mut a = start_as(&framework, CouncilProfile::usual_for(&framework, "county"));
    a.set_flag_state("governance.f01", Some(FlagState::NotApplicable), 5);
    assert!(decode_for(&encode(&a), &framework).is_err());
}
