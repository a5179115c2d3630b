//! "Answers to questions no longer asked" on the task list: answers carried
//! over from an earlier version of the framework whose questions it dropped,
//! each with the question it answered, why it went, and what covers it now.
//! Static, so it is one HTML string built by a pure function.

use leptos::prelude::*;

use crate::app::route::Route;
use crate::domain::assessment::Assessment;
use crate::domain::framework::Framework;
use crate::domain::markup::plain_text;
use crate::domain::section::SectionRef;
use crate::report::html::escape_html;

/// The list, if the assessment has any such answers.
pub fn retired_answers(framework: &Framework, assessment: &Assessment) -> Option<AnyView> {
    let html = retired_html(framework, assessment)?;
    Some(view! { <div inner_html=html></div> }.into_any())
}

/// The list as HTML, every text escaped.
pub fn retired_html(framework: &Framework, a: &Assessment) -> Option<String> {
    if a.retired.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(2048);
    out.push_str("<h2 id=\"retired\">Answers to questions no longer asked</h2><p>");
    out.push_str(&escape_html(&format!(
        "This assessment was started on version {} of the framework. These questions are not in version {}, so they are not counted, but your answers are kept here and in the full summary for officers.",
        a.carried_from.as_deref().unwrap_or_default(),
        framework.info.version
    )));
    out.push_str("</p><ul class=\"retired-answers\">");
    for r in &a.retired {
        out.push_str("<li><p class=\"question\">");
        out.push_str(&escape_html(&plain_text(&r.question)));
        out.push_str("</p><p><strong>Your answer: </strong>");
        out.push_str(&escape_html(&r.in_words(&framework.scale)));
        out.push_str("</p><p class=\"meta\">");
        out.push_str(&escape_html(&r.reason));
        let covered = r.covered_by.as_deref().and_then(|item| {
            let theme = framework.theme_of_item(item)?;
            let href = Route::item_href(&a.id, &SectionRef::Theme(theme.id.clone()), item);
            Some((
                href,
                format!("{} in {}", framework.question(item)?.label(), theme.title),
            ))
        });
        if let Some((href, text)) = covered {
            out.push_str(" Now covered by <a href=\"");
            out.push_str(&escape_html(&href));
            out.push_str("\">");
            out.push_str(&escape_html(&text));
            out.push_str("</a>.");
        }
        out.push_str("</p></li>");
    }
    out.push_str("</ul>");
    Some(out)
}
