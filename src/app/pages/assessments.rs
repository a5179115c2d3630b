//! The assessments saved in this browser, and starting a new one.

use leptos::prelude::*;

use crate::app::route::Route;
use crate::app::state::{download, new_id, now_ms, storage_is_memory_only, with_repository};
use crate::app::{format, guide};
use crate::domain::assessment::{Assessment, NewAssessment, Scope, SectionRef};
use crate::domain::export::{export_file_name, export_json};
use crate::storage::Listed;

/// What the list shows after an action, with an undo where one makes sense.
#[derive(Clone)]
enum Notice {
    Deleted(Box<Assessment>),
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
    let notice = RwSignal::new(None::<Notice>);
    let confirming = RwSignal::new(None::<String>);

    let delete = move |assessment: Assessment| {
        match with_repository(|repo| repo.delete(&assessment.id)) {
            Ok(()) => notice.set(Some(Notice::Deleted(Box::new(assessment)))),
            Err(err) => notice.set(Some(Notice::Failed(err.to_string()))),
        }
        confirming.set(None);
        version.update(|v| *v += 1);
    };
    let undo = move |assessment: Assessment| {
        match with_repository(|repo| repo.save(&assessment)) {
            Ok(()) => notice.set(Some(Notice::Restored(assessment.name))),
            Err(err) => notice.set(Some(Notice::Failed(err.to_string()))),
        }
        version.update(|v| *v += 1);
    };
    let duplicate = move |assessment: Assessment| {
        let copy = assessment.duplicate(&format!("{} (copy)", assessment.name), new_id(), now_ms());
        match with_repository(|repo| repo.save(&copy)) {
            Ok(()) => notice.set(Some(Notice::Duplicated(copy.name))),
            Err(err) => notice.set(Some(Notice::Failed(err.to_string()))),
        }
        version.update(|v| *v += 1);
    };

