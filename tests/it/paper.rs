//! The committee paper's own words and sign-off: edited through the domain,
//! kept apart from next year's copy where they belong to one round, and kept
//! when two tabs write at once. (Saving them: `storage.rs`.)

use best_value_self_assessment::domain::assessment::{
    merge, Change, PaperPart, Scope, SignOffPart, Stamp, DEFAULT_RECOMMENDATIONS,
};

use best_value_self_assessment::storage::TabCopy;

use crate::assessment::{framework, start};
use crate::tabs::saved;

#[test]
fn next_years_copy_keeps_the_papers_words_but_not_its_sign_off() {
    let framework = framework();
    let mut assessment = start(&framework, Scope::Everything);
    for part in PaperPart::ALL {
        let text = format!("{} text", part.label());
        let change = Change::Paper { part, text };
        assert!(change.is_typing() && change.item().is_none());
        assessment.apply(&framework, change, 5).unwrap();
    }
    let approve = Change::Approval {
        part: SignOffPart::By,
        text: "Chief Executive".into(),
    };
    assessment.apply(&framework, approve, 6).unwrap();
    let copy = assessment.next_year(&framework.scale, "Next year", "a2".into(), 60);
    assert_eq!(copy.paper.commentary, "Officers’ commentary text");
    assert_eq!(copy.paper.recommendations, "Members are asked to text");
    assert_eq!(copy.paper.reviewed_by, "");
    assert_eq!(copy.approval.by, "");
    assert_eq!(assessment.approval.by, "Chief Executive");
}

#[test]
fn blank_recommendations_read_as_the_default_and_unchanged_text_is_no_change() {
    let framework = framework();
    let mut assessment = start(&framework, Scope::Everything);
    assert_eq!(
        assessment.paper.recommendations_or_default(),
        DEFAULT_RECOMMENDATIONS
    );
    let ask = |text: &str| Change::Paper {
        part: PaperPart::Recommendations,
        text: text.into(),
    };
    assert_eq!(
        assessment.apply(&framework, ask("Approve the plan."), 7),
        Ok(true)
    );
    assert_eq!(
        assessment.paper.recommendations_or_default(),
        "Approve the plan."
    );
    assert_eq!(
        assessment.apply(&framework, ask("Approve the plan."), 8),
        Ok(false)
    );
    assert_eq!(assessment.updated_ms, 7);
    assessment.apply(&framework, ask("  \n "), 9).unwrap();
    assert_eq!(
        assessment.paper.recommendations_or_default(),
        DEFAULT_RECOMMENDATIONS
    );
}

#[test]
fn two_tabs_writing_different_parts_of_the_paper_keep_both() {
    let framework = framework();
    let base = start(&framework, Scope::Everything);
    let say = |part, text: &str| Change::Paper {
        part,
        text: text.into(),
    };
    let mut ours = base.clone();
    let mut theirs = base.clone();
    theirs
        .apply_stamped(
            &framework,
            say(PaperPart::Commentary, "Theirs"),
            Stamp::new(19, "b"),
        )
        .unwrap();
    ours.apply_stamped(
        &framework,
        say(PaperPart::Commentary, "Ours"),
        Stamp::new(20, "a"),
    )
    .unwrap();
    theirs
        .apply_stamped(
            &framework,
            Change::Approval {
                part: SignOffPart::By,
                text: "Chief Executive".into(),
            },
            Stamp::new(21, "b"),
        )
        .unwrap();
    for merged in [merge(&ours, &theirs), merge(&theirs, &ours)] {
        assert_eq!(merged.paper.commentary, "Ours", "the newer change wins");
        assert_eq!(merged.approval.by, "Chief Executive");
    }
}

#[test]
fn the_papers_words_typed_in_two_tabs_both_reach_storage() {
    let (framework, repo) = saved();
    let mut first = TabCopy::open(&repo, "a1", &framework).unwrap();
    let mut second = TabCopy::open(&repo, "a1", &framework).unwrap();
    let words = |part, text: &str| Change::Paper {
        part,
        text: text.into(),
    };

    first
        .change(
            &framework,
            words(PaperPart::Recommendations, "To note the assessment"),
            Stamp::new(10, "one"),
        )
        .unwrap();
    first.sync(&repo, &framework).unwrap();
    second
        .change(
            &framework,
            words(PaperPart::Commentary, "Officers' view"),
            Stamp::new(11, "two"),
        )
        .unwrap();
    second.sync(&repo, &framework).unwrap();

    let stored = repo.load("a1", &framework).unwrap();
    assert_eq!(
        stored.paper.text(PaperPart::Recommendations),
        "To note the assessment"
    );
    assert_eq!(stored.paper.text(PaperPart::Commentary), "Officers' view");
}
