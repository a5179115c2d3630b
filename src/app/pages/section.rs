//! A section's questions on one page: each characteristic of a theme with its
//! rating, evidence and action, the theme's warning signs as flags; or each
//! reflective question of a principle.

use leptos::prelude::*;

use crate::app::components::prose::inline;
use crate::app::components::save_status::SaveStatus;
use crate::app::guide;
use crate::app::pages::task_list::with_editor;
use crate::app::route::Route;
use crate::app::state::{Editor, Urgency};
use crate::domain::assessment::{FlagState, ImprovementAction, SectionRef};
use crate::domain::framework::{Characteristic, FailureIndicator, ReflectiveQuestion, Theme};

/// The questions of one section of an assessment.
pub fn section_page(id: &str, section: SectionRef, focus: Option<String>) -> AnyView {
    with_editor(id, move |editor| {
        let framework = guide();
        if section.title(framework).is_none()
            || !editor
                .assessment
                .with_untracked(|a| a.covers(framework, &section))
        {
            return view! {
                <h1>"Page not found"</h1>
                <p>"This section is not part of this assessment."</p>
            }
            .into_any();
        }
        view! { <SectionQuestions editor=editor section=section focus=focus/> }.into_any()
    })
}

#[component]
fn SectionQuestions(editor: Editor, section: SectionRef, focus: Option<String>) -> impl IntoView {
    let framework = guide();
    let assessment = editor.assessment;
    let id = assessment.with_untracked(|a| a.id.clone());
    let sections = assessment.with_untracked(|a| a.sections(framework));
    let position = sections
        .iter()
        .position(|s| s == &section)
        .unwrap_or_default();
    let previous = position
        .checked_sub(1)
        .and_then(|i| sections.get(i))
        .cloned();
    let next = sections.get(position + 1).cloned();
    let s = section.clone();
    let progress = Memo::new(move |_| assessment.with(|a| a.section_progress(framework, &s)));
    let link = {
        let id = id.clone();
        move |section: SectionRef| {
            Route::Section {
                assessment: id.clone(),
                section,
                focus: None,
            }
            .href()
        }
    };
    let focus = StoredValue::new(focus);

    let body = match &section {
        SectionRef::Theme(theme_id) => {
            let theme = framework.theme(theme_id).expect("checked by section_page");
            let jump = {
                let (id, section) = (id.clone(), section.clone());
                move |item: &str| Route::item_href(&id, &section, item)
            };
            view! {
                <p class="hint">{framework.scale.question.as_str()}" "{inline(&theme.summary)}</p>
                <nav class="jump-list" aria-label="Characteristics in this theme">
                    <ul>
                        {theme.characteristics.iter().map(|c| view! {
                            <li><a href=jump(&c.id)>{theme.display_code(c)}</a></li>
                        }).collect_view()}
                        {theme.failure_indicators.first().map(|f| view! { <li><a href=jump(&f.id)>"Warning signs"</a></li> })}
                    </ul>
                </nav>
                {theme.characteristics.iter().map(|c| view! {
                    <CharacteristicQuestion editor=editor theme=theme characteristic=c focus=focus.get_value()/>
                }).collect_view()}
                <h2>"Warning signs"</h2>
                <p>"Say whether each indicator of potential failure is present. Warning signs are flagged in the summary; they never change a rating or a score."</p>
                {theme.failure_indicators.iter().enumerate().map(|(n, f)| view! {
                    <FlagQuestion editor=editor indicator=f number=n + 1 focus=focus.get_value()/>
                }).collect_view()}
            }
            .into_any()
        }
        SectionRef::Principle(principle_id) => {
            let principle = framework
                .principle(principle_id)
                .expect("checked by section_page");
            view! {
                <p class="hint">{inline(&principle.summary)}</p>
                {principle.questions.iter().enumerate().map(|(n, q)| view! {
                    <ReflectionQuestion editor=editor question=q number=n + 1 focus=focus.get_value()/>
                }).collect_view()}
            }
            .into_any()
        }
    };
    let kind = if matches!(section, SectionRef::Principle(_)) {
        "Principle"
    } else {
        "Theme"
    };

    view! {
        <p><a href=Route::Assessment(id.clone()).href()>"Back to the task list"</a></p>
        <p class="caption">{move || format!("{kind} – {}", assessment.with(|a| a.name.clone()))}</p>
        <h1>{section.title(framework).unwrap_or_default()}</h1>
        <SaveStatus editor=editor/>
        <p class="section-progress">{move || { let p = progress.get(); format!("{} of {} answered", p.answered, p.total) }}</p>
        {body}
        <div class="button-group section-end">
            <a class="button" href=Route::CheckSection { assessment: id.clone(), section: section.clone() }.href()>"Check your answers"</a>
        </div>
        <nav class="pagination" aria-label="Sections">
            {previous.map(|p| view! { <a rel="prev" href=link(p.clone())>"Previous: "{p.title(framework).unwrap_or_default()}</a> })}
            {next.map(|n| view! { <a rel="next" href=link(n.clone())>"Next: "{n.title(framework).unwrap_or_default()}</a> })}
        </nav>
    }
}

