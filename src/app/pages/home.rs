//! The home page: what the app is for, and the two ways into it.

use leptos::prelude::*;

use crate::app::components::prose::static_html;
use crate::app::route::Route;
use crate::app::APP_NAME;

/// What the app is for, and the two ways into it.
pub fn home_page() -> AnyView {
    static_html(home_html())
}

/// The page as HTML: it holds no content or user text, so nothing needs escaping.
fn home_html() -> String {
    format!(
        "<h1>{APP_NAME}</h1>\
         <p class=\"lead\">Every council in England has a duty to make arrangements to secure continuous \
         improvement in how it works, known as the Best Value Duty. This app asks guided questions \
         based on the government's statutory guidance on the duty, in its own words, so officers \
         and councillors can judge how well the council meets it, record the evidence and the actions needed, and produce a summary for elected \
         members. Your answers never leave this device, and once the app has been opened it \
         keeps working with no network (where it is served over https, or from this computer).</p>\
         <ul class=\"card-list\">\
         <li class=\"card\"><h2><a href=\"{guidance}\">Explore the guidance</a></h2>\
         <p>Read the principles and the seven themes of good practice, what good looks like and the warning signs.</p></li>\
         <li class=\"card\"><h2><a href=\"{assessments}\">Your assessments</a></h2>\
         <p>Start or continue a self-assessment saved in this browser.</p></li>\
         </ul>",
        guidance = Route::Guidance.href(),
        assessments = Route::Assessments.href(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::content_html::tests::assert_csp_safe;

    #[test]
    fn the_home_page_leads_to_the_guidance_and_the_assessments() {
        let html = home_html();
        assert!(
            html.starts_with("<h1>Best Value Self-Assessment</h1><p class=\"lead\">Every council")
        );
        assert!(html.contains("<h2><a href=\"#/guidance\">Explore the guidance</a></h2>"));
        assert!(html.contains("<h2><a href=\"#/assessments\">Your assessments</a></h2>"));
        assert_csp_safe(&html);
    }
}
