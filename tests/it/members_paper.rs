//! The members' summary as a committee paper: its parts in order, the words
//! only officers can write (with a default for what members are asked to do),
//! numbers that trace back to the answers, and the optional appendix.

use best_value_self_assessment::domain::assessment::{
    Change, PaperPart, SignOffPart, DEFAULT_RECOMMENDATIONS,
};
use best_value_self_assessment::report::html::{
    summary_document_html, summary_fragment_html, SummaryVersion,
};

use crate::exports::{
    framework, full_assessment, h2s, section, IMG, MEMBERS, NOV_25_2026, SCRIPT, SUMMARY_CSS,
};

#[test]
fn the_members_paper_has_the_committee_sections_in_order_and_nothing_else() {
    let framework = framework();
    let assessment = full_assessment(&framework);
    let doc = summary_document_html(&framework, &assessment, MEMBERS, NOV_25_2026, SUMMARY_CSS);
    assert_eq!(
        h2s(&doc),
        [
            "Members are asked to",
            "Key messages",
            "Heat map",
            "Priority actions",
            "How this was done"
        ]
    );
    let header = &doc[doc.find("<header").unwrap()..doc.find("</header>").unwrap()];
    for fact in [
        "<h1 class=\"summary-title\">2026 annual self-assessment</h1>",
        "Borsetshire County Council",
        "<dt>Date</dt><dd><time datetime=\"2026-11-25\">25 November 2026</time></dd>",
        "<dt>Status</dt><dd><strong class=\"summary-status summary-status-draft\">Draft</strong></dd>",
        "<dt>Assessed by</dt><dd>Head of Policy &amp; Performance</dd>",
    ] {
        assert!(header.contains(fact), "heading lacks {fact}");
    }
    assert!(
        !header.contains("Reviewed by"),
        "blank sign-off is left out"
    );

    // Members are asked to: the default, a paragraph a line.
    let asked = section(&doc, "Members are asked to");
    for line in DEFAULT_RECOMMENDATIONS.lines() {
        assert!(asked.contains(&format!("<p>{line}</p>")), "{asked}");
    }

    // The heat map: every characteristic, on a page of its own in print.
    let heat = section(&doc, "Heat map");
    assert_eq!(heat.matches("<li class=\"summary-heatmap-cell").count(), 77);

    // Ten priority actions, the count of all, and where the rest are.
    let all = assessment
        .characteristics
        .keys()
        .filter(|id| assessment.needs_action(&framework.scale, id))
        .count();
    let priorities = section(&doc, "Priority actions");
    assert_eq!(
        priorities.matches("<tr><td class=\"summary-due\">").count(),
        10
    );
    assert!(priorities.contains(&format!("There are {all} improvement actions in all.")));
    assert!(priorities.contains("full summary for officers and in the action plan download (CSV)"));

    // How this was done: five lines at most, and honest about the wording.
    let how = section(&doc, "How this was done");
    assert!(how.matches("<li>").count() <= 5);
    assert!(how.contains("not the statutory text"));
    assert!(how.contains(&framework.info.version));

    // Nothing of the full record.
    for officers_only in [
        "Evidence for GOV03",
        "Our reflection on",
        "How each theme is rated",
        "<svg",
        "Note on governance.f01",
    ] {
        assert!(
            !doc.contains(officers_only),
            "members' paper holds {officers_only}"
        );
    }
}

