//! The summary as HTML: a fragment for the app page and a complete,
//! self-contained document for download, printing and "Save as PDF".
//!
//! Both are plain strings built from [`Summary`]. The fragment goes into the
//! app through `innerHTML` under a strict Content-Security-Policy, so it has no
//! `style` attributes, no scripts, no event handlers and no URLs: styling is by
//! class names only (`summary-*` and `level-*`, see `style/summary.css`). Every
//! piece of text a user typed is escaped, so `<script>` shows as text.

use std::borrow::Cow;
use std::fmt::{self, Display, Write};

use super::assessment::{Assessment, FlagState, ReportStatus};
use super::dates::CivilDate;
use super::framework::{paragraphs, Framework, RatingScale, ScaleLevel};
use super::summary::{status_label, CharacteristicRating, Summary, ThemeSummary};

/// The summary's stylesheet, for screen and print. The app links the same file.
pub const SUMMARY_CSS: &str = include_str!("../../style/summary.css");

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
/// its stylesheet embedded, laid out for A4 with a header giving the council,
/// the assessment, the date and a Draft or Final status.
pub fn summary_document_html(
    framework: &Framework,
    assessment: &Assessment,
    version: SummaryVersion,
    generated_ms: i64,
) -> String {
    let summary = Summary::build(framework, assessment, generated_ms);
    let mut out =
        String::with_capacity(estimated_size(&summary, version) + SUMMARY_CSS.len() + 4096);
    document(&mut out, &summary, &framework.scale, version)
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

/// The class that colours a level, e.g. `level-well-established`.
pub fn level_class(level_id: &str) -> String {
    format!("level-{}", slug(level_id))
}

/// `text` escaped for HTML text and for quoted attribute values.
pub fn escape_html(text: &str) -> String {
    Esc(text).to_string()
}

// ---------------------------------------------------------------------------
// Escaping and small pieces

/// Displays text escaped for HTML text and attribute contexts.
struct Esc<'a>(&'a str);

impl Display for Esc<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = self.0;
        let mut start = 0;
        for (i, byte) in text.bytes().enumerate() {
            let entity = match byte {
                b'&' => "&amp;",
                b'<' => "&lt;",
                b'>' => "&gt;",
                b'"' => "&quot;",
                b'\'' => "&#39;",
                _ => continue,
            };
            f.write_str(&text[start..i])?;
            f.write_str(entity)?;
            start = i + 1;
        }
        f.write_str(&text[start..])
    }
}

/// User text on one or more lines, escaped, line breaks kept as `<br>`.
struct Lines<'a>(&'a str);

impl Display for Lines<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, line) in self.0.trim().lines().enumerate() {
            if i > 0 {
                f.write_str("<br>")?;
            }
            Esc(line).fmt(f)?;
        }
        Ok(())
    }
}

/// A level's text marker in its colour, hidden from screen readers because the
/// label always follows it.
struct Badge<'a>(&'a ScaleLevel);

impl Display for Badge<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "<span class=\"summary-badge {}\" aria-hidden=\"true\">{}</span>",
            level_class(&self.0.id),
            Esc(&self.0.marker)
        )
    }
}

/// A level as badge and label.
struct Rating<'a>(&'a ScaleLevel);

impl Display for Rating<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", Badge(self.0), Esc(&self.0.label))
    }
}

/// A date as `<time>`, written the UK way.
struct Date(CivilDate);

impl Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<time datetime=\"{}\">{}</time>", self.0.iso(), self.0)
    }
}

/// The Draft or Final status, made to stand out.
struct Status(ReportStatus);

impl Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = status_label(self.0);
        write!(
            f,
            "<strong class=\"summary-status summary-status-{}\">{label}</strong>",
            label.to_ascii_lowercase()
        )
    }
}

/// User text, or a quiet "Not set" when blank.
struct OrNotSet<'a>(&'a str);

impl Display for OrNotSet<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.trim().is_empty() {
            f.write_str("<span class=\"summary-missing\">Not set</span>")
        } else {
            Lines(self.0).fmt(f)
        }
    }
}

/// Writes user prose as paragraphs: a blank line starts a new one.
fn user_paragraphs(out: &mut String, text: &str) -> fmt::Result {
    let text: Cow<str> = if text.contains('\r') {
        Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        Cow::Borrowed(text)
    };
    for paragraph in paragraphs(&text) {
        write!(out, "<p>{}</p>", Lines(paragraph))?;
    }
    Ok(())
}

