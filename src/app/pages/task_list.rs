//! An assessment's task list (the GOV.UK task list pattern): each section with
//! its status, overall progress, and renaming.

use leptos::prelude::*;

use crate::app::components::save_status::SaveStatus;
use crate::app::route::Route;
use crate::app::state::{Editor, Urgency};
use crate::app::{format, guide};
use crate::domain::assessment::{SectionRef, SectionStatus};
use crate::storage::LoadError;

/// Opens an assessment for a page, or explains why it cannot be opened.
pub fn with_editor(id: &str, page: impl FnOnce(Editor) -> AnyView) -> AnyView {
    match Editor::open(id) {
        Ok(editor) => page(editor),
        Err(err) => {
            let advice = match err {
                LoadError::Missing => "It may have been deleted, or saved in a different browser or on another device.",
                LoadError::Damaged(_) => "Nothing has been deleted. From your assessments page you can download the damaged record.",
                LoadError::Storage(_) => "The browser would not let the app read its saved data.",
            };
            view! {
                <h1>"This assessment cannot be opened"</h1>
                <p>{format!("Sorry: {err}.")}</p>
                <p>{advice}</p>
                <p><a href=Route::Assessments.href()>"Go to your assessments"</a></p>
            }
            .into_any()
        }
    }
}

/// The task list of one assessment.
pub fn task_list_page(id: &str) -> AnyView {
    with_editor(id, |editor| view! { <TaskList editor=editor/> }.into_any())
}

#[component]
fn TaskList(editor: Editor) -> impl IntoView {
    let framework = guide();
    let assessment = editor.assessment;
    let renaming = RwSignal::new(false);
    let new_name = RwSignal::new(String::new());
    let rename_error = RwSignal::new(None::<String>);
    let id = assessment.with_untracked(|a| a.id.clone());
    let sections = assessment.with_untracked(|a| a.sections(framework));
    let (principles, themes): (Vec<_>, Vec<_>) = sections
        .into_iter()
        .partition(|s| matches!(s, SectionRef::Principle(_)));

    let save_name = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let mut result = Ok(());
        editor.change(Urgency::Now, |a, now| {
            result = a.rename(&new_name.get_untracked(), now)
        });
        match result {
            Ok(()) => {
                rename_error.set(None);
                renaming.set(false);
            }
            Err(errors) => rename_error.set(errors.0.first().map(|(_, m)| m.clone())),
        }
    };

    let section_group = move |heading: &'static str, sections: Vec<SectionRef>| {
        let id = id.clone();
        (!sections.is_empty()).then(|| {
            view! {
                <h2>{heading}</h2>
                <ul class="task-list">
                    {sections.into_iter().map(|section| {
                        let title = section.title(framework).unwrap_or_default().to_owned();
                        let href = Route::Section { assessment: id.clone(), section: section.clone(), focus: None }.href();
                        let s = section.clone();
                        let status = Memo::new(move |_| assessment.with(|a| a.section_status(framework, &s)));
                        let s = section.clone();
                        let progress = Memo::new(move |_| assessment.with(|a| a.section_progress(framework, &s)));
                        let status_id = format!("status-{}", section.id());
                        view! {
                            <li class="task-list__item">
                                <a href=href aria-describedby=status_id.clone()>{title}</a>
                                <span class="task-list__progress">
                                    {move || { let p = progress.get(); format!("{} of {} answered", p.answered, p.total) }}
                                </span>
                                <strong
                                    id=status_id
                                    class="tag"
                                    class:tag--done=move || status.get() == SectionStatus::Completed
                                    class:tag--progress=move || status.get() == SectionStatus::InProgress
                                >
                                    {move || status.get().label()}
                                </strong>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }
        })
    };

    view! {
        <p><a href=Route::Assessments.href()>"Back to your assessments"</a></p>
        <p class="caption">{move || assessment.with(|a| a.council.clone())}</p>
        <h1>{move || assessment.with(|a| a.name.clone())}</h1>
        <SaveStatus editor=editor/>
        <dl class="facts">
            <div><dt>"Assessor"</dt><dd>{move || assessment.with(|a| a.assessor.clone())}</dd></div>
            <div><dt>"Started"</dt><dd>{move || assessment.with(|a| format::date(a.started_ms))}</dd></div>
            <div><dt>"Progress"</dt><dd>{move || assessment.with(|a| {
                let (done, total) = a.sections_completed(framework);
                let p = a.overall_progress(framework);
                format!("{done} of {total} sections completed; {} of {} questions answered ({}%)", p.answered, p.total, p.percent())
            })}</dd></div>
        </dl>
        <div class="button-group">
            <a class="button" href=Route::Summary(assessment.with_untracked(|a| a.id.clone())).href()>"View the summary for members"</a>
            <button type="button" class="secondary" aria-expanded=move || renaming.get().to_string() on:click=move |_| {
                new_name.set(assessment.with_untracked(|a| a.name.clone()));
                renaming.update(|r| *r = !*r);
            }>"Rename"</button>
        </div>
        {move || renaming.get().then(|| view! {
            <form class="inline-form" on:submit=save_name>
                <div class="field" class:field--error=move || rename_error.get().is_some()>
                    <label for="rename">"New name"</label>
                    {move || rename_error.get().map(|m| view! { <p class="error-message" id="rename-error"><span class="visually-hidden">"Error: "</span>{m}</p> })}
                    <input id="rename" type="text" prop:value=new_name on:input:target=move |ev| new_name.set(ev.target().value())/>
                </div>
                <button type="submit">"Save the name"</button>
            </form>
        })}
        {section_group("Principles", principles)}
        {section_group("Themes of good practice", themes)}
    }
}
