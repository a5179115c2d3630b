//! The committee paper's own parts, in reading order: the heading block, what
//! members are asked to do, the key messages with the officers' commentary
//! and next steps, and how the assessment was done (its actions: `actions`).

use std::fmt::{self, Write};

use super::actions::{actions_due, due_line};
use super::escape::{user_paragraphs, Esc};
use super::pieces::{and_list, fact, plural, Date, Flag, Status};
use super::SummaryVersion;
use crate::domain::assessment::{PaperPart, ReportStatus};
use crate::report::key_messages::ThemeStanding;
use crate::report::summary::Summary;

/// The most actions listed as overdue or due soon; the rest are counted.
const DUE_LISTED: usize = 10;

/// Council, assessment, date, status and sign-off. The assessment's name is
/// the document's `<h1>`; in the app, whose page has its own, a paragraph.
pub(super) fn heading(
    out: &mut String,
    summary: &Summary,
    version: SummaryVersion,
    as_document: bool,
) -> fmt::Result {
    let title = if as_document { "h1" } else { "p" };
    write!(
        out,
        "<header class=\"summary-heading\">\n<p class=\"summary-heading-council\">{}</p>\n\
         <{title} class=\"summary-title\">{}</{title}>\n\
         <p class=\"summary-heading-kind\">Best Value self-assessment: {}</p>\n<dl class=\"summary-facts\">",
        Esc(&summary.council),
        Esc(&summary.name),
        version.label().to_lowercase()
    )?;
    fact(out, "Date", Date(summary.method.generated))?;
    fact(out, "Status", Status(summary.status))?;
    fact(out, "Assessed by", Esc(&summary.method.assessor))?;
    let reviewer = summary.paper.text(PaperPart::ReviewedBy).trim();
    if !reviewer.is_empty() {
        fact(out, PaperPart::ReviewedBy.label(), Esc(reviewer))?;
    }
    if let Some(approved) = approved(summary) {
        fact(out, "Approved by", Esc(&approved))?;
    }
    out.push_str("</dl>\n");
    match (summary.status, summary.changed_after_final) {
        (ReportStatus::Draft, Some(day)) => writeln!(
            out,
            "<p class=\"summary-draft-note\">This is a draft again: it was marked Final, then changed on {}.</p>",
            Date(day)
        )?,
        (ReportStatus::Draft, None) => out.push_str(
            "<p class=\"summary-draft-note\">This is a draft. It may change before it is final.</p>\n",
        ),
        (ReportStatus::Final, _) => {}
    }
    out.push_str("</header>\n");
    Ok(())
}

/// "Members are asked to": each line of the recommendations a paragraph.
pub(super) fn asked_to(out: &mut String, summary: &Summary) -> fmt::Result {
    writeln!(
        out,
        "<section class=\"summary-section summary-asked\">\n<h2>{}</h2>",
        PaperPart::Recommendations.label()
    )?;
    let text = summary.paper.recommendations_or_default();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        writeln!(out, "<p>{}</p>", Esc(line))?;
    }
    out.push_str("</section>\n");
    Ok(())
}

