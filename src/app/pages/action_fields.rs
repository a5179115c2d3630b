//! A characteristic's improvement action, followed through: what it is, who
//! owns it and when it is due; its status, and why it was dropped; dated
//! progress notes; and whether it came across from last year or is overdue.
//! The domain decides each of these; the fields only show and change them.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use super::action_fields_html::{
    action_fields_html, hint_text, history_html, markers_html, part_id, reason_field_html,
    ActionIds,
};
use crate::app::browser::{element_by_id, now_ms, target_as};
use crate::app::components::radios::choice_id;
use crate::app::editor::Editor;
use crate::domain::assessment::{ActionPart, ActionStatus, Change, ImprovementAction};
use crate::domain::dates::CivilDate;

/// The improvement action of a characteristic, while the domain shows one.
/// Drawn once as HTML; one handler per kind of event serves every field, and
/// effects change only what a change touched (another tab's edit, a status
/// that shows the reason, a note added to the history).
#[component]
pub fn ActionFields(
    editor: Editor,
    cid: &'static str,
    code: String,
    /// Whether the item is in the action plan: hidden, not removed, while it is not.
    shown: Memo<bool>,
) -> impl IntoView {
    let framework = editor.framework();
    let top = &framework.scale.top_level().label;
    let ids = ActionIds::new(cid);
    let today = CivilDate::from_uk_ms(now_ms());
    let needed =
        Memo::new(move |_| editor.with_item(cid, |a| a.needs_action(&framework.scale, cid)));
    let html = read_action(editor, cid, |a| {
        action_fields_html(
            cid,
            &code,
            &hint_text(needed.get_untracked(), top),
            a,
            today,
        )
    });

    // What a change to the item may alter, each redrawn only when it differs.
    let hint_id = ids.hint.clone();
    Effect::new(move |drawn: Option<bool>| {
        let needed = needed.get();
        if drawn.is_some_and(|drawn| drawn != needed) {
            if let Some(hint) = element_by_id(&hint_id) {
                hint.set_text_content(Some(&hint_text(needed, top)));
            }
        }
        needed
    });
    for part in ActionPart::ALL {
        let value = Memo::new(move |_| read_action(editor, cid, |a| part.of(a).clone()));
        let id = part_id(cid, part);
        Effect::new(move |_| value.with(|text| set_value(&id, text)));
    }
    let status = Memo::new(move |_| read_action(editor, cid, ImprovementAction::status));
    let (status_group, status_field) = (ids.status.clone(), ids.status_field.clone());
    let reason_field = ids.reason_field.clone();
    Effect::new(move |_| {
        let status = status.get();
        for choice in ActionStatus::ALL {
            let radio = element_by_id(&choice_id(&status_group, choice.id()))
                .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
            if let Some(radio) = radio {
                radio.set_checked(choice == status);
            }
        }
        // The reason's box comes and goes with "Dropped" (made with its text).
        match (
            status == ActionStatus::Dropped,
            element_by_id(&reason_field),
        ) {
            (true, None) => {
                let text = editor.with_untracked(|a| {
                    a.characteristic(cid)
                        .map(|c| c.action.reason.clone())
                        .unwrap_or_default()
                });
                if let Some(status_field) = element_by_id(&status_field) {
                    let html = reason_field_html(cid, &text);
                    let _ = status_field.insert_adjacent_html("afterend", &html);
                }
            }
            (false, Some(reason)) => reason.remove(),
            _ => {}
        }
    });
    let markers = Memo::new(move |_| read_action(editor, cid, |a| markers_html(a, today)));
    let block = ids.block.clone();
    // Each reads its memo on every run: a memo not yet read follows nothing.
    Effect::new(move |drawn: Option<()>| {
        markers.with(|html| {
            if drawn.is_some() {
                replace_markers(&block, html);
            }
        });
    });
    let history = Memo::new(move |_| read_action(editor, cid, |a| history_html(&a.history)));
    let (label, list) = (ids.history_label.clone(), ids.history.clone());
    Effect::new(move |drawn: Option<()>| {
        history.with(|html| {
            let found = (element_by_id(&label), element_by_id(&list));
            if let (Some(_), Some(label), Some(list)) = (drawn, found.0, found.1) {
                list.set_inner_html(html);
                list.set_hidden(html.is_empty());
                label.set_hidden(html.is_empty());
            }
        });
    });

    let input = move |event: leptos::ev::Event| {
        let Some(field) = target_as::<web_sys::Element>(&event) else {
            return;
        };
        let id = field.id();
        if let Some(part) = ActionPart::ALL.into_iter().find(|p| part_id(cid, *p) == id) {
            let text = value_of(&field);
            let _ = editor.apply(Change::Action {
                item: cid.to_owned(),
                part,
                text,
            });
        }
    };
    let status_group = ids.status.clone();
    let change = move |event: leptos::ev::Event| {
        let radio =
            target_as::<web_sys::HtmlInputElement>(&event).filter(|r| r.name() == status_group);
        if let Some(status) = radio.and_then(|r| ActionStatus::from_id(&r.value())) {
            let _ = editor.apply(Change::ActionStatus {
                item: cid.to_owned(),
                status,
            });
        }
    };
    let (note, add_note) = (ids.note.clone(), ids.add_note.clone());
    let click = move |event: leptos::ev::MouseEvent| {
        let on_add = target_as::<web_sys::Element>(&event)
            .and_then(|t| t.closest("button").ok().flatten())
            .is_some_and(|button| button.id() == add_note);
        let Some(note) = element_by_id(&note).filter(|_| on_add) else {
            return;
        };
        let text = value_of(&note);
        if editor
            .apply(Change::ProgressNote {
                item: cid.to_owned(),
                text,
            })
            .is_ok()
        {
            set_value_of(&note, "");
        }
    };
    view! {
        <fieldset class="action" id=ids.block hidden=move || !shown.get() on:input=input on:change=change on:click=click inner_html=html></fieldset>
    }
}

/// The text of a text box or text area.
fn value_of(field: &web_sys::Element) -> String {
    js_sys::Reflect::get(field, &JsValue::from_str("value"))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

fn set_value_of(field: &web_sys::Element, text: &str) {
    let _ = js_sys::Reflect::set(field, &JsValue::from_str("value"), &JsValue::from_str(text));
}

/// Puts `text` in the field `id` unless it holds it already (as it does
/// while it is typed in), so the caret stays where it is.
fn set_value(id: &str, text: &str) {
    if let Some(field) = element_by_id(id) {
        if value_of(&field) != text {
            set_value_of(&field, text);
        }
    }
}

/// Replaces the "Carried over" and "Overdue" markers, which follow the legend.
fn replace_markers(block: &str, html: &str) {
    let Some(block) = element_by_id(block) else {
        return;
    };
    if let Ok(Some(old)) = block.query_selector(":scope > .action-markers") {
        old.remove();
    }
    if let Some(legend) = block.first_element_child() {
        let _ = legend.insert_adjacent_html("afterend", html);
    }
}

/// Reads the characteristic's action, following that item.
fn read_action<R: Default>(
    editor: Editor,
    cid: &'static str,
    read: impl FnOnce(&ImprovementAction) -> R,
) -> R {
    editor.with_item(cid, |a| {
        a.characteristic(cid)
            .map(|c| read(&c.action))
            .unwrap_or_default()
    })
}
