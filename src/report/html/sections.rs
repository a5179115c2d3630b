//! The full record's sections, for officers: the overview, the warning signs
//! flagged with their notes, the action plan (also the members' appendix),
//! the reflections and the full note on how it was done.

use std::fmt::{self, Write};

use super::escape::{user_paragraphs, Esc};
use super::pieces::{fact, plural, Date, Flag, OrNotSet, Rating, Status};
use crate::domain::assessment::PaperPart;
use crate::domain::dates::CivilDate;
use crate::report::key_messages::ActionTiming;
use crate::report::summary::{ActionItem, Summary};

pub(super) fn overview(out: &mut String, summary: &Summary) -> fmt::Result {
    let o = &summary.overview;
    out.push_str("<section class=\"summary-section summary-overview\">\n<h2>Overview</h2>\n");
    out.push_str("<dl class=\"summary-facts\">");
    fact(
        out,
        "Sections completed",
        format_args!("{} of {}", o.sections_completed, o.sections_total),
    )?;
    fact(
        out,
        "Characteristics rated",
        format_args!("{} of {}", o.characteristics_rated, o.characteristics_total),
    )?;
    fact(
        out,
        "Items answered",
        format_args!(
            "{} of {} ({}%): ratings, warning signs and reflective questions",
            o.items.answered,
            o.items.total,
            o.items.percent()
        ),
    )?;
    fact(out, "Improvement actions", summary.actions.len())?;
    out.push_str("</dl>\n");

    if summary.themes.is_empty() {
        out.push_str("<p>No themes were in the scope of this assessment.</p>\n</section>\n");
        return Ok(());
    }
    out.push_str(
        "<div class=\"summary-scroll\" role=\"region\" aria-label=\"Ratings by theme\" tabindex=\"0\">\n\
         <table class=\"summary-table summary-counts\">\n\
         <caption>Number of characteristics at each rating, by theme</caption>\n\
         <thead><tr><th scope=\"col\">Theme</th>",
    );
    for lc in &o.totals {
        write!(
            out,
            "<th scope=\"col\" class=\"summary-num\">{}</th>",
            Rating(&lc.level)
        )?;
    }
    out.push_str("<th scope=\"col\" class=\"summary-num\">Total</th></tr></thead>\n<tbody>\n");
    for theme in &summary.themes {
        write!(out, "<tr><th scope=\"row\">{}</th>", Esc(&theme.title))?;
        for lc in &theme.counts {
            write!(out, "<td class=\"summary-num\">{}</td>", lc.count)?;
        }
        writeln!(
            out,
            "<td class=\"summary-num\">{}</td></tr>",
            theme.ratings.len()
        )?;
    }
    out.push_str("</tbody>\n<tfoot><tr><th scope=\"row\">All themes</th>");
    for lc in &o.totals {
        write!(out, "<td class=\"summary-num\">{}</td>", lc.count)?;
    }
    writeln!(
        out,
        "<td class=\"summary-num\">{}</td></tr></tfoot>\n</table>\n</div>\n</section>",
        o.characteristics_total
    )
}

pub(super) fn warning_signs(out: &mut String, summary: &Summary) -> fmt::Result {
    out.push_str(
        "<section class=\"summary-section summary-flags\">\n<h2>Warning signs flagged</h2>\n\
         <p>The guidance lists indicators of potential failure for each theme. These are the ones \
         the assessor judged present or partly present. They are listed to prompt discussion: they \
         are never scored, and they do not change any rating.</p>\n",
    );
    if summary.flagged.is_empty() {
        out.push_str("<p>No warning sign was judged present or partly present.</p>\n");
    }
    let mut current_theme: Option<&str> = None;
    for flag in &summary.flagged {
        if current_theme != Some(flag.theme_id.as_str()) {
            if current_theme.is_some() {
                out.push_str("</ul>\n");
            }
            write!(
                out,
                "<h3>{}</h3>\n<ul class=\"summary-flag-list\">\n",
                Esc(&flag.theme_title)
            )?;
            current_theme = Some(&flag.theme_id);
        }
        write!(out, "<li><p>{} {}</p>", Flag(flag.state), Esc(&flag.text))?;
        if !flag.note.trim().is_empty() {
            out.push_str(
                "<div class=\"summary-note\"><p class=\"summary-label\">Assessor’s note</p>",
            );
            user_paragraphs(out, &flag.note)?;
            out.push_str("</div>");
        }
        out.push_str("</li>\n");
    }
    if current_theme.is_some() {
        out.push_str("</ul>\n");
    }
    let unjudged = summary.warning_signs_not_judged;
    if unjudged > 0 {
        writeln!(
            out,
            "<p class=\"summary-inset\">{unjudged} warning {} not yet been judged.</p>",
            plural(unjudged, "sign has", "signs have")
        )?;
    }
    out.push_str("</section>\n");
    Ok(())
}