#[test]
fn the_overall_position_and_actions_due_trace_back_to_the_answers() {
    let framework = framework();
    let assessment = full_assessment(&framework);
    let html = summary_fragment_html(&framework, &assessment, MEMBERS, NOV_25_2026);
    let messages = section(&html, "Key messages");
    // Count the ratings straight from the answers.
    let count = |level: &str| {
        framework
            .characteristics()
            .filter(|(_, c)| assessment.rating(&c.id) == Some(level))
            .count()
    };
    let [we, mip, pip, nip] = [
        "well-established",
        "mostly-in-place",
        "partly-in-place",
        "not-in-place",
    ]
    .map(count);
    let na = count(&framework.scale.not_applicable.id);
    let total = framework.characteristics().count();
    let on_scale = we + mip + pip + nip;
    let sentence = format!(
        "{} of {total} characteristics have been rated. Of those rated, {we} well established, \
         {mip} mostly in place, {pip} partly in place and {nip} not in place; {na} not applicable. \
         So {} of {on_scale} ({}%) are well established or mostly in place.",
        on_scale + na,
        we + mip,
        (we + mip) * 100 / on_scale
    );
    assert!(messages.contains(&sentence), "{messages}");

    // Due within three months of 25 November 2026: the actions due on 31 December.
    let due_soon = assessment
        .characteristics
        .values()
        .filter(|a| a.action.due == "2026-12-31")
        .count();
    assert!(due_soon > 0);
    assert!(messages.contains(&format!(
        "0 are overdue and {due_soon} are due within 3 months (by <time datetime=\"2027-02-25\">25 February 2027</time>)"
    )));
    assert!(messages.contains(
        "<h3>Actions overdue or due by <time datetime=\"2027-02-25\">25 February 2027</time></h3>"
    ));
    // Ten at most are listed; the rest are counted.
    assert!(due_soon > 10, "the fixture exercises the limit");
    let listed = messages.matches("due <time datetime=\"2026-12-31\">");
    assert_eq!(listed.count(), 10);
    assert!(messages.contains(&format!(
        "<p>And {} more, listed in the full action plan.</p>",
        due_soon - 10
    )));

    // Warning signs: each listed with its judgement in words, never a score.
    let flagged = framework
        .themes
        .iter()
        .flat_map(|t| &t.failure_indicators)
        .filter(|f| {
            assessment
                .flag(&f.id)
                .and_then(|j| j.state)
                .is_some_and(|s| s.id() != "not-present")
        })
        .count();
    assert_eq!(
        messages
            .matches("<td><strong class=\"summary-flag ")
            .count(),
        flagged
    );
    assert!(messages.contains("never scored"));
    assert!(!messages.to_lowercase().contains("score:"));
}

#[test]
fn the_officers_words_appear_in_both_versions_and_replace_the_default() {
    let framework = framework();
    let mut assessment = full_assessment(&framework);
    for part in PaperPart::ALL {
        let text = format!("{} by {SCRIPT}\n\nSecond {IMG}", part.id());
        assessment
            .apply(&framework, Change::Paper { part, text }, NOV_25_2026)
            .unwrap();
    }
    for (part, text) in [
        (SignOffPart::By, format!("approved_by by {SCRIPT}")),
        (SignOffPart::Date, "2026-11-20".to_owned()),
    ] {
        let change = Change::Approval { part, text };
        assessment.apply(&framework, change, NOV_25_2026).unwrap();
    }
    let script = "&lt;script&gt;alert(1)&lt;/script&gt;";
    for version in [MEMBERS, SummaryVersion::Officers] {
        let doc = summary_document_html(&framework, &assessment, version, NOV_25_2026, SUMMARY_CSS);
        assert!(!doc.contains("<script"));
        let asked = section(&doc, "Members are asked to");
        assert!(asked.contains(&format!("<p>recommendations by {script}</p>")));
        assert!(!asked.contains(DEFAULT_RECOMMENDATIONS.lines().next().unwrap()));
        let messages = section(&doc, "Key messages");
        assert!(messages.contains(&format!("<h3>Officers’ commentary</h3>\n<div class=\"summary-prose\"><p>commentary by {script}</p><p>Second &quot;&gt;&lt;img")));
        assert!(messages.contains(&format!(
            "<h3>Next steps</h3>\n<div class=\"summary-prose\"><p>next_steps by {script}</p>"
        )));
        let header = &doc[doc.find("<header").unwrap()..doc.find("</header>").unwrap()];
        assert!(header.contains(&format!("<dt>Reviewed by</dt><dd>reviewed_by by {script}")));
        assert!(header.contains(&format!(
            "<dt>Approved by</dt><dd>approved_by by {script}, 20 November 2026"
        )));
    }
}

#[test]
fn the_full_action_plan_is_an_appendix_only_when_asked_for() {
    let framework = framework();
    let assessment = full_assessment(&framework);
    let with = SummaryVersion::Members { action_plan: true };
    let doc = summary_document_html(&framework, &assessment, with, NOV_25_2026, SUMMARY_CSS);
    assert_eq!(h2s(&doc).last(), Some(&"Appendix: the full action plan"));
    let appendix = section(&doc, "Appendix: the full action plan");
    let all = assessment
        .characteristics
        .keys()
        .filter(|id| assessment.needs_action(&framework.scale, id))
        .count();
    assert_eq!(
        appendix.matches("<tr><td class=\"summary-due\">").count(),
        all
    );
    assert!(section(&doc, "Priority actions").contains("The full action plan is in the appendix"));
    let without = summary_document_html(&framework, &assessment, MEMBERS, NOV_25_2026, SUMMARY_CSS);
    assert!(!without.contains("Appendix"));
}
