//! The summary for members, previewed as it will print, with the words only
//! officers can write, the choice of version, and the downloads.

use leptos::prelude::*;

use crate::app::browser::now_ms;
use crate::app::components::fields::{ErrorSummary, ErrorTarget, Notice, TextBox, Tone};
use crate::app::components::radios::{Choice, Radios};
use crate::app::components::save_status::SaveStatus;
use crate::app::download::{download, download_backup, page_stylesheet};
use crate::app::editor::{with_editor, Editor};
use crate::app::format;
use crate::domain::assessment::{
    Assessment, Change, PaperPart, ReportStatus, SignOffPart, DEFAULT_RECOMMENDATIONS,
};
use crate::domain::framework::Framework;
use crate::report::backup::{export_file_name, summary_file_name};
use crate::report::csv::action_plan_csv;
use crate::report::html::{summary_document_html, summary_fragment_html, SummaryVersion};

/// The in-app summary of an assessment.
pub fn summary_page(id: &str) -> AnyView {
    with_editor(id, |editor| {
        view! { <SummaryPage editor=editor/> }.into_any()
    })
}

#[component]
fn SummaryPage(editor: Editor) -> impl IntoView {
    let framework = editor.framework();
    let version = RwSignal::new(SummaryVersion::ALL[0]);
    let download_error = RwSignal::new(None::<String>);
    // Why Final was refused, while it stands; the approval fields show it too.
    let refused = RwSignal::new(None::<String>);
    let fragment = Memo::new(move |_| {
        let v = version.get();
        editor.with(|a| summary_fragment_html(framework, a, v, now_ms()))
    });
    let save_file =
        move |name: fn(&Assessment, SummaryVersion) -> String,
              mime: &'static str,
              build: fn(&Framework, &Assessment, SummaryVersion) -> String| {
            let v = version.get_untracked();
            let (name, contents) = editor.with_untracked(|a| (name(a, v), build(framework, a, v)));
            download_error.set(download(&name, mime, &contents).err());
        };
    let print = move |_| {
        let _ = window().print();
    };

    view! {
        <p class="no-print"><a href=editor.task_list_href()>"Back to the task list"</a></p>
        <p class="caption">{move || editor.with(|a| format!("{} – {}", a.council, a.name))}</p>
        <h1>"Summary for members"</h1>
        <div class="no-print">
            <SaveStatus editor=editor/>
            <h2>"Words for the committee"</h2>
            <p>"Only people can write these. They are saved with the assessment and appear in both versions."</p>
            {PaperPart::ALL.into_iter().map(|part| view! {
                <TextBox
                    id=format!("paper-{}", part.id())
                    label=part.label()
                    hint=paper_hint(part)
                    rows=(!part.is_short()).then_some(4)
                    value=Signal::derive(move || editor.with(|a| a.paper.text(part).to_owned()))
                    on_input=Callback::new(move |text| { let _ = editor.apply(Change::Paper { part, text }); })
                />
            }).collect_view()}
            <fieldset class="field">
                <legend>"Which version?"</legend>
                <Radios
                    name="summary-version".to_owned()
                    choices=SummaryVersion::ALL.into_iter().map(|v| Choice::new(v.id(), v.label())).collect()
                    selected=Signal::derive(move || Some(version.get().id()))
                    on_choose=Callback::new(move |id| {
                        if let Some(v) = SummaryVersion::ALL.into_iter().find(|v| v.id() == id) {
                            version.set(v);
                        }
                    })
                    inline=true
                />
                <div class="checkbox">
                    <input type="checkbox" id="summary-appendix"
                        prop:checked=move || version.get() == SummaryVersion::Members { action_plan: true }
                        on:change:target=move |ev| {
                            let action_plan = ev.target().checked();
                            version.set(SummaryVersion::Members { action_plan });
                        }/>
                    <label for="summary-appendix">"Summary for members with the full action plan as an appendix"</label>
                </div>
            </fieldset>
            <Approval editor=editor refused=refused/>
            <ReportStatusChoice editor=editor refused=refused/>
            <h2>"Download"</h2>
            <div class="button-group">
                <button type="button" on:click=move |_| save_file(summary_file_name, "text/html;charset=utf-8", |f, a, v| summary_document_html(f, a, v, now_ms(), &page_stylesheet("summary")))>
                    "Download the summary (HTML, print-ready)"
                </button>
                <button type="button" class="secondary" on:click=move |_| save_file(|a, _| export_file_name(a, "csv"), "text/csv;charset=utf-8", |f, a, _| action_plan_csv(f, a))>
                    "Download the action plan (CSV for Excel)"
                </button>
                <button type="button" class="secondary" on:click=move |_| download_error.set(editor.with_untracked(download_backup).err())>
                    "Download a backup of the whole assessment (JSON)"
                </button>
                <button type="button" class="secondary" on:click=print>"Print this summary"</button>
            </div>
            <p class="hint">"To make a PDF for an agenda pack, open the downloaded summary and choose Print, then Save as PDF. Each page then carries the council, the title, the status and its page number."</p>
            {move || download_error.get().map(|e| view! { <p class="error-message" role="alert">{format!("The download did not start: {e}")}</p> })}
            <h2>"Preview"</h2>
        </div>
        // The fragment is built by the domain with every user-typed text escaped,
        // and carries no script or style attribute, so it is safe to insert.
        <div class="summary-host" inner_html=move || fragment.get()></div>
    }
}

