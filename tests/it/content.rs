//! The Best Value framework as content: it parses, validates, and holds the
//! counts and ids the product promises.

use best_value_self_assessment::domain::content::{
    all_ids, best_value_2024, contrast_ratio, load, parse_hex_colour, validate, ContentError,
};
use best_value_self_assessment::domain::framework::Framework;
use best_value_self_assessment::domain::markup::{segments, Segment};

fn framework() -> Framework {
    best_value_2024().expect("the built-in framework loads and validates")
}

/// Every id in file order. Renaming or removing an id orphans saved answers, so
/// it must be a deliberate change here too.
const EXPECTED_IDS: &[&str] = &[
    "local-accountability",
    "local-accountability.q1",
    "local-accountability.q2",
    "local-accountability.q3",
    "continuous-improvement",
    "continuous-improvement.q1",
    "continuous-improvement.q2",
    "continuous-improvement.q3",
    "openness-to-challenge",
    "openness-to-challenge.q1",
    "openness-to-challenge.q2",
    "openness-to-challenge.q3",
    "expectations",
    "expectations.q1",
    "expectations.q2",
    "expectations.q3",
    "prevention",
    "prevention.q1",
    "prevention.q2",
    "prevention.q3",
    "cost-of-failure",
    "cost-of-failure.q1",
    "cost-of-failure.q2",
    "cost-of-failure.q3",
    "commissioner-powers",
    "commissioner-powers.q1",
    "commissioner-powers.q2",
    "commissioner-powers.q3",
    "continuous-improvement",
    "continuous-improvement.c01",
    "continuous-improvement.c02",
    "continuous-improvement.c03",
    "continuous-improvement.c04",
    "continuous-improvement.c05",
    "continuous-improvement.c06",
    "continuous-improvement.c07",
    "continuous-improvement.c08",
    "continuous-improvement.c09",
    "continuous-improvement.c10",
    "continuous-improvement.c11",
    "continuous-improvement.f01",
    "continuous-improvement.f02",
    "continuous-improvement.f03",
    "continuous-improvement.f04",
    "continuous-improvement.f05",
    "continuous-improvement.f06",
    "leadership",
    "leadership.c01",
    "leadership.c02",
    "leadership.c03",
    "leadership.c04",
    "leadership.c05",
    "leadership.c06",
    "leadership.c07",
    "leadership.c08",
    "leadership.c09",
    "leadership.c10",
    "leadership.f01",
    "leadership.f02",
    "leadership.f03",
    "leadership.f04",
    "leadership.f05",
    "leadership.f06",
    "leadership.f07",
    "governance",
    "governance.c01",
    "governance.c02",
    "governance.c03",
    "governance.c04",
    "governance.c05",
    "governance.c06",
    "governance.c07",
    "governance.c08",
    "governance.c09",
    "governance.c10",
    "governance.c11",
    "governance.f01",
    "governance.f02",
    "governance.f03",
    "governance.f04",
    "governance.f05",
    "governance.f06",
    "governance.f07",
    "culture",
    "culture.c01",
    "culture.c02",
    "culture.c03",
    "culture.c04",
    "culture.c05",
    "culture.c06",
    "culture.c07",
    "culture.c08",
    "culture.c09",
    "culture.c10",
    "culture.f01",
    "culture.f02",
    "culture.f03",
    "culture.f04",
    "culture.f05",
    "culture.f06",
    "culture.f07",
    "use-of-resources",
    "use-of-resources.c01",
    "use-of-resources.c02",
    "use-of-resources.c03",
    "use-of-resources.c04",
    "use-of-resources.c05",
    "use-of-resources.c06",
    "use-of-resources.c07",
    "use-of-resources.c08",
    "use-of-resources.c09",
    "use-of-resources.c10",
    "use-of-resources.c11",
    "use-of-resources.c12",
    "use-of-resources.f01",
    "use-of-resources.f02",
    "use-of-resources.f03",
    "use-of-resources.f04",
    "use-of-resources.f05",
    "use-of-resources.f06",
    "use-of-resources.f07",
    "use-of-resources.f08",
    "service-delivery",
    "service-delivery.c01",
    "service-delivery.c02",
    "service-delivery.c03",
    "service-delivery.c04",
    "service-delivery.c05",
    "service-delivery.c06",
    "service-delivery.c07",
    "service-delivery.c08",
    "service-delivery.c09",
    "service-delivery.c10",
    "service-delivery.f01",
    "service-delivery.f02",
    "service-delivery.f03",
    "service-delivery.f04",
    "service-delivery.f05",
    "service-delivery.f06",
    "service-delivery.f07",
    "partnerships",
    "partnerships.c01",
    "partnerships.c02",
    "partnerships.c03",
    "partnerships.c04",
    "partnerships.c05",
    "partnerships.c06",
    "partnerships.c07",
    "partnerships.f01",
    "partnerships.f02",
    "partnerships.f03",
    "partnerships.f04",
    "partnerships.f05",
    "partnerships.f06",
    "best-value-duty",
    "best-value-authority",
    "economy-efficiency-effectiveness",
    "duty-to-consult",
    "statutory-guide",
    "mhclg",
    "secretary-of-state",
    "statutory-officers",
    "head-of-paid-service",
    "section-151-officer",
    "monitoring-officer",
    "full-council",
    "executive-and-committee-systems",
    "scheme-of-delegation",
    "scrutiny",
    "public-law-principles",
    "audit-committee",
    "external-audit",
    "annual-governance-statement",
    "internal-control",
    "cipfa",
    "cipfa-fm-code",
    "cipfa-fri",
    "prudential-framework",
    "prudential-code",
    "treasury-management-code",
    "minimum-revenue-provision",
    "medium-term-financial-plan",
    "s114-notice",
    "special-severance-payment",
    "oflog",
    "local-authority-data-explorer",
    "benchmarking",
    "lga",
    "peer-challenge",
    "sector-led-improvement",
    "lgsco",
    "ofsted",
    "cqc",
    "integrated-care-board",
    "community-safety-partnership",
    "safeguarding-boards",
    "youth-offending-board",
    "social-value",
    "best-value-notice",
    "best-value-inspection",
    "directions",
    "commissioners",
    "improvement-board",
    "ladder.s01",
    "ladder.s02",
    "ladder.s03",
    "ladder.s04",
    "ladder.s05",
    "ladder.s06",
    "ladder.s07",
    "ladder.s08",
    "well-established",
    "mostly-in-place",
    "partly-in-place",
    "not-in-place",
    "not-applicable",
    "not-assessed",
];