fn fact(out: &mut String, term: &str, value: impl Display) -> fmt::Result {
    write!(out, "<div><dt>{term}</dt><dd>{value}</dd></div>")
}

fn plural(count: usize, one: &'static str, many: &'static str) -> &'static str {
    if count == 1 {
        one
    } else {
        many
    }
}

/// A safe fragment of an id or class name: lower-case ASCII letters, digits and hyphens.
fn slug(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}

/// A colour from the scale if it is `#rrggbb`, otherwise the fallback. Content
/// is validated on load; this keeps any other text out of CSS and SVG.
fn safe_colour<'a>(colour: &'a str, fallback: &'a str) -> &'a str {
    let ok = colour.len() == 7
        && colour.starts_with('#')
        && colour[1..].bytes().all(|b| b.is_ascii_hexdigit());
    if ok {
        colour
    } else {
        fallback
    }
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

// ---------------------------------------------------------------------------
// The document

fn document(
    out: &mut String,
    summary: &Summary,
    scale: &RatingScale,
    version: SummaryVersion,
) -> fmt::Result {
    let status = status_label(summary.status);
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
    out.push_str(SUMMARY_CSS);
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

// ---------------------------------------------------------------------------
// The fragment

fn fragment(out: &mut String, summary: &Summary, version: SummaryVersion) -> fmt::Result {
    writeln!(out, "<div class=\"summary summary-{}\">", version.id())?;
    overview(out, summary)?;
    heat_map(out, summary)?;
    warning_signs(out, summary)?;
    action_plan(out, summary)?;
    themes(out, summary, version)?;
    reflections(out, summary)?;
    method(out, summary, version)?;
    out.push_str("</div>\n");
    Ok(())
}

fn overview(out: &mut String, summary: &Summary) -> fmt::Result {
    let o = &summary.overview;
    out.push_str("<section class=\"summary-section summary-overview\">\n<h2>Overview</h2>\n");
    out.push_str("<dl class=\"summary-facts\">");
    fact(out, "Council", Esc(&summary.council))?;
    fact(out, "Assessment", Esc(&summary.name))?;
    fact(out, "Status", Status(summary.status))?;
    fact(
        out,
        "Sections completed",
        format_args!("{} of {}", o.sections_completed, o.sections_total),
    )?;
    fact(
        out,
        "Characteristics rated",
        format_args!("{} of {}", o.characteristics_rated, o.characteristics_total),
    )?;
    fact(
        out,
        "Items answered",
        format_args!(
            "{} of {} ({}%): ratings, warning signs and reflective questions",
            o.items.answered,
            o.items.total,
            o.items.percent()
        ),
    )?;
    fact(out, "Improvement actions", summary.actions.len())?;
    out.push_str("</dl>\n");

    if summary.themes.is_empty() {
        out.push_str("<p>No themes were in the scope of this assessment.</p>\n</section>\n");
        return Ok(());
    }
    out.push_str(
        "<div class=\"summary-scroll\" role=\"region\" aria-label=\"Ratings by theme\" tabindex=\"0\">\n\
         <table class=\"summary-table summary-counts\">\n\
         <caption>Number of characteristics at each rating, by theme</caption>\n\
         <thead><tr><th scope=\"col\">Theme</th>",
    );
    for lc in &o.totals {
        write!(
            out,
            "<th scope=\"col\" class=\"summary-num\">{}</th>",
            Rating(&lc.level)
        )?;
    }
    out.push_str("<th scope=\"col\" class=\"summary-num\">Total</th></tr></thead>\n<tbody>\n");
    for theme in &summary.themes {
        write!(out, "<tr><th scope=\"row\">{}</th>", Esc(&theme.title))?;
        for lc in &theme.counts {
            write!(out, "<td class=\"summary-num\">{}</td>", lc.count)?;
        }
        writeln!(
            out,
            "<td class=\"summary-num\">{}</td></tr>",
            theme.ratings.len()
        )?;
    }
    out.push_str("</tbody>\n<tfoot><tr><th scope=\"row\">All themes</th>");
    for lc in &o.totals {
        write!(out, "<td class=\"summary-num\">{}</td>", lc.count)?;
    }
    writeln!(
        out,
        "<td class=\"summary-num\">{}</td></tr></tfoot>\n</table>\n</div>\n</section>",
        o.characteristics_total
    )
}

fn heat_map(out: &mut String, summary: &Summary) -> fmt::Result {
    out.push_str(
        "<section class=\"summary-section summary-heatmap-section\">\n<h2>Heat map</h2>\n",
    );
    if summary.themes.is_empty() {
        out.push_str("<p>No themes were in the scope of this assessment.</p>\n</section>\n");
        return Ok(());
    }
    out.push_str(
        "<p>Each box is one characteristic, coloured by its rating and marked with the rating’s \
         symbol. The table after the heat map gives the same information in words.</p>\n\
         <ul class=\"summary-key\">",
    );
    for lc in &summary.overview.totals {
        write!(out, "<li>{}</li>", Rating(&lc.level))?;
    }
    // The grid is a picture of the table that follows, so screen readers get the table.
    out.push_str("</ul>\n<div class=\"summary-heatmap\" aria-hidden=\"true\">\n");
    for theme in &summary.themes {
        write!(
            out,
            "<div class=\"summary-heatmap-row\"><p class=\"summary-heatmap-theme\">{}</p><ol class=\"summary-heatmap-cells\">",
            Esc(&theme.title)
        )?;
        for r in &theme.ratings {
            write!(
                out,
                "<li class=\"summary-heatmap-cell {}\"><span class=\"summary-heatmap-code\">{}</span> <span class=\"summary-heatmap-marker\">{}</span></li>",
                level_class(&r.level.id),
                Esc(&r.code),
                Esc(&r.level.marker)
            )?;
        }
        out.push_str("</ol></div>\n");
    }
    out.push_str(
        "</div>\n<table class=\"summary-table summary-heatmap-table\">\n\
         <caption>The heat map as a table: the rating of each characteristic</caption>\n\
         <thead><tr><th scope=\"col\">Code</th><th scope=\"col\">Characteristic</th><th scope=\"col\">Rating</th></tr></thead>\n",
    );
    for theme in &summary.themes {
        writeln!(
            out,
            "<tbody><tr><th scope=\"rowgroup\" colspan=\"3\" class=\"summary-group\">{}</th></tr>",
            Esc(&theme.title)
        )?;
        ratings_rows(out, &theme.ratings)?;
        out.push_str("</tbody>\n");
    }
    out.push_str("</table>\n</section>\n");
    Ok(())
}

fn ratings_rows(out: &mut String, ratings: &[CharacteristicRating]) -> fmt::Result {
    for r in ratings {
        writeln!(
            out,
            "<tr><th scope=\"row\" class=\"summary-code\">{}</th><td>{}</td><td class=\"summary-rating\">{}</td></tr>",
            Esc(&r.code),
            Esc(&r.statement),
            Rating(&r.level)
        )?;
    }
    Ok(())
}

fn warning_signs(out: &mut String, summary: &Summary) -> fmt::Result {
    out.push_str(
        "<section class=\"summary-section summary-flags\">\n<h2>Warning signs flagged</h2>\n\
         <p>The guidance lists indicators of potential failure for each theme. These are the ones \
         the assessor judged present or partly present. They are listed to prompt discussion: they \
         are never scored, and they do not change any rating.</p>\n",
    );
    if summary.flagged.is_empty() {
        out.push_str("<p>No warning sign was judged present or partly present.</p>\n");
    }
    let mut current_theme: Option<&str> = None;
    for flag in &summary.flagged {
        if current_theme != Some(flag.theme_id.as_str()) {
            if current_theme.is_some() {
                out.push_str("</ul>\n");
            }
            write!(
                out,
                "<h3>{}</h3>\n<ul class=\"summary-flag-list\">\n",
                Esc(&flag.theme_title)
            )?;
            current_theme = Some(&flag.theme_id);
        }
        let state_class = match flag.state {
            FlagState::Present => "summary-flag-present",
            _ => "summary-flag-partly",
        };
        write!(
            out,
            "<li><p><strong class=\"summary-flag {state_class}\">{}</strong> {}</p>",
            flag.state.label(),
            Esc(&flag.text)
        )?;
        if !flag.note.trim().is_empty() {
            out.push_str(
                "<div class=\"summary-note\"><p class=\"summary-label\">Assessor’s note</p>",
            );
            user_paragraphs(out, &flag.note)?;
            out.push_str("</div>");
        }
        out.push_str("</li>\n");
    }
    if current_theme.is_some() {
        out.push_str("</ul>\n");
    }
    let unjudged = summary.warning_signs_not_judged;
    if unjudged > 0 {
        writeln!(
            out,
            "<p class=\"summary-inset\">{unjudged} warning {} not yet been judged.</p>",
            plural(unjudged, "sign has", "signs have")
        )?;
    }
    out.push_str("</section>\n");
    Ok(())
}

fn action_plan(out: &mut String, summary: &Summary) -> fmt::Result {
    let top = Esc(&summary.method.top_level_label);
    writeln!(
        out,
        "<section class=\"summary-section summary-actions\">\n<h2>Action plan</h2>\n\
         <p>An improvement action is needed for every characteristic rated below “{top}”. \
         Actions are listed by due date, earliest first.</p>"
    )?;
    if summary.actions.is_empty() {
        writeln!(
            out,
            "<p>No characteristic is rated below “{top}”, so there are no actions.</p>\n</section>"
        )?;
        return Ok(());
    }
    out.push_str(
        "<div class=\"summary-scroll\" role=\"region\" aria-label=\"Action plan\" tabindex=\"0\">\n\
         <table class=\"summary-table summary-action-table\">\n\
         <caption>Improvement actions, earliest due date first</caption>\n\
         <thead><tr><th scope=\"col\" class=\"summary-col-due\">Due date</th>\
         <th scope=\"col\" class=\"summary-col-characteristic\">Characteristic and rating</th>\
         <th scope=\"col\">Gap</th><th scope=\"col\">Action</th>\
         <th scope=\"col\" class=\"summary-col-owner\">Owner</th></tr></thead>\n<tbody>\n",
    );
    for a in &summary.actions {
        out.push_str("<tr><td class=\"summary-due\">");
        match a.due {
            Some(date) => write!(out, "{}", Date(date))?,
            None => write!(out, "{}", OrNotSet(&a.due_text))?,
        }
        writeln!(
            out,
            "</td><th scope=\"row\"><span class=\"summary-code\">{}</span> {}\
             <span class=\"summary-action-rating\">{}</span></th><td>{}</td><td>{}</td><td>{}</td></tr>",
            Esc(&a.code),
            Esc(&a.statement),
            Rating(&a.rating),
            OrNotSet(&a.gap),
            OrNotSet(&a.action),
            OrNotSet(&a.owner)
        )?;
    }
    out.push_str("</tbody>\n</table>\n</div>\n</section>\n");
    Ok(())
}

fn themes(out: &mut String, summary: &Summary, version: SummaryVersion) -> fmt::Result {
    if summary.themes.is_empty() {
        return Ok(());
    }
    out.push_str(
        "<section class=\"summary-section summary-themes\">\n<h2>How each theme is rated</h2>\n",
    );
    out.push_str(if version.shows_evidence() {
        "<p>For each theme: a chart of how its characteristics are rated, the same figures as a \
         table, then each rating with its evidence and references.</p>\n"
    } else {
        "<p>For each theme: a chart of how its characteristics are rated, the same figures as a \
         table, then each rating. The evidence for each rating is in the full summary for officers.</p>\n"
    });
    for theme in &summary.themes {
        theme_section(out, theme, version)?;
    }
    out.push_str("</section>\n");
    Ok(())
}

fn theme_section(out: &mut String, theme: &ThemeSummary, version: SummaryVersion) -> fmt::Result {
    let rated = theme.rated();
    let total = theme.ratings.len();
    writeln!(
        out,
        "<section class=\"summary-theme\">\n<h3>{}</h3>\n<p class=\"summary-theme-status\">{}. {rated} of {total} characteristics rated.</p>",
        Esc(&theme.title),
        theme.status.label()
    )?;
    out.push_str("<div class=\"summary-chart-pair\">\n");
    chart(out, theme)?;
    write!(
        out,
        "<table class=\"summary-table summary-chart-table\">\n<caption>{}: number of characteristics at each rating</caption>\n\
         <thead><tr><th scope=\"col\">Rating</th><th scope=\"col\" class=\"summary-num\">Characteristics</th></tr></thead>\n<tbody>\n",
        Esc(&theme.title)
    )?;
    for lc in &theme.counts {
        writeln!(
            out,
            "<tr><th scope=\"row\">{}</th><td class=\"summary-num\">{}</td></tr>",
            Rating(&lc.level),
            lc.count
        )?;
    }
    out.push_str("</tbody>\n</table>\n</div>\n");

    if version.shows_evidence() {
        for r in &theme.ratings {
            evidence(out, r)?;
        }
    } else {
        write!(
            out,
            "<table class=\"summary-table summary-theme-ratings\">\n<caption>{}: the rating of each characteristic</caption>\n\
             <thead><tr><th scope=\"col\">Code</th><th scope=\"col\">Characteristic</th><th scope=\"col\">Rating</th></tr></thead>\n<tbody>\n",
            Esc(&theme.title)
        )?;
        ratings_rows(out, &theme.ratings)?;
        out.push_str("</tbody>\n</table>\n");
    }
    out.push_str("</section>\n");
    Ok(())
}

/// A horizontal bar chart of the theme's counts, one bar per level, as inline
/// SVG. Colours are presentation attributes (allowed under a strict CSP); every
/// bar has a dark outline so pale levels stay visible, and the count is written
/// beside each bar, so colour is never the only signal.
fn chart(out: &mut String, theme: &ThemeSummary) -> fmt::Result {
    const WIDTH: usize = 560;
    const LABEL_WIDTH: usize = 200;
    const BAR_SPACE: usize = 300;
    const ROW: usize = 30;
    const BAR: usize = 20;
    const INK: &str = "#0b0c0c";
    let id = format!("summary-chart-{}", slug(&theme.id));
    let total = theme.ratings.len();
    let height = theme.counts.len() * ROW + 8;
    write!(
        out,
        "<div class=\"summary-chart\"><svg class=\"summary-chart-svg\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" \
         viewBox=\"0 0 {WIDTH} {height}\" width=\"{WIDTH}\" height=\"{height}\" font-family=\"Arial, Helvetica, sans-serif\" font-size=\"14\">\
         <title id=\"{id}-title\">{}: how its {total} {} are rated</title><desc id=\"{id}-desc\">A bar for each rating, as long as the number of characteristics with that rating.",
        Esc(&theme.title),
        plural(total, "characteristic", "characteristics"),
    )?;
    for lc in &theme.counts {
        write!(out, " {}: {}.", Esc(&lc.level.label), lc.count)?;
    }
    out.push_str("</desc>");
    write!(
        out,
        "<line x1=\"{LABEL_WIDTH}\" y1=\"0\" x2=\"{LABEL_WIDTH}\" y2=\"{height}\" stroke=\"{INK}\" stroke-width=\"1\"/>"
    )?;
    for (i, lc) in theme.counts.iter().enumerate() {
        let y = 4 + i * ROW;
        let baseline = y + 15;
        write!(
            out,
            "<text x=\"0\" y=\"{baseline}\" fill=\"{INK}\">{} {}</text>",
            Esc(&lc.level.marker),
            Esc(&lc.level.label)
        )?;
        // A non-zero count always gets a visible bar.
        let width = (lc.count * BAR_SPACE)
            .checked_div(total)
            .map_or(0, |w| w.max(usize::from(lc.count > 0) * 3));
        if width > 0 {
            write!(
                out,
                "<rect x=\"{LABEL_WIDTH}\" y=\"{y}\" width=\"{width}\" height=\"{BAR}\" fill=\"{}\" stroke=\"{INK}\" stroke-width=\"1\"/>",
                safe_colour(&lc.level.colour, "#ffffff")
            )?;
        }
        write!(
            out,
            "<text x=\"{}\" y=\"{baseline}\" fill=\"{INK}\" font-weight=\"bold\">{}</text>",
            LABEL_WIDTH + width + 6,
            lc.count
        )?;
    }
    out.push_str("</svg></div>\n");
    Ok(())
}

fn evidence(out: &mut String, r: &CharacteristicRating) -> fmt::Result {
    write!(
        out,
        "<article class=\"summary-characteristic\">\n<h4><span class=\"summary-code\">{}</span> {}</h4>\n<p class=\"summary-rating\">{}</p>\n\
         <div class=\"summary-evidence\"><p class=\"summary-label\">Evidence</p>",
        Esc(&r.code),
        Esc(&r.statement),
        Rating(&r.level)
    )?;
    if r.narrative.trim().is_empty() {
        out.push_str("<p class=\"summary-missing\">No evidence recorded.</p>");
    } else {
        user_paragraphs(out, &r.narrative)?;
    }
    out.push_str("</div>\n");
    if !r.references.is_empty() {
        out.push_str(
            "<p class=\"summary-label\">References</p>\n<ul class=\"summary-references\">",
        );
        for reference in &r.references {
            write!(out, "<li>{}</li>", Esc(reference.trim()))?;
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</article>\n");
    Ok(())
}

fn reflections(out: &mut String, summary: &Summary) -> fmt::Result {
    out.push_str(
        "<section class=\"summary-section summary-reflections\">\n<h2>Reflections on the principles</h2>\n\
         <p>The principles describe how government expects councils to secure best value and how it \
         will support them. The council answered reflective questions on each.</p>\n",
    );
    if summary.reflections.is_empty() {
        out.push_str("<p>No principles were in the scope of this assessment.</p>\n");
    }
    for principle in &summary.reflections {
        write!(
            out,
            "<h3>{}</h3>\n<dl class=\"summary-qa\">\n",
            Esc(&principle.title)
        )?;
        for answer in &principle.answers {
            write!(out, "<dt>{}</dt><dd>", Esc(&answer.question))?;
            if answer.answer.trim().is_empty() {
                out.push_str("<p class=\"summary-missing\">Not answered.</p>");
            } else {
                user_paragraphs(out, &answer.answer)?;
            }
            out.push_str("</dd>\n");
        }
        out.push_str("</dl>\n");
    }
    out.push_str("</section>\n");
    Ok(())
}

fn method(out: &mut String, summary: &Summary, version: SummaryVersion) -> fmt::Result {
    let m = &summary.method;
    out.push_str(
        "<section class=\"summary-section summary-method\">\n<h2>About this assessment</h2>\n<dl class=\"summary-facts\">",
    );
    fact(out, "Assessed by", Esc(&m.assessor))?;
    fact(out, "Started", Date(m.started))?;
    fact(out, "Last changed", Date(m.last_changed))?;
    fact(out, "Summary produced", Date(m.generated))?;
    fact(out, "Status", Status(m.status))?;
    fact(
        out,
        "Framework",
        format_args!(
            "{}, version {} (<span class=\"summary-code\">{}</span>)",
            Esc(&m.framework_title),
            Esc(&m.framework_version),
            Esc(&m.framework_id)
        ),
    )?;
    if let Some(answered) = &m.answered_version {
        fact(out, "Answers given against version", Esc(answered))?;
    }
    fact(out, "Based on", Esc(&m.guide_title))?;
    fact(
        out,
        "This document",
        match version {
            SummaryVersion::Members => {
                "The summary for members: ratings, warning signs, actions and reflections, \
                 without evidence narratives or references."
            }
            SummaryVersion::Officers => {
                "The full summary for officers, with the evidence for each rating."
            }
        },
    )?;
    out.push_str("</dl>\n");
    writeln!(
        out,
        "<table class=\"summary-table summary-scale\">\n<caption>The rating scale: each characteristic was rated against the question “{}”</caption>\n\
         <thead><tr><th scope=\"col\">Rating</th><th scope=\"col\">What it means</th></tr></thead>\n<tbody>",
        Esc(&m.scale_question)
    )?;
    for level in &m.levels {
        writeln!(
            out,
            "<tr><th scope=\"row\">{}</th><td>{}</td></tr>",
            Rating(level),
            Esc(&level.meaning)
        )?;
    }
    writeln!(
        out,
        "</tbody>\n</table>\n\
         <p>An improvement action is needed for every characteristic rated below “{}”.</p>\n\
         <p>Warning signs are the indicators of potential failure named in the guidance. The assessor \
         judged each one as not present, partly present or present. They are shown beside the ratings \
         and are never added up into a score.</p>\n\
         <p>The characteristics and warning signs are a plain-English summary of the statutory guide, \
         not its official wording. Dates are in UK time.</p>\n</section>",
        Esc(&m.top_level_label)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text_and_attribute_characters() {
        assert_eq!(
            escape_html(r#"<a href="x">Tom & Jerry's</a>"#),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;"
        );
        assert_eq!(escape_html("plain £ text ●"), "plain £ text ●");
        assert_eq!(
            Lines(" one\r\ntwo <b> \n").to_string(),
            "one<br>two &lt;b&gt;"
        );
    }

    #[test]
    fn user_paragraphs_split_on_blank_lines() {
        let mut out = String::new();
        user_paragraphs(&mut out, "First\nline\r\n\r\nSecond <i>").unwrap();
        assert_eq!(out, "<p>First<br>line</p><p>Second &lt;i&gt;</p>");
    }

    #[test]
    fn classes_and_colours_cannot_carry_other_text() {
        assert_eq!(level_class("well-established"), "level-well-established");
        assert_eq!(level_class("a b\"<c"), "level-a-b--c");
        assert_eq!(safe_colour("#00ff7A", "#fff"), "#00ff7A");
        assert_eq!(safe_colour("red;}", "#fff"), "#fff");
    }
}
