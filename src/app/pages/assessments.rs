use leptos::prelude::*;

/// The assessments saved in this browser.
#[component]
pub fn AssessmentsPage() -> impl IntoView {
    view! {
        <h1>"Your assessments"</h1>
        <p>"Assessments you start are saved in this browser on this device."</p>
        <p>"You have no assessments saved in this browser yet."</p>
    }
}
