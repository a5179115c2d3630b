//! An assessment's task list (the GOV.UK "complete multiple tasks" pattern): each
//! section with its status, overall progress, and renaming.

use leptos::prelude::*;

use super::compare::Compare;
use super::task_list_html::{facts, section_groups};
use crate::app::components::fields::TextBox;
use crate::app::components::save_status::SaveStatus;
use crate::app::editor::{with_editor, Editor};
use crate::app::format;
use crate::app::route::Route;
use crate::domain::assessment::{Change, ChangeError};

/// The task list of one assessment.
pub fn task_list_page(id: &str) -> AnyView {
    with_editor(id, |editor| view! { <TaskList editor=editor/> }.into_any())
}

#[component]
fn TaskList(editor: Editor) -> impl IntoView {
    let framework = editor.framework();
    let sections = Memo::new(move |_| editor.with(|a| section_groups(framework, a)));
    let started = format::date(editor.with_untracked(|a| a.started_ms));
    let facts = Memo::new(move |_| editor.with(|a| facts(framework, a, &started)));

    view! {
        <p><a href=Route::Assessments.href()>"Back to your assessments"</a></p>
        <p class="caption">{move || editor.with(|a| a.council.clone())}</p>
        <h1>{move || editor.with(|a| a.name.clone())}</h1>
        <SaveStatus editor=editor/>
        <dl class="facts" inner_html=facts></dl>
        <div class="button-group">
            <a class="button" href=Route::Summary(editor.with_untracked(|a| a.id.clone())).href()>"View the summary for members"</a>
        </div>
        <Rename editor=editor/>
        <div inner_html=sections></div>
        <Compare editor=editor/>
        {editor.with_untracked(|a| super::retired::retired_answers(framework, a))}
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
                    label="New name"
                    error=Signal::derive(move || error.get())
                    value=Signal::derive(move || new_name.get())
                    on_input=Callback::new(move |text| new_name.set(text))
                />
                <button type="submit">"Save the name"</button>
            </form>
        })}
    }
}
