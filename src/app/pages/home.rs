//! The home page: what the app is for, and the two ways into it.

use leptos::prelude::*;

use crate::app::route::Route;
use crate::app::APP_NAME;

/// What the app is for, and the two ways into it.
#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <h1>{APP_NAME}</h1>
        <p class="lead">
            "Every council in England has a duty to make arrangements to secure continuous improvement "
            "in how it works, known as the Best Value Duty. This app asks guided questions based on the "
            "government's statutory guidance on the duty, in its own words, so officers and councillors "
            "can judge how well the council meets it, record the evidence and the actions needed, and "
            "produce a summary for elected members. Your answers never leave this device, and once the app has been opened it "
            "keeps working with no network (where it is served over https, or from this computer)."
        </p>
        <ul class="card-list">
            <li class="card">
                <h2><a href=Route::Guidance.href()>"Explore the guidance"</a></h2>
                <p>"Read the principles and the seven themes of good practice, what good looks like and the warning signs."</p>
            </li>
            <li class="card">
                <h2><a href=Route::Assessments.href()>"Your assessments"</a></h2>
                <p>"Start or continue a self-assessment saved in this browser."</p>
            </li>
        </ul>
    }
}
