//! A characteristic's improvement action as one HTML string: the fields, the
//! status radios, the markers and the history. A rating click that brings
//! the action in builds it in one parse instead of some forty elements made
//! one by one, each with its own effect; [`super::action_fields`] handles its
//! events and keeps it in step. The element ids are all made here.

use crate::app::components::radios::{radios_html, Choice};
use crate::app::content_html::with_hidden_words;
use crate::app::format;
use crate::domain::assessment::{ActionPart, ActionStatus, ImprovementAction, ProgressNote};
use crate::domain::dates::CivilDate;
use crate::report::html::escape_html;

/// The id of the text field for `part` of the action of `cid`.
pub fn part_id(cid: &str, part: ActionPart) -> String {
    let suffix = match part {
        ActionPart::Gap => "gap",
        ActionPart::Action => "action",
        ActionPart::Owner => "owner",
        ActionPart::Due => "due",
        ActionPart::Reason => "reason",
    };
    format!("{cid}-{suffix}")
}

/// The ids of the block's other changing parts, for the views that keep it in step.
pub struct ActionIds {
    pub block: String,
    pub hint: String,
    pub status: String,
    pub status_field: String,
    pub reason_field: String,
    pub history_label: String,
    pub history: String,
    pub note: String,
    pub add_note: String,
}

impl ActionIds {
    pub fn new(cid: &str) -> Self {
        ActionIds {
            block: format!("{cid}-action-fields"),
            hint: format!("{cid}-action-hint"),
            status: format!("{cid}-status"),
            status_field: format!("{cid}-status-field"),
            reason_field: format!("{cid}-reason-field"),
            history_label: format!("{cid}-history-label"),
            history: format!("{cid}-history"),
            note: format!("{cid}-note"),
            add_note: format!("{cid}-add-note"),
        }
    }
}

/// The status radios, as [`radios_html`] takes them.
pub fn status_choices() -> Vec<Choice> {
    ActionStatus::ALL
        .into_iter()
        .map(|s| Choice::new(s.id(), s.label()))
        .collect()
}

/// Why the action is shown: needed by this year's rating, or followed through.
pub fn hint_text(needed: bool, top_level: &str) -> String {
    if needed {
        format!("Needed because the rating is below “{top_level}”.")
    } else {
        "This year's rating does not call for an action: follow this one through, to done, or dropped with a reason.".to_owned()
    }
}

/// The inside of the action's `<fieldset>` (whose id is [`ActionIds::block`]).
pub fn action_fields_html(
    cid: &str,
    code: &str,
    hint: &str,
    action: &ImprovementAction,
    today: CivilDate,
) -> String {
    let ids = ActionIds::new(cid);
    let mut out = format!(
        "<legend>Improvement action for {}</legend>",
        escape_html(code)
    );
    out.push_str(&markers_html(action, today));
    out.push_str(&format!(
        "<p class=\"hint\" id=\"{}\">{}</p>",
        escape_html(&ids.hint),
        escape_html(hint)
    ));
    for part in [
        ActionPart::Gap,
        ActionPart::Action,
        ActionPart::Owner,
        ActionPart::Due,
    ] {
        part_field(&mut out, cid, part, action);
    }
    out.push_str(&format!(
        "<fieldset class=\"field action-status\" id=\"{}\"><legend>Status of the action for {}</legend><div class=\"radios radios--inline\">{}</div></fieldset>",
        escape_html(&ids.status_field),
        escape_html(code),
        radios_html(&ids.status, &status_choices(), Some(action.status().id()))
    ));
    if action.status() == ActionStatus::Dropped {
        out.push_str(&reason_field_html(cid, &action.reason));
    }
    let history = history_html(&action.history);
    let hidden = if history.is_empty() { " hidden" } else { "" };
    out.push_str(&format!(
        "<div class=\"field progress-notes\"><p class=\"label\" id=\"{label}\"{hidden}>Progress so far (newest first)</p><ul class=\"history\" id=\"{list}\" aria-labelledby=\"{label}\"{hidden}>{history}</ul>",
        label = escape_html(&ids.history_label),
        list = escape_html(&ids.history),
    ));
    let note = Field {
        id: &ids.note,
        field_id: None,
        label: "Add a progress note",
        hint: Some("Dated today when added."),
        control: Control::Area,
        value: "",
    };
    note.write(&mut out);
    out.push_str(&format!(
        "<button type=\"button\" class=\"secondary\" id=\"{}\">{}</button></div>",
        escape_html(&ids.add_note),
        with_hidden_words("Add the note", &format!(" to the action for {code}"))
    ));
    out
}

/// The field for why the action was dropped, there only while it is.
pub fn reason_field_html(cid: &str, reason: &str) -> String {
    let mut out = String::new();
    let id = part_id(cid, ActionPart::Reason);
    let field_id = ActionIds::new(cid).reason_field;
    let field = Field {
        id: &id,
        field_id: Some(&field_id),
        label: "Why it was dropped",
        hint: None,
        control: Control::Area,
        value: reason,
    };
    field.write(&mut out);
    out
}

/// The field for one part of the action.
fn part_field(out: &mut String, cid: &str, part: ActionPart, action: &ImprovementAction) {
    let (label, control) = match part {
        ActionPart::Gap => ("What is missing", Control::Area),
        ActionPart::Action => ("Action to take", Control::Area),
        ActionPart::Owner => ("Owner", Control::Line),
        ActionPart::Due => ("Due date", Control::Date),
        ActionPart::Reason => return out.push_str(&reason_field_html(cid, &action.reason)),
    };
    let id = part_id(cid, part);
    let value = part.of(action);
    let field = Field {
        id: &id,
        field_id: None,
        label,
        hint: None,
        control,
        value,
    };
    field.write(out);
}

