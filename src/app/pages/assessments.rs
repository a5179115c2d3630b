//! The assessments saved in this browser: continue, back up, start next
//! year's from one, delete.

use leptos::prelude::*;

use crate::app::browser::{new_id, now_ms};
use crate::app::components::device_storage::{DeviceStorage, StorageWarning};
use crate::app::components::fields::{Notice, Tone};
use crate::app::content_html::{facts_html, with_hidden_words};
use crate::app::download::{download, download_backup};
use crate::app::route::Route;
use crate::app::{format, frameworks, guide};
use crate::domain::assessment::Assessment;
use crate::domain::housekeeping::backup_due;
use crate::domain::save_format::SaveFormatError;
use crate::report::html::escape_html;
use crate::storage::{storage_is_memory_only, with_repository, Listed, Removed};

/// What the list shows after an action, with an undo where one makes sense.
#[derive(Clone)]
enum Outcome {
    /// The name, and the record as it was stored, to restore.
    Deleted(String, Removed),
    Restored(String),
    Failed(String),
}

const INTRO: &str = "<h1>Your assessments</h1><p>Assessments are saved in this browser on \
    this device as you type. Download a backup of each regularly: browsers can delete saved data \
    (see “Space on this device” below).</p>";

const NOT_SAVED: &str = "<p>This browser does not allow the app to save data. You can still \
    work, but everything is lost when you close this tab.</p>";

/// A saved record that cannot be read, and what the user can do.
fn damaged(key: &str, error: &str) -> String {
    format!(
        "<h2>A saved assessment could not be read</h2><p>{}</p>",
        escape_html(&format!(
            "The record “{key}” {error}. Nothing has been deleted. Download it to keep a copy, and ask for help to recover it."
        ))
    )
}

/// What a notice after an action says.
fn outcome_words(outcome: &Outcome) -> (Tone, String) {
    match outcome {
        Outcome::Deleted(name, _) => (Tone::Info, format!("“{name}” was deleted.")),
        Outcome::Restored(name) => (Tone::Success, format!("“{name}” was restored.")),
        Outcome::Failed(reason) => (Tone::Warning, format!("That did not work: {reason}")),
    }
}

