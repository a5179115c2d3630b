//! The action plan as CSV for Excel.

use crate::domain::assessment::Assessment;
use crate::domain::dates::CivilDate;
use crate::domain::framework::Framework;
use crate::report::summary::Summary;

/// The columns of the action-plan CSV.
pub const ACTION_PLAN_COLUMNS: [&str; 12] = [
    "Theme",
    "Code",
    "Characteristic",
    "Rating",
    "Gap",
    "Action",
    "Owner",
    "Due date",
    "Status",
    "Last update",
    "Carried over",
    "Framework",
];

/// The action plan as CSV that Excel opens correctly: UTF-8 with a byte-order
/// mark, CRLF line ends, RFC 4180 quoting, a header row, and due dates written
/// `YYYY-MM-DD` so Excel reads them as dates. Rows are in the summary's order
/// (by due date, undated last).
///
/// A field that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets
/// a leading `'`, so a spreadsheet shows it as text instead of running it as a
/// formula.
pub fn action_plan_csv(framework: &Framework, assessment: &Assessment) -> String {
    let summary = Summary::build(framework, assessment, assessment.updated_ms);
    let mut out = String::with_capacity(256 + summary.actions.len() * 512);
    out.push('\u{feff}');
    csv_row(&mut out, ACTION_PLAN_COLUMNS.iter().copied());
    // Named on every row, so a row copied into another sheet still says
    // which framework, and which version, its statement comes from.
    let framework_name = format!(
        "{}, version {}",
        framework.info.title, framework.info.version
    );
    for a in &summary.actions {
        // A real date goes out bare so Excel reads it as a date; anything else
        // typed in the field is text like the rest.
        let due = a.due.map(CivilDate::iso);
        let due_field = due.as_deref().unwrap_or(a.due_text.trim());
        let last_update = a.last_update.map(CivilDate::iso).unwrap_or_default();
        csv_row(
            &mut out,
            [
                a.theme_title.as_str(),
                &a.code,
                &a.statement,
                &a.rating.label,
                a.gap.trim(),
                a.action.trim(),
                a.owner.trim(),
                due_field,
                a.status.label(),
                &last_update,
                if a.carried_over { "Yes" } else { "No" },
                &framework_name,
            ],
        );
    }
    out
}

fn csv_row<'a>(out: &mut String, fields: impl IntoIterator<Item = &'a str>) {
    for (i, field) in fields.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        csv_field(out, field);
    }
    out.push_str("\r\n");
}

/// Writes one field: formula guard first, then RFC 4180 quoting.
fn csv_field(out: &mut String, field: &str) {
    let guard = field.starts_with(['=', '+', '-', '@', '\t', '\r']);
    // A bare ISO date starts with a digit, so the guard never touches due dates.
    let needs_quotes = field.contains([',', '"', '\r', '\n']);
    if needs_quotes {
        out.push('"');
    }
    if guard {
        out.push('\'');
    }
    if needs_quotes {
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(field);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_and_guarded() {
        let field = |text: &str| {
            let mut out = String::new();
            csv_field(&mut out, text);
            out
        };
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(field("-1,2"), "\"'-1,2\"");
        assert_eq!(field("@cmd"), "'@cmd");
        assert_eq!(field("\tx"), "'\tx");
        assert_eq!(field("2027-03-31"), "2027-03-31");
    }
}