/// The whole action plan: for officers in the record, for members as an appendix.
pub(super) fn action_plan(out: &mut String, summary: &Summary, appendix: bool) -> fmt::Result {
    let top = Esc(&summary.method.top_level_label);
    let (class, heading) = if appendix {
        ("summary-appendix", "Appendix: the full action plan")
    } else {
        ("summary-actions", "Action plan")
    };
    writeln!(
        out,
        "<section class=\"summary-section {class}\">\n<h2>{heading}</h2>\n\
         <p>An improvement action is needed for every characteristic rated below “{top}”. \
         Actions are listed by due date, earliest first.</p>"
    )?;
    if summary.actions.is_empty() {
        writeln!(
            out,
            "<p>No characteristic is rated below “{top}”, so there are no actions.</p>\n</section>"
        )?;
        return Ok(());
    }
    action_table(
        out,
        &summary.actions,
        "Action plan",
        summary.method.generated,
    )?;
    out.push_str("</section>\n");
    Ok(())
}

/// Actions as a table, one row each, in the order given; each due date with
/// the action's status, and "Overdue" where it is on `today`.
pub(super) fn action_table(
    out: &mut String,
    actions: &[ActionItem],
    name: &str,
    today: CivilDate,
) -> fmt::Result {
    write!(
        out,
        "<div class=\"summary-scroll\" role=\"region\" aria-label=\"{name}\" tabindex=\"0\">\n\
         <table class=\"summary-table summary-action-table\">\n\
         <caption>{name}</caption>\n\
         <thead><tr><th scope=\"col\" class=\"summary-col-due\">Due date</th>\
         <th scope=\"col\" class=\"summary-col-characteristic\">Characteristic and rating</th>\
         <th scope=\"col\">Gap</th><th scope=\"col\">Action</th>\
         <th scope=\"col\" class=\"summary-col-owner\">Owner</th></tr></thead>\n<tbody>\n",
    )?;
    for a in actions {
        out.push_str("<tr><td class=\"summary-due\">");
        match a.due {
            Some(date) => write!(out, "{}", Date(date))?,
            None => write!(out, "{}", OrNotSet(&a.due_text))?,
        }
        write!(
            out,
            "<span class=\"summary-action-status\">{}{}</span>",
            a.status.label(),
            if a.carried_over { "; carried over" } else { "" }
        )?;
        if a.timing(today) == ActionTiming::Overdue {
            out.push_str("<strong class=\"summary-flag summary-flag-present\">Overdue</strong>");
        }
        writeln!(
            out,
            "</td><th scope=\"row\"><span class=\"summary-code\">{}</span> {}\
             <span class=\"summary-action-rating\">{}</span></th><td>{}</td><td>{}</td><td>{}</td></tr>",
            Esc(&a.code),
            Esc(&a.statement),
            Rating(&a.rating),
            OrNotSet(&a.gap),
            OrNotSet(&a.action),
            OrNotSet(&a.owner)
        )?;
    }
    out.push_str("</tbody>\n</table>\n</div>\n");
    Ok(())
}

pub(super) fn reflections(out: &mut String, summary: &Summary) -> fmt::Result {
    out.push_str(
        "<section class=\"summary-section summary-reflections\">\n<h2>Reflections on the principles</h2>\n\
         <p>The principles describe how government expects councils to secure best value and how it \
         will support them. The council answered reflective questions on each.</p>\n",
    );
    if summary.reflections.is_empty() {
        out.push_str("<p>No principles were in the scope of this assessment.</p>\n");
    }
    for principle in &summary.reflections {
        write!(
            out,
            "<h3>{}</h3>\n<dl class=\"summary-qa\">\n",
            Esc(&principle.title)
        )?;
        for answer in &principle.answers {
            write!(out, "<dt>{}</dt><dd>", Esc(&answer.question))?;
            if answer.answer.trim().is_empty() {
                out.push_str("<p class=\"summary-missing\">Not answered.</p>");
            } else {
                user_paragraphs(out, &answer.answer)?;
            }
            out.push_str("</dd>\n");
        }
        out.push_str("</dl>\n");
    }
    out.push_str("</section>\n");
    Ok(())
}