#[test]
fn ids_are_exactly_the_expected_list() {
    let framework = framework();
    assert_eq!(all_ids(&framework), EXPECTED_IDS);
}

#[test]
fn identity_is_best_value_2024_version_1() {
    let framework = framework();
    assert_eq!(framework.info.id, "best-value-2024");
    assert_eq!(framework.info.version, "1");
    let about: String = framework.about_paragraphs().collect();
    for fact in [
        "section 3",
        "1999",
        "2023",
        "8 May 2024",
        "combined authorities",
    ] {
        assert!(about.contains(fact), "the about text mentions {fact}");
    }
}

#[test]
fn seven_principles_each_with_two_to_four_questions() {
    let framework = framework();
    let titles: Vec<&str> = framework
        .principles
        .iter()
        .map(|p| p.title.as_str())
        .collect();
    assert_eq!(
        titles,
        [
            "Local accountability",
            "Continuous improvement",
            "Openness to challenge and support",
            "Expectations",
            "Prevention",
            "Meeting the cost of failure",
            "Default commissioner powers and de-escalation",
        ]
    );
    for p in &framework.principles {
        assert!(
            (2..=4).contains(&p.questions.len()),
            "{} has {} questions",
            p.id,
            p.questions.len()
        );
    }
}

#[test]
fn seven_themes_with_characteristics_and_warning_signs_in_range() {
    let framework = framework();
    let titles: Vec<&str> = framework.themes.iter().map(|t| t.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Continuous improvement",
            "Leadership",
            "Governance",
            "Culture",
            "Use of resources",
            "Service delivery",
            "Partnerships and community engagement",
        ]
    );
    for t in &framework.themes {
        assert!(
            (6..=12).contains(&t.characteristics.len()),
            "{}: {} characteristics",
            t.id,
            t.characteristics.len()
        );
        assert!(
            (4..=8).contains(&t.failure_indicators.len()),
            "{}: {} indicators",
            t.id,
            t.failure_indicators.len()
        );
        assert!(!t.related.is_empty(), "{} links to related themes", t.id);
        for c in &t.characteristics {
            assert!(
                (2..=4).contains(&c.evidence.len()),
                "{}: {} evidence examples",
                c.id,
                c.evidence.len()
            );
            assert!(c.source.starts_with('§'), "{} cites a seed paragraph", c.id);
        }
    }
    let total = framework.characteristics().count();
    assert!(
        (66..=74).contains(&total),
        "about 70 characteristics in all, found {total}"
    );
}

#[test]
fn glossary_has_at_least_25_terms_including_the_ones_the_content_relies_on() {
    let framework = framework();
    assert!(
        framework.glossary.len() >= 25,
        "{} terms",
        framework.glossary.len()
    );
    for name in [
        "s151",
        "Monitoring Officer",
        "Head of Paid Service",
        "CIPFA Financial Management Code",
        "CIPFA Financial Resilience Index",
        "Prudential Framework",
        "MTFP",
        "Annual Governance Statement",
        "Oflog",
        "Best Value Notice",
        "commissioners",
        "peer challenge",
        "s114 notice",
    ] {
        assert!(
            framework.glossary_entry_named(name).is_some(),
            "the glossary defines {name}"
        );
    }
}

