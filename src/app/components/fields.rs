//! The form pieces every page uses, written once: a labelled text box with its
//! hint and error, an error summary and a notification ([`super::radios`] has
//! the radio groups).
//! Each is one component, so the app carries one copy of its code.

use leptos::prelude::*;

use crate::app::browser::focus_soon;
use crate::app::content_html::SafeHtml;

/// A labelled text box: several lines when `rows` is given, one line
/// otherwise, or another input type such as "date". Its text comes from
/// `value` and each edit goes to `on_input`.
#[component]
pub fn TextBox(
    id: String,
    /// The label's content: plain words, or content prose with glossary links.
    #[prop(into)]
    label: SafeHtml,
    /// A hint under the label: plain words, or content prose with glossary links.
    #[prop(optional, into)]
    hint: Option<SafeHtml>,
    #[prop(default = None, into)] rows: Option<u8>,
    #[prop(default = None, into)] input_type: Option<&'static str>,
    #[prop(optional)] error: Option<Signal<Option<String>>>,
    value: Signal<String>,
    on_input: Callback<String>,
) -> impl IntoView {
    let hint_id = hint.is_some().then(|| format!("{id}-hint"));
    let error_id = format!("{id}-error");
    let has_error = move || error.is_some_and(|e| e.with(Option::is_some));
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let ids: Vec<&str> = hint_id
                .iter()
                .map(String::as_str)
                .chain(has_error().then_some(error_id.as_str()))
                .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let control = match rows {
        Some(rows) => view! {
            <textarea
                id=id.clone()
                rows=rows
                aria-describedby=described_by
                aria-invalid=move || has_error().then_some("true")
                prop:value=value
                on:input:target=move |ev| on_input.run(ev.target().value())
            ></textarea>
        }
        .into_any(),
        None => view! {
            <input
                type=input_type.unwrap_or("text")
                id=id.clone()
                class:input--date=input_type == Some("date")
                autocomplete="off"
                aria-describedby=described_by
                aria-invalid=move || has_error().then_some("true")
                prop:value=value
                on:input:target=move |ev| on_input.run(ev.target().value())
            />
        }
        .into_any(),
    };
    view! {
        <div class="field" class:field--error=has_error>
            <label for=id inner_html=label.into_string()></label>
            {hint.map(|hint| view! { <p class="hint" id=hint_id inner_html=hint.into_string()></p> })}
            {move || error.and_then(|e| e.get()).map(|message| view! {
                <p class="error-message" id=error_id.clone()><span class="visually-hidden">"Error: "</span>{message}</p>
            })}
            {control}
        </div>
    }
}

/// Where a line of an error summary takes the user.
#[derive(Clone)]
pub enum ErrorTarget {
    /// A link to another place in the app (a question to change).
    Link(String),
    /// A field on this page, by id, to move focus to.
    Field(String),
}

/// The GOV.UK error summary: "There is a problem", then each problem as a link
/// to where it can be put right. It takes focus when it appears, so a screen
/// reader announces it.
#[component]
pub fn ErrorSummary(
    #[prop(optional)] intro: Option<&'static str>,
    problems: Vec<(String, ErrorTarget)>,
) -> impl IntoView {
    focus_soon("error-summary");
    view! {
        <div class="error-summary" id="error-summary" tabindex="-1" role="alert">
            <h2>"There is a problem"</h2>
            {intro.map(|intro| view! { <p>{intro}</p> })}
            <ul>
                {problems.into_iter().map(|(message, target)| match target {
                    ErrorTarget::Link(href) => view! { <li><a href=href>{message}</a></li> }.into_any(),
                    ErrorTarget::Field(field) => view! {
                        // The hash belongs to the router, so the link keeps the
                        // page's own address and moves focus itself.
                        <li><a href=window().location().hash().unwrap_or_default() on:click=move |ev| {
                            ev.prevent_default();
                            if let Some(element) = crate::app::browser::element_by_id(&field) {
                                let _ = element.focus();
                            }
                        }>{message}</a></li>
                    }.into_any(),
                }).collect_view()}
            </ul>
        </div>
    }
}

/// How a notification reads: news that something happened, success, or a warning.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Info,
    Success,
    Warning,
}

/// A notification banner. Warnings are alerts; the rest are polite statuses.
#[component]
pub fn Notice(tone: Tone, children: Children) -> impl IntoView {
    view! {
        <div
            class="notification"
            class:notification--success=tone == Tone::Success
            class:notification--warning=tone == Tone::Warning
            role=if tone == Tone::Warning { "alert" } else { "status" }
        >
            {children()}
        </div>
    }
}

/// A labelled file input for a JSON file, with its hint; `on_change` gets
/// the change event (see [`crate::app::browser::chosen_file`]).
#[component]
pub fn JsonFileField(
    id: &'static str,
    label: &'static str,
    hint: &'static str,
    on_change: Callback<web_sys::Event>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <p class="hint" id=hint_id.clone()>{hint}</p>
            <input id=id type="file" accept=".json,application/json" aria-describedby=hint_id on:change=move |ev| on_change.run(ev)/>
        </div>
    }
}
