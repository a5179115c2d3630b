//! A group of radios, built as one HTML string: a page of question cards
//! holds dozens of groups, and a string per group costs the bundle and the
//! page far less than a view per radio. One `change` handler on the group
//! reads the chosen value; an effect keeps the checked radio in step when the
//! answer changes elsewhere (another tab, "Clear the rating").

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::browser::{element_by_id, target_as};
use crate::app::content_html::marked_label;
use crate::report::html::escape_html;

/// One choice of a [`Radios`] group.
#[derive(Clone)]
pub struct Choice {
    /// The value reported when chosen, unique in the group.
    pub value: &'static str,
    pub label: &'static str,
    /// A text marker shown before the label in the level's colour
    /// (class `level-<value>`), hidden from screen readers.
    pub marker: Option<&'static str>,
    /// The id of an element elsewhere on the page that explains the choice.
    pub described_by: Option<String>,
}

impl Choice {
    /// A plain choice with a label.
    pub fn new(value: &'static str, label: &'static str) -> Self {
        Choice {
            value,
            label,
            marker: None,
            described_by: None,
        }
    }
}

/// A group of radios named `name`, one of which is `selected`; choosing one
/// reports its value. The legend belongs to the caller's fieldset.
#[component]
pub fn Radios(
    name: String,
    choices: Vec<Choice>,
    selected: Signal<Option<&'static str>>,
    on_choose: Callback<&'static str>,
    #[prop(optional)] inline: bool,
) -> impl IntoView {
    let html = radios_html(&name, &choices, selected.get_untracked());
    let values: Vec<&'static str> = choices.iter().map(|c| c.value).collect();
    let ids: Vec<(&'static str, String)> =
        values.iter().map(|v| (*v, choice_id(&name, v))).collect();
    Effect::new(move |_| {
        let selected = selected.get();
        for (value, id) in &ids {
            if let Some(input) =
                element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                input.set_checked(selected == Some(*value));
            }
        }
    });
    let choose = move |event: leptos::ev::Event| {
        let chosen = target_as::<web_sys::HtmlInputElement>(&event).map(|input| input.value());
        if let Some(value) = values.iter().find(|v| chosen.as_deref() == Some(**v)) {
            on_choose.run(value);
        }
    };
    view! {
        <div class="radios" class:radios--inline=inline on:change=choose inner_html=html></div>
    }
}

/// The radios of a group as HTML, the `selected` one checked.
/// The id of the radio for `value` in the group `name`.
pub fn choice_id(name: &str, value: &str) -> String {
    format!("{name}-{value}")
}

pub fn radios_html(name: &str, choices: &[Choice], selected: Option<&str>) -> String {
    let mut out = String::new();
    let escaped_name = escape_html(name);
    for choice in choices {
        let id = escape_html(&choice_id(name, choice.value));
        out.push_str("<div class=\"radio\"><input type=\"radio\" id=\"");
        out.push_str(&id);
        out.push_str("\" name=\"");
        out.push_str(&escaped_name);
        out.push_str("\" value=\"");
        out.push_str(&escape_html(choice.value));
        out.push('"');
        if let Some(described_by) = &choice.described_by {
            out.push_str(" aria-describedby=\"");
            out.push_str(&escape_html(described_by));
            out.push('"');
        }
        if selected == Some(choice.value) {
            out.push_str(" checked");
        }
        out.push_str("><label for=\"");
        out.push_str(&id);
        out.push_str("\">");
        out.push_str(&marked_label(choice.value, choice.marker, choice.label));
        out.push_str("</label></div>");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_radio_is_labelled_named_and_checked_as_given() {
        let choices = vec![
            Choice {
                value: "well-established",
                label: "Well established",
                marker: Some("●●●●"),
                described_by: Some("scale-well-established".to_owned()),
            },
            Choice::new("not-applicable", "Not & applicable"),
        ];
        assert_eq!(
            radios_html("rating-a.c01", &choices, Some("not-applicable")),
            "<div class=\"radio\"><input type=\"radio\" id=\"rating-a.c01-well-established\" \
             name=\"rating-a.c01\" value=\"well-established\" aria-describedby=\"scale-well-established\">\
             <label for=\"rating-a.c01-well-established\"><span class=\"marker level-well-established\" \
             aria-hidden=\"true\">●●●●</span> Well established</label></div>\
             <div class=\"radio\"><input type=\"radio\" id=\"rating-a.c01-not-applicable\" \
             name=\"rating-a.c01\" value=\"not-applicable\" checked>\
             <label for=\"rating-a.c01-not-applicable\">Not &amp; applicable</label></div>"
        );
        assert!(!radios_html("g", &choices, None).contains("checked"));
    }
}
