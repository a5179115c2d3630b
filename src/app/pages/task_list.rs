//! An assessment's task list (the GOV.UK "complete multiple tasks" pattern): each
//! section with its status, overall progress, and renaming.

use leptos::prelude::*;

use crate::app::components::fields::TextBox;
use crate::app::components::save_status::SaveStatus;
use crate::app::editor::{with_editor, Editor};
use crate::app::route::Route;
use crate::app::{format, guide};
use crate::domain::assessment::{Change, ChangeError, SectionStatus};
use crate::domain::section::SectionRef;

/// The task list of one assessment.
pub fn task_list_page(id: &str) -> AnyView {
    with_editor(id, |editor| view! { <TaskList editor=editor/> }.into_any())
}

#[component]
fn TaskList(editor: Editor) -> impl IntoView {
    let framework = guide();
    let id = editor.with_untracked(|a| a.id.clone());
    let (principles, themes): (Vec<_>, Vec<_>) = editor
        .with_untracked(|a| a.sections(framework))
        .into_iter()
        .partition(|s| matches!(s, SectionRef::Principle(_)));

    let section_group = move |heading: &'static str, sections: Vec<SectionRef>| {
        let id = id.clone();
        (!sections.is_empty()).then(|| {
            view! {
                <h2>{heading}</h2>
                <ul class="task-list">
                    {sections.into_iter().map(|section| {
                        let title = section.title(framework).unwrap_or_default();
                        let href = Route::Section { assessment: id.clone(), section: section.clone(), focus: None }.href();
                        let status_id = format!("status-{}-{}", section.kind_label().to_lowercase(), section.id());
                        let s = section.clone();
                        let status = Memo::new(move |_| editor.with(|a| a.section_status(framework, &s)));
                        let progress = move || editor.with(|a| {
                            let p = a.section_progress(framework, &section);
                            format!("{} of {} answered", p.answered, p.total)
                        });
                        view! {
                            <li class="task-list__item">
                                <a href=href aria-describedby=status_id.clone()>{title}</a>
                                <span class="task-list__progress">{progress}</span>
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
        <p class="caption">{move || editor.with(|a| a.council.clone())}</p>
        <h1>{move || editor.with(|a| a.name.clone())}</h1>
        <SaveStatus editor=editor/>
        <dl class="facts">
            <div><dt>"Assessor"</dt><dd>{editor.with_untracked(|a| a.assessor.clone())}</dd></div>
            <div><dt>"Started"</dt><dd>{format::date(editor.with_untracked(|a| a.started_ms))}</dd></div>
            <div><dt>"Progress"</dt><dd>{move || editor.with(|a| {
                let (done, total) = a.sections_completed(framework);
                let p = a.overall_progress(framework);
                format!("{done} of {total} sections completed; {} of {} questions answered ({}%)", p.answered, p.total, p.percent())
            })}</dd></div>
        </dl>
        <div class="button-group">
            <a class="button" href=Route::Summary(editor.with_untracked(|a| a.id.clone())).href()>"View the summary for members"</a>
        </div>
        <Rename editor=editor/>
        {section_group("Principles", principles)}
        {section_group("Themes of good practice", themes)}
    }
}

/// Renaming the assessment: a button that opens a one-field form.
#[component]
fn Rename(editor: Editor) -> impl IntoView {
    let open = RwSignal::new(false);
    let new_name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let save = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        match editor.apply(Change::Rename(new_name.get_untracked())) {
            Ok(()) => {
                error.set(None);
                open.set(false);
            }
            Err(ChangeError::Details(errors)) => {
                error.set(errors.for_field("name").map(str::to_owned));
            }
            Err(other) => error.set(Some(other.to_string())),
        }
    };
    view! {
        <div class="button-group">
            <button type="button" class="secondary" aria-expanded=move || open.get().to_string() on:click=move |_| {
                new_name.set(editor.with_untracked(|a| a.name.clone()));
                open.update(|o| *o = !*o);
            }>"Rename"</button>
        </div>
        {move || open.get().then(|| view! {
            <form class="inline-form" on:submit=save>
                <TextBox
                    id="rename".to_owned()
                    label="New name".into_any()
                    error=Signal::derive(move || error.get())
                    value=Signal::derive(move || new_name.get())
                    on_input=Callback::new(move |text| new_name.set(text))
                />
                <button type="submit">"Save the name"</button>
            </form>
        })}
    }
}