#[test]
fn every_marked_term_is_defined_and_terms_are_marked() {
    let framework = framework();
    let mut marked = 0;
    for item in framework.texts() {
        for segment in segments(item.text) {
            if let Segment::Term { key, by_id, .. } = segment {
                marked += 1;
                let entry = if by_id {
                    framework.glossary_entry(key)
                } else {
                    framework.glossary_entry_named(key)
                };
                assert!(
                    entry.is_some(),
                    "{} marks undefined term {key}",
                    item.item_id
                );
            }
        }
    }
    assert!(
        marked >= 25,
        "the content links readers to the glossary ({marked} links)"
    );
}

#[test]
fn no_text_is_empty() {
    for item in framework().texts() {
        assert!(
            !item.text.trim().is_empty(),
            "{} has an empty {}",
            item.item_id,
            item.field
        );
    }
}

#[test]
fn intervention_ladder_escalates_from_support_to_statutory_powers() {
    let ladder = framework().intervention;
    assert!((6..=9).contains(&ladder.steps.len()));
    assert!(
        !ladder.steps.first().unwrap().statutory,
        "the ladder starts with support"
    );
    assert!(
        ladder.steps.last().unwrap().statutory,
        "the ladder ends with statutory powers"
    );
    let first_statutory = ladder.steps.iter().position(|s| s.statutory).unwrap();
    assert!(
        ladder.steps[first_statutory..].iter().all(|s| s.statutory),
        "no support step follows a statutory one"
    );
    assert!(!ladder.exit.trim().is_empty());
}

#[test]
fn scale_has_four_levels_two_non_ratings_and_readable_colours() {
    let scale = framework().scale;
    assert_eq!(scale.levels.len(), 4);
    let labels: Vec<&str> = scale.all_levels().map(|l| l.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Well established",
            "Mostly in place",
            "Partly in place",
            "Not in place",
            "Not applicable",
            "Not yet assessed"
        ]
    );
    let mut markers: Vec<&str> = scale.all_levels().map(|l| l.marker.as_str()).collect();
    markers.sort();
    markers.dedup();
    assert_eq!(
        markers.len(),
        6,
        "every level has its own text marker, so colour is never the only signal"
    );
    for level in scale.all_levels() {
        let ratio = contrast_ratio(
            parse_hex_colour(&level.colour).unwrap(),
            parse_hex_colour(&level.text_colour).unwrap(),
        );
        assert!(
            ratio >= 4.5,
            "{} text contrast is {ratio:.2}, below WCAG AA 4.5:1",
            level.id
        );
    }
}

#[test]
fn display_codes_follow_the_theme_code() {
    let framework = framework();
    let (theme, characteristic) = framework.characteristic("governance.c03").unwrap();
    assert_eq!(theme.display_code(characteristic), "GOV03");
}

#[test]
fn validation_names_the_faulty_item() {
    let good = framework();

    let mut duplicate = good.clone();
    duplicate.themes[1].characteristics[0].id = duplicate.themes[0].characteristics[0].id.clone();
    assert_eq!(
        validate(&duplicate),
        Err(ContentError::DuplicateId(
            "continuous-improvement.c01".into()
        ))
    );

    let mut undefined = good.clone();
    undefined.themes[2].characteristics[0].statement = "We consult the [[Grand Vizier]].".into();
    assert!(
        matches!(validate(&undefined), Err(ContentError::UndefinedTerm { term, .. }) if term == "Grand Vizier")
    );

    let mut empty = good.clone();
    empty.principles[0].questions[0].hint = "  ".into();
    assert!(matches!(
        validate(&empty),
        Err(ContentError::EmptyText { field: "hint", .. })
    ));

    let mut misplaced = good.clone();
    misplaced.themes[0].failure_indicators[0].id = "governance.f99".into();
    assert!(matches!(
        validate(&misplaced),
        Err(ContentError::MisplacedId { .. })
    ));

    let mut unrelated = good.clone();
    unrelated.themes[0].related.push("astrology".into());
    assert!(matches!(
        validate(&unrelated),
        Err(ContentError::UnknownRelatedTheme { .. })
    ));

    let mut colour = good;
    colour.scale.levels[0].colour = "green".into();
    assert!(matches!(
        validate(&colour),
        Err(ContentError::BadColour { .. })
    ));
}

#[test]
fn malformed_files_are_refused_with_the_reason() {
    assert!(matches!(load("{}"), Err(ContentError::Malformed(_))));
    let json =
        serde_json::to_string(&framework())
            .unwrap()
            .replacen("\"statement\"", "\"statment\"", 1);
    assert!(
        matches!(load(&json), Err(ContentError::Malformed(reason)) if reason.contains("statment"))
    );
}

#[test]
fn the_app_stylesheet_colours_each_level_as_the_content_says() {
    use best_value_self_assessment::report::html::scale_css;
    let stylesheet = include_str!("../../style/scale.css");
    let expected = scale_css(&framework().scale);
    assert!(
        stylesheet.ends_with(&expected),
        "style/scale.css is out of step with the content; its rules should be:\n{expected}"
    );
}