/// The key messages, then the officers' commentary and next steps. Members
/// see the warning signs listed here; officers find them, with the
/// assessors' notes, in their own section.
pub(super) fn key_messages(
    out: &mut String,
    summary: &Summary,
    version: SummaryVersion,
) -> fmt::Result {
    let k = &summary.key_messages;
    out.push_str("<section class=\"summary-section summary-messages\">\n<h2>Key messages</h2>\n<ul class=\"summary-message-list\">\n<li><strong>Overall position.</strong> ");
    position(out, summary)?;
    out.push_str("</li>\n");
    super::year_on_year::key_message(out, summary)?;
    let upper = and_list(&k.upper_levels, "or");
    let lower = and_list(&k.lower_levels, "or");
    if !k.strongest.is_empty() {
        write!(
            out,
            "<li><strong>Strongest themes</strong> (the largest share of rated characteristics {}): ",
            Esc(&upper.to_lowercase())
        )?;
        standings(out, &k.strongest, |s| s.upper)?;
        out.push_str(".</li>\n");
    }
    if !k.weakest.is_empty() {
        write!(
            out,
            "<li><strong>Themes that need most improvement</strong> (the largest share rated {}): ",
            Esc(&lower.to_lowercase())
        )?;
        standings(out, &k.weakest, |s| s.lower)?;
        out.push_str(".</li>\n");
    }
    out.push_str("<li><strong>Warning signs.</strong> ");
    match (summary.flagged.is_empty(), version) {
        (true, _) => out.push_str("No warning sign was judged present or partly present."),
        (false, SummaryVersion::Members { .. }) => out.push_str(
            "Those judged present or partly present are listed below. They prompt discussion: \
             they are never scored and do not change any rating.",
        ),
        (false, SummaryVersion::Officers) => out.push_str(
            "Those judged present or partly present are listed, with the assessor’s notes, under \
             “Warning signs flagged”. They are never scored and do not change any rating.",
        ),
    }
    let unjudged = summary.warning_signs_not_judged;
    if unjudged > 0 {
        write!(
            out,
            " {unjudged} warning {} not yet been judged.",
            plural(unjudged, "sign has", "signs have")
        )?;
    }
    out.push_str("</li>\n<li><strong>Actions due.</strong> ");
    actions_due(out, summary)?;
    out.push_str("</li>\n</ul>\n");

    if matches!(version, SummaryVersion::Members { .. }) && !summary.flagged.is_empty() {
        flags_table(out, summary)?;
    }
    if !k.overdue.is_empty() || !k.due_soon.is_empty() {
        write!(
            out,
            "<h3>Actions overdue or due by {}</h3>\n<ul class=\"summary-due-list\">\n",
            Date(k.due_soon_until)
        )?;
        // The first ten, overdue first: a long list belongs in the action plan,
        // and the paper must stay short however many actions fall due.
        for (i, a) in k
            .overdue
            .iter()
            .chain(&k.due_soon)
            .enumerate()
            .take(DUE_LISTED)
        {
            due_line(out, a, i < k.overdue.len())?;
        }
        out.push_str("</ul>\n");
        let more = (k.overdue.len() + k.due_soon.len()).saturating_sub(DUE_LISTED);
        if more > 0 {
            writeln!(
                out,
                "<p>And {more} more, listed in the full action plan.</p>"
            )?;
        }
    }
    for part in [PaperPart::Commentary, PaperPart::NextSteps] {
        let text = summary.paper.text(part);
        if !text.trim().is_empty() {
            write!(
                out,
                "<h3>{}</h3>\n<div class=\"summary-prose\">",
                part.label()
            )?;
            user_paragraphs(out, text)?;
            out.push_str("</div>\n");
        }
    }
    out.push_str("</section>\n");
    Ok(())
}

/// The overall position in two sentences, from the counts of each level.
fn position(out: &mut String, summary: &Summary) -> fmt::Result {
    let o = &summary.overview;
    if o.characteristics_rated == 0 {
        return out.write_str("No characteristic has been rated yet.");
    }
    let unassessed = o.characteristics_total - o.characteristics_rated;
    write!(
        out,
        "{} of {} characteristics {} been rated",
        o.characteristics_rated,
        o.characteristics_total,
        plural(o.characteristics_rated, "has", "have")
    )?;
    if unassessed > 0 {
        write!(
            out,
            "; {unassessed} {} not yet assessed",
            plural(unassessed, "is", "are")
        )?;
    }
    // The totals hold the rated levels first, then "not applicable", then "not yet assessed".
    let levels = summary.key_messages.upper_levels.len() + summary.key_messages.lower_levels.len();
    let on_scale: usize = o.totals[..levels].iter().map(|lc| lc.count).sum();
    let parts: Vec<String> = o.totals[..levels]
        .iter()
        .map(|lc| format!("{} {}", lc.count, lc.level.label.to_lowercase()))
        .collect();
    write!(out, ". Of those rated, {}", Esc(&and_list(&parts, "and")))?;
    let not_applicable = o.totals[levels].count;
    if not_applicable > 0 {
        write!(out, "; {not_applicable} not applicable")?;
    }
    let upper: usize = o.totals[..summary.key_messages.upper_levels.len()]
        .iter()
        .map(|lc| lc.count)
        .sum();
    // Whole percentages only: no float formatting in the bundle.
    match (upper * 100).checked_div(on_scale) {
        Some(percent) => write!(
            out,
            ". So {upper} of {on_scale} ({percent}%) are {}.",
            Esc(&and_list(&summary.key_messages.upper_levels, "or").to_lowercase())
        ),
        None => out.write_str("."),
    }
}

