//! The ratings, theme by theme: the heat map with its table, and each theme's
//! chart, counts and ratings (with the evidence, for officers).

use std::fmt::{self, Write};

use super::chart::chart;
use super::escape::{level_class, user_paragraphs, Esc};
use super::pieces::Rating;
use super::SummaryVersion;
use crate::report::summary::{CharacteristicRating, Summary, ThemeSummary};

pub(super) fn heat_map(out: &mut String, summary: &Summary) -> fmt::Result {
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

pub(super) fn ratings_rows(out: &mut String, ratings: &[CharacteristicRating]) -> fmt::Result {
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

pub(super) fn themes(out: &mut String, summary: &Summary, version: SummaryVersion) -> fmt::Result {
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

pub(super) fn theme_section(
    out: &mut String,
    theme: &ThemeSummary,
    version: SummaryVersion,
) -> fmt::Result {
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

pub(super) fn evidence(out: &mut String, r: &CharacteristicRating) -> fmt::Result {
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