/// How a field is typed in: two lines, one line, or a date.
enum Control {
    Area,
    Line,
    Date,
}

/// A labelled field as [`crate::app::components::fields::TextBox`] draws it.
struct Field<'a> {
    id: &'a str,
    /// The id of the field's own `<div>`, when something must find it.
    field_id: Option<&'a str>,
    label: &'a str,
    hint: Option<&'a str>,
    control: Control,
    value: &'a str,
}

impl Field<'_> {
    fn write(&self, out: &mut String) {
        let id = escape_html(self.id);
        let label = escape_html(self.label);
        let field_id = self.field_id.map(|f| format!(" id=\"{}\"", escape_html(f)));
        let field_id = field_id.unwrap_or_default();
        out.push_str(&format!(
            "<div class=\"field\"{field_id}><label for=\"{id}\">{label}</label>"
        ));
        let mut described = String::new();
        if let Some(hint) = self.hint {
            let hint = escape_html(hint);
            out.push_str(&format!("<p class=\"hint\" id=\"{id}-hint\">{hint}</p>"));
            described = format!(" aria-describedby=\"{id}-hint\"");
        }
        let value = escape_html(self.value);
        out.push_str(&match self.control {
            // The parser drops a text area's first newline: one more keeps the text's own.
            Control::Area => {
                let lead = if self.value.starts_with('\n') { "\n" } else { "" };
                format!("<textarea id=\"{id}\" rows=\"2\"{described}>{lead}{value}</textarea>")
            }
            Control::Line => format!(
                "<input type=\"text\" id=\"{id}\" autocomplete=\"off\"{described} value=\"{value}\">"
            ),
            Control::Date => format!(
                "<input type=\"date\" id=\"{id}\" class=\"input--date\" autocomplete=\"off\"{described} value=\"{value}\">"
            ),
        });
        out.push_str("</div>");
    }
}

/// "Carried over from last year" and "Overdue", in words; empty when neither.
pub fn markers_html(action: &ImprovementAction, today: CivilDate) -> String {
    let overdue = action.is_overdue(today);
    if !action.carried_over && !overdue {
        return String::new();
    }
    let mut out = "<p class=\"action-markers\">".to_owned();
    if action.carried_over {
        out.push_str("<strong class=\"tag tag--carried\">Carried over from last year</strong>");
    }
    if overdue {
        out.push_str(&format!(
            "<strong class=\"tag tag--overdue\">Overdue</strong><span class=\"action-markers__due\"> It was due on {} and is not done.</span>",
            escape_html(&format::iso_date(action.due.trim()))
        ));
    }
    out.push_str("</p>");
    out
}

/// The entries of an action's history as list items, newest first: each
/// dated, with the status it set and the note written.
pub fn history_html(history: &[ProgressNote]) -> String {
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

    #[test]
    fn the_fields_carry_their_values_escaped_and_the_reason_waits_for_dropped() {
        let action = ImprovementAction {
            gap: "No <review>".into(),
            owner: "Head of \"Policy\"".into(),
            due: "2027-03-31".into(),
            ..Default::default()
        };
        let today = CivilDate::parse_iso("2027-01-01").unwrap();
        let html = action_fields_html("t.c01", "T01", "Needed.", &action, today);
        assert!(html.starts_with("<legend>Improvement action for T01</legend><p class=\"hint\" id=\"t.c01-action-hint\">Needed.</p>"));
        assert!(html.contains("<textarea id=\"t.c01-gap\" rows=\"2\">No &lt;review&gt;</textarea>"));
        assert!(html.contains(
            "id=\"t.c01-owner\" autocomplete=\"off\" value=\"Head of &quot;Policy&quot;\""
        ));
        assert!(html.contains("<input type=\"date\" id=\"t.c01-due\" class=\"input--date\" autocomplete=\"off\" value=\"2027-03-31\">"));
        assert!(html.contains(
            "id=\"t.c01-status-not-started\" name=\"t.c01-status\" value=\"not-started\" checked"
        ));
        assert!(!html.contains("t.c01-reason"));
        let dropped = ImprovementAction {
            reason: "Overtaken".into(),
            history: vec![ProgressNote {
                date: "2027-01-05".into(),
                status: Some(ActionStatus::Dropped),
                text: String::new(),
            }],
            ..Default::default()
        };
        let html = action_fields_html("t.c01", "T01", "", &dropped, today);
        assert!(html.contains("</fieldset><div class=\"field\" id=\"t.c01-reason-field\"><label for=\"t.c01-reason\">Why it was dropped</label><textarea id=\"t.c01-reason\" rows=\"2\">Overtaken</textarea></div>"));
        assert!(html.contains("<textarea id=\"t.c01-note\" rows=\"2\" aria-describedby=\"t.c01-note-hint\"></textarea>"));
        assert!(!html.contains("action-markers"));
    }

    #[test]
    fn an_open_action_past_its_date_is_marked_overdue() {
        let action = ImprovementAction {
            due: "2027-03-31".into(),
            carried_over: true,
            ..Default::default()
        };
        let after = CivilDate::parse_iso("2027-04-01").unwrap();
        assert_eq!(
            markers_html(&action, after),
            "<p class=\"action-markers\"><strong class=\"tag tag--carried\">Carried over from last year</strong>\
             <strong class=\"tag tag--overdue\">Overdue</strong><span class=\"action-markers__due\"> It was due on 31 March 2027 and is not done.</span></p>"
        );
    }
}
