//! A page of the open assessment: opened through [`with_editor`], or, when it
//! cannot be opened or is deleted in another tab, a notice saying so.

use leptos::prelude::*;

use super::Editor;
use crate::app::components::prose::static_html;
use crate::app::download::download;
use crate::app::route::Route;
use crate::domain::save_format::SaveFormatError;
use crate::report::backup::{export_file_name, export_json};
use crate::report::html::escape_html;
use crate::storage::LoadError;

/// Opens an assessment for a page, or explains why it cannot be opened.
/// The page closes, with a notice, if another tab deletes the assessment.
pub fn with_editor(id: &str, page: impl FnOnce(Editor) -> AnyView) -> AnyView {
    match Editor::open(id) {
        Ok(editor) => {
            let mut page = Some(page(editor));
            (move || match page.take() {
                Some(page) if !editor.deleted_elsewhere.get() => page,
                _ => deleted_notice(editor),
            })
            .into_any()
        }
        Err(err) => cannot_open(err),
    }
}

/// What replaces the page once another tab deleted the assessment: nothing
/// here is written again, so the deletion stands, but this tab's answers can
/// still be downloaded.
fn deleted_notice(editor: Editor) -> AnyView {
    let save_copy = move |_| {
        let (name, text) = editor.with_untracked(|a| (export_file_name(a, "json"), export_json(a)));
        let _ = download(&name, "application/json", &text);
    };
    view! {
        <div role="alert">
            <h1>"This assessment was deleted in another tab"</h1>
            <p>"It was deleted in another tab or window of this browser, so it is closed here. Nothing from this tab has been saved since, so it stays deleted."</p>
            <p>"If you need the answers this tab still holds, including anything you typed since, download them now. You can import the file later to bring the assessment back."</p>
        </div>
        <p class="button-group">
            <button type="button" on:click=save_copy>"Download the answers from this tab"</button>
            <a class="button secondary" href=Route::Assessments.href()>"Go to your assessments"</a>
        </p>
    }
    .into_any()
}

/// Why an assessment cannot be opened, and what the user can do. Not generic,
/// so every page that opens an assessment shares one copy.
fn cannot_open(err: LoadError) -> AnyView {
    let advice = match err {
        LoadError::Missing => "It may have been deleted, or saved in a different browser or on another device.",
        LoadError::Damaged(SaveFormatError::FrameworkNotLoaded { .. }) => "Nothing has been deleted. Load the framework's file on the Frameworks page, then open the assessment again.",
        LoadError::Damaged(_) => "Nothing has been deleted. From your assessments page you can download the damaged record.",
        LoadError::Storage(_) => "The browser would not let the app read its saved data.",
    };
    static_html(format!(
        "<h1>This assessment cannot be opened</h1><p>{}</p><p>{advice}</p><p><a href=\"{}\">Go to your assessments</a></p>",
        escape_html(&format!("Sorry: {err}.")),
        Route::Assessments.href()
    ))
}

/// The page for a section the assessment does not cover (a link from an
/// assessment with a wider scope, say).
pub fn section_not_covered() -> AnyView {
    static_html(
        "<h1>Page not found</h1><p>This section is not part of this assessment.</p>".to_owned(),
    )
}
