//! Year on year in the summary's HTML: the key message on movement since the
//! last assessment (both versions), the officers' "Since the last assessment"
//! section with its table, the review trail, and a rating's movement in words.
//! Arrows are only ever beside words.

use std::fmt::{self, Display, Write};

use super::escape::Esc;
use super::pieces::{and_list, plural, Date};
use crate::domain::assessment::{Movement, MovementCounts};
use crate::report::since_last::{Moved, SinceLast};
use crate::report::summary::Summary;

/// The most items named in a key message; the rest are counted.
const NAMED: usize = 5;

/// A movement as its arrow (hidden from screen readers) and its words.
pub(super) struct MovementWords(pub(super) Movement);

impl Display for MovementWords {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let arrow = self.0.arrow();
        if !arrow.is_empty() {
            write!(
                f,
                "<span class=\"summary-arrow\" aria-hidden=\"true\">{arrow}</span> "
            )?;
        }
        f.write_str(self.0.label())
    }
}

/// The counts of each movement, e.g. "2 improved, 1 declined, 5 unchanged,
/// 1 newly assessed and 68 not yet rated": only those that occur.
fn counts_in_words(c: &MovementCounts) -> String {
    let parts: Vec<String> = [
        (c.improved, "improved"),
        (c.declined, "declined"),
        (c.unchanged, "unchanged"),
        (c.newly_assessed, "newly assessed"),
        (c.now_not_applicable, "now not applicable"),
        (c.not_yet_rated, "not yet rated"),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, words)| format!("{n} {words}"))
    .collect();
    match parts.is_empty() {
        true => "no characteristics in scope".to_owned(),
        false => and_list(&parts, "and"),
    }
}

/// `GOV03 “statement” (Mostly in place to Partly in place)`, for the first
/// few; "and N more".
fn named(items: &[Moved]) -> String {
    let mut parts: Vec<String> = items
        .iter()
        .take(NAMED)
        .map(|m| format!("{} “{}” ({} to {})", m.code, m.statement, m.from, m.to))
        .collect();
    if items.len() > NAMED {
        parts.push(format!("{} more", items.len() - NAMED));
    }
    and_list(&parts, "and")
}

/// The key message on movement, as a list item: the counts, the items that
/// declined, and the actions completed since. Nothing without a baseline.
pub(super) fn key_message(out: &mut String, summary: &Summary) -> fmt::Result {
    let Some(s) = &summary.since_last else {
        return Ok(());
    };
    write!(
        out,
        "<li><strong>Since the last assessment</strong> (“{}”, last changed {}): {}.",
        Esc(&s.baseline_name),
        Date(s.baseline_changed),
        Esc(&counts_in_words(&s.counts))
    )?;
    if !s.declined.is_empty() {
        write!(out, " Declined: {}.", Esc(&named(&s.declined)))?;
    }
    let done = s.completed.len();
    if done > 0 {
        let codes: Vec<String> = s.completed.iter().map(|a| a.code.clone()).collect();
        write!(
            out,
            " {done} {} from the last assessment {} been completed ({}).",
            plural(done, "action", "actions"),
            plural(done, "has", "have"),
            Esc(&and_list(&codes, "and"))
        )?;
    }
    out.push_str("</li>\n");
    Ok(())
}

/// The officers' section: each theme's movements as a table (the heat map's
/// arrows in words), the items that declined and improved, the themes that
/// moved most, and the actions completed since the last assessment.
pub(super) fn section(out: &mut String, summary: &Summary) -> fmt::Result {
    let Some(s) = &summary.since_last else {
        return Ok(());
    };
    write!(
        out,
        "<section class=\"summary-section summary-since\">\n<h2>Since the last assessment</h2>\n\
         <p>Compared with “{}”, last changed {}. Of the characteristics in scope: {}.</p>\n",
        Esc(&s.baseline_name),
        Date(s.baseline_changed),
        Esc(&counts_in_words(&s.counts))
    )?;
    movement_table(out, s)?;
    if !s.themes_moved.is_empty() {
        let themes: Vec<String> = s
            .themes_moved
            .iter()
            .map(|t| format!("{} ({} moved)", t.title, t.counts.moved()))
            .collect();
        writeln!(
            out,
            "<p><strong>Themes whose ratings moved most:</strong> {}.</p>",
            Esc(&and_list(&themes, "and"))
        )?;
    }
    moved_list(out, "Declined", &s.declined)?;
    moved_list(out, "Improved", &s.improved)?;
    completed(out, s)?;
    out.push_str("</section>\n");
    Ok(())
}

