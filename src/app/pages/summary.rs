//! The summary for members, downloads, and importing an assessment from a file.

use leptos::prelude::*;

use crate::app::pages::task_list::with_editor;
use crate::app::route::Route;

/// The in-app summary of an assessment.
pub fn summary_page(id: &str) -> AnyView {
    with_editor(id, |editor| {
        let id = editor.assessment.with_untracked(|a| a.id.clone());
        view! {
            <p><a href=Route::Assessment(id).href()>"Back to the task list"</a></p>
            <h1>"Summary for members"</h1>
            <p>"The summary is being built."</p>
        }
        .into_any()
    })
}

/// Importing an assessment from a file.
#[component]
pub fn ImportPage() -> impl IntoView {
    view! {
        <p><a href=Route::Assessments.href()>"Back to your assessments"</a></p>
        <h1>"Import an assessment"</h1>
    }
}
