//! The ratings, theme by theme: the heat map (both versions), and for
//! officers each theme's chart and every rating with its evidence.

use std::fmt::{self, Write};

use super::chart::chart;
use super::escape::{level_class, user_paragraphs, Esc};
use super::pieces::Rating;
use super::year_on_year::MovementWords;
use super::SummaryVersion;
use crate::domain::assessment::Movement;
use crate::report::summary::{CharacteristicRating, Summary};

/// The heat map: a row of boxes per theme, one box per characteristic, kept on
/// one printed page. Each box says its code and rating in words to screen
/// readers, so the map needs no second table.
pub(super) fn heat_map(
    out: &mut String,
    summary: &Summary,
    version: SummaryVersion,
) -> fmt::Result {
    out.push_str(
        "<section class=\"summary-section summary-heatmap-section\">\n<h2>Heat map</h2>\n",
    );
    if summary.themes.is_empty() {
        out.push_str("<p>No themes were in the scope of this assessment.</p>\n</section>\n");
        return Ok(());
    }
    out.push_str(
        "<p>Each box is one characteristic, coloured by its rating and marked with the rating’s symbol. ",
    );
    out.push_str(match version {
        SummaryVersion::Members { .. } => {
            "The full summary for officers gives each characteristic’s wording, rating and evidence.</p>\n"
        }
        SummaryVersion::Officers => {
            "Each theme’s section below gives each characteristic’s wording, rating and evidence.</p>\n"
        }
    });
    out.push_str("<div class=\"summary-heatmap\">\n<ul class=\"summary-key\" aria-label=\"Key\">");
    for lc in &summary.overview.totals {
        write!(out, "<li>{}</li>", Rating(&lc.level))?;
    }
    if summary.since_last.is_some() {
        out.push_str(
            "<li><span class=\"summary-arrow\" aria-hidden=\"true\">↑</span> improved, \
             <span class=\"summary-arrow\" aria-hidden=\"true\">↓</span> declined since the last assessment</li>",
        );
    }
    out.push_str("</ul>\n");
    for theme in &summary.themes {
        let title = Esc(&theme.title);
        write!(
            out,
            "<div class=\"summary-heatmap-row\"><p class=\"summary-heatmap-theme\" aria-hidden=\"true\">{title}</p><ol class=\"summary-heatmap-cells\" aria-label=\"{title}\">",
        )?;
        for r in &theme.ratings {
            write!(
                out,
                "<li class=\"summary-heatmap-cell {}\"><span class=\"summary-heatmap-code\">{}</span> <span class=\"summary-heatmap-marker\" aria-hidden=\"true\">{}</span><span class=\"summary-hidden\">: {}</span>",
                level_class(&r.level.id),
                Esc(&r.code),
                Esc(&r.level.marker),
                Esc(&r.level.label)
            )?;
            // Only a real move gets an arrow: the map stays readable.
            if let Some(m @ (Movement::Improved(_) | Movement::Declined(_))) = r.movement {
                write!(
                    out,
                    " <span class=\"summary-arrow\" aria-hidden=\"true\">{}</span><span class=\"summary-hidden\">, {} since the last assessment</span>",
                    m.arrow(),
                    m.label().to_lowercase()
                )?;
            }
            out.push_str("</li>");
        }
        out.push_str("</ol></div>\n");
    }
    out.push_str("</div>\n</section>\n");
    Ok(())
}

/// Each theme's chart and every rating with its evidence: the full record.
pub(super) fn themes(out: &mut String, summary: &Summary) -> fmt::Result {
    if summary.themes.is_empty() {
        return Ok(());
    }
    out.push_str(
        "<section class=\"summary-section summary-themes\">\n<h2>How each theme is rated</h2>\n\
         <p>For each theme: a chart of how its characteristics are rated (the overview gives the \
         same figures as a table), then each rating with its evidence and references.</p>\n",
    );
    for theme in &summary.themes {
        let rated = theme.rated();
        let total = theme.ratings.len();
        writeln!(
            out,
            "<section class=\"summary-theme\">\n<h3>{}</h3>\n<p class=\"summary-theme-status\">{}. {rated} of {total} characteristics rated.</p>",
            Esc(&theme.title),
            theme.status.label()
        )?;
        chart(out, theme)?;
        for r in &theme.ratings {
            evidence(out, r)?;
        }
        out.push_str("</section>\n");
    }
    out.push_str("</section>\n");
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
    if let Some(m) = r.movement {
        write!(
            out,
            "<p class=\"summary-movement\">Since the last assessment: {}</p>",
            MovementWords(m)
        )?;
    }
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
