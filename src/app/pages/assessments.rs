//! The assessments saved in this browser: continue, back up, duplicate, delete.

use leptos::prelude::*;

use crate::app::browser::{new_id, now_ms};
use crate::app::components::device_storage::{DeviceStorage, StorageWarning};
use crate::app::components::fields::{Notice, Tone};
use crate::app::download::{download, download_backup};
use crate::app::route::Route;
use crate::app::{format, guide};
use crate::domain::assessment::Assessment;
use crate::domain::housekeeping::backup_due;
use crate::storage::{storage_is_memory_only, with_repository, Listed, Removed};

/// What the list shows after an action, with an undo where one makes sense.
#[derive(Clone)]
enum Outcome {
    /// The name, and the record as it was stored, to restore.
    Deleted(String, Removed),
    Restored(String),
    Duplicated(String),
    Failed(String),
}

/// The assessments saved in this browser, with continue, duplicate and delete.
#[component]
pub fn AssessmentsPage() -> impl IntoView {
    let framework = guide();
    let version = RwSignal::new(0u32);
    let listed = Memo::new(move |_| {
        version.track();
        with_repository(|repo| repo.list(framework))
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
    let duplicate = move |assessment: Assessment| {
        let copy = assessment.next_year(
            &framework.scale,
            &assessment.next_year_name(),
            new_id(),
            now_ms(),
        );
        match with_repository(|repo| repo.save(&copy)) {
            Ok(()) => notice.set(Some(Outcome::Duplicated(copy.name))),
            Err(err) => notice.set(Some(Outcome::Failed(err.to_string()))),
        }
        version.update(|v| *v += 1);
    };

    view! {
        <h1>"Your assessments"</h1>
        <p>
            "Assessments are saved in this browser on this device as you type. "
            "Download a backup of each regularly: browsers can delete saved data (see “Space on this device” below)."
        </p>
        <StorageWarning listed=listed remove=Callback::new(delete)/>
        {storage_is_memory_only().then(|| view! {
            <Notice tone=Tone::Warning>
                <p>"This browser does not allow the app to save data. You can still work, but everything is lost when you close this tab."</p>
            </Notice>
        })}
        {move || notice.get().map(|n| match n {
            Outcome::Deleted(name, removed) => {
                view! {
                    <Notice tone=Tone::Info>
                        <p>{format!("“{name}” was deleted.")}</p>
                        <button type="button" class="secondary" on:click={
                            let name = name.clone();
                            move |_| undo(name.clone(), removed.clone())
                        }>
                            {format!("Undo: restore “{name}”")}
                        </button>
                    </Notice>
                }.into_any()
            }
            Outcome::Restored(name) => view! {
                <Notice tone=Tone::Success><p>{format!("“{name}” was restored.")}</p></Notice>
            }.into_any(),
            Outcome::Duplicated(name) => view! {
                <Notice tone=Tone::Success><p>{format!("A copy was created: “{name}”. Open it to rename it.")}</p></Notice>
            }.into_any(),
            Outcome::Failed(reason) => view! {
                <Notice tone=Tone::Warning><p>{format!("That did not work: {reason}")}</p></Notice>
            }.into_any(),
        })}
        <p class="button-group">
            <a class="button" href=Route::NewAssessment.href()>"Start a new assessment"</a>
            <a class="button secondary" href=Route::Import.href()>"Import from a file"</a>
        </p>
        {move || match listed.get() {
            Err(err) => view! { <p class="error">{format!("Saved assessments could not be read: {err}")}</p> }.into_any(),
            Ok(items) if items.is_empty() => view! { <p>"You have no assessments saved in this browser yet."</p> }.into_any(),
            Ok(items) => view! {
                <ul class="assessment-list">
                    {items.into_iter().map(|item| match item {
                        Listed::Readable(assessment) => {
                            let (done, total) = assessment.sections_completed(framework);
                            let progress = assessment.overall_progress(framework);
                            let id = assessment.id.clone();
                            let for_delete = assessment.clone();
                            let for_duplicate = assessment.clone();
                            let for_backup = assessment.clone();
                            let name = assessment.name.clone();
                            view! {
                                <li class="assessment-card">
                                    <h2><a href=Route::Assessment(id.clone()).href()>{assessment.name.clone()}</a></h2>
                                    <dl class="facts">
                                        <div><dt>"Council"</dt><dd>{assessment.council.clone()}</dd></div>
                                        <div><dt>"Assessor"</dt><dd>{assessment.assessor.clone()}</dd></div>
                                        <div><dt>"Started"</dt><dd>{format::date(assessment.started_ms)}</dd></div>
                                        <div><dt>"Last saved"</dt><dd>{format::date_time(assessment.updated_ms)}</dd></div>
                                        <div><dt>"Progress"</dt><dd>{format!("{done} of {total} sections completed ({}% of questions answered)", progress.percent())}</dd></div>
                                    </dl>
                                    {
                                        // The list is unchanged by a backup; the reminder is not.
                                        let assessment = assessment.clone();
                                        move || {
                                            version.track();
                                            backup_reminder(&assessment)
                                        }
                                    }
                                    <div class="button-group">
                                        <a class="button" href=Route::Assessment(id.clone()).href()>
                                            "Continue"<span class="visually-hidden">{format!(" “{name}”")}</span>
                                        </a>
                                        <button type="button" class="secondary" on:click=move |_| {
                                            match download_backup(&for_backup) {
                                                Ok(()) => version.update(|v| *v += 1),
                                                Err(reason) => notice.set(Some(Outcome::Failed(reason))),
                                            }
                                        }>
                                            "Download a backup"<span class="visually-hidden">{format!(" of “{name}”")}</span>
                                        </button>
                                        <button type="button" class="secondary" on:click=move |_| duplicate(for_duplicate.clone())>
                                            "Duplicate"<span class="visually-hidden">{format!(" “{name}”")}</span>
                                        </button>
                                        <button type="button" class="secondary" on:click={
                                            let id = id.clone();
                                            move |_| confirming.set(Some(id.clone()))
                                        }>
                                            "Delete"<span class="visually-hidden">{format!(" “{name}”")}</span>
                                        </button>
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
                        Listed::Damaged { key, raw, error } => view! {
                            <li class="assessment-card assessment-card--damaged">
                                <h2>"A saved assessment could not be read"</h2>
                                <p>{format!("The record “{key}” {error}. Nothing has been deleted. Download it to keep a copy, and ask for help to recover it.")}</p>
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