/// The id of the approval's field for one part.
fn approval_field(part: SignOffPart) -> &'static str {
    match part {
        SignOffPart::By => "approval-by",
        SignOffPart::Date => "approval-date",
    }
}

/// What to do about a missing part of the approval, once Final was refused.
fn approval_error(part: SignOffPart) -> &'static str {
    match part {
        SignOffPart::By => "Enter who approved the assessment before marking it Final",
        SignOffPart::Date => "Enter the date it was approved before marking it Final",
    }
}

/// Who approved the assessment, and when: needed before it can be Final.
/// After a refused Final, each part still missing says so beside its field.
#[component]
fn Approval(editor: Editor, refused: RwSignal<Option<String>>) -> impl IntoView {
    let field = move |part: SignOffPart| {
        let error = Signal::derive(move || {
            refused.with(Option::is_some).then_some(())?;
            editor
                .with(|a| a.approval.missing().contains(&part))
                .then(|| approval_error(part).to_owned())
        });
        let (label, hint, input_type) = match part {
            SignOffPart::By => (
                "Approved by",
                "A name or a role, shown at the top of the paper.",
                None,
            ),
            SignOffPart::Date => ("Approval date", "The day it was approved.", Some("date")),
        };
        view! {
            <TextBox
                id=approval_field(part).to_owned()
                label=label
                hint=hint
                input_type=input_type
                error=error
                value=Signal::derive(move || editor.with(|a| a.approval.part(part).to_owned()))
                on_input=Callback::new(move |text| { let _ = editor.apply(Change::Approval { part, text }); })
            />
        }
    };
    view! {
        <fieldset class="field approval">
            <legend>"Approval"</legend>
            <p class="hint">"The summary can be marked Final once someone has approved it."</p>
            {SignOffPart::ALL.into_iter().map(field).collect_view()}
        </fieldset>
    }
}

/// Draft or Final. Final is refused, with the domain's reason, until the
/// assessment is approved; a change after Final made it a draft again.
#[component]
fn ReportStatusChoice(editor: Editor, refused: RwSignal<Option<String>>) -> impl IntoView {
    let selected = Signal::derive(move || {
        // Read after a refusal too, so the radios go back to the status kept.
        refused.track();
        Some(editor.with(|a| a.status.label()))
    });
    let choose = Callback::new(move |label| {
        if let Some(status) = ReportStatus::ALL.into_iter().find(|s| s.label() == label) {
            refused.set(
                editor
                    .apply(Change::Status(status))
                    .err()
                    .map(|e| format::sentence(&e.to_string())),
            );
        }
    });
    let changed_after_final = move || {
        editor.with(|a| {
            (a.status == ReportStatus::Draft)
                .then_some(a.changed_after_final)
                .flatten()
        })
    };
    view! {
        {move || refused.get().map(|reason| {
            // Each missing part, linked to its field; the domain's reason if none is.
            let mut problems: Vec<(String, ErrorTarget)> = editor
                .with_untracked(|a| a.approval.missing())
                .into_iter()
                .map(|part| {
                    let field = ErrorTarget::Field(approval_field(part).to_owned());
                    (approval_error(part).to_owned(), field)
                })
                .collect();
            if problems.is_empty() {
                let field = ErrorTarget::Field(approval_field(SignOffPart::By).to_owned());
                problems.push((reason, field));
            }
            view! { <ErrorSummary problems=problems/> }
        })}
        {move || changed_after_final().map(|ms| view! {
            <Notice tone=Tone::Info>
                <p>{format!("This summary was marked Final, then changed on {}: it is a draft again until marked Final.", format::date(ms))}</p>
            </Notice>
        })}
        <fieldset class="field">
            <legend>"Status of the report"</legend>
            <Radios
                name="summary-status".to_owned()
                choices=ReportStatus::ALL.into_iter().map(|s| Choice::new(s.label(), s.label())).collect()
                selected=selected
                on_choose=choose
                inline=true
            />
        </fieldset>
    }
}

/// What each of the committee's words is for.
fn paper_hint(part: PaperPart) -> String {
    match part {
        PaperPart::Recommendations => format!(
            "One recommendation a line. Left blank, the paper asks members to: {}",
            DEFAULT_RECOMMENDATIONS.replace('\n', " ")
        ),
        PaperPart::Commentary => {
            "Optional. What officers make of the key messages, shown after them.".to_owned()
        }
        PaperPart::NextSteps => {
            "Optional. What happens next, and when members will hear again.".to_owned()
        }
        PaperPart::ReviewedBy => {
            "Optional. A name or a role, shown at the top of the paper.".to_owned()
        }
    }
}