/// Themes with the count that places them, e.g. "Governance (8 of 10)".
fn standings(
    out: &mut String,
    themes: &[ThemeStanding],
    count: fn(&ThemeStanding) -> usize,
) -> fmt::Result {
    let parts: Vec<String> = themes
        .iter()
        .map(|s| format!("{} ({} of {})", s.title, count(s), s.rated))
        .collect();
    write!(out, "{}", Esc(&and_list(&parts, "and")))
}

/// The warning signs judged present or partly present, grouped by theme,
/// one line each. The assessors' notes are in the officers' version.
fn flags_table(out: &mut String, summary: &Summary) -> fmt::Result {
    out.push_str(
        "<table class=\"summary-table summary-flag-table\">\n\
         <caption>Warning signs judged present or partly present</caption>\n\
         <thead><tr><th scope=\"col\" class=\"summary-col-judged\">Judged</th>\
         <th scope=\"col\">Warning sign</th></tr></thead>\n",
    );
    let mut theme: Option<&str> = None;
    for f in &summary.flagged {
        if theme != Some(f.theme_id.as_str()) {
            if theme.is_some() {
                out.push_str("</tbody>\n");
            }
            writeln!(
                out,
                "<tbody><tr><th scope=\"rowgroup\" colspan=\"2\" class=\"summary-group\">{}</th></tr>",
                Esc(&f.theme_title)
            )?;
            theme = Some(&f.theme_id);
        }
        writeln!(
            out,
            "<tr><td>{}</td><td>{}</td></tr>",
            Flag(f.state),
            Esc(&f.text)
        )?;
    }
    out.push_str("</tbody>\n</table>\n<p class=\"summary-hint\">The assessor’s note on each is in the full summary for officers.</p>\n");
    Ok(())
}

/// How the assessment was done, in at most five lines.
pub(super) fn how_done(out: &mut String, summary: &Summary) -> fmt::Result {
    let m = &summary.method;
    let k = &summary.key_messages;
    let levels: Vec<String> = k
        .upper_levels
        .iter()
        .chain(&k.lower_levels)
        .cloned()
        .collect();
    write!(
        out,
        "<section class=\"summary-section summary-how\">\n<h2>How this was done</h2>\n<ul>\n\
         <li>Each characteristic was rated against the question “{}” on a scale of {} levels: {} (or not applicable). An action is needed for any rating below “{}”.</li>\n\
         <li>Assessed by {}",
        Esc(&m.scale_question),
        levels.len(),
        Esc(&and_list(&levels, "and")),
        Esc(&m.top_level_label),
        Esc(&m.assessor)
    )?;
    let reviewer = summary.paper.text(PaperPart::ReviewedBy).trim();
    if !reviewer.is_empty() {
        write!(out, "; reviewed by {}", Esc(reviewer))?;
    }
    if let Some(approved) = approved(summary) {
        write!(out, "; approved by {}", Esc(&approved))?;
    }
    write!(
        out,
        ". Started {}, last changed {}.</li>\n\
         <li>Framework: {}, version {} (<span class=\"summary-code\">{}</span>), based on {}.</li>\n\
         <li>The characteristics and warning signs are this tool’s own plain-English wording of the guide’s principles and themes, not the statutory text. Warning signs are listed, never scored.</li>\n</ul>\n</section>\n",
        Date(m.started),
        Date(m.last_changed),
        Esc(&m.framework_title),
        Esc(&m.framework_version),
        Esc(&m.framework_id),
        Esc(&m.guide_title)
    )
}

/// Who approved the assessment, with the date when one was given, e.g.
/// "Chief Executive, 20 March 2027"; `None` when no one is named.
pub(super) fn approved(summary: &Summary) -> Option<String> {
    let by = summary.approval.by.trim();
    if by.is_empty() {
        return None;
    }
    Some(match summary.approval.on() {
        Some(date) => format!("{by}, {}", date.long()),
        None => by.to_owned(),
    })
}