/// Marks the item a link pointed at, so the router brings it into view and focus.
fn autofocus(focus: &Option<String>, item_id: &str) -> Option<&'static str> {
    (focus.as_deref() == Some(item_id)).then_some("")
}

#[component]
fn CharacteristicQuestion(
    editor: Editor,
    theme: &'static Theme,
    characteristic: &'static Characteristic,
    focus: Option<String>,
) -> impl IntoView {
    let framework = guide();
    let scale = &framework.scale;
    let assessment = editor.assessment;
    let cid = characteristic.id.as_str();
    let code = theme.display_code(characteristic);
    let rating = Memo::new(move |_| assessment.with(|a| a.rating(cid).map(str::to_owned)));
    let narrative = Memo::new(move |_| {
        assessment.with(|a| {
            a.characteristic(cid)
                .map(|c| c.narrative.clone())
                .unwrap_or_default()
        })
    });
    let references = Memo::new(move |_| {
        assessment.with(|a| {
            a.characteristic(cid)
                .map(|c| c.references.clone())
                .unwrap_or_default()
        })
    });
    let action = Memo::new(move |_| {
        assessment.with(|a| {
            a.characteristic(cid)
                .map(|c| c.action.clone())
                .unwrap_or_default()
        })
    });
    let needs_action =
        Memo::new(move |_| assessment.with(|a| a.needs_action(&framework.scale, cid)));
    let new_reference = RwSignal::new(String::new());

    let set_action =
        move |edit: fn(&mut ImprovementAction, String), value: String, urgency: Urgency| {
            editor.change(urgency, move |a, now| {
                let mut next = a
                    .characteristic(cid)
                    .map(|c| c.action.clone())
                    .unwrap_or_default();
                edit(&mut next, value);
                a.set_action(cid, next, now);
            });
        };
    let add_reference = move || {
        let text = new_reference.get_untracked().trim().to_owned();
        if text.is_empty() {
            return;
        }
        editor.change(Urgency::Now, move |a, now| {
            let mut list = a
                .characteristic(cid)
                .map(|c| c.references.clone())
                .unwrap_or_default();
            list.push(text);
            a.set_references(cid, list, now);
        });
        new_reference.set(String::new());
    };

    let options: Vec<_> = scale.levels.iter().chain([&scale.not_applicable]).collect();
    view! {
        <section class="question-card" id=cid tabindex="-1" data-autofocus=autofocus(&focus, cid) aria-labelledby=format!("{cid}-legend")>
            <fieldset class="rating">
                <legend id=format!("{cid}-legend")>
                    <span class="code">{code.clone()}</span>" "{inline(&characteristic.statement)}
                </legend>
                <details class="guidance-hint">
                    <summary>"What good looks like, and examples of evidence"</summary>
                    <p>{inline(&characteristic.good_looks_like)}</p>
                    <ul>{characteristic.evidence.iter().map(|e| view! { <li>{e.as_str()}</li> }).collect_view()}</ul>
                </details>
                <div class="radios radios--scale">
                    {options.into_iter().map(|level| {
                        let input_id = format!("{cid}-{}", level.id);
                        let level_id = level.id.as_str();
                        view! {
                            <div class="radio">
                                <input
                                    type="radio"
                                    id=input_id.clone()
                                    name=format!("rating-{cid}")
                                    value=level_id
                                    prop:checked=move || rating.get().as_deref() == Some(level_id)
                                    on:change=move |_| editor.change(Urgency::Now, move |a, now| a.set_rating(cid, Some(level_id.to_owned()), now))
                                />
                                <label for=input_id>
                                    <span class=format!("marker level-{level_id}") aria-hidden="true">{level.marker.as_str()}</span>
                                    " "<strong>{level.label.as_str()}</strong>
                                    <span class="radio__hint">{level.meaning.as_str()}</span>
                                </label>
                            </div>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
            <div class="field">
                <label for=format!("{cid}-narrative")>{format!("Evidence for {code}")}</label>
                <p class="hint" id=format!("{cid}-narrative-hint")>"Describe how the council meets this, and where it does not yet."</p>
                <textarea
                    id=format!("{cid}-narrative")
                    aria-describedby=format!("{cid}-narrative-hint")
                    rows="5"
                    prop:value=move || narrative.get()
                    on:input:target=move |ev| {
                        let text = ev.target().value();
                        editor.change(Urgency::Typing, move |a, now| a.set_narrative(cid, text, now));
                    }
                ></textarea>
            </div>
            <div class="field references">
                <p class="label" id=format!("{cid}-references-label")>{format!("Evidence references for {code}")}</p>
                {move || {
                    let list = references.get();
                    (!list.is_empty()).then(|| view! {
                        <ul aria-labelledby=format!("{cid}-references-label")>
                            {list.into_iter().enumerate().map(|(index, reference)| view! {
                                <li>
                                    <span class="reference">{reference.clone()}</span>" "
                                    <button type="button" class="secondary small" on:click=move |_| editor.change(Urgency::Now, move |a, now| {
                                        let mut list = a.characteristic(cid).map(|c| c.references.clone()).unwrap_or_default();
                                        if index < list.len() { list.remove(index); }
                                        a.set_references(cid, list, now);
                                    })>
                                        "Remove"<span class="visually-hidden">{format!(" reference “{reference}”")}</span>
                                    </button>
                                </li>
                            }).collect_view()}
                        </ul>
                    })
                }}
                <label for=format!("{cid}-new-reference")>"Add a document title or link"</label>
                <div class="inline-add">
                    <input
                        type="text"
                        id=format!("{cid}-new-reference")
                        prop:value=new_reference
                        on:input:target=move |ev| new_reference.set(ev.target().value())
                        on:keydown=move |ev| if ev.key() == "Enter" { ev.prevent_default(); add_reference(); }
                    />
                    <button type="button" class="secondary" on:click=move |_| add_reference()>
                        "Add reference"<span class="visually-hidden">{format!(" for {code}")}</span>
                    </button>
                </div>
            </div>
            {move || needs_action.get().then(|| view! {
                <fieldset class="action">
                    <legend>{format!("Improvement action for {}", theme.display_code(characteristic))}</legend>
                    <p class="hint">"Needed because the rating is below “"{framework.scale.top_level().label.as_str()}"”."</p>
                    <div class="field">
                        <label for=format!("{cid}-gap")>"What is missing"</label>
                        <textarea id=format!("{cid}-gap") rows="2"
                            prop:value=move || action.get().gap
                            on:input:target=move |ev| set_action(|a, v| a.gap = v, ev.target().value(), Urgency::Typing)></textarea>
                    </div>
                    <div class="field">
                        <label for=format!("{cid}-action")>"Action to take"</label>
                        <textarea id=format!("{cid}-action") rows="2"
                            prop:value=move || action.get().action
                            on:input:target=move |ev| set_action(|a, v| a.action = v, ev.target().value(), Urgency::Typing)></textarea>
                    </div>
                    <div class="field">
                        <label for=format!("{cid}-owner")>"Owner"</label>
                        <input type="text" id=format!("{cid}-owner")
                            prop:value=move || action.get().owner
                            on:input:target=move |ev| set_action(|a, v| a.owner = v, ev.target().value(), Urgency::Typing)/>
                    </div>
                    <div class="field">
                        <label for=format!("{cid}-due")>"Due date"</label>
                        <input type="date" id=format!("{cid}-due") class="input--date"
                            prop:value=move || action.get().due
                            on:change:target=move |ev| set_action(|a, v| a.due = v, ev.target().value(), Urgency::Now)/>
                    </div>
                </fieldset>
            })}
        </section>
    }
}

#[component]
fn FlagQuestion(
    editor: Editor,
    indicator: &'static FailureIndicator,
    number: usize,
    focus: Option<String>,
) -> impl IntoView {
    let assessment = editor.assessment;
    let fid = indicator.id.as_str();
    let state = Memo::new(move |_| assessment.with(|a| a.flag(fid).and_then(|f| f.state)));
    let note = Memo::new(move |_| {
        assessment.with(|a| a.flag(fid).map(|f| f.note.clone()).unwrap_or_default())
    });
    view! {
        <section class="question-card question-card--flag" id=fid tabindex="-1" data-autofocus=autofocus(&focus, fid) aria-labelledby=format!("{fid}-legend")>
            <fieldset>
                <legend id=format!("{fid}-legend")>
                    <span class="code">{format!("Warning sign {number}")}</span>" "{inline(&indicator.text)}
                </legend>
                <div class="radios radios--inline">
                    {FlagState::ALL.into_iter().map(|option| {
                        let input_id = format!("{fid}-{}", option.id());
                        view! {
                            <div class="radio">
                                <input type="radio" id=input_id.clone() name=format!("flag-{fid}") value=option.id()
                                    prop:checked=move || state.get() == Some(option)
                                    on:change=move |_| editor.change(Urgency::Now, move |a, now| a.set_flag_state(fid, Some(option), now))/>
                                <label for=input_id>{option.label()}</label>
                            </div>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
            <div class="field">
                <label for=format!("{fid}-note")>{format!("Note on warning sign {number} (optional)")}</label>
                <textarea id=format!("{fid}-note") rows="2"
                    prop:value=move || note.get()
                    on:input:target=move |ev| {
                        let text = ev.target().value();
                        editor.change(Urgency::Typing, move |a, now| a.set_flag_note(fid, text, now));
                    }></textarea>
            </div>
        </section>
    }
}

#[component]
fn ReflectionQuestion(
    editor: Editor,
    question: &'static ReflectiveQuestion,
    number: usize,
    focus: Option<String>,
) -> impl IntoView {
    let assessment = editor.assessment;
    let qid = question.id.as_str();
    let answer = Memo::new(move |_| assessment.with(|a| a.reflection(qid).to_owned()));
    view! {
        <section class="question-card" id=qid tabindex="-1" data-autofocus=autofocus(&focus, qid)>
            <div class="field">
                <label for=format!("{qid}-answer")><span class="code">{format!("Question {number}")}</span>" "{inline(&question.text)}</label>
                <p class="hint" id=format!("{qid}-hint")>{inline(&question.hint)}</p>
                <textarea id=format!("{qid}-answer") rows="6" aria-describedby=format!("{qid}-hint")
                    prop:value=move || answer.get()
                    on:input:target=move |ev| {
                        let text = ev.target().value();
                        editor.change(Urgency::Typing, move |a, now| a.set_reflection(qid, text, now));
                    }></textarea>
            </div>
        </section>
    }
}
