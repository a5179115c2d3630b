//! Starting a new assessment: its name, council, assessor and scope.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::browser::{new_id, now_ms};
use crate::app::components::fields::{ErrorSummary, ErrorTarget, Notice, TextBox, Tone};
use crate::app::components::radios::{Choice, Radios};
use crate::app::guide;
use crate::app::route::Route;
use crate::domain::assessment::{Assessment, FieldErrors, NewAssessment, Scope};
use crate::domain::framework::Framework;
use crate::domain::section::SectionRef;
use crate::report::html::escape_html;
use crate::storage::with_repository;

/// A checkbox for every principle and theme, those in `chosen` ticked; each
/// carries its place in [`SectionRef::all`] as its value.
fn scope_checkboxes(framework: &Framework, chosen: &[SectionRef]) -> String {
    let mut out = String::new();
    for (index, section) in SectionRef::all(framework).into_iter().enumerate() {
        let kind = section.kind_label();
        let id = escape_html(&format!("scope-{}-{}", kind.to_lowercase(), section.id()));
        let label = format!("{kind}: {}", section.title(framework).unwrap_or_default());
        let checked = if chosen.contains(&section) {
            " checked"
        } else {
            ""
        };
        out.push_str(&format!(
            "<div class=\"checkbox\"><input type=\"checkbox\" id=\"{id}\" value=\"{index}\"{checked}><label for=\"{id}\">{}</label></div>",
            escape_html(&label)
        ));
    }
    out
}

/// The form to start a new assessment.
#[component]
pub fn NewAssessmentPage() -> impl IntoView {
    let framework = guide();
    let name = RwSignal::new(String::new());
    let council = RwSignal::new(String::new());
    let assessor = RwSignal::new(String::new());
    let everything = RwSignal::new(true);
    let chosen = RwSignal::new(Vec::<SectionRef>::new());
    let errors = RwSignal::new(FieldErrors(Vec::new()));
    // A failure to save is not the fault of any field, so it is shown apart.
    let save_failed = RwSignal::new(None::<String>);

    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let details = NewAssessment {
            name: name.get_untracked(),
            council: council.get_untracked(),
            assessor: assessor.get_untracked(),
            scope: if everything.get_untracked() {
                Scope::Everything
            } else {
                Scope::Chosen(chosen.get_untracked())
            },
        };
        match Assessment::start(framework, details, new_id(), now_ms()) {
            Ok(assessment) => {
                errors.set(FieldErrors(Vec::new()));
                match with_repository(|repo| repo.save(&assessment)) {
                    Ok(()) => {
                        let _ = window()
                            .location()
                            .set_hash(&Route::Assessment(assessment.id).href());
                    }
                    Err(err) => save_failed.set(Some(err.to_string())),
                }
            }
            Err(field_errors) => errors.set(field_errors),
        }
    };
    let error_for = move |field: &'static str| {
        Signal::derive(move || errors.with(|e| e.for_field(field).map(str::to_owned)))
    };
    let text_field = move |field: &'static str,
                           label: &'static str,
                           hint: &'static str,
                           value: RwSignal<String>| {
        view! {
            <TextBox
                id=format!("new-{field}")
                label=label
                hint=hint
                error=error_for(field)
                value=Signal::derive(move || value.get())
                on_input=Callback::new(move |text| value.set(text))
            />
        }
    };
    let scope_error = error_for("scope");
    // One handler serves every checkbox: each carries its section's place in the list.
    let choose = move |event: leptos::ev::Event| {
        let Some(input) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let section = input
            .value()
            .parse::<usize>()
            .ok()
            .and_then(|i| SectionRef::all(framework).into_iter().nth(i));
        if let Some(section) = section {
            let on = input.checked();
            chosen.update(|c| {
                c.retain(|x| x != &section);
                if on {
                    c.push(section);
                }
            });
        }
    };

    view! {
        <p><a href=Route::Assessments.href()>"Back to your assessments"</a></p>
        <h1>"Start a new assessment"</h1>
        {move || save_failed.get().map(|reason| view! {
            <Notice tone=Tone::Warning>
                <p>{format!("The assessment could not be saved: {reason}")}</p>
                <p>"Nothing has been lost: your details are still in the form below."</p>
            </Notice>
        })}
        {move || (!errors.with(|e| e.0.is_empty())).then(|| view! {
            <ErrorSummary problems=errors.get().0.into_iter().map(|(field, message)| {
                // The scope's first radio stands for the whole group.
                let target = if field == "scope" { "new-scope-everything".to_owned() } else { format!("new-{field}") };
                (message, ErrorTarget::Field(target))
            }).collect()/>
        })}
        <form on:submit=submit novalidate>
            {text_field("name", "Name of the assessment", "For example, 2026 annual self-assessment", name)}
            {text_field("council", "Council", "The authority being assessed", council)}
            {text_field("assessor", "Who is assessing", "A name or role, for example Head of Policy and Performance", assessor)}
            <fieldset class="field" class:field--error=move || scope_error.with(Option::is_some)>
                <legend>"What will the assessment cover?"</legend>
                {move || scope_error.get().map(|m| view! { <p class="error-message" id="new-scope-error"><span class="visually-hidden">"Error: "</span>{m}</p> })}
                <Radios
                    name="new-scope".to_owned()
                    choices=vec![
                        Choice::new("everything", "Every principle and theme"),
                        Choice::new("chosen", "Only the principles and themes I choose"),
                    ]
                    selected=Signal::derive(move || Some(if everything.get() { "everything" } else { "chosen" }))
                    on_choose=Callback::new(move |value| everything.set(value == "everything"))
                />
                {move || (!everything.get()).then(|| view! {
                    <div class="checkboxes" on:change=choose inner_html=chosen.with_untracked(|c| scope_checkboxes(framework, c))></div>
                })}
            </fieldset>
            <button type="submit">"Start the assessment"</button>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::content_html::tests::{assert_csp_safe, framework};

    #[test]
    fn every_section_has_a_checkbox_ticked_when_chosen() {
        let framework = framework();
        let chosen = vec![SectionRef::Theme("continuous-improvement".to_owned())];
        let html = scope_checkboxes(&framework, &chosen);
        let all = SectionRef::all(&framework);
        assert_eq!(html.matches("<input type=\"checkbox\"").count(), all.len());
        assert_eq!(html.matches(" checked>").count(), 1);
        let theme = all.iter().position(|s| s == &chosen[0]).unwrap();
        assert!(html.contains(&format!(
            "<input type=\"checkbox\" id=\"scope-theme-continuous-improvement\" value=\"{theme}\" checked>\
             <label for=\"scope-theme-continuous-improvement\">Theme: Continuous improvement</label>"
        )));
        assert!(html.contains("id=\"scope-principle-continuous-improvement\" value=\"1\">"));
        assert_csp_safe(&html);
    }
}
