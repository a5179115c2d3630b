//! What the framework covers and how it is shaped: the gaps an officer would
//! notice are closed, an item relevant to two themes appears once with a
//! cross-reference, items that apply to some councils say so, and theme
//! descriptions read easily.

use best_value_self_assessment::domain::content::best_value_2024;
use best_value_self_assessment::domain::framework::Framework;
use best_value_self_assessment::domain::markup::plain_text;

fn framework() -> Framework {
    best_value_2024().expect("the built-in framework loads and validates")
}

/// The plain text of every characteristic and warning sign, with its id.
fn answerable_texts(framework: &Framework) -> Vec<(String, String)> {
    let characteristics = framework.characteristics().map(|(_, c)| {
        let text = format!("{} {}", c.statement, c.good_looks_like);
        (c.id.clone(), plain_text(&text).to_lowercase())
    });
    let indicators = framework
        .failure_indicators()
        .map(|(_, f)| (f.id.clone(), plain_text(&f.text).to_lowercase()));
    characteristics.chain(indicators).collect()
}

#[test]
fn the_gaps_a_monitoring_officer_would_notice_are_covered() {
    let framework = framework();
    let texts = answerable_texts(&framework);
    let covered = |words: &[&str]| {
        texts
            .iter()
            .any(|(_, text)| words.iter().all(|w| text.contains(w)))
    };
    for (gap, words) in [
        ("a balanced budget", &["balanced budget"][..]),
        ("the section 25 report", &["section 25 report", "reserves"]),
        ("corporate risk management", &["risk management"]),
        ("procurement", &["procurement act 2023"]),
        ("contract management", &["contract", "performance measures"]),
        ("counter-fraud", &["fraud and corruption"]),
        (
            "the auditor's value-for-money findings",
            &["value-for-money"],
        ),
        ("statutory recommendations", &["statutory recommendations"]),
        (
            "exceptional financial support",
            &["exceptional financial support"],
        ),
        ("council companies", &["council compan"]),
        (
            "statutory scrutiny guidance",
            &["statutory scrutiny guidance"],
        ),
        ("social housing consumer standards", &["consumer standards"]),
    ] {
        assert!(covered(words), "nothing covers {gap}");
    }
}

#[test]
fn merged_items_appear_once_and_the_other_theme_refers_to_them() {
    let framework = framework();
    for (kept, theme, retired) in [
        ("leadership.c09", "culture", "culture.c05"),
        ("governance.c11", "culture", "culture.c09"),
        (
            "continuous-improvement.f02",
            "use-of-resources",
            "use-of-resources.f02",
        ),
        ("culture.f03", "service-delivery", "service-delivery.f05"),
        (
            "culture.f01",
            "continuous-improvement",
            "continuous-improvement.f06",
        ),
    ] {
        assert!(framework.theme_of_item(kept).is_some(), "{kept} is kept");
        assert!(
            framework.theme_of_item(retired).is_none(),
            "{retired} is merged away"
        );
        assert!(
            framework
                .theme(theme)
                .unwrap()
                .cross_references
                .iter()
                .any(|r| r == kept),
            "{theme} shows {kept} as a cross-reference"
        );
    }
}

#[test]
fn no_statement_is_a_list_of_separate_demands() {
    // A statement with "and" between two verbs of obligation asks two things;
    // these were split or reworded in version 2.
    let framework = framework();
    for id in [
        "culture.c03",
        "continuous-improvement.c03",
        "service-delivery.c10",
        "leadership.c04",
        "use-of-resources.c08",
        "culture.c08",
    ] {
        let (_, c) = framework.characteristic(id).unwrap();
        let statement = plain_text(&c.statement);
        assert!(
            !statement.contains(" and can ") && !statement.contains(", and "),
            "{id} asks one thing: {statement}"
        );
    }
    let (_, leadership) = framework.characteristic("leadership.c04").unwrap();
    assert!(
        !leadership.statement.contains("Each statutory officer"),
        "the Head of Paid Service is not asked to report to themself"
    );
}

#[test]
fn yes_or_no_facts_are_asked_as_questions_of_degree() {
    let framework = framework();
    for (id, not_any_more) in [
        ("culture.c01", "We have an agreed set"),
        ("continuous-improvement.c02", "We have had"),
        ("leadership.c06", "are filled on a permanent basis"),
    ] {
        let (_, c) = framework.characteristic(id).unwrap();
        assert!(
            !c.statement.contains(not_any_more),
            "{id} reads as a matter of degree: {}",
            c.statement
        );
    }
}

#[test]
fn theme_descriptions_have_no_sentence_over_30_words() {
    for theme in framework().themes {
        let text = plain_text(&theme.description);
        for sentence in text
            .split_inclusive(['.', '?', '!'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            let words = sentence.split_whitespace().count();
            assert!(
                words <= 30,
                "{}: a sentence of {words} words: {sentence}",
                theme.id
            );
        }
    }
}

#[test]
fn items_for_some_councils_only_name_their_condition() {
    let framework = framework();
    let ids: Vec<&str> = framework.conditions.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "adult-social-care",
            "childrens-services",
            "housing-stock",
            "council-company"
        ]
    );
    for condition in &ids {
        assert!(
            framework
                .characteristics()
                .any(|(_, c)| c.applies_if.as_deref() == Some(condition)),
            "some characteristic applies only if {condition}"
        );
    }
    assert_eq!(
        framework.applies_if("service-delivery.c13"),
        Some("housing-stock")
    );
    assert_eq!(framework.applies_if("service-delivery.c01"), None);
}

#[test]
fn council_types_pre_tick_what_such_a_council_usually_runs() {
    let framework = framework();
    let usual = |id: &str| framework.council_type(id).unwrap().usual_conditions.clone();
    for id in [
        "county",
        "unitary",
        "metropolitan-borough",
        "london-borough",
    ] {
        let conditions = usual(id);
        assert!(conditions.contains(&"adult-social-care".to_owned()), "{id}");
        assert!(
            conditions.contains(&"childrens-services".to_owned()),
            "{id}"
        );
        assert!(!conditions.contains(&"council-company".to_owned()), "{id}");
    }
    assert!(usual("district").is_empty());

    // A district with no companies: the social care, children's, housing and
    // company items do not apply; everything else does.
    let district = framework.inapplicable_items(&[]);
    assert_eq!(
        district,
        [
            "use-of-resources.c08",
            "use-of-resources.f10",
            "service-delivery.c11",
            "service-delivery.c12",
            "service-delivery.c13",
        ]
    );
    let county = framework.inapplicable_items(&["adult-social-care", "childrens-services"]);
    assert_eq!(
        county,
        [
            "use-of-resources.c08",
            "use-of-resources.f10",
            "service-delivery.c13"
        ]
    );
    let everything = [
        "adult-social-care",
        "childrens-services",
        "housing-stock",
        "council-company",
    ];
    assert!(framework.inapplicable_items(&everything).is_empty());
}
