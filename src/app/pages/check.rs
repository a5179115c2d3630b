//! "Check your answers" for one section, then marking it complete.

use leptos::prelude::*;

use crate::app::components::fields::{ErrorSummary, ErrorTarget, Notice, Tone};
use crate::app::components::prose::inline_in;
use crate::app::components::save_status::SaveStatus;
use crate::app::editor::{with_editor, Editor};
use crate::app::route::Route;
use crate::domain::assessment::{Change, ChangeError, Problem, SectionStatus};
use crate::domain::question::Question;
use crate::domain::section::SectionRef;

/// The check-your-answers page of a section.
pub fn check_page(id: &str, section: SectionRef) -> AnyView {
    with_editor(id, move |editor| {
        if !editor.with_untracked(|a| a.covers(editor.framework(), &section)) {
            return view! {
                <h1>"Page not found"</h1>
                <p>"This section is not part of this assessment."</p>
            }
            .into_any();
        }
        view! { <CheckAnswers editor=editor section=section/> }.into_any()
    })
}

#[component]
fn CheckAnswers(editor: Editor, section: SectionRef) -> impl IntoView {
    let framework = editor.framework();
    let scale = &framework.scale;
    let id = editor.with_untracked(|a| a.id.clone());
    let problems = RwSignal::new(Vec::<Problem>::new());
    let s = section.clone();
    let status = Memo::new(move |_| editor.with(|a| a.section_status(framework, &s)));
    let change_link = {
        let (id, section) = (id.clone(), section.clone());
        move |item: &str| Route::item_href(&id, &section, item)
    };

    let s = section.clone();
    let complete = move |_| match editor.apply(Change::MarkComplete(s.clone())) {
        Ok(()) => problems.set(Vec::new()),
        Err(ChangeError::Incomplete(found)) => problems.set(found),
        Err(other) => problems.set(vec![Problem {
            item_id: String::new(),
            message: other.to_string(),
        }]),
    };

    let questions = framework.questions(&section);
    let row = |q: &Question<'static>| {
        let q = *q;
        let qid = q.id();
        let label = q.label();
        let answer = move || {
            editor.with_item(qid, |a| match q {
                Question::Rating { characteristic, .. } => {
                    let level = a.level(scale, &characteristic.id);
                    let answer = a.characteristic(qid).cloned().unwrap_or_default();
                    view! {
                        <p><span class=format!("marker level-{}", level.id) aria-hidden="true">{level.marker.clone()}</span>" "<strong>{level.label.clone()}</strong></p>
                        {(!answer.narrative.trim().is_empty()).then(|| view! { <p class="pre-wrap">{answer.narrative.clone()}</p> })}
                        {(!answer.references.is_empty()).then(|| view! { <p>{format!("References: {}", answer.references.join("; "))}</p> })}
                        {a.needs_action(scale, qid).then(|| view! { <p>{format!("Action: {}", answer.action.in_words())}</p> })}
                    }
                    .into_any()
                }
                Question::WarningSign { .. } => {
                    let flag = a.flag(qid).cloned().unwrap_or_default();
                    let state = flag.state.map_or("Not yet judged", |s| s.label());
                    let text = if flag.note.trim().is_empty() { state.to_owned() } else { format!("{state}. {}", flag.note) };
                    text.into_any()
                }
                Question::Reflection { .. } => match a.reflection(qid).trim() {
                    "" => "Not answered yet".into_any(),
                    text => view! { <span class="pre-wrap">{text.to_owned()}</span> }.into_any(),
                },
            })
        };
        let heading = match q {
            Question::Rating { .. } => {
                view! { {label.clone()}" "{inline_in(framework, q.text())} }.into_any()
            }
            Question::WarningSign { number, .. } => {
                view! { {format!("Warning sign {number}: ")}{inline_in(framework, q.text())} }
                    .into_any()
            }
            Question::Reflection { .. } => inline_in(framework, q.text()),
        };
        view! {
            <div class="summary-list__row">
                <dt>{heading}</dt>
                <dd>{answer}</dd>
                <dd class="summary-list__actions">
                    <a href=change_link(qid)>"Change"<span class="visually-hidden">{format!(" {label}")}</span></a>
                </dd>
            </div>
        }
    };
    let (ratings, others): (Vec<_>, Vec<_>) = questions
        .iter()
        .partition(|q| matches!(q, Question::Rating { .. }));
    let rows = if matches!(section, SectionRef::Theme(_)) {
        view! {
            <h2>"Characteristics"</h2>
            <dl class="summary-list">{ratings.into_iter().map(row).collect_view()}</dl>
            <h2>"Warning signs"</h2>
            <dl class="summary-list">{others.into_iter().map(row).collect_view()}</dl>
        }
        .into_any()
    } else {
        view! { <dl class="summary-list">{others.into_iter().map(row).collect_view()}</dl> }
            .into_any()
    };

    view! {
        <p><a href=Route::Section { assessment: id.clone(), section: section.clone(), focus: None }.href()>"Back to the questions"</a></p>
        <p class="caption">{move || editor.with(|a| a.name.clone())}</p>
        <h1>{format!("Check your answers: {}", section.title(framework).unwrap_or_default())}</h1>
        <SaveStatus editor=editor/>
        {move || (!problems.get().is_empty()).then(|| view! {
            <ErrorSummary
                intro="This section cannot be marked as complete yet:"
                problems=problems.get().into_iter().map(|p| (p.message, ErrorTarget::Link(change_link(&p.item_id)))).collect()
            />
        })}
        {rows}
        {move || match status.get() {
            SectionStatus::Completed => view! {
                <Notice tone=Tone::Success>
                    <p><strong>"This section is marked as complete."</strong>" You can still change any answer."</p>
                    <p><a href=editor.task_list_href()>"Back to the task list"</a></p>
                </Notice>
            }.into_any(),
            _ => view! {
                <button type="button" on:click=complete.clone()>"Mark this section as complete"</button>
            }.into_any(),
        }}
    }
}
