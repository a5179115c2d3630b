//! The summary as HTML: a fragment for the app page and a complete,
//! self-contained document for download, printing and "Save as PDF".
//!
//! Both are plain strings built from [`Summary`]. The fragment goes into the
//! app through `innerHTML` under a strict Content-Security-Policy, so it has no
//! `style` attributes, no scripts, no event handlers and no URLs: styling is by
//! class names only (`summary-*` and `level-*`, see `style/summary.css`). Every
//! piece of text a user typed is escaped, so `<script>` shows as text.
//!
//! - [`escape`]: escaping user text, safe class names and colours.
//! - `pieces`: a rating badge, a date, the status, a term and its value.
//! - `paper`: the committee paper's own parts, in both versions; `actions`:
//!   its actions due and priority actions.
//! - `year_on_year`: movement since the last assessment, and the review trail.
//! - `sections`, `themes`, `chart`: the heat map, and the full record for officers.

mod actions;
mod chart;
pub mod escape;
mod paper;
mod pieces;
mod sections;
mod themes;
mod year_on_year;

use std::fmt::{self, Write};

use crate::domain::assessment::Assessment;
use crate::domain::framework::{Framework, RatingScale};
use crate::report::summary::Summary;
pub use escape::{escape_html, level_class};
use escape::{safe_colour, CssString, Esc};
use pieces::Date;

/// Which summary to produce.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SummaryVersion {
    /// The committee paper: heading, recommendations, key messages, heat map,
    /// priority actions and how it was done, in at most six A4 pages for a
    /// complete assessment; with the full action plan as an appendix if asked.
    Members { action_plan: bool },
    /// The full record for officers: the paper's opening, then every rating
    /// with its evidence, every warning sign, the whole plan and the reflections.
    Officers,
}

impl SummaryVersion {
    /// Both versions, members first (without the appendix).
    pub const ALL: [SummaryVersion; 2] = [
        SummaryVersion::Members { action_plan: false },
        SummaryVersion::Officers,
    ];

    /// Words for the version, e.g. in a heading or a button.
    pub fn label(self) -> &'static str {
        match self {
            SummaryVersion::Members { .. } => "Summary for members",
            SummaryVersion::Officers => "Full summary for officers",
        }
    }

    /// A stable id, e.g. for form values and class names.
    pub fn id(self) -> &'static str {
        match self {
            SummaryVersion::Members { .. } => "members",
            SummaryVersion::Officers => "officers",
        }
    }

    /// What a downloaded file of this version is called, before its date.
    pub fn file_part(self) -> &'static str {
        match self {
            SummaryVersion::Members { action_plan: false } => "summary-for-members",
            SummaryVersion::Members { action_plan: true } => "summary-for-members-with-action-plan",
            SummaryVersion::Officers => "full-summary-for-officers",
        }
    }

    fn shows_evidence(self) -> bool {
        self == SummaryVersion::Officers
    }
}

/// The summary body, to insert into the app page: a `<div class="summary">`
/// whose sections start at `<h2>`.
pub fn summary_fragment_html(
    framework: &Framework,
    assessment: &Assessment,
    version: SummaryVersion,
    generated_ms: i64,
) -> String {
    let summary = Summary::build(framework, assessment, generated_ms);
    let mut out = String::with_capacity(estimated_size(&summary, version));
    fragment(&mut out, &summary, version, false).expect("writing to a String cannot fail");
    out
}

/// The summary as a complete HTML document: no external resource, no script,
/// the given stylesheet (`style/summary.css`) embedded, laid out for A4 with
/// the council, the assessment and a Draft or Final status at the top of every
/// printed page and "Page N of M" at the foot. The stylesheet is a parameter because the app already has it loaded
/// and reads it from the page, rather than carrying a second copy in its code.
pub fn summary_document_html(
    framework: &Framework,
    assessment: &Assessment,
    version: SummaryVersion,
    generated_ms: i64,
    stylesheet: &str,
) -> String {
    let summary = Summary::build(framework, assessment, generated_ms);
    let mut out =
        String::with_capacity(estimated_size(&summary, version) + stylesheet.len() + 4096);
    document(&mut out, &summary, &framework.scale, version, stylesheet)
        .expect("writing to a String cannot fail");
    out
}

