//! A characteristic's improvement action, followed through: what it is, who
//! owns it and when it is due; its status, and why it was dropped; dated
//! progress notes; and whether it came across from last year or is overdue.
//! The domain decides each of these; the fields only show and change them.

use leptos::prelude::*;

use crate::app::browser::now_ms;
use crate::app::components::fields::TextBox;
use crate::app::components::radios::{Choice, Radios};
use crate::app::content_html::with_hidden_words;
use crate::app::editor::Editor;
use crate::app::format;
use crate::domain::assessment::{
    ActionPart, ActionStatus, Change, ImprovementAction, ProgressNote,
};
use crate::domain::dates::CivilDate;
use crate::report::html::escape_html;

/// The improvement action of a characteristic, while the domain shows one.
#[component]
pub fn ActionFields(editor: Editor, cid: &'static str, code: String) -> impl IntoView {
    let framework = editor.framework();
    let top = &framework.scale.top_level().label;
    let needed = move || editor.with_item(cid, |a| a.needs_action(&framework.scale, cid));
    let status = Memo::new(move |_| read_action(editor, cid, |a| a.status()));
    // Only when it changes: the reason's box must not be made again as it is typed in.
    let dropped = Memo::new(move |_| status.get() == ActionStatus::Dropped);
    let field = move |part: ActionPart, label: String, read: fn(&ImprovementAction) -> &str| {
        let (suffix, rows, input_type) = match part {
            ActionPart::Gap => ("gap", Some(2), None),
            ActionPart::Action => ("action", Some(2), None),
            ActionPart::Owner => ("owner", None, None),
            ActionPart::Due => ("due", None, Some("date")),
            ActionPart::Reason => ("reason", Some(2), None),
        };
        view! {
            <TextBox
                id=format!("{cid}-{suffix}")
                label=label
                rows=rows
                input_type=input_type
                value=Signal::derive(move || read_action(editor, cid, |a| read(a).to_owned()))
                on_input=Callback::new(move |text| { let _ = editor.apply(Change::Action { item: cid.to_owned(), part, text }); })
            />
        }
    };
    let choices = ActionStatus::ALL
        .into_iter()
        .map(|s| Choice::new(s.id(), s.label()))
        .collect();
    let choose = Callback::new(move |id: &'static str| {
        if let Some(status) = ActionStatus::from_id(id) {
            let _ = editor.apply(Change::ActionStatus {
                item: cid.to_owned(),
                status,
            });
        }
    });
    view! {
        <fieldset class="action">
            <legend>{format!("Improvement action for {code}")}</legend>
            {move || markers(editor, cid)}
            <p class="hint">{move || if needed() {
                format!("Needed because the rating is below “{top}”.")
            } else {
                "This year's rating does not call for an action: follow this one through, to done, or dropped with a reason.".to_owned()
            }}</p>
            {field(ActionPart::Gap, "What is missing".to_owned(), |a| &a.gap)}
            {field(ActionPart::Action, "Action to take".to_owned(), |a| &a.action)}
            {field(ActionPart::Owner, "Owner".to_owned(), |a| &a.owner)}
            {field(ActionPart::Due, "Due date".to_owned(), |a| &a.due)}
            <fieldset class="field action-status">
                <legend>{format!("Status of the action for {code}")}</legend>
                <Radios name=format!("{cid}-status") choices=choices selected=Signal::derive(move || Some(status.get().id())) on_choose=choose inline=true/>
            </fieldset>
            {move || dropped.get().then(|| field(ActionPart::Reason, "Why it was dropped".to_owned(), |a| &a.reason))}
            <ProgressNotes editor=editor cid=cid code=code.clone()/>
        </fieldset>
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

/// "Carried over from last year" and "Overdue", in words.
fn markers(editor: Editor, cid: &'static str) -> Option<impl IntoView> {
    let today = CivilDate::from_uk_ms(now_ms());
    let (carried, overdue, due) = read_action(editor, cid, |a| {
        (a.carried_over, a.is_overdue(today), a.due.clone())
    });
    (carried || overdue).then(|| {
        view! {
            <p class="action-markers">
                {carried.then(|| view! { <strong class="tag tag--carried">"Carried over from last year"</strong> })}
                {overdue.then(|| view! {
                    <strong class="tag tag--overdue">"Overdue"</strong>
                    <span class="action-markers__due">{format!(" It was due on {} and is not done.", format::iso_date(due.trim()))}</span>
                })}
            </p>
        }
    })
}

/// The action's history, newest first, and a box to add a dated note.
#[component]
fn ProgressNotes(editor: Editor, cid: &'static str, code: String) -> impl IntoView {
    let note = RwSignal::new(String::new());
    let add = move |_| {
        let text = note.get_untracked();
        if editor
            .apply(Change::ProgressNote {
                item: cid.to_owned(),
                text,
            })
            .is_ok()
        {
            note.set(String::new());
        }
    };
    let history = Memo::new(move |_| read_action(editor, cid, |a| history_html(&a.history)));
    let list_id = format!("{cid}-history-label");
    let add_label = with_hidden_words("Add the note", &format!(" to the action for {code}"));
    view! {
        <div class="field progress-notes">
            <p class="label" id=list_id.clone() hidden=move || history.with(String::is_empty)>"Progress so far (newest first)"</p>
            <ul class="history" aria-labelledby=list_id hidden=move || history.with(String::is_empty) inner_html=history></ul>
            <TextBox
                id=format!("{cid}-note")
                label="Add a progress note"
                hint="Dated today when added."
                rows=2
                value=Signal::derive(move || note.get())
                on_input=Callback::new(move |text| note.set(text))
            />
            <button type="button" class="secondary" on:click=add inner_html=add_label></button>
        </div>
    }
}

/// The entries of an action's history as list items, newest first: each
/// dated, with the status it set and the note written.
fn history_html(history: &[ProgressNote]) -> String {
    history
        .iter()
        .rev()
        .map(|entry| {
            let mut words = Vec::new();
            if let Some(status) = entry.status {
                words.push(format!("Status set to {}.", status.label()));
            }
            if !entry.text.is_empty() {
                words.push(entry.text.clone());
            }
            format!(
                "<li><strong>{}</strong>: <span class=\"pre-wrap\">{}</span></li>",
                escape_html(&format::iso_date(&entry.date)),
                escape_html(&words.join(" "))
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_history_is_listed_newest_first_with_status_and_note_escaped() {
        let history = [
            ProgressNote {
                date: "2027-01-05".into(),
                status: Some(ActionStatus::InProgress),
                text: String::new(),
            },
            ProgressNote {
                date: "2027-02-10".into(),
                status: None,
                text: "Draft <code> out".into(),
            },
        ];
        assert_eq!(
            history_html(&history),
            "<li><strong>10 February 2027</strong>: <span class=\"pre-wrap\">Draft &lt;code&gt; out</span></li>\
             <li><strong>5 January 2027</strong>: <span class=\"pre-wrap\">Status set to In progress.</span></li>"
        );
    }
}