/// The assessments saved in this browser, with continue, next year's and delete.
#[component]
pub fn AssessmentsPage() -> impl IntoView {
    let version = RwSignal::new(0u32);
    let listed = Memo::new(move |_| {
        version.track();
        with_repository(|repo| repo.list_in(&frameworks::find))
    });
    let notice = RwSignal::new(None::<Outcome>);
    let confirming = RwSignal::new(None::<String>);

    let delete = move |assessment: Assessment| {
        match with_repository(|repo| repo.delete(&assessment.id)) {
            Ok(Some(removed)) => notice.set(Some(Outcome::Deleted(assessment.name, removed))),
            Ok(None) => notice.set(None),
            Err(err) => notice.set(Some(Outcome::Failed(err.to_string()))),
        }
        confirming.set(None);
        version.update(|v| *v += 1);
    };
    let undo = move |name: String, removed: Removed| {
        match with_repository(|repo| repo.restore(&removed)) {
            Ok(()) => notice.set(Some(Outcome::Restored(name))),
            Err(err) => notice.set(Some(Outcome::Failed(err.to_string()))),
        }
        version.update(|v| *v += 1);
    };
    // Next year's assessment opens at its task list, where it can be renamed.
    let start_next_year = move |assessment: Assessment| {
        let framework = frameworks::find(&assessment.framework_id, &assessment.framework_version)
            .unwrap_or_else(guide);
        let next = assessment.next_year(
            &framework.scale,
            &assessment.next_year_name(),
            new_id(),
            now_ms(),
        );
        match with_repository(|repo| repo.save(&next)) {
            Ok(()) => {
                let _ = window()
                    .location()
                    .set_hash(&Route::Assessment(next.id).href());
            }
            Err(err) => {
                notice.set(Some(Outcome::Failed(err.to_string())));
                version.update(|v| *v += 1);
            }
        }
    };

    view! {
        <div inner_html=INTRO></div>
        <StorageWarning listed=listed remove=Callback::new(delete)/>
        {storage_is_memory_only().then(|| view! {
            <div class="notification notification--warning" role="alert" inner_html=NOT_SAVED></div>
        })}
        {move || notice.get().map(|outcome| {
            let (tone, message) = outcome_words(&outcome);
            let restore = match outcome {
                Outcome::Deleted(name, removed) => Some((name, removed)),
                _ => None,
            };
            view! {
                <Notice tone=tone>
                    <p>{message}</p>
                    {restore.map(|(name, removed)| {
                        let label = format!("Undo: restore “{name}”");
                        view! { <button type="button" class="secondary" on:click=move |_| undo(name.clone(), removed.clone())>{label}</button> }
                    })}
                </Notice>
            }
        })}
        <p class="button-group">
            <a class="button" href=Route::NewAssessment.href()>"Start a new assessment"</a>
            <a class="button secondary" href=Route::Import.href()>"Import from a file"</a>
            <a class="button secondary" href=Route::Frameworks.href()>"Frameworks"</a>
        </p>
        {move || match listed.get() {
            Err(err) => view! { <p class="error">{format!("Saved assessments could not be read: {err}")}</p> }.into_any(),
            Ok(items) if items.is_empty() => view! { <p>"You have no assessments saved in this browser yet."</p> }.into_any(),
            Ok(items) => view! {
                <ul class="assessment-list">
                    {items.into_iter().map(|item| match item {
                        Listed::Readable(assessment) => {
                            // Readable means its framework was found.
                            let framework = frameworks::find(&assessment.framework_id, &assessment.framework_version).unwrap_or_else(guide);
                            let framework_name = format!("{}, version {}", framework.info.title, framework.info.version);
                            let (done, total) = assessment.sections_completed(framework);
                            let progress = format!(
                                "{done} of {total} sections completed ({}% of questions answered)",
                                assessment.overall_progress(framework).percent()
                            );
                            let facts = facts_html([
                                ("Council", assessment.council.as_str()),
                                ("Assessor", &assessment.assessor),
                                ("Framework", &framework_name),
                                ("Started", &format::date(assessment.started_ms)),
                                ("Last saved", &format::date_time(assessment.updated_ms)),
                                ("Progress", &progress),
                            ]);
                            let id = assessment.id.clone();
                            let href = Route::Assessment(id.clone()).href();
                            let name = assessment.name.clone();
                            let named = |words: &str, of: &str| with_hidden_words(words, &format!("{of}“{name}”"));
                            let (continue_label, backup_label) = (named("Continue", " "), named("Download a backup", " of "));
                            let next_year_label = with_hidden_words("Start next year's assessment from this one", &format!(" (“{name}”)"));
                            let delete_label = named("Delete", " ");
                            let for_delete = assessment.clone();
                            let for_next_year = assessment.clone();
                            view! {
                                <li class="assessment-card">
                                    <h2><a href=href.clone()>{name.clone()}</a></h2>
                                    <dl class="facts" inner_html=facts></dl>
                                    {
                                        // The list is unchanged by a backup; the reminder is not.
                                        let assessment = assessment.clone();
                                        move || {
                                            version.track();
                                            backup_reminder(&assessment)
                                        }
                                    }
                                    <div class="button-group">
                                        <a class="button" href=href inner_html=continue_label></a>
                                        <button type="button" class="secondary" inner_html=backup_label on:click=move |_| {
                                            match download_backup(&assessment) {
                                                Ok(()) => version.update(|v| *v += 1),
                                                Err(reason) => notice.set(Some(Outcome::Failed(reason))),
                                            }
                                        }></button>
                                        <button type="button" class="secondary" inner_html=next_year_label on:click=move |_| start_next_year(for_next_year.clone())></button>
                                        <button type="button" class="secondary" inner_html=delete_label on:click={
                                            let id = id.clone();
                                            move |_| confirming.set(Some(id.clone()))
                                        }></button>
                                    </div>
                                    {move || (confirming.get().as_deref() == Some(id.as_str())).then(|| {
                                        let target = for_delete.clone();
                                        view! {
                                            <div class="confirm" role="alertdialog" aria-label="Confirm delete">
                                                <p>{format!("Delete “{}”? You can undo this straight afterwards.", target.name)}</p>
                                                <div class="button-group">
                                                    <button type="button" class="warning" on:click=move |_| delete(target.clone())>"Yes, delete it"</button>
                                                    <button type="button" class="secondary" on:click=move |_| confirming.set(None)>"Cancel"</button>
                                                </div>
                                            </div>
                                        }
                                    })}
                                </li>
                            }.into_any()
                        }
                        Listed::Damaged { raw, error: error @ SaveFormatError::FrameworkNotLoaded { .. }, .. } => view! {
                            <li class="assessment-card assessment-card--damaged">
                                <h2>"An assessment on a framework not loaded here"</h2>
                                <p>{format!("This assessment cannot be opened yet: {error}. Nothing has been deleted.")}</p>
                                <button type="button" class="secondary" on:click=move |_| {
                                    let _ = download("assessment.json", "application/json", &raw);
                                }>"Download the record"</button>
                            </li>
                        }.into_any(),
                        Listed::Damaged { key, raw, error } => view! {
                            <li class="assessment-card assessment-card--damaged">
                                <div inner_html=damaged(&key, &error.to_string())></div>
                                <button type="button" class="secondary" on:click=move |_| {
                                    let _ = download("damaged-assessment.json", "application/json", &raw);
                                }>"Download the damaged record"</button>
                            </li>
                        }.into_any(),
                    }).collect_view()}
                </ul>
            }.into_any(),
        }}
        <DeviceStorage listed=listed refresh=Callback::new(move |()| version.update(|v| *v += 1))/>
    }
}

/// Asks for a backup when the assessment changed since its last backup and
/// that backup is more than 14 days old.
fn backup_reminder(assessment: &Assessment) -> Option<impl IntoView> {
    let last = with_repository(|repo| repo.last_backup(&assessment.id))
        .ok()
        .flatten();
    backup_due(assessment, last, now_ms()).then(|| {
        let when = match last {
            Some(ms) => format!(
                "It has changed since its last backup, on {}.",
                format::date(ms)
            ),
            None => "It has never been backed up.".to_owned(),
        };
        view! {
            <p class="reminder">
                <strong>"Time for a backup. "</strong>
                {when}
                " Download a backup so that your work is safe if this browser's data is deleted."
            </p>
        }
    })
}
