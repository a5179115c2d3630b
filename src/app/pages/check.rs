//! "Check your answers" for one section, its review by a second officer, then
//! marking it complete.

use leptos::prelude::*;

use super::check_html::answer_lists;
use crate::app::components::fields::{ErrorSummary, ErrorTarget, Notice, TextBox, Tone};
use crate::app::components::save_status::SaveStatus;
use crate::app::editor::{section_not_covered, with_editor, Editor};
use crate::app::route::Route;
use crate::domain::assessment::{Change, ChangeError, Problem, SectionStatus, SignOffPart};
use crate::domain::section::SectionRef;

/// The check-your-answers page of a section.
pub fn check_page(id: &str, section: SectionRef) -> AnyView {
    with_editor(id, move |editor| {
        if !editor.with_untracked(|a| a.covers(editor.framework(), &section)) {
            return section_not_covered();
        }
        view! { <CheckAnswers editor=editor section=section/> }.into_any()
    })
}

#[component]
fn CheckAnswers(editor: Editor, section: SectionRef) -> impl IntoView {
    let framework = editor.framework();
    let id = editor.with_untracked(|a| a.id.clone());
    let problems = RwSignal::new(Vec::<Problem>::new());
    let s = section.clone();
    let status = Memo::new(move |_| editor.with(|a| a.section_status(framework, &s)));
    let change_link = {
        let (id, section) = (id.clone(), section.clone());
        move |item: &str| Route::item_href(&id, &section, item)
    };

    let s = section.clone();
    let complete = move |_| match editor.apply(Change::MarkComplete(s.clone())) {
        Ok(()) => problems.set(Vec::new()),
        Err(ChangeError::Incomplete(found)) => problems.set(found),
        Err(other) => problems.set(vec![Problem {
            item_id: String::new(),
            message: other.to_string(),
        }]),
    };

    let s = section.clone();
    let answers = Memo::new(move |_| editor.with(|a| answer_lists(framework, a, &s)));

    view! {
        <p><a href=Route::Section { assessment: id.clone(), section: section.clone(), focus: None }.href()>"Back to the questions"</a></p>
        <p class="caption">{move || editor.with(|a| a.name.clone())}</p>
        <h1>{format!("Check your answers: {}", section.title(framework).unwrap_or_default())}</h1>
        <SaveStatus editor=editor/>
        {move || (!problems.get().is_empty()).then(|| view! {
            <ErrorSummary
                intro="This section cannot be marked as complete yet:"
                problems=problems.get().into_iter().map(|p| (p.message, ErrorTarget::Link(change_link(&p.item_id)))).collect()
            />
        })}
        <div inner_html=answers></div>
        <ReviewFields editor=editor section=section.clone()/>
        {move || match status.get() {
            SectionStatus::Completed => view! {
                <Notice tone=Tone::Success>
                    <p><strong>"This section is marked as complete."</strong>" You can still change any answer."</p>
                    <p><a href=editor.task_list_href()>"Back to the task list"</a></p>
                </Notice>
            }.into_any(),
            _ => view! {
                <button type="button" on:click=complete.clone()>"Mark this section as complete"</button>
            }.into_any(),
        }}
    }
}

/// Who reviewed the section, when, and whether they sampled the evidence.
#[component]
fn ReviewFields(editor: Editor, section: SectionRef) -> impl IntoView {
    let field = {
        let section = section.clone();
        move |part: SignOffPart| {
            let (id, label, input_type) = match part {
                SignOffPart::By => ("review-by", "Reviewed by (name or role)", None),
                SignOffPart::Date => ("review-date", "Review date", Some("date")),
            };
            let (read, write) = (section.clone(), section.clone());
            view! {
                <TextBox
                    id=id.to_owned()
                    label=label
                    input_type=input_type
                    value=Signal::derive(move || editor.with(|a| {
                        a.reviews.get(&read).map(|r| r.sign_off.part(part).to_owned()).unwrap_or_default()
                    }))
                    on_input=Callback::new(move |text| {
                        let _ = editor.apply(Change::Review { section: write.clone(), part, text });
                    })
                />
            }
        }
    };
    let sampled = {
        let section = section.clone();
        Signal::derive(move || {
            editor.with(|a| a.reviews.get(&section).is_some_and(|r| r.evidence_sampled))
        })
    };
    view! {
        <fieldset class="review">
            <legend>"Review of this section"</legend>
            <p class="hint">"A second officer checks the answers. Fill this in once they have."</p>
            {SignOffPart::ALL.into_iter().map(field).collect_view()}
            <div class="checkbox">
                <input type="checkbox" id="review-sampled"
                    prop:checked=sampled
                    on:change:target=move |ev| {
                        let _ = editor.apply(Change::EvidenceSampled { section: section.clone(), sampled: ev.target().checked() });
                    }/>
                <label for="review-sampled">"The reviewer sampled the evidence"</label>
            </div>
        </fieldset>
    }
}
