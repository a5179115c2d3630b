//! Year on year in what the committee reads, as an officer would drive it:
//! last year's complete assessment, next year's started from it, three items
//! rated (one with last year's rating), two carried-over actions followed
//! through, a section reviewed, the assessment approved and marked Final.
//! The summaries and the CSV must say exactly that, and a later change must
//! make the summary a draft again, saying so.

use best_value_self_assessment::domain::assessment::{
    ActionStatus, Assessment, Change, ReportStatus, SignOffPart,
};
use best_value_self_assessment::domain::framework::Framework;
use best_value_self_assessment::domain::sample::complete_assessment;
use best_value_self_assessment::domain::section::SectionRef;
use best_value_self_assessment::report::csv::action_plan_csv;
use best_value_self_assessment::report::html::{summary_document_html, SummaryVersion};
use best_value_self_assessment::report::summary::Summary;

use crate::assessment::framework;
use crate::exports::{section, MEMBERS, SUMMARY_CSS};
use crate::year_on_year::{DAY, JUNE_2026};

/// 15 June 2027, 10:00 UK time: the day next year's summary is produced.
const JUNE_15_2027: i64 = JUNE_2026 + 379 * DAY;

/// What the scenario did, to check the summary against.
struct Done {
    next: Assessment,
    improved: String,
    declined: String,
    unchanged: String,
    completed: String,
    in_progress: String,
}

/// The sample gives characteristic `n` the level `n % 4`, best first, and an
/// action to every one below the top: the `n`th characteristic with that level.
fn nth_at(framework: &Framework, level: usize, nth: usize) -> (String, String) {
    let levels = framework.scale.levels.len();
    framework
        .characteristics()
        .enumerate()
        .filter(|(n, _)| n % levels == level)
        .nth(nth)
        .map(|(_, (theme, c))| (c.id.clone(), theme.display_code(c)))
        .unwrap()
}

fn apply(a: &mut Assessment, framework: &Framework, change: Change) {
    a.apply(framework, change, JUNE_15_2027 - DAY).unwrap();
}

fn scenario(framework: &Framework) -> Done {
    let last = complete_assessment(framework, "last", JUNE_2026, 300);
    let mut next = last.next_year(
        &framework.scale,
        &last.next_year_name(),
        "next".into(),
        JUNE_2026 + 360 * DAY,
    );
    let levels = &framework.scale.levels;
    let rate = |item: &str, level: usize| Change::Rating {
        item: item.into(),
        level: Some(levels[level].id.clone()),
    };
    let (improved, improved_code) = nth_at(framework, 1, 0);
    let (declined, declined_code) = nth_at(framework, 0, 1);
    let (unchanged, unchanged_code) = nth_at(framework, 2, 2);
    apply(&mut next, framework, rate(&improved, 0));
    apply(&mut next, framework, rate(&declined, 2));
    apply(
        &mut next,
        framework,
        Change::UseBaselineRating { item: unchanged },
    );
    let (completed, completed_code) = nth_at(framework, 3, 0);
    let (in_progress, in_progress_code) = nth_at(framework, 1, 3);
    for (item, status) in [
        (&completed, ActionStatus::Done),
        (&in_progress, ActionStatus::InProgress),
    ] {
        apply(
            &mut next,
            framework,
            Change::ActionStatus {
                item: item.clone(),
                status,
            },
        );
    }
    let governance = SectionRef::Theme("governance".into());
    for (part, text) in [
        (SignOffPart::By, "Head of Internal Audit"),
        (SignOffPart::Date, "2027-06-10"),
    ] {
        let section = governance.clone();
        apply(
            &mut next,
            framework,
            Change::Review {
                section,
                part,
                text: text.into(),
            },
        );
    }
    apply(
        &mut next,
        framework,
        Change::EvidenceSampled {
            section: governance,
            sampled: true,
        },
    );
    for (part, text) in [
        (SignOffPart::By, "Chief Executive"),
        (SignOffPart::Date, "2027-06-14"),
    ] {
        apply(
            &mut next,
            framework,
            Change::Approval {
                part,
                text: text.into(),
            },
        );
    }
    apply(&mut next, framework, Change::Status(ReportStatus::Final));
    Done {
        next,
        improved: improved_code,
        declined: declined_code,
        unchanged: unchanged_code,
        completed: completed_code,
        in_progress: in_progress_code,
    }
}

