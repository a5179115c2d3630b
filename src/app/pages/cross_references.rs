//! Items another theme asks that also bear on this one, shown at the end of
//! a theme's questions with their answer and a link to where they are asked:
//! an item relevant to two themes is written, and answered, once. Static on
//! this page (those items are answered elsewhere), so one HTML string.

use leptos::prelude::*;

use crate::app::route::Route;
use crate::domain::assessment::{Assessment, FlagState};
use crate::domain::framework::Framework;
use crate::domain::markup::plain_text;
use crate::domain::question::Question;
use crate::domain::section::SectionRef;
use crate::report::html::escape_html;

/// The "Also part of this theme" list of a theme's page, if it has any.
pub fn asked_elsewhere(
    framework: &Framework,
    assessment: &Assessment,
    section: &SectionRef,
) -> Option<AnyView> {
    let html = asked_elsewhere_html(framework, assessment, section)?;
    Some(view! { <div inner_html=html></div> }.into_any())
}

/// The list as HTML, every text escaped.
pub fn asked_elsewhere_html(
    framework: &Framework,
    a: &Assessment,
    section: &SectionRef,
) -> Option<String> {
    let SectionRef::Theme(theme_id) = section else {
        return None;
    };
    let items = framework.cross_referenced(framework.theme(theme_id)?);
    if items.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(1024);
    out.push_str(
        "<h2>Also part of this theme</h2><p>These bear on this theme too. Each is asked once, \
         in the theme named, and its answer counts there.</p><ul class=\"cross-references\">",
    );
    for q in items {
        let (home, name, answer) = match q {
            Question::Rating {
                theme,
                characteristic,
            } => {
                let level = a.level(&framework.scale, &characteristic.id);
                (theme, q.label(), level.label.as_str())
            }
            Question::WarningSign {
                theme,
                number,
                indicator,
            } => {
                let state = a.flag(&indicator.id).and_then(|f| f.state);
                let name = format!("{}, warning sign {number}", theme.title);
                (
                    theme,
                    name,
                    state.map_or("Not yet judged", FlagState::label),
                )
            }
            Question::Reflection { .. } => continue,
        };
        out.push_str("<li><p><span class=\"code\">");
        out.push_str(&escape_html(&name));
        out.push_str("</span> ");
        out.push_str(&escape_html(&plain_text(q.text())));
        out.push_str("</p><p class=\"meta\">Answer: ");
        out.push_str(&escape_html(answer));
        out.push_str(". ");
        let home_section = SectionRef::Theme(home.id.clone());
        if a.covers(framework, &home_section) {
            out.push_str("<a href=\"");
            out.push_str(&escape_html(&Route::item_href(
                &a.id,
                &home_section,
                q.id(),
            )));
            out.push_str("\">Answer it in ");
            out.push_str(&escape_html(&home.title));
            out.push_str("</a>");
        } else {
            out.push_str(&escape_html(&format!(
                "{} is not part of this assessment.",
                home.title
            )));
        }
        out.push_str("</p></li>");
    }
    out.push_str("</ul>");
    Some(out)
}
