//! "Check your answers" for one section, then marking it complete.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::components::prose::inline;
use crate::app::components::save_status::SaveStatus;
use crate::app::pages::task_list::with_editor;
use crate::app::route::Route;
use crate::app::state::{Editor, Urgency};
use crate::app::{format, guide};
use crate::domain::assessment::{Problem, SectionRef, SectionStatus};

/// The check-your-answers page of a section.
pub fn check_page(id: &str, section: SectionRef) -> AnyView {
    with_editor(id, move |editor| {
        if section.title(guide()).is_none() {
            return view! { <h1>"Page not found"</h1> }.into_any();
        }
        view! { <CheckAnswers editor=editor section=section/> }.into_any()
    })
}

#[component]
fn CheckAnswers(editor: Editor, section: SectionRef) -> impl IntoView {
    let framework = guide();
    let scale = &framework.scale;
    let assessment = editor.assessment;
    let id = assessment.with_untracked(|a| a.id.clone());
    let problems = RwSignal::new(Vec::<Problem>::new());
    let s = section.clone();
    let status = Memo::new(move |_| assessment.with(|a| a.section_status(framework, &s)));
    let change_link = {
        let (id, section) = (id.clone(), section.clone());
        move |item: &str| Route::item_href(&id, &section, item)
    };

    let s = section.clone();
    let complete = move |_| {
        let mut result = Ok(());
        editor.change(Urgency::Now, |a, now| {
            result = a.mark_complete(framework, &s, now)
        });
        match result {
            Ok(()) => problems.set(Vec::new()),
            Err(found) => {
                problems.set(found);
                request_animation_frame(|| {
                    if let Some(summary) = document()
                        .get_element_by_id("error-summary")
                        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                    {
                        let _ = summary.focus();
                    }
                });
            }
        }
    };

    let rows = match &section {
        SectionRef::Theme(theme_id) => {
            let theme = framework.theme(theme_id).expect("checked by check_page");
            let characteristics = theme.characteristics.iter().map(|c| {
                let cid = c.id.as_str();
                let href = change_link(cid);
                let code = theme.display_code(c);
                view! {
                    <div class="summary-list__row">
                        <dt>{code.clone()}" "{inline(&c.statement)}</dt>
                        <dd>{move || assessment.with(|a| {
                            let answer = a.characteristic(cid).cloned().unwrap_or_default();
                            let level = answer.rating.as_deref().and_then(|r| scale.level(r)).unwrap_or(&scale.not_assessed);
                            let needs_action = a.needs_action(scale, cid);
                            view! {
                                <p><span class=format!("marker level-{}", level.id) aria-hidden="true">{level.marker.clone()}</span>" "<strong>{level.label.clone()}</strong></p>
                                {(!answer.narrative.trim().is_empty()).then(|| view! { <p class="pre-wrap">{answer.narrative.clone()}</p> })}
                                {(!answer.references.is_empty()).then(|| view! { <p>{format!("References: {}", answer.references.join("; "))}</p> })}
                                {needs_action.then(|| {
                                    let act = answer.action.clone();
                                    let due = if act.due.is_empty() { "no due date".to_owned() } else { format!("due {}", format::iso_date(&act.due)) };
                                    let owner = if act.owner.trim().is_empty() { "no owner".to_owned() } else { act.owner.clone() };
                                    let text = if act.action.trim().is_empty() { "No action described yet".to_owned() } else { act.action.clone() };
                                    view! { <p>{format!("Action: {text} ({owner}, {due})")}</p> }
                                })}
                            }
                        })}</dd>
                        <dd class="summary-list__actions">
                            <a href=href>"Change"<span class="visually-hidden">{format!(" {code}")}</span></a>
                        </dd>
                    </div>
                }
            }).collect_view();
            let flags = theme.failure_indicators.iter().enumerate().map(|(n, f)| {
                let fid = f.id.as_str();
                let href = change_link(fid);
                view! {
                    <div class="summary-list__row">
                        <dt>{format!("Warning sign {}: ", n + 1)}{inline(&f.text)}</dt>
                        <dd>{move || assessment.with(|a| {
                            let flag = a.flag(fid).cloned().unwrap_or_default();
                            let state = flag.state.map_or("Not yet judged", |s| s.label());
                            if flag.note.trim().is_empty() { state.to_owned() } else { format!("{state}. {}", flag.note) }
                        })}</dd>
                        <dd class="summary-list__actions">
                            <a href=href>"Change"<span class="visually-hidden">{format!(" warning sign {}", n + 1)}</span></a>
                        </dd>
                    </div>
                }
            }).collect_view();
            view! {
                <h2>"Characteristics"</h2>
                <dl class="summary-list">{characteristics}</dl>
                <h2>"Warning signs"</h2>
                <dl class="summary-list">{flags}</dl>
            }
            .into_any()
        }
        SectionRef::Principle(principle_id) => {
            let principle = framework
                .principle(principle_id)
                .expect("checked by check_page");
            let questions = principle.questions.iter().map(|q| {
                let qid = q.id.as_str();
                let href = change_link(qid);
                view! {
                    <div class="summary-list__row">
                        <dt>{inline(&q.text)}</dt>
                        <dd class="pre-wrap">{move || assessment.with(|a| {
                            let text = a.reflection(qid);
                            if text.trim().is_empty() { "Not answered yet".to_owned() } else { text.to_owned() }
                        })}</dd>
                        <dd class="summary-list__actions"><a href=href>"Change"<span class="visually-hidden">" answer"</span></a></dd>
                    </div>
                }
            }).collect_view();
            view! { <dl class="summary-list">{questions}</dl> }.into_any()
        }
    };

    view! {
        <p><a href=Route::Section { assessment: id.clone(), section: section.clone(), focus: None }.href()>"Back to the questions"</a></p>
        <p class="caption">{move || assessment.with(|a| a.name.clone())}</p>
        <h1>{format!("Check your answers: {}", section.title(framework).unwrap_or_default())}</h1>
        <SaveStatus editor=editor/>
        {move || (!problems.get().is_empty()).then(|| view! {
            <div class="error-summary" id="error-summary" tabindex="-1" role="alert">
                <h2>"There is a problem"</h2>
                <p>"This section cannot be marked as complete yet:"</p>
                <ul>
                    {problems.get().into_iter().map(|p| view! { <li><a href=change_link(&p.item_id)>{p.message}</a></li> }).collect_view()}
                </ul>
            </div>
        })}
        {rows}
        {move || match status.get() {
            SectionStatus::Completed => view! {
                <div class="notification notification--success" role="status">
                    <p><strong>"This section is marked as complete."</strong>" You can still change any answer."</p>
                    <p><a href=Route::Assessment(id.clone()).href()>"Back to the task list"</a></p>
                </div>
            }.into_any(),
            _ => view! {
                <button type="button" on:click=complete.clone()>"Mark this section as complete"</button>
            }.into_any(),
        }}
    }
}
