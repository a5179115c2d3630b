//! A theme's ratings as an accessible bar chart in inline SVG.

use std::fmt::{self, Write};

use super::escape::{safe_colour, slug, Esc};
use super::pieces::plural;
use crate::report::summary::ThemeSummary;

/// A horizontal bar chart of the theme's counts, one bar per level, as inline
/// SVG. Colours are presentation attributes (allowed under a strict CSP); every
/// bar has a dark outline so pale levels stay visible, and the count is written
/// beside each bar, so colour is never the only signal.
pub(super) fn chart(out: &mut String, theme: &ThemeSummary) -> fmt::Result {
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