pub(super) fn method(out: &mut String, summary: &Summary) -> fmt::Result {
    let m = &summary.method;
    out.push_str(
        "<section class=\"summary-section summary-method\">\n<h2>About this assessment</h2>\n<dl class=\"summary-facts\">",
    );
    fact(out, "Assessed by", Esc(&m.assessor))?;
    fact(
        out,
        PaperPart::ReviewedBy.label(),
        OrNotSet(summary.paper.text(PaperPart::ReviewedBy)),
    )?;
    let approved = super::paper::approved(summary).unwrap_or_default();
    fact(out, "Approved by", OrNotSet(&approved))?;
    fact(out, "Started", Date(m.started))?;
    fact(out, "Last changed", Date(m.last_changed))?;
    fact(out, "Summary produced", Date(m.generated))?;
    fact(out, "Status", Status(m.status))?;
    fact(
        out,
        "Framework",
        format_args!(
            "{}, version {} (<span class=\"summary-code\">{}</span>)",
            Esc(&m.framework_title),
            Esc(&m.framework_version),
            Esc(&m.framework_id)
        ),
    )?;
    if let Some(answered) = &m.answered_version {
        fact(out, "Answers given against version", Esc(answered))?;
    }
    fact(out, "Based on", Esc(&m.guide_title))?;
    fact(
        out,
        "This document",
        "The full summary for officers: the record of every answer, with the evidence for each \
         rating. The summary for members is the short paper for the committee.",
    )?;
    out.push_str("</dl>\n");
    writeln!(
        out,
        "<table class=\"summary-table summary-scale\">\n<caption>The rating scale: each characteristic was rated against the question “{}”</caption>\n\
         <thead><tr><th scope=\"col\">Rating</th><th scope=\"col\">What it means</th></tr></thead>\n<tbody>",
        Esc(&m.scale_question)
    )?;
    for level in &m.levels {
        writeln!(
            out,
            "<tr><th scope=\"row\">{}</th><td>{}</td></tr>",
            Rating(level),
            Esc(&level.meaning)
        )?;
    }
    writeln!(
        out,
        "</tbody>\n</table>\n\
         <p>An improvement action is needed for every characteristic rated below “{}”.</p>\n\
         <p>The assessor judged each warning sign as not present, partly present or present (or not \
         applicable, for one about something the council does not run). Warning signs are shown beside \
         the ratings and are never added up into a score.</p>",
        Esc(&m.top_level_label)
    )?;
    out.push_str("<p>Each statement and warning sign says where it comes from.");
    if m.built_in {
        out.push_str(
            " They are this tool's own wording, based on the statutory guide: they are not the \
             guide's official list of characteristics, and none is quoted from it.",
        );
    }
    if !m.statement_bases.is_empty() {
        out.push_str(" Of the statements rated: ");
        for (i, (basis, count)) in m.statement_bases.iter().enumerate() {
            let sep = match i {
                0 => "",
                _ if i + 1 == m.statement_bases.len() => "; and ",
                _ => "; ",
            };
            write!(
                out,
                "{sep}{count} from {}",
                Esc(&basis.label().to_lowercase())
            )?;
        }
        out.push('.');
    }
    out.push_str(" Dates are in UK time.</p>\n</section>\n");
    Ok(())
}

/// Answers kept from an earlier version of the framework to questions it no
/// longer asks: in the officers' version, so nothing written is lost from view.
pub(super) fn retired(out: &mut String, summary: &Summary) -> fmt::Result {
    if summary.retired.is_empty() {
        return Ok(());
    }
    out.push_str(
        "<section class=\"summary-section summary-retired\">\n<h2>Answers to questions no longer asked</h2>\n\
         <p>These answers were given to questions of an earlier version of the framework that the \
         current version does not ask. They are kept here as they were given, and are not counted \
         above.</p>\n<dl class=\"summary-qa\">\n",
    );
    for line in &summary.retired {
        write!(
            out,
            "<dt>{} <span class=\"summary-code\">(version {})</span></dt><dd><p><strong>{}</strong></p>",
            Esc(&line.question),
            Esc(&line.from_version),
            Esc(&line.answer)
        )?;
        for (label, text) in &line.details {
            write!(out, "<p><strong>{label}:</strong></p>")?;
            user_paragraphs(out, text)?;
        }
        write!(out, "<p>{}", Esc(&line.reason))?;
        if let Some(covered_by) = &line.covered_by {
            write!(out, " Now covered by {}.", Esc(covered_by))?;
        }
        out.push_str("</p></dd>\n");
    }
    out.push_str("</dl>\n</section>\n");
    Ok(())
}
