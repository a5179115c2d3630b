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
//! - `sections`, `themes`, `chart`: the parts of the summary, in reading order.

mod chart;
pub mod escape;
mod pieces;
mod sections;
mod themes;

use std::fmt::{self, Write};

use crate::domain::assessment::{Assessment, ReportStatus};
use crate::domain::framework::{Framework, RatingScale};
use crate::report::summary::Summary;
pub use escape::{escape_html, level_class};
use escape::{safe_colour, Esc};
use pieces::{Date, Status};

/// Which summary to produce.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SummaryVersion {
    /// Short, for a committee: ratings, warning signs, actions and reflections,
    /// without evidence narratives or references.
    Members,
    /// Full, for officers: everything, including each rating's evidence.
    Officers,
}

impl SummaryVersion {
    /// Both versions, members first.
    pub const ALL: [SummaryVersion; 2] = [SummaryVersion::Members, SummaryVersion::Officers];

    /// Words for the version, e.g. in a heading or a button.
    pub fn label(self) -> &'static str {
        match self {
            SummaryVersion::Members => "Summary for members",
            SummaryVersion::Officers => "Full summary for officers",
        }
    }

    /// A stable id, e.g. for file names.
    pub fn id(self) -> &'static str {
        match self {
            SummaryVersion::Members => "members",
            SummaryVersion::Officers => "officers",
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
    fragment(&mut out, &summary, version).expect("writing to a String cannot fail");
    out
}

/// The summary as a complete HTML document: no external resource, no script,
/// the given stylesheet (`style/summary.css`) embedded, laid out for A4 with a
/// header giving the council, the assessment, the date and a Draft or Final
/// status. The stylesheet is a parameter because the app already has it loaded
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
    let generated = summary.method.generated;
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
    // The status in the page margin, on every printed page, where the browser supports it.
    writeln!(out, "@page {{ @top-right {{ content: \"{status}\"; }} }}")?;
    out.push_str("</style>\n</head>\n<body class=\"summary-document\">\n");

    out.push_str("<header class=\"summary-header\">\n");
    writeln!(
        out,
        "<p class=\"summary-header-council\">{}</p>",
        Esc(&summary.council)
    )?;
    writeln!(out, "<h1>{}</h1>", Esc(&summary.name))?;
    writeln!(
        out,
        "<p class=\"summary-header-kind\">Best Value self-assessment: {}</p>",
        version.label().to_lowercase()
    )?;
    writeln!(
        out,
        "<p class=\"summary-header-meta\"><span>Produced {}</span> <span>Status: {}</span></p>",
        Date(generated),
        Status(summary.status)
    )?;
    if summary.status == ReportStatus::Draft {
        out.push_str(
            "<p class=\"summary-draft-note\">This is a draft. It may change before it is final.</p>\n",
        );
    }
    out.push_str("</header>\n<main>\n");
    fragment(out, summary, version)?;
    out.push_str("\n</main>\n<footer class=\"summary-footer\">\n");
    writeln!(
        out,
        "<p>{}: {}. {}. {status}. Produced {} with Best Value Self-Assessment.</p>",
        Esc(&summary.council),
        Esc(&summary.name),
        version.label(),
        Date(generated)
    )?;
    out.push_str("</footer>\n</body>\n</html>\n");
    Ok(())
}

fn fragment(out: &mut String, summary: &Summary, version: SummaryVersion) -> fmt::Result {
    writeln!(out, "<div class=\"summary summary-{}\">", version.id())?;
    sections::overview(out, summary)?;
    themes::heat_map(out, summary)?;
    sections::warning_signs(out, summary)?;
    sections::action_plan(out, summary)?;
    themes::themes(out, summary, version)?;
    sections::reflections(out, summary)?;
    if version.shows_evidence() {
        sections::retired(out, summary)?;
    }
    sections::method(out, summary, version)?;
    out.push_str("</div>\n");
    Ok(())
}
