//! The committee paper's actions: the sentence on actions due, one line of
//! the list of those overdue or due soon, and the priority actions.

use std::fmt::{self, Write};

use super::escape::Esc;
use super::pieces::{plural, Date};
use super::sections::action_table;
use crate::domain::dates::CivilDate;
use crate::report::key_messages::DUE_SOON_MONTHS;
use crate::report::summary::{ActionItem, Summary};

pub(super) fn actions_due(out: &mut String, summary: &Summary) -> fmt::Result {
    let k = &summary.key_messages;
    let all = summary
        .actions
        .iter()
        .filter(|a| a.status.is_open())
        .count();
    let closed = summary.actions.len() - all;
    if closed > 0 {
        write!(
            out,
            "{closed} improvement {} done or dropped. ",
            plural(closed, "action is", "actions are")
        )?;
    }
    if all == 0 {
        return out.write_str("There are no open improvement actions.");
    }
    write!(
        out,
        "Of {all} open improvement {}, {} {} overdue and {} {} due within {DUE_SOON_MONTHS} months (by {}).",
        plural(all, "action", "actions"),
        k.overdue.len(),
        plural(k.overdue.len(), "is", "are"),
        k.due_soon.len(),
        plural(k.due_soon.len(), "is", "are"),
        Date(k.due_soon_until)
    )?;
    if k.undated > 0 {
        write!(
            out,
            " {} {} no due date.",
            k.undated,
            plural(k.undated, "has", "have")
        )?;
    }
    Ok(())
}

pub(super) fn due_line(out: &mut String, a: &ActionItem, overdue: bool) -> fmt::Result {
    let Some(due) = a.due else {
        return Ok(());
    };
    writeln!(
        out,
        "<li>{}<span class=\"summary-code\">{}</span> {} ({}, due {})</li>",
        if overdue {
            "<strong class=\"summary-flag summary-flag-present\">Overdue</strong> "
        } else {
            ""
        },
        Esc(&a.code),
        Esc(match a.action.trim() {
            "" => "No action described yet",
            text => text,
        }),
        Esc(match a.owner.trim() {
            "" => "no owner",
            owner => owner,
        }),
        Date(due)
    )
}

/// The priority actions (at most ten), how many there are, and where the rest are.
pub(super) fn priority_actions(out: &mut String, summary: &Summary, appendix: bool) -> fmt::Result {
    let all = summary.actions.len();
    out.push_str(
        "<section class=\"summary-section summary-priorities\">\n<h2>Priority actions</h2>\n",
    );
    if all == 0 {
        writeln!(
            out,
            "<p>No characteristic is rated below “{}”, so there are no actions.</p>\n</section>",
            Esc(&summary.method.top_level_label)
        )?;
        return Ok(());
    }
    let shown = summary.priority_actions.len();
    let bottom = summary
        .key_messages
        .lower_levels
        .last()
        .map_or("", String::as_str);
    write!(
        out,
        "<p>There {} {all} improvement {} in all. ",
        plural(all, "is", "are"),
        plural(all, "action", "actions"),
    )?;
    if shown < all {
        write!(
            out,
            "These are the first {shown}: those for characteristics rated “{}”, then the rest by due date. ",
            Esc(bottom)
        )?;
    }
    out.push_str(if appendix {
        "The full action plan is in the appendix"
    } else {
        "The full action plan is in the full summary for officers"
    });
    out.push_str(" and in the action plan download (CSV).</p>\n");
    action_table(
        out,
        &summary.priority_actions,
        "Priority actions",
        today(summary),
    )?;
    out.push_str("</section>\n");
    Ok(())
}

/// The report's date, against which actions are overdue.
fn today(summary: &Summary) -> CivilDate {
    summary.method.generated
}
