//! The cards of a section page other than a characteristic's: a warning sign
//! to judge and a reflective question to answer; and the lines every card
//! shows under its question: where it comes from, and why it starts "Not
//! applicable" when it does.

use leptos::prelude::*;

use crate::app::components::fields::{Choice, Radios, TextBox};
use crate::app::components::prose::inline_in;
use crate::app::editor::Editor;
use crate::domain::assessment::{Change, FlagState};
use crate::domain::framework::{FailureIndicator, ReflectiveQuestion};
use crate::domain::provenance::{where_from, Basis};

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
    view! {
        <section class="question-card question-card--flag" id=id tabindex="-1" data-autofocus=autofocus aria-labelledby=format!("{id}-legend")>
            <fieldset>
                <legend id=format!("{id}-legend")>
                    <span class="code">{format!("Warning sign {number}")}</span>" "{inline_in(editor.framework(), &indicator.text)}
                </legend>
                <p class="provenance">{provenance(indicator.basis, &indicator.source)}</p>
                {move || not_applicable_note(editor, id)}
                <Radios name=format!("flag-{id}") choices=choices selected=state on_choose=choose inline=true/>
            </fieldset>
            <TextBox
                id=format!("{id}-note")
                label=format!("Note on warning sign {number} (optional)").into_any()
                rows=2
                value=note
                on_input=Callback::new(move |text| { let _ = editor.apply(Change::FlagNote { item: id.to_owned(), text }); })
            />
        </section>
    }
}

/// The "where this comes from" line under an item.
pub fn provenance(basis: Basis, source: &str) -> String {
    format!("Where this comes from: {}.", where_from(basis, source))
}

/// Why an item stands "Not applicable" from the start, while it still does:
/// the council said it does not meet the item's condition.
pub fn not_applicable_note(editor: Editor, item: &'static str) -> Option<impl IntoView> {
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

#[component]
pub fn ReflectionCard(
    editor: Editor,
    question: &'static ReflectiveQuestion,
    number: usize,
    autofocus: Option<&'static str>,
) -> impl IntoView {
    let id = question.id.as_str();
    let framework = editor.framework();
    let answer = Signal::derive(move || editor.with_item(id, |a| a.reflection(id).to_owned()));
    view! {
        <section class="question-card" id=id tabindex="-1" data-autofocus=autofocus>
            <TextBox
                id=format!("{id}-answer")
                label=view! { <span class="code">{format!("Question {number}")}</span>" "{inline_in(framework, &question.text)} }.into_any()
                hint=inline_in(framework, &question.hint)
                rows=6
                value=answer
                on_input=Callback::new(move |text| { let _ = editor.apply(Change::Reflection { item: id.to_owned(), text }); })
            />
            <p class="provenance">{provenance(question.basis, &question.source)}</p>
        </section>
    }
}
