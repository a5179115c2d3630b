//! Starting a new assessment: its name, council, assessor, the framework (when
//! the browser has a council's own framework besides the built-in one), the
//! kind of council and what it runs (so items that do not apply start "Not
//! applicable"), and its scope.

use leptos::prelude::*;

use crate::app::browser::{new_id, now_ms, target_as};
use crate::app::components::fields::{ErrorSummary, ErrorTarget, Notice, TextBox, Tone};
use crate::app::components::radios::{Choice, Radios};
use crate::app::route::Route;
use crate::app::{frameworks, guide};
use crate::domain::applicability::CouncilProfile;
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
    let framework = RwSignal::new(guide());
    let name = RwSignal::new(String::new());
    let council = RwSignal::new(String::new());
    let assessor = RwSignal::new(String::new());
    let everything = RwSignal::new(true);
    let chosen = RwSignal::new(Vec::<SectionRef>::new());
    let profile = RwSignal::new(CouncilProfile::default());
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
            profile: profile.get_untracked(),
        };
        match Assessment::start(framework.get_untracked(), details, new_id(), now_ms()) {
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
        let Some(input) = target_as::<web_sys::HtmlInputElement>(&event) else {
            return;
        };
        let section = input.value().parse::<usize>().ok().and_then(|i| {
            SectionRef::all(framework.get_untracked())
                .into_iter()
                .nth(i)
        });
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
                let target = match field {
                    "scope" => "new-scope-everything".to_owned(),
                    "council_type" => framework.get_untracked().council_types.first().map(|t| format!("new-council-type-{}", t.id)).unwrap_or_default(),
                    _ => format!("new-{field}"),
                };
                (message, ErrorTarget::Field(target))
            }).collect()/>
        })}
        <form on:submit=submit novalidate>
            {text_field("name", "Name of the assessment", "For example, 2026 annual self-assessment", name)}
            {text_field("council", "Council", "The authority being assessed", council)}
            {text_field("assessor", "Who is assessing", "A name or role, for example Head of Policy and Performance", assessor)}
            {framework_choice(framework, Callback::new(move |()| {
                profile.set(CouncilProfile::default());
                chosen.set(Vec::new());
            }))}
            {move || {
                let framework = framework.get();
                view! { <CouncilQuestions framework=framework profile=profile type_error=error_for("council_type")/> }
            }}
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
                {move || (!everything.get()).then(|| {
                    let framework = framework.get();
                    view! {
                        <div class="checkboxes" on:change=choose inner_html=chosen.with_untracked(|c| scope_checkboxes(framework, c))></div>
                    }
                })}
            </fieldset>
            <button type="submit">"Start the assessment"</button>
        </form>
    }
}

/// The kind of council and what it runs. Choosing a kind ticks the services
/// such a council usually runs; the officer can change any of them.
#[component]
fn CouncilQuestions(
    framework: &'static Framework,
    profile: RwSignal<CouncilProfile>,
    type_error: Signal<Option<String>>,
) -> impl IntoView {
    let types = framework
        .council_types
        .iter()
        .map(|t| Choice::new(&t.id, &t.label))
        .collect::<Vec<_>>();
    let conditions = framework.conditions.iter().map(|c| {
        let id = format!("new-condition-{}", c.id);
        let hint_id = format!("{id}-hint");
        let cid = c.id.as_str();
        view! {
            <div class="checkbox">
                <input type="checkbox" id=id.clone() aria-describedby=c.hint.is_some().then(|| hint_id.clone())
                    prop:checked=move || profile.with(|p| p.conditions.iter().any(|x| x == cid))
                    on:change:target=move |ev| {
                        let on = ev.target().checked();
                        profile.update(|p| {
                            p.conditions.retain(|x| x != cid);
                            if on { p.conditions.push(cid.to_owned()); }
                        });
                    }/>
                <label for=id>{c.label.as_str()}</label>
                {c.hint.as_deref().map(|hint| view! { <p class="hint" id=hint_id>{hint}</p> })}
            </div>
        }
    }).collect_view();
    view! {
        {(!framework.council_types.is_empty()).then(|| view! {
        <fieldset class="field" class:field--error=move || type_error.with(Option::is_some)>
            <legend>"What kind of council is it?"</legend>
            {move || type_error.get().map(|m| view! { <p class="error-message" id="new-council-type-error"><span class="visually-hidden">"Error: "</span>{m}</p> })}
            <Radios
                name="new-council-type".to_owned()
                choices=types
                selected=Signal::derive(move || profile.with(|p| p.council_type.as_deref().and_then(|id| framework.council_type(id)).map(|t| t.id.as_str())))
                on_choose=Callback::new(move |id: &'static str| profile.set(CouncilProfile::usual_for(framework, id)))
            />
        </fieldset>
        })}
        {(!framework.conditions.is_empty()).then(|| view! {
        <fieldset class="field">
            <legend>"What does the council run?"</legend>
            <p class="hint">"Choosing the kind of council ticks what such a council usually runs: change anything that is different. Statements and warning signs about what the council does not run start marked “Not applicable”, and you can change them."</p>
            <div class="checkboxes">{conditions}</div>
        </fieldset>
        })}
    }
}

/// "Which framework?", when the browser has a council's own framework as
/// well as the built-in one. Changing it clears what depends on it.
fn framework_choice(
    framework: RwSignal<&'static Framework>,
    changed: Callback<()>,
) -> Option<impl IntoView> {
    let usable = frameworks::usable();
    if usable.len() < 2 {
        return None;
    }
    let choices = usable
        .iter()
        .map(|(key, f)| {
            let label = format!("{}, version {}", f.info.title, f.info.version);
            Choice::new(key, Box::leak(label.into_boxed_str()))
        })
        .collect();
    let selected = {
        let usable = usable.clone();
        Signal::derive(move || {
            let current = framework.get();
            usable
                .iter()
                .find(|(_, f)| std::ptr::eq(*f, current))
                .map(|(key, _)| *key)
        })
    };
    Some(view! {
        <fieldset class="field">
            <legend>"Which framework will it use?"</legend>
            <p class="hint">"A council's own framework is loaded on the "<a href=Route::Frameworks.href()>"Frameworks page"</a>"."</p>
            <Radios
                name="new-framework".to_owned()
                choices=choices
                selected=selected
                on_choose=Callback::new(move |key: &'static str| {
                    if let Some((_, f)) = usable.iter().find(|(k, _)| *k == key) {
                        framework.set(f);
                        changed.run(());
                    }
                })
            />
        </fieldset>
    })
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
