//! The answer cards of a section's question page: a characteristic to rate
//! with its evidence, references and action; a warning sign to judge; a
//! reflective question to answer. Each reads and redraws its own item only.

use leptos::prelude::*;

use super::action_fields::ActionFields;
use super::last_time::{LastTime, MovementNote};
use super::section_html;
use crate::app::browser::{focus_soon, target_as};
use crate::app::components::fields::TextBox;
use crate::app::components::radios::{choice_id, Choice, Radios};
use crate::app::content_html::{inline_html, with_hidden_words};
use crate::app::editor::Editor;
use crate::domain::assessment::{Change, CharacteristicAnswer, FlagState};
use crate::domain::framework::{Characteristic, FailureIndicator, ReflectiveQuestion, Theme};
use crate::domain::provenance::{where_from, Basis};
use crate::report::html::escape_html;

/// A `<details>` whose content is made only when first opened: most are never
/// opened, and a page of cards would otherwise carry all their content. The
/// content is added after the summary, which keeps its focus.
#[component]
pub(super) fn LazyDetails(summary: &'static str, content: Callback<(), String>) -> impl IntoView {
    let made = StoredValue::new(false);
    let open = move |event: leptos::ev::Event| {
        let details = target_as::<web_sys::Element>(&event);
        if let (false, Some(details)) = (made.get_value(), details) {
            made.set_value(true);
            let _ = details.insert_adjacent_html("beforeend", &content.run(()));
        }
    };
    view! {
        <details class="guidance-hint" on:toggle=open inner_html=format!("<summary>{}</summary>", escape_html(summary))></details>
    }
}

#[component]
pub fn CharacteristicCard(
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
    // A memo, so the action's fields change only when they come or go, not
    // on every change to the item.
    let in_action_plan =
        Memo::new(move |_| editor.with_item(cid, |a| a.in_action_plan(&framework.scale, cid)));
    // Made the first time the item needs them, then hidden rather than
    // removed while it does not: a rating moved across the line and back
    // (as officers do while they weigh a level) only shows or hides them.
    let action_made = Memo::new(move |made: Option<&bool>| {
        made.copied().unwrap_or(false) || in_action_plan.get()
    });
    // A memo, so that moving from one level to another keeps the button.
    let rated = Memo::new(move |_| rating.with(Option::is_some));
    let clear = with_hidden_words("Clear the rating", &format!(" for {code}"));
    // The button goes with the rating: focus moves to the first choice, not the page.
    let first_choice = framework
        .scale
        .choices()
        .next()
        .map(|l| choice_id(&rating_group(cid), &l.id));
    let clear_rating = Callback::new(move |()| {
        rate(None);
        if let Some(id) = first_choice.clone() {
            focus_soon(id);
        }
    });
    view! {
        <section class="question-card" id=cid tabindex="-1" data-autofocus=autofocus aria-labelledby=format!("{cid}-legend")>
            <fieldset class="rating">
                <legend id=format!("{cid}-legend") inner_html=section_html::characteristic_question(framework, theme, characteristic).into_string()></legend>
                <p class="provenance">{provenance(characteristic.basis, &characteristic.source)}</p>
                {move || not_applicable_note(editor, cid)}
                <LazyDetails
                    summary="What good looks like, and examples of evidence"
                    content=Callback::new(move |()| section_html::guidance(framework, characteristic))
                />
                <LastTime editor=editor cid=cid code=code.clone()/>
                <Radios name=rating_group(cid) choices=choices selected=rating on_choose=Callback::new(move |level| rate(Some(level)))/>
                <MovementNote editor=editor cid=cid/>
                {move || rated.get().then(|| view! {
                    <button type="button" class="link-button" on:click=move |_| clear_rating.run(()) inner_html=clear.clone()></button>
                })}
            </fieldset>
            <TextBox
                id=format!("{cid}-narrative")
                label=format!("Evidence for {code}")
                hint="Describe how the council meets this, and where it does not yet."
                rows=5
                value=answer_text(editor, cid, |a| &a.narrative)
                on_input=Callback::new(move |text| { let _ = editor.apply(Change::Narrative { item: cid.to_owned(), text }); })
            />
            <References editor=editor cid=cid code=code.clone()/>
            {move || action_made.get().then(|| view! { <ActionFields editor=editor cid=cid code=code.clone() shown=in_action_plan/> })}
        </section>
    }
}

/// One text of a characteristic's answer, following that item. A memo, so
/// that a rating click leaves the text box alone rather than setting kilobytes
/// of evidence again.
fn answer_text(
    editor: Editor,
    cid: &'static str,
    read: fn(&CharacteristicAnswer) -> &str,
) -> Signal<String> {
    Memo::new(move |_| {
        editor.with_item(cid, |a| {
            a.characteristic(cid)
                .map(|c| read(c).to_owned())
                .unwrap_or_default()
        })
    })
    .into()
}

