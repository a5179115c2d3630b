//! "About this content": what in the built-in framework is the statutory
//! guide's and what is the tool's own, how many items rest on each, and the
//! documents they cite. Static, so it is one HTML string (see the guidance
//! pages), built by a pure function and tested natively.

use leptos::prelude::*;

use crate::app::guide;
use crate::app::route::Route;
use crate::domain::framework::{paragraphs, Framework};
use crate::domain::markup::plain_text;
use crate::domain::provenance::{Basis, ItemKind};
use crate::report::html::escape_html;

/// The page.
pub fn about_content_page() -> AnyView {
    view! { <div inner_html=about_content_html(guide())></div> }.into_any()
}

/// The page as HTML: every framework string escaped, links only to the app's
/// own routes or to the sources' addresses.
pub fn about_content_html(framework: &Framework) -> String {
    let mut out = String::with_capacity(8 * 1024);
    out.push_str("<p><a href=\"");
    out.push_str(&Route::Guidance.href());
    out.push_str("\">Back to the guidance</a></p><h1>About this content</h1><div class=\"prose\">");
    let about = framework.info.about_content.as_deref().unwrap_or_default();
    for paragraph in paragraphs(about) {
        element(&mut out, "<p>", &plain_text(paragraph));
    }
    out.push_str(
        "</div><h2>Where each item comes from</h2><table class=\"basis-table\">\
         <caption>The framework's items by where they come from</caption><thead><tr>\
         <th scope=\"col\">Where it comes from</th><th scope=\"col\">Statements to rate</th>\
         <th scope=\"col\">Warning signs</th><th scope=\"col\">Principles, questions, themes and ladder steps</th>\
         </tr></thead><tbody>",
    );
    let provenances = framework.provenances();
    for basis in Basis::ALL {
        let count = |kinds: &[ItemKind]| {
            let n = provenances
                .iter()
                .filter(|p| p.basis == basis && kinds.contains(&p.kind))
                .count();
            n.to_string()
        };
        out.push_str("<tr>");
        element(&mut out, "<th scope=\"row\">", basis.label());
        element(&mut out, "<td>", &count(&[ItemKind::Characteristic]));
        element(&mut out, "<td>", &count(&[ItemKind::FailureIndicator]));
        let others = [
            ItemKind::Principle,
            ItemKind::ReflectiveQuestion,
            ItemKind::Theme,
            ItemKind::InterventionStep,
        ];
        element(&mut out, "<td>", &count(&others));
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
    if !framework.sources.is_empty() {
        out.push_str("<h2>Sources</h2><ul class=\"source-list\">");
        for source in &framework.sources {
            out.push_str("<li>");
            let cited = format!("{}. {}, {}.", source.title, source.publisher, source.date);
            match source.url.as_deref().filter(|u| u.starts_with("https://")) {
                Some(url) => {
                    out.push_str("<a href=\"");
                    out.push_str(&escape_html(url));
                    out.push_str("\">");
                    out.push_str(&escape_html(&cited));
                    out.push_str("</a>");
                }
                None => out.push_str(&escape_html(&cited)),
            }
            out.push_str("</li>");
        }
        out.push_str("</ul>");
    }
    out
}

/// Appends `<tag ...>text</tag>`, the text escaped; `open` is written in this program.
fn element(out: &mut String, open: &str, text: &str) {
    let name = open[1..].split([' ', '>']).next().unwrap_or_default();
    out.push_str(open);
    out.push_str(&escape_html(text));
    out.push_str("</");
    out.push_str(name);
    out.push('>');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::content::best_value_2024;

    #[test]
    fn the_page_says_what_is_the_guide_s_and_counts_each_basis() {
        let framework = best_value_2024().unwrap();
        let html = about_content_html(&framework);
        assert!(html.contains("<h1>About this content</h1>"));
        assert!(
            html.contains("does not reproduce those lists"),
            "the about text"
        );
        // docs/content-changes.md: 48, 16, 6 and 7 of the 77 statements.
        for (label, statements) in [
            (Basis::Seed.label(), 48),
            (Basis::FinalGuide.label(), 16),
            (Basis::Derived.label(), 6),
            (Basis::Added.label(), 7),
        ] {
            let row = format!(
                "<tr><th scope=\"row\">{}</th><td>{statements}</td>",
                escape_html(label)
            );
            assert!(html.contains(&row), "{row}");
        }
        assert!(html.contains("Oadby and Wigston Borough Council"));
        assert!(!html.contains("<script"));
    }
}