#[test]
fn the_members_summary_says_what_moved_what_was_done_what_is_overdue_and_who_approved() {
    let framework = framework();
    let done = scenario(&framework);
    let summary = Summary::build(&framework, &done.next, JUNE_15_2027);
    let since = summary
        .since_last
        .as_ref()
        .expect("compared with last year");
    let c = since.counts;
    let total = framework.characteristics().count();
    assert_eq!(
        (
            c.improved,
            c.declined,
            c.unchanged,
            c.newly_assessed,
            c.not_yet_rated
        ),
        (1, 1, 1, 0, total - 3)
    );
    assert_eq!(since.declined.len(), 1);
    assert_eq!(since.declined[0].code, done.declined);
    assert_eq!(since.improved[0].code, done.improved);
    let completed: Vec<&str> = since.completed.iter().map(|a| a.code.as_str()).collect();
    assert_eq!(completed, [done.completed.as_str()]);
    assert!(
        summary
            .key_messages
            .overdue
            .iter()
            .all(|a| a.status.is_open()),
        "a done action is never overdue"
    );
    assert!(
        !summary.key_messages.overdue.is_empty(),
        "open actions due before June 2027"
    );
    assert!(summary
        .priority_actions
        .iter()
        .all(|a| a.code != done.completed));

    let doc = summary_document_html(&framework, &done.next, MEMBERS, JUNE_15_2027, SUMMARY_CSS);
    let messages = section(&doc, "Key messages");
    assert!(
        messages.contains(&format!(
            "<strong>Since the last assessment</strong> (“{}”",
            done.next.baseline.as_ref().unwrap().name
        )),
        "{messages}"
    );
    assert!(messages.contains(&format!(
        "1 improved, 1 declined, 1 unchanged and {} not yet rated.",
        total - 3
    )));
    assert!(messages.contains(&format!(" Declined: {} ", done.declined)));
    assert!(messages.contains(&format!(
        "1 action from the last assessment has been completed ({}).",
        done.completed
    )));
    assert!(
        messages.contains("<strong class=\"summary-flag summary-flag-present\">Overdue</strong>")
    );
    assert!(doc.contains("<dt>Approved by</dt><dd>Chief Executive, 14 June 2027</dd>"));
    assert!(!doc.contains("This is a draft"), "Final");
    // The heat map marks the two moves, in words for screen readers.
    let heat_map = section(&doc, "Heat map");
    assert_eq!(
        heat_map
            .matches(", improved since the last assessment")
            .count(),
        1
    );
    assert_eq!(
        heat_map
            .matches(", declined since the last assessment")
            .count(),
        1
    );
    assert!(
        !messages.contains(&done.unchanged),
        "an unchanged item is counted, not named"
    );
}

#[test]
fn the_officers_record_has_the_movement_table_completed_actions_and_review_trail() {
    let framework = framework();
    let done = scenario(&framework);
    let doc = summary_document_html(
        &framework,
        &done.next,
        SummaryVersion::Officers,
        JUNE_15_2027,
        SUMMARY_CSS,
    );
    let since = section(&doc, "Since the last assessment");
    assert!(since
        .contains("<caption>Movement of each theme’s ratings since the last assessment</caption>"));
    assert!(since.contains(&format!("<h3>Declined</h3>\n<ul class=\"summary-moved\">\n<li><span class=\"summary-code\">{}</span>", done.declined)));
    assert!(since.contains(&format!("<h3>Actions completed since the last assessment</h3>\n<ul class=\"summary-moved\">\n<li><span class=\"summary-code\">{}</span>", done.completed)));
    let trail = section(&doc, "Review trail");
    assert!(trail.contains("<tr><th scope=\"row\">Theme: Governance</th><td>Head of Internal Audit</td><td><time datetime=\"2027-06-10\">10 June 2027</time></td><td>Yes</td></tr>"));
    assert!(trail.contains(
        "<tr><th scope=\"row\">Theme: Culture</th><td>Not reviewed</td><td></td><td>No</td></tr>"
    ));
    assert!(trail.contains("<strong>Approved by:</strong> Chief Executive, 14 June 2027."));
    let plan = section(&doc, "Action plan");
    assert!(plan.contains("<span class=\"summary-action-status\">Done; carried over</span>"));
    assert!(plan.contains("<span class=\"summary-action-status\">In progress; carried over</span>"));

    let csv = action_plan_csv(&framework, &done.next);
    let row = |code: &str| {
        csv.lines()
            .find(|l| l.contains(&format!(",{code},")))
            .unwrap()
            .to_owned()
    };
    assert!(
        row(&done.completed).contains(",Done,2027-06-14,Yes,"),
        "{}",
        row(&done.completed)
    );
    assert!(row(&done.in_progress).contains(",In progress,2027-06-14,Yes,"));
}

#[test]
fn a_change_after_final_makes_the_summary_a_draft_again_and_it_says_so() {
    let framework = framework();
    let mut next = scenario(&framework).next;
    let (item, _) = nth_at(&framework, 0, 5);
    let narrative = Change::Narrative {
        item,
        text: "Updated after the meeting.".into(),
    };
    next.apply(&framework, narrative, JUNE_15_2027).unwrap();
    assert_eq!(next.status, ReportStatus::Draft);
    let doc = summary_document_html(&framework, &next, MEMBERS, JUNE_15_2027, SUMMARY_CSS);
    assert!(doc.contains("This is a draft again: it was marked Final, then changed on <time datetime=\"2027-06-15\">15 June 2027</time>."));
}

#[test]
fn without_a_baseline_the_summary_has_no_movement() {
    let framework = framework();
    let last = complete_assessment(&framework, "last", JUNE_2026, 50);
    for version in [MEMBERS, SummaryVersion::Officers] {
        let doc = summary_document_html(&framework, &last, version, JUNE_15_2027, SUMMARY_CSS);
        assert!(!doc.contains("Since the last assessment"));
        assert!(!doc.contains("class=\"summary-arrow\""));
    }
}
