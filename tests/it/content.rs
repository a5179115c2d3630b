//! The Best Value framework as content: it parses, validates, and holds the
//! counts and ids the product promises.

use best_value_self_assessment::domain::content::{
    all_ids, best_value_2024, contrast_ratio, load, parse_hex_colour, problems, validate,
    ContentError,
};
use best_value_self_assessment::domain::framework::Framework;
use best_value_self_assessment::domain::markup::{segments, Segment};

fn framework() -> Framework {
    best_value_2024().expect("the built-in framework loads and validates")
}

/// Every id in file order, from `tests/fixtures/best-value-2024-ids.txt`.
/// Renaming or removing an id orphans saved answers, so it must be a deliberate
/// change there too (and in `content/migrations/`).
fn expected_ids() -> Vec<&'static str> {
    include_str!("../fixtures/best-value-2024-ids.txt")
        .lines()
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .collect()
}

#[test]
fn ids_are_exactly_the_expected_list() {
    let framework = framework();
    assert_eq!(all_ids(&framework), expected_ids());
}

#[test]
fn identity_is_best_value_2024_version_2() {
    let framework = framework();
    assert_eq!(framework.info.id, "best-value-2024");
    assert_eq!(framework.info.version, "2");
    let about: String = framework.about_paragraphs().collect();
    for fact in [
        "section 3",
        "1999",
        "2023",
        "8 May 2024",
        "combined authorities",
        "not the guide's own list",
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
            (7..=14).contains(&t.characteristics.len()),
            "{}: {} characteristics",
            t.id,
            t.characteristics.len()
        );
        assert!(
            (5..=9).contains(&t.failure_indicators.len()),
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
        }
    }
    // The sector warns against an inflated checklist: about as many as the
    // guide's own 73, some of which apply only to some councils.
    let total = framework.characteristics().count();
    assert!(
        (70..=80).contains(&total),
        "about 73 characteristics in all, found {total}"
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
fn validation_names_the_item_for_sources_conditions_and_cross_references() {
    let good = framework();

    let mut unsourced = good.clone();
    unsourced.themes[3].failure_indicators[1].source = " ".into();
    assert_eq!(
        validate(&unsourced),
        Err(ContentError::MissingSource {
            item: "culture.f02".into()
        })
    );

    let mut condition = good.clone();
    condition.themes[5].characteristics[0].applies_if = Some("owns-a-zoo".into());
    assert_eq!(
        validate(&condition),
        Err(ContentError::UnknownCondition {
            item: "service-delivery.c01".into(),
            condition: "owns-a-zoo".into()
        })
    );

    let mut council_type = good.clone();
    council_type.council_types[0]
        .usual_conditions
        .push("owns-a-zoo".into());
    assert!(matches!(
        validate(&council_type),
        Err(ContentError::UnknownCouncilTypeCondition { council_type, .. }) if council_type == "county"
    ));

    let mut dangling = good.clone();
    dangling.themes[0]
        .cross_references
        .push("culture.c05".into());
    assert_eq!(
        validate(&dangling),
        Err(ContentError::UnknownCrossReference {
            theme: "continuous-improvement".into(),
            reference: "culture.c05".into()
        })
    );

    let mut same_theme = good;
    same_theme.themes[0]
        .cross_references
        .push("continuous-improvement.c01".into());
    assert!(matches!(
        validate(&same_theme),
        Err(ContentError::CrossReferenceInSameTheme { .. })
    ));
}

#[test]
fn problems_lists_every_fault_at_once_with_its_item() {
    let mut framework = framework();
    framework.themes[1].characteristics[2].source.clear();
    framework.themes[2].failure_indicators[0].applies_if = Some("nowhere".into());
    framework.glossary[0].definition.clear();
    let problems = problems(&framework);
    let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(problems.len(), 3, "{messages:#?}");
    assert!(messages[0].contains("`leadership.c03` does not say where it comes from"));
    assert!(messages[1].contains("`governance.f01` applies only if `nowhere`"));
    assert!(messages[2].contains("`best-value-duty` has an empty definition"));
}

#[test]
fn malformed_files_are_refused_with_the_reason() {
    assert!(matches!(load("{}"), Err(ContentError::Malformed(_))));
    let json = best_value_self_assessment::domain::content::BEST_VALUE_2024.replacen(
        "\"statement\"",
        "\"statment\"",
        1,
    );
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
