//! A section's questions on one page: each characteristic of a theme with its
//! rating, evidence and action, then the theme's warning signs; or each
//! reflective question of a principle.

use leptos::prelude::*;

use crate::app::components::fields::{Choice, Radios, TextBox};
use crate::app::components::prose::inline_in;
use crate::app::components::save_status::SaveStatus;
use crate::app::editor::{with_editor, Editor};
use crate::app::pages::cards::{not_applicable_note, provenance, FlagCard, ReflectionCard};
use crate::app::route::Route;
use crate::domain::assessment::{ActionPart, Change};
use crate::domain::framework::{Characteristic, Framework, Theme};
use crate::domain::question::Question;
use crate::domain::section::SectionRef;

/// The questions of one section of an assessment.
pub fn section_page(id: &str, section: SectionRef, focus: Option<String>) -> AnyView {
    with_editor(id, move |editor| {
        if !editor.with_untracked(|a| a.covers(editor.framework(), &section)) {
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
    let framework = editor.framework();
    let id = editor.with_untracked(|a| a.id.clone());
    let sections = editor.with_untracked(|a| a.sections(framework));
    let position = sections.iter().position(|s| s == &section).unwrap_or(0);
    let previous = position
        .checked_sub(1)
        .and_then(|i| sections.get(i))
        .cloned();
    let next = sections.get(position + 1).cloned();
    let link = move |section: SectionRef| {
        let title = section.title(framework).unwrap_or_default();
        let href = Route::Section {
            assessment: id.clone(),
            section,
            focus: None,
        }
        .href();
        (href, title)
    };
    let s = section.clone();
    let progress = move || editor.with(|a| a.section_progress(framework, &s));
    let questions = framework.questions(&section);
    let is_theme = matches!(section, SectionRef::Theme(_));
    let jump_list = is_theme.then(|| {
        let (id, section) = (editor.with_untracked(|a| a.id.clone()), section.clone());
        view! {
            <nav class="jump-list" aria-label="Characteristics in this theme">
                <ul>
                    {questions.iter().filter_map(|q| {
                        let text = match q {
                            Question::Rating { .. } => q.label(),
                            Question::WarningSign { number: 1, .. } => "Warning signs".to_owned(),
                            _ => return None,
                        };
                        Some(view! { <li><a href=Route::item_href(&id, &section, q.id())>{text}</a></li> })
                    }).collect_view()}
                </ul>
            </nav>
        }
    });
    let focus = focus.as_deref();
    let cards = questions
        .iter()
        .map(|q| {
            let autofocus = (focus == Some(q.id())).then_some("");
            match *q {
                Question::Rating { theme, characteristic } => view! {
                    <CharacteristicCard editor=editor theme=theme characteristic=characteristic autofocus=autofocus/>
                }
                .into_any(),
                Question::WarningSign { indicator, number, .. } => view! {
                    {(number == 1).then(|| view! {
                        <h2>"Warning signs"</h2>
                        <p>"Say whether each indicator of potential failure is present. Warning signs are flagged in the summary; they never change a rating or a score."</p>
                    })}
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

    view! {
        <p><a href=editor.task_list_href()>"Back to the task list"</a></p>
        <p class="caption">{let kind = section.kind_label(); move || format!("{kind} – {}", editor.with(|a| a.name.clone()))}</p>
        <h1>{section.title(framework).unwrap_or_default()}</h1>
        <SaveStatus editor=editor/>
        <p class="section-progress">{move || { let p = progress(); format!("{} of {} answered", p.answered, p.total) }}</p>
        <p class="hint">{is_theme.then_some(framework.scale.question.as_str())}" "{inline_in(framework, section.summary(framework).unwrap_or_default())}</p>
        {is_theme.then(|| view! { <ScaleKey framework=framework/> })}
        {jump_list}
        {cards}
        {editor.with_untracked(|a| crate::app::pages::cross_references::asked_elsewhere(framework, a, &section))}
        <div class="button-group section-end">
            <a class="button" href=Route::CheckSection { assessment: editor.with_untracked(|a| a.id.clone()), section: section.clone() }.href()>"Check your answers"</a>
        </div>
        <nav class="pagination" aria-label="Sections">
            {previous.map(|p| { let (href, title) = link(p); view! { <a rel="prev" href=href>"Previous: "{title}</a> } })}
            {next.map(|n| { let (href, title) = link(n); view! { <a rel="next" href=href>"Next: "{title}</a> } })}
        </nav>
    }
}

/// The rating scale, explained once per page. Each rating radio points here
/// (`aria-describedby`), so its meaning is read out without repeating it on
/// every card.
#[component]
fn ScaleKey(framework: &'static Framework) -> impl IntoView {
    view! {
        <details class="scale-key">
            <summary>"What each rating means"</summary>
            <dl>
                {framework.scale.choices().map(|level| view! {
                    <div id=format!("scale-{}", level.id)>
                        <dt><span class=format!("marker level-{}", level.id) aria-hidden="true">{level.marker.as_str()}</span>" "{level.label.as_str()}</dt>
                        <dd>{level.meaning.as_str()}</dd>
                    </div>
                }).collect_view()}
            </dl>
        </details>
    }
}

/// A `<details>` whose content is made only when first opened: most are never
/// opened, and a page of cards would otherwise carry all their content.
#[component]
fn LazyDetails(summary: &'static str, children: ChildrenFn) -> impl IntoView {
    let opened = RwSignal::new(false);
    view! {
        <details class="guidance-hint" on:toggle=move |_| opened.set(true)>
            <summary>{summary}</summary>
            {move || opened.get().then(|| children())}
        </details>
    }
}

#[component]
fn CharacteristicCard(
    editor: Editor,
    theme: &'static Theme,
    characteristic: &'static Characteristic,
    autofocus: Option<&'static str>,
) -> impl IntoView {
    let framework = editor.framework();
    let cid = characteristic.id.as_str();
    let code = theme.display_code(characteristic);
    let rating = Signal::derive(move || {
        editor.with_item(cid, |a| {
            a.rating(cid)
                .and_then(|r| framework.scale.choices().find(|l| l.id == r))
                .map(|l| l.id.as_str())
        })
    });
    let choices = framework
        .scale
        .choices()
        .map(|level| Choice {
            value: &level.id,
            label: &level.label,
            marker: Some(&level.marker),
            described_by: Some(format!("scale-{}", level.id)),
        })
        .collect();
    let rate = move |level: Option<&str>| {
        let _ = editor.apply(Change::Rating {
            item: cid.to_owned(),
            level: level.map(str::to_owned),
        });
    };
    let text_of = move |read: fn(&crate::domain::assessment::CharacteristicAnswer) -> &str| {
        Signal::derive(move || {
            editor.with_item(cid, |a| {
                a.characteristic(cid)
                    .map(read)
                    .unwrap_or_default()
                    .to_owned()
            })
        })
    };
    let needs_action = move || editor.with_item(cid, |a| a.needs_action(&framework.scale, cid));
    view! {
        <section class="question-card" id=cid tabindex="-1" data-autofocus=autofocus aria-labelledby=format!("{cid}-legend")>
            <fieldset class="rating">
                <legend id=format!("{cid}-legend")>
                    <span class="code">{code.clone()}</span>" "{inline_in(framework, &characteristic.statement)}
                </legend>
                <p class="provenance">{provenance(characteristic.basis, &characteristic.source)}</p>
                {move || not_applicable_note(editor, cid)}
                <LazyDetails summary="What good looks like, and examples of evidence">
                    <p>{inline_in(framework, &characteristic.good_looks_like)}</p>
                    <ul>{characteristic.evidence.iter().map(|e| view! { <li>{e.as_str()}</li> }).collect_view()}</ul>
                </LazyDetails>
                <Radios name=format!("rating-{cid}") choices=choices selected=rating on_choose=Callback::new(move |level| rate(Some(level)))/>
                {move || rating.get().is_some().then(|| view! {
                    <button type="button" class="link-button" on:click=move |_| rate(None)>
                        "Clear the rating"<span class="visually-hidden">{format!(" for {}", theme.display_code(characteristic))}</span>
                    </button>
                })}
            </fieldset>
            <TextBox
                id=format!("{cid}-narrative")
                label=format!("Evidence for {code}").into_any()
                hint="Describe how the council meets this, and where it does not yet.".into_any()
                rows=5
                value=text_of(|a| &a.narrative)
                on_input=Callback::new(move |text| { let _ = editor.apply(Change::Narrative { item: cid.to_owned(), text }); })
            />
            <References editor=editor cid=cid code=code.clone()/>
            {move || needs_action().then(|| {
                let part = move |part: ActionPart, read: fn(&crate::domain::assessment::ImprovementAction) -> &str| {
                    (
                        text_of_action(editor, cid, read),
                        Callback::new(move |text| { let _ = editor.apply(Change::Action { item: cid.to_owned(), part, text }); }),
                    )
                };
                let (gap, on_gap) = part(ActionPart::Gap, |a| &a.gap);
                let (action, on_action) = part(ActionPart::Action, |a| &a.action);
                let (owner, on_owner) = part(ActionPart::Owner, |a| &a.owner);
                let (due, on_due) = part(ActionPart::Due, |a| &a.due);
                view! {
                    <fieldset class="action">
                        <legend>{format!("Improvement action for {}", theme.display_code(characteristic))}</legend>
                        <p class="hint">"Needed because the rating is below “"{framework.scale.top_level().label.as_str()}"”."</p>
                        <TextBox id=format!("{cid}-gap") label="What is missing".into_any() rows=2 value=gap on_input=on_gap/>
                        <TextBox id=format!("{cid}-action") label="Action to take".into_any() rows=2 value=action on_input=on_action/>
                        <TextBox id=format!("{cid}-owner") label="Owner".into_any() value=owner on_input=on_owner/>
                        <TextBox id=format!("{cid}-due") label="Due date".into_any() input_type="date" value=due on_input=on_due/>
                    </fieldset>
                }
            })}
        </section>
    }
}

/// One part of a characteristic's improvement action, following that item.
fn text_of_action(
    editor: Editor,
    cid: &'static str,
    read: fn(&crate::domain::assessment::ImprovementAction) -> &str,
) -> Signal<String> {
    Signal::derive(move || {
        editor.with_item(cid, |a| {
            a.characteristic(cid)
                .map(|c| read(&c.action).to_owned())
                .unwrap_or_default()
        })
    })
}

/// A characteristic's evidence references: the list, each removable, and a
/// box to add another.
#[component]
fn References(editor: Editor, cid: &'static str, code: String) -> impl IntoView {
    let new_reference = RwSignal::new(String::new());
    let add = move || {
        let text = new_reference.get_untracked();
        if editor
            .apply(Change::AddReference {
                item: cid.to_owned(),
                text,
            })
            .is_ok()
        {
            new_reference.set(String::new());
        }
    };
    let references = move || {
        editor.with_item(cid, |a| {
            a.characteristic(cid)
                .map(|c| c.references.clone())
                .unwrap_or_default()
        })
    };
    view! {
        <div class="field references">
            <p class="label" id=format!("{cid}-references-label")>{format!("Evidence references for {code}")}</p>
            {move || {
                let list = references();
                (!list.is_empty()).then(|| view! {
                    <ul aria-labelledby=format!("{cid}-references-label")>
                        {list.into_iter().enumerate().map(|(index, reference)| view! {
                            <li>
                                <span class="reference">{reference.clone()}</span>" "
                                <button type="button" class="secondary small" on:click=move |_| {
                                    let _ = editor.apply(Change::RemoveReference { item: cid.to_owned(), index });
                                }>
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
                    on:keydown=move |ev| if ev.key() == "Enter" { ev.prevent_default(); add(); }
                />
                <button type="button" class="secondary" on:click=move |_| add()>
                    "Add reference"<span class="visually-hidden">{format!(" for {code}")}</span>
                </button>
            </div>
        </div>
    }
}