fn movement_table(out: &mut String, s: &SinceLast) -> fmt::Result {
    out.push_str(
        "<table class=\"summary-table summary-movement-table\">\n\
         <caption>Movement of each theme’s ratings since the last assessment</caption>\n\
         <thead><tr><th scope=\"col\">Theme</th><th scope=\"col\">Improved</th>\
         <th scope=\"col\">Declined</th><th scope=\"col\">Unchanged</th>\
         <th scope=\"col\">Newly assessed</th><th scope=\"col\">Not yet rated</th></tr></thead>\n<tbody>\n",
    );
    for theme in &s.themes {
        let c = &theme.counts;
        writeln!(
            out,
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            Esc(&theme.title),
            c.improved,
            c.declined,
            c.unchanged,
            c.newly_assessed,
            c.not_yet_rated + c.now_not_applicable
        )?;
    }
    out.push_str("</tbody>\n</table>\n");
    Ok(())
}

fn moved_list(out: &mut String, heading: &str, items: &[Moved]) -> fmt::Result {
    if items.is_empty() {
        return Ok(());
    }
    writeln!(out, "<h3>{heading}</h3>\n<ul class=\"summary-moved\">")?;
    for m in items {
        writeln!(
            out,
            "<li><span class=\"summary-code\">{}</span> {}: {} to {}</li>",
            Esc(&m.code),
            Esc(&m.statement),
            Esc(&m.from),
            Esc(&m.to)
        )?;
    }
    out.push_str("</ul>\n");
    Ok(())
}

fn completed(out: &mut String, s: &SinceLast) -> fmt::Result {
    out.push_str("<h3>Actions completed since the last assessment</h3>\n");
    if s.completed.is_empty() {
        out.push_str("<p>None of the actions carried over has been marked done yet.</p>\n");
        return Ok(());
    }
    out.push_str("<ul class=\"summary-moved\">\n");
    for a in &s.completed {
        write!(
            out,
            "<li><span class=\"summary-code\">{}</span> {}",
            Esc(&a.code),
            Esc(a.action.trim())
        )?;
        if let Some(day) = a.last_update {
            write!(out, " (done {})", Date(day))?;
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ul>\n");
    Ok(())
}

/// The review trail: who checked each section, when, and whether they
/// sampled the evidence; then who approved the assessment.
pub(super) fn review_trail(out: &mut String, summary: &Summary) -> fmt::Result {
    out.push_str(
        "<section class=\"summary-section summary-review\">\n<h2>Review trail</h2>\n\
         <table class=\"summary-table summary-review-table\">\n\
         <caption>Who reviewed each section</caption>\n\
         <thead><tr><th scope=\"col\">Section</th><th scope=\"col\">Reviewed by</th>\
         <th scope=\"col\">Date</th><th scope=\"col\">Evidence sampled</th></tr></thead>\n<tbody>\n",
    );
    for line in &summary.review_trail {
        write!(
            out,
            "<tr><th scope=\"row\">{}: {}</th><td>{}</td><td>",
            line.kind,
            Esc(&line.title),
            Esc(if line.by.is_empty() {
                "Not reviewed"
            } else {
                &line.by
            })
        )?;
        if let Some(day) = line.on {
            write!(out, "{}", Date(day))?;
        }
        writeln!(
            out,
            "</td><td>{}</td></tr>",
            if line.evidence_sampled { "Yes" } else { "No" }
        )?;
    }
    out.push_str("</tbody>\n</table>\n");
    let approved = super::paper::approved(summary);
    writeln!(
        out,
        "<p><strong>Approved by:</strong> {}.</p>\n</section>",
        Esc(approved.as_deref().unwrap_or("not yet approved"))
    )
}