    view! {
        <h1>"Your assessments"</h1>
        <p>
            "Assessments are saved in this browser on this device as you type. "
            "Export a copy regularly as a backup: some browsers, such as Safari, delete a site's data "
            "after seven days without a visit."
        </p>
        {storage_is_memory_only().then(|| view! {
            <div class="notification notification--warning" role="alert">
                <p>"This browser does not allow the app to save data. You can still work, but everything is lost when you close this tab."</p>
            </div>
        })}
        {move || notice.get().map(|n| match n {
            Notice::Deleted(assessment) => {
                let name = assessment.name.clone();
                view! {
                    <div class="notification" role="status">
                        <p>{format!("“{name}” was deleted.")}</p>
                        <button type="button" class="secondary" on:click=move |_| undo((*assessment).clone())>
                            {format!("Undo: restore “{name}”")}
                        </button>
                    </div>
                }.into_any()
            }
            Notice::Restored(name) => view! {
                <div class="notification notification--success" role="status"><p>{format!("“{name}” was restored.")}</p></div>
            }.into_any(),
            Notice::Duplicated(name) => view! {
                <div class="notification notification--success" role="status"><p>{format!("A copy was created: “{name}”. Open it to rename it.")}</p></div>
            }.into_any(),
            Notice::Failed(reason) => view! {
                <div class="notification notification--warning" role="alert"><p>{format!("That did not work: {reason}")}</p></div>
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
                                    <div class="button-group">
                                        <a class="button" href=Route::Assessment(id.clone()).href()>
                                            "Continue"<span class="visually-hidden">{format!(" “{name}”")}</span>
                                        </a>
                                        <button type="button" class="secondary" on:click=move |_| {
                                            let file = export_file_name(&for_backup, "json");
                                            if let Err(reason) = download(&file, "application/json", &export_json(&for_backup)) {
                                                notice.set(Some(Notice::Failed(reason)));
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
    }
}

/// The form to start a new assessment.
#[component]
pub fn NewAssessmentPage() -> impl IntoView {
    let framework = guide();
    let name = RwSignal::new(String::new());
    let council = RwSignal::new(String::new());
    let assessor = RwSignal::new(String::new());
    let everything = RwSignal::new(true);
    let chosen = RwSignal::new(Vec::<SectionRef>::new());
    let errors = RwSignal::new(Vec::<(&'static str, String)>::new());

    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let details = NewAssessment {
            name: name.get_untracked(),
            council: council.get_untracked(),
            assessor: assessor.get_untracked(),
            scope: if everything.get_untracked() {
                Scope::Everything
            } else {
                Scope::Chosen(chosen.get_untracked())
            },
        };
        match Assessment::start(framework, details, new_id(), now_ms()) {
            Ok(assessment) => match with_repository(|repo| repo.save(&assessment)) {
                Ok(()) => {
                    let _ = window()
                        .location()
                        .set_hash(&Route::Assessment(assessment.id).href());
                }
                Err(err) => errors.set(vec![(
                    "name",
                    format!("The assessment could not be saved: {err}"),
                )]),
            },
            Err(field_errors) => {
                errors.set(field_errors.0);
                request_animation_frame(|| {
                    if let Some(summary) = document().get_element_by_id("error-summary") {
                        use wasm_bindgen::JsCast;
                        if let Ok(summary) = summary.dyn_into::<web_sys::HtmlElement>() {
                            let _ = summary.focus();
                        }
                    }
                });
            }
        }
    };
    let error_for = move |field: &'static str| {
        move || errors.with(|e| e.iter().find(|(f, _)| *f == field).map(|(_, m)| m.clone()))
    };
    let text_field = move |field: &'static str,
                           label: &'static str,
                           hint: &'static str,
                           value: RwSignal<String>| {
        let error = error_for(field);
        let id = format!("new-{field}");
        view! {
            <div class="field" class:field--error=move || error().is_some()>
                <label for=id.clone()>{label}</label>
                <p class="hint" id=format!("{id}-hint")>{hint}</p>
                {move || error().map(|m| view! { <p class="error-message" id=format!("new-{field}-error")><span class="visually-hidden">"Error: "</span>{m}</p> })}
                <input
                    type="text"
                    id=id.clone()
                    name=field
                    autocomplete="off"
                    aria-describedby=move || if error().is_some() { format!("new-{field}-hint new-{field}-error") } else { format!("new-{field}-hint") }
                    aria-invalid=move || error().is_some().then_some("true")
                    prop:value=value
                    on:input:target=move |ev| value.set(ev.target().value())
                />
            </div>
        }
    };
    let scope_error = error_for("scope");

    view! {
        <p><a href=Route::Assessments.href()>"Back to your assessments"</a></p>
        <h1>"Start a new assessment"</h1>
        {move || (!errors.get().is_empty()).then(|| view! {
            <div class="error-summary" id="error-summary" tabindex="-1" role="alert">
                <h2>"There is a problem"</h2>
                <ul>
                    {errors.get().into_iter().map(|(field, message)| view! {
                        <li><a href=Route::NewAssessment.href() on:click=move |ev| {
                            ev.prevent_default();
                            focus_field(&format!("new-{field}"));
                        }>{message}</a></li>
                    }).collect_view()}
                </ul>
            </div>
        })}
        <form on:submit=submit novalidate>
            {text_field("name", "Name of the assessment", "For example, 2026 annual self-assessment", name)}
            {text_field("council", "Council", "The authority being assessed", council)}
            {text_field("assessor", "Who is assessing", "A name or role, for example Head of Policy and Performance", assessor)}
            <fieldset class="field" class:field--error=move || scope_error().is_some()>
                <legend>"What will the assessment cover?"</legend>
                {move || scope_error().map(|m| view! { <p class="error-message"><span class="visually-hidden">"Error: "</span>{m}</p> })}
                <div class="radios">
                    <div class="radio">
                        <input type="radio" id="new-scope" name="scope" value="everything"
                            prop:checked=everything on:change=move |_| everything.set(true)/>
                        <label for="new-scope">"Every principle and theme"</label>
                    </div>
                    <div class="radio">
                        <input type="radio" id="new-scope-chosen" name="scope" value="chosen"
                            prop:checked=move || !everything.get() on:change=move |_| everything.set(false)/>
                        <label for="new-scope-chosen">"Only the principles and themes I choose"</label>
                    </div>
                </div>
                {move || (!everything.get()).then(|| view! {
                    <div class="checkboxes">
                        {SectionRef::all(framework).into_iter().map(|section| {
                            let title = section.title(framework).unwrap_or_default();
                            let kind = if matches!(section, SectionRef::Principle(_)) { "Principle" } else { "Theme" };
                            let id = format!("scope-{}-{}", kind.to_lowercase(), section.id());
                            let s1 = section.clone();
                            let s2 = section.clone();
                            view! {
                                <div class="checkbox">
                                    <input type="checkbox" id=id.clone()
                                        prop:checked=move || chosen.with(|c| c.contains(&s1))
                                        on:change:target=move |ev| {
                                            let on = ev.target().checked();
                                            chosen.update(|c| {
                                                c.retain(|x| x != &s2);
                                                if on { c.push(s2.clone()); }
                                            });
                                        }/>
                                    <label for=id>{format!("{kind}: {title}")}</label>
                                </div>
                            }
                        }).collect_view()}
                    </div>
                })}
            </fieldset>
            <button type="submit">"Start the assessment"</button>
        </form>
    }
}

fn focus_field(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(element) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        element.scroll_into_view();
        let _ = element.focus();
    }
}
