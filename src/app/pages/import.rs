//! Importing an assessment from a backup file exported by this app: it is
//! checked and previewed before anything changes.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::browser::{chosen_file, file_text, new_id, now_ms, tab_id};
use crate::app::components::fields::JsonFileField;
use crate::app::frameworks;
use crate::app::route::Route;
use crate::domain::assessment::{Assessment, Stamp};
use crate::report::backup::{
    read_import_in, size_in_words, ImportError, ImportPreview, IMPORT_LIMIT_BYTES,
};
use crate::report::html::escape_html;
use crate::storage::with_repository;

/// What the import page is doing.
#[derive(Clone)]
enum ImportState {
    Choosing,
    Reading,
    Refused(String),
    Preview(Box<ImportPreview>),
    ConfirmReplace(Box<ImportPreview>),
    Done(String, String),
}

/// Importing an assessment from a file exported by this app.
#[component]
pub fn ImportPage() -> impl IntoView {
    let state = RwSignal::new(ImportState::Choosing);

    let on_file = move |ev: leptos::ev::Event| {
        let Some(file) = chosen_file(&ev) else {
            return;
        };
        // Refuse an oversized file before reading a byte of it.
        let size = file.size() as usize;
        if size > IMPORT_LIMIT_BYTES {
            state.set(ImportState::Refused(
                ImportError::TooLarge { bytes: size }.to_string(),
            ));
            return;
        }
        state.set(ImportState::Reading);
        spawn_local(async move {
            let next = match file_text(file).await {
                None => ImportState::Refused("This file could not be read.".to_owned()),
                Some(text) => match read_import_in(&text, &frameworks::find) {
                    Ok(preview) => ImportState::Preview(Box::new(preview)),
                    Err(err) => ImportState::Refused(err.to_string()),
                },
            };
            state.set(next);
        });
    };

    let import_as_new = move |preview: ImportPreview| {
        let mut assessment = preview.assessment;
        assessment.id = new_id();
        save_imported(state, assessment, "imported as a new assessment");
    };

    view! {
        <div inner_html=intro()></div>
        <JsonFileField
            id="import-file"
            label="Backup file"
            hint="A backup (.json) downloaded from this app, of up to 5 MB."
            on_change=Callback::new(on_file)
        />
        {move || match state.get() {
            ImportState::Choosing => ().into_any(),
            ImportState::Reading => view! { <p role="status">"Reading the file…"</p> }.into_any(),
            ImportState::Refused(message) => view! {
                <div class="error-summary" role="alert" tabindex="-1" inner_html=refusal(&message)></div>
            }.into_any(),
            ImportState::Preview(preview) => {
                let existing = with_repository(|repo| repo.load_in(&preview.assessment.id, &frameworks::find).ok().map(|(a, _)| a));
                let for_new = (*preview).clone();
                let for_replace = preview.clone();
                view! {
                    <div inner_html=preview_html(&preview, existing.as_ref().map(|e| e.name.as_str()))></div>
                    <div class="button-group">
                        <button type="button" on:click=move |_| import_as_new(for_new.clone())>"Import as a new assessment"</button>
                        {existing.map(|e| view! {
                            <button type="button" class="warning" on:click=move |_| state.set(ImportState::ConfirmReplace(for_replace.clone()))>
                                {format!("Replace “{}” with this file", e.name)}
                            </button>
                        })}
                    </div>
                }.into_any()
            }
            ImportState::ConfirmReplace(preview) => {
                let assessment = preview.assessment.clone();
                // The file replaces every answer as of the click: edits made
                // earlier in another open tab must not win over it in a merge.
                let replace = move |_| {
                    let mut assessment = assessment.clone();
                    assessment.stamp_all(Stamp::new(now_ms(), tab_id()));
                    save_imported(state, assessment, "replaced the saved assessment");
                };
                view! {
                    <div class="confirm" role="alertdialog" aria-label="Confirm replace">
                        <p>{format!("Replace the assessment saved in this browser with the one in the file, “{}”? The answers saved here now will be lost.", preview.assessment.name)}</p>
                        <div class="button-group">
                            <button type="button" class="warning" on:click=replace>
                                "Yes, replace it"
                            </button>
                            <button type="button" class="secondary" on:click=move |_| state.set(ImportState::Preview(preview.clone()))>"Cancel"</button>
                        </div>
                    </div>
                }.into_any()
            }
            ImportState::Done(name, id) => view! {
                <div class="notification notification--success" role="status" inner_html=done(&name, &id)></div>
            }.into_any(),
        }}
    }
}

/// The top of the page: where to go back to, and what can be imported.
fn intro() -> String {
    format!(
        "<p><a href=\"{}\">Back to your assessments</a></p><h1>Import an assessment</h1>\
         <p>Choose a backup file (.json) downloaded from this app, up to {}. \
         You will see what it holds before anything changes.</p>",
        Route::Assessments.href(),
        escape_html(&size_in_words(IMPORT_LIMIT_BYTES))
    )
}

/// Why a file was refused; the message names the problem, never the file's text.
fn refusal(message: &str) -> String {
    format!(
        "<h2>This file cannot be imported</h2><p>{}</p><p>Nothing has been changed.</p>",
        escape_html(message)
    )
}

/// What the file holds, as rows of a summary list, and the assessment of
/// the same id this browser already has, if any.
fn preview_html(preview: &ImportPreview, existing: Option<&str>) -> String {
    let mut out = String::from("<h2>What the file holds</h2><dl class=\"summary-list\">");
    for (key, value) in preview.rows() {
        out.push_str(&format!(
            "<div class=\"summary-list__row\"><dt>{}</dt><dd>{}</dd></div>",
            escape_html(key),
            escape_html(&value)
        ));
    }
    out.push_str("</dl>");
    if let Some(name) = existing {
        out.push_str(&format!(
            "<p>This browser already has this assessment, saved as “{}”.</p>",
            escape_html(name)
        ));
    }
    out
}

/// What was imported, and a link to it.
fn done(what: &str, id: &str) -> String {
    format!(
        "<p>{}</p><p><a href=\"{}\">Open the assessment</a></p>",
        escape_html(what),
        escape_html(&Route::Assessment(id.to_owned()).href())
    )
}

fn save_imported(state: RwSignal<ImportState>, assessment: Assessment, what: &str) {
    match with_repository(|repo| repo.save(&assessment)) {
        Ok(()) => state.set(ImportState::Done(
            format!("“{}” was {what}.", assessment.name),
            assessment.id,
        )),
        Err(err) => state.set(ImportState::Refused(format!(
            "The assessment could not be saved: {err}"
        ))),
    }
}
