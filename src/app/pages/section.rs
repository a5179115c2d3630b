//! A section's questions on one page: each characteristic of a theme with its
//! rating, evidence and action, then the theme's warning signs; or each
//! reflective question of a principle.
//!
//! The fixed parts (introduction, rating key, jump list, questions and
//! guidance, pagination) are HTML strings from [`super::section_html`]; the
//! answers are the views in [`super::section_cards`].

use leptos::prelude::*;

use super::section_cards::{CharacteristicCard, FlagCard, ReflectionCard};
use super::section_html;
use crate::app::components::save_status::SaveStatus;
use crate::app::editor::{section_not_covered, with_editor, Editor};
use crate::app::route::Route;
use crate::domain::question::Question;
use crate::domain::section::SectionRef;

/// The questions of one section of an assessment.
pub fn section_page(id: &str, section: SectionRef, focus: Option<String>) -> AnyView {
    with_editor(id, move |editor| {
        if !editor.with_untracked(|a| a.covers(editor.framework(), &section)) {
            return section_not_covered();
        }
        view! { <SectionQuestions editor=editor section=section focus=focus/> }.into_any()
    })
}

#[component]
fn SectionQuestions(editor: Editor, section: SectionRef, focus: Option<String>) -> impl IntoView {
    let framework = editor.framework();
    let id = editor.with_untracked(|a| a.id.clone());
    let sections = editor.with_untracked(|a| a.sections(framework));
    let position = sections.iter().position(|s| s == &section).unwrap_or(0);
    let previous = position.checked_sub(1).and_then(|i| sections.get(i));
    let pagination = section_html::pagination(framework, &id, previous, sections.get(position + 1));
    let s = section.clone();
    let progress = Signal::derive(move || {
        let p = editor.with(|a| a.section_progress(framework, &s));
        format!("{} of {} answered", p.answered, p.total)
    });
    let focus = focus.as_deref();
    let cards = framework
        .questions(&section)
        .into_iter()
        .map(|q| {
            let autofocus = (focus == Some(q.id())).then_some("");
            match q {
                Question::Rating { theme, characteristic } => view! {
                    <CharacteristicCard editor=editor theme=theme characteristic=characteristic autofocus=autofocus/>
                }
                .into_any(),
                Question::WarningSign { indicator, number, .. } => view! {
                    {(number == 1).then(|| view! { <div inner_html=section_html::WARNING_SIGNS_INTRO></div> })}
                    <FlagCard editor=editor indicator=indicator number=number autofocus=autofocus/>
                }
                .into_any(),
                Question::Reflection { question, number, .. } => view! {
                    <ReflectionCard editor=editor question=question number=number autofocus=autofocus/>
                }
                .into_any(),
            }
        })
        .collect_view();
    let check = Route::CheckSection {
        assessment: id.clone(),
        section: section.clone(),
    };

    view! {
        <p><a href=editor.task_list_href()>"Back to the task list"</a></p>
        <p class="caption">{let kind = section.kind_label(); move || format!("{kind} – {}", editor.with(|a| a.name.clone()))}</p>
        <h1>{section.title(framework).unwrap_or_default()}</h1>
        <SaveStatus editor=editor/>
        <p class="section-progress">{progress}</p>
        <div inner_html=section_html::intro(framework, &id, &section)></div>
        {editor.with_untracked(|a| super::cross_references::asked_elsewhere(framework, a, &section))}
        {cards}
        <div class="button-group section-end">
            <a class="button" href=check.href()>"Check your answers"</a>
        </div>
        <div inner_html=pagination></div>
    }
}