/// A characteristic's evidence references: the list, each removable, and a
/// box to add another. The list is one HTML string; its Remove buttons carry
/// their index, and one click handler on the list serves them all.
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
    let references = Memo::new(move |_| {
        editor.with_item(cid, |a| {
            a.characteristic(cid)
                .map(|c| c.references.clone())
                .unwrap_or_default()
        })
    });
    let list = Signal::derive(move || references.with(|list| references_html(list)));
    let remove = move |event: leptos::ev::MouseEvent| {
        let index = target_as::<web_sys::Element>(&event)
            .and_then(|t| t.closest("button[data-index]").ok().flatten())
            .and_then(|button| button.get_attribute("data-index"))
            .and_then(|index| index.parse().ok());
        if let Some(index) = index {
            let _ = editor.apply(Change::RemoveReference {
                item: cid.to_owned(),
                index,
            });
        }
    };
    let label_id = format!("{cid}-references-label");
    let add_label = with_hidden_words("Add reference", &format!(" for {code}"));
    view! {
        <div class="field references">
            <p class="label" id=label_id.clone()>{format!("Evidence references for {code}")}</p>
            <ul aria-labelledby=label_id hidden=move || references.with(Vec::is_empty) on:click=remove inner_html=list></ul>
            <label for=format!("{cid}-new-reference")>"Add a document title or link"</label>
            <div class="inline-add">
                <input
                    type="text"
                    id=format!("{cid}-new-reference")
                    prop:value=new_reference
                    on:input:target=move |ev| new_reference.set(ev.target().value())
                    on:keydown=move |ev| if ev.key() == "Enter" { ev.prevent_default(); add(); }
                />
                <button type="button" class="secondary" on:click=move |_| add() inner_html=add_label></button>
            </div>
        </div>
    }
}

/// The items of a references list, each with its Remove button.
fn references_html(references: &[String]) -> String {
    references
        .iter()
        .enumerate()
        .map(|(index, reference)| {
            format!(
                "<li><span class=\"reference\">{}</span> <button type=\"button\" class=\"secondary small\" data-index=\"{index}\">{}</button></li>",
                crate::report::html::escape_html(reference),
                with_hidden_words("Remove", &format!(" reference “{reference}”"))
            )
        })
        .collect()
}

#[component]
pub fn FlagCard(
    editor: Editor,
    indicator: &'static FailureIndicator,
    number: usize,
    autofocus: Option<&'static str>,
) -> impl IntoView {
    let id = indicator.id.as_str();
    let state = Signal::derive(move || {
        editor.with_item(id, |a| a.flag(id).and_then(|f| f.state).map(FlagState::id))
    });
    let note = Signal::derive(move || {
        editor.with_item(id, |a| {
            a.flag(id).map(|f| f.note.clone()).unwrap_or_default()
        })
    });
    let choices = FlagState::choices(indicator.applies_if.as_deref())
        .into_iter()
        .map(|s| Choice::new(s.id(), s.label()))
        .collect();
    let choose = Callback::new(move |value: &'static str| {
        let _ = editor.apply(Change::FlagState {
            item: id.to_owned(),
            state: FlagState::from_id(value),
        });
    });
    let question = section_html::question(
        editor.framework(),
        &format!("Warning sign {number}"),
        &indicator.text,
    );
    view! {
        <section class="question-card question-card--flag" id=id tabindex="-1" data-autofocus=autofocus aria-labelledby=format!("{id}-legend")>
            <fieldset>
                <legend id=format!("{id}-legend") inner_html=question.into_string()></legend>
                <p class="provenance">{provenance(indicator.basis, &indicator.source)}</p>
                {move || not_applicable_note(editor, id)}
                <Radios name=format!("flag-{id}") choices=choices selected=state on_choose=choose inline=true/>
            </fieldset>
            <TextBox
                id=format!("{id}-note")
                label=format!("Note on warning sign {number} (optional)")
                rows=2
                value=note
                on_input=Callback::new(move |text| { let _ = editor.apply(Change::FlagNote { item: id.to_owned(), text }); })
            />
        </section>
    }
}

#[component]
pub fn ReflectionCard(
    editor: Editor,
    question: &'static ReflectiveQuestion,
    number: usize,
    autofocus: Option<&'static str>,
) -> impl IntoView {
    let framework = editor.framework();
    let (id, text, hint) = (
        question.id.as_str(),
        question.text.as_str(),
        question.hint.as_str(),
    );
    let answer = Signal::derive(move || editor.with_item(id, |a| a.reflection(id).to_owned()));
    view! {
        <section class="question-card" id=id tabindex="-1" data-autofocus=autofocus>
            <TextBox
                id=format!("{id}-answer")
                label=section_html::question(framework, &format!("Question {number}"), text)
                hint=inline_html(framework, hint)
                rows=6
                value=answer
                on_input=Callback::new(move |text| { let _ = editor.apply(Change::Reflection { item: id.to_owned(), text }); })
            />
            <p class="provenance">{provenance(question.basis, &question.source)}</p>
        </section>
    }
}

/// The "where this comes from" line under an item.
fn provenance(basis: Basis, source: &str) -> String {
    format!("Where this comes from: {}.", where_from(basis, source))
}

/// Why an item stands "Not applicable" from the start, while it still does:
/// the council said it does not meet the item's condition.
fn not_applicable_note(editor: Editor, item: &'static str) -> Option<impl IntoView> {
    let framework = editor.framework();
    let condition = editor.with_item(item, |a| {
        let question = framework.question(item)?;
        a.is_premarked(framework, &question)
            .then(|| a.unmet_condition(framework, item))
            .flatten()
    })?;
    Some(view! {
        <p class="hint">{format!("Marked “Not applicable” when the assessment started: the council said it does not meet “{}”. Change it if this does apply.", condition.label)}</p>
    })
}

/// The name of a characteristic's group of rating radios.
pub fn rating_group(cid: &str) -> String {
    format!("rating-{cid}")
}