/// CSS giving each level's class (see [`level_class`]) its background and text
/// colour from the scale.
pub fn scale_css(scale: &RatingScale) -> String {
    let mut css = String::new();
    for level in scale.all_levels() {
        let _ = writeln!(
            css,
            ".{} {{ background-color: {}; color: {}; }}",
            level_class(&level.id),
            safe_colour(&level.colour, "#ffffff"),
            safe_colour(&level.text_colour, "#0b0c0c"),
        );
    }
    css
}

/// A generous guess at the output size, so the string grows once or not at all.
fn estimated_size(summary: &Summary, version: SummaryVersion) -> usize {
    let characteristics = summary.overview.characteristics_total;
    let evidence: usize = if version.shows_evidence() {
        summary
            .themes
            .iter()
            .flat_map(|t| &t.ratings)
            .map(|r| r.narrative.len() + r.references.iter().map(String::len).sum::<usize>())
            .sum()
    } else {
        0
    };
    if !version.shows_evidence() {
        return 24_000 + characteristics * 300 + summary.actions.len() * 800;
    }
    let reflections: usize = summary
        .reflections
        .iter()
        .flat_map(|p| &p.answers)
        .map(|a| a.answer.len() + a.question.len())
        .sum();
    let actions: usize = summary
        .actions
        .iter()
        .map(|a| a.gap.len() + a.action.len() + a.owner.len() + a.statement.len() + 400)
        .sum();
    24_000 + characteristics * 1_200 + evidence * 11 / 10 + reflections * 11 / 10 + actions
}

fn document(
    out: &mut String,
    summary: &Summary,
    scale: &RatingScale,
    version: SummaryVersion,
    stylesheet: &str,
) -> fmt::Result {
    let status = summary.status.label();
    out.push_str("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n");
    // Belt and braces: even if a browser were tricked into reading markup here,
    // the file may load nothing and run nothing.
    out.push_str(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n",
    );
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    writeln!(
        out,
        "<title>{}: {} – {} ({status})</title>",
        Esc(&summary.council),
        Esc(&summary.name),
        version.label()
    )?;
    out.push_str("<style>\n");
    out.push_str(stylesheet);
    out.push_str(&scale_css(scale));
    // On every printed page: who and what at the top, the status on the
    // right, and the page number at the foot.
    writeln!(
        out,
        "@page {{ @top-left {{ content: {}; }} @top-right {{ content: {}; }} \
         @bottom-left {{ content: {}; }} @bottom-right {{ content: \"Page \" counter(page) \" of \" counter(pages); }} }}",
        CssString(&format!("{}: {}", summary.council, summary.name)),
        CssString(status),
        CssString(version.label()),
    )?;
    out.push_str("</style>\n</head>\n<body class=\"summary-document\">\n<main>\n");
    fragment(out, summary, version, true)?;
    writeln!(
        out,
        "</main>\n<footer class=\"summary-footer\">\n<p>{}: {}. {}. {status}. Produced {} with Best Value Self-Assessment.</p>\n</footer>\n</body>\n</html>",
        Esc(&summary.council),
        Esc(&summary.name),
        version.label(),
        Date(summary.method.generated)
    )
}

fn fragment(
    out: &mut String,
    summary: &Summary,
    version: SummaryVersion,
    as_document: bool,
) -> fmt::Result {
    writeln!(out, "<div class=\"summary summary-{}\">", version.id())?;
    paper::heading(out, summary, version, as_document)?;
    paper::asked_to(out, summary)?;
    paper::key_messages(out, summary, version)?;
    match version {
        SummaryVersion::Members { action_plan } => {
            themes::heat_map(out, summary, version)?;
            actions::priority_actions(out, summary, action_plan)?;
            paper::how_done(out, summary)?;
            if action_plan {
                sections::action_plan(out, summary, true)?;
            }
        }
        SummaryVersion::Officers => {
            sections::overview(out, summary)?;
            themes::heat_map(out, summary, version)?;
            year_on_year::section(out, summary)?;
            sections::warning_signs(out, summary)?;
            sections::action_plan(out, summary, false)?;
            themes::themes(out, summary)?;
            sections::reflections(out, summary)?;
            sections::retired(out, summary)?;
            year_on_year::review_trail(out, summary)?;
            sections::method(out, summary)?;
        }
    }
    out.push_str("</div>\n");
    Ok(())
}
