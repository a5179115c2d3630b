//! The frameworks this browser has: the built-in one and councils' own, and
//! loading a framework file (checked, and refused whole with every fault
//! named, or kept), with the example file to start from.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::browser::{chosen_file, file_text, target_as};
use crate::app::components::fields::JsonFileField;
use crate::app::frameworks::{self, Kept, BUILT_IN_KEY};
use crate::app::route::Route;
use crate::domain::custom_framework::{Refusal, FILE_LIMIT_BYTES};
use crate::domain::framework::Framework;
use crate::report::html::escape_html;
use crate::storage::AddError;

/// What happened to the last file chosen.
#[derive(Clone)]
enum Outcome {
    Reading,
    Loaded(String),
    Refused {
        message: String,
        faults: Vec<String>,
    },
    Removed(String),
    NotRemoved(String),
}

/// The frameworks page.
#[component]
pub fn FrameworksPage() -> impl IntoView {
    let outcome = RwSignal::new(None::<Outcome>);
    let version = RwSignal::new(0u32);
    let on_file = move |ev: leptos::ev::Event| {
        let Some(file) = chosen_file(&ev) else {
            return;
        };
        // Refuse an oversized file before reading a byte of it.
        if file.size() as usize > FILE_LIMIT_BYTES {
            let refusal = Refusal::TooLarge {
                bytes: file.size() as usize,
            };
            outcome.set(Some(refused(AddError::Refused(refusal))));
            return;
        }
        outcome.set(Some(Outcome::Reading));
        spawn_local(async move {
            let text = file_text(file).await;
            outcome.set(Some(match text.map(|t| frameworks::add(&t)) {
                None => Outcome::Refused {
                    message: "The file could not be read.".into(),
                    faults: Vec::new(),
                },
                Some(Ok(f)) => Outcome::Loaded(format!(
                    "“{}”, version {}, was loaded. You can choose it when you start a new assessment.",
                    f.info.title, f.info.version
                )),
                Some(Err(err)) => refused(err),
            }));
            version.update(|v| *v += 1);
        });
    };
    // One handler for every "Remove" button of the list, which is one HTML string.
    let on_list_click = move |ev: leptos::ev::MouseEvent| {
        let button = target_as::<web_sys::Element>(&ev)
            .and_then(|e| e.closest("button[data-remove]").ok().flatten());
        let Some(key) = button.and_then(|b| b.get_attribute("data-remove")) else {
            return;
        };
        let Some((_, framework)) = frameworks::usable().into_iter().find(|(k, _)| *k == key) else {
            return;
        };
        let name = format!(
            "“{}”, version {}",
            framework.info.title, framework.info.version
        );
        outcome.set(Some(match frameworks::remove(framework) {
            Ok(()) => Outcome::Removed(format!("{name} was removed.")),
            Err(reason) => Outcome::NotRemoved(format!("{name}: {reason}")),
        }));
        version.update(|v| *v += 1);
    };
    let list = move || {
        version.track();
        list_html(&frameworks::kept().unwrap_or_default())
    };

    view! {
        <p><a href=Route::Assessments.href()>"Back to your assessments"</a></p>
        <h1>"Frameworks"</h1>
        <p>"An assessment rates a council against one framework: a set of principles, themes, statements and warning signs. The app comes with its own. You can also load your council's own framework from a file, for example the statutory guide's own list of characteristics typed in by an officer, and start assessments on it."</p>
        <p>
            "A framework file is a JSON text file. "
            <a href="framework-example.json" download="framework-example.json">"Download the example framework file"</a>
            ", a small complete one to copy and change in any text editor. The format is described in the project's docs/framework-format.md."
        </p>
        <JsonFileField
            id="framework-file"
            label="Load a framework file"
            hint="A JSON file of up to 2 MB. It is checked first; a file with any fault is not kept."
            on_change=Callback::new(on_file)
        />
        <div inner_html=move || outcome.get().map(|o| outcome_html(&o))></div>
        <h2>"Frameworks in this browser"</h2>
        <div on:click=on_list_click inner_html=list></div>
    }
}

fn refused(err: AddError) -> Outcome {
    let faults = match &err {
        AddError::Refused(refusal) => faults_of(refusal),
        AddError::Storage(_) => Vec::new(),
    };
    Outcome::Refused {
        message: err.to_string(),
        faults,
    }
}

/// Each fault of a refusal in words, with a line saying how many are not shown.
fn faults_of(refusal: &Refusal) -> Vec<String> {
    let Refusal::Faults { faults, total } = refusal else {
        return Vec::new();
    };
    let mut out: Vec<String> = faults.iter().map(ToString::to_string).collect();
    if *total > faults.len() {
        out.push(format!("… and {} more.", total - faults.len()));
    }
    out
}

/// What happened, as HTML: a status, a success or warning banner, or the
/// refusal with every fault, as the GOV.UK patterns show them.
fn outcome_html(outcome: &Outcome) -> String {
    let (open, heading, message, faults): (&str, &str, &str, &[String]) = match outcome {
        Outcome::Reading => return "<p role=\"status\">Checking the file…</p>".to_owned(),
        Outcome::Loaded(m) | Outcome::Removed(m) => (
            "<div class=\"notification notification--success\" role=\"status\">",
            "",
            m,
            &[],
        ),
        Outcome::NotRemoved(m) => (
            "<div class=\"notification notification--warning\" role=\"alert\">",
            "",
            m,
            &[],
        ),
        Outcome::Refused { message, faults } => (
            "<div class=\"error-summary\" role=\"alert\"><h2>",
            "This framework file cannot be used</h2>",
            message,
            faults,
        ),
    };
    let mut out = format!("{open}{heading}<p>{}</p>", escape_html(message));
    if !faults.is_empty() {
        out.push_str("<ul class=\"fault-list\">");
        for fault in faults {
            out.push_str("<li>");
            out.push_str(&escape_html(fault));
            out.push_str("</li>");
        }
        out.push_str("</ul>");
    }
    if !heading.is_empty() {
        out.push_str("<p>Nothing has been changed.</p>");
    }
    out.push_str("</div>");
    out
}

/// The built-in framework and every kept one, as HTML: each with its name,
/// version and what it holds, a kept one with a "Remove" button (handled by
/// the list's one click handler), a faulty one with its faults.
fn list_html(kept: &[Kept]) -> String {
    let mut out = String::from("<ul class=\"assessment-list\">");
    card_html(&mut out, BUILT_IN_KEY, crate::app::guide());
    for k in kept {
        match k {
            Kept::Usable(key, f) => card_html(&mut out, key, f),
            Kept::Faulty { key, refusal } => {
                out.push_str("<li class=\"assessment-card assessment-card--damaged\"><h3>A kept framework file that can no longer be used</h3><p>");
                out.push_str(&escape_html(&format!(
                    "The file kept as “{key}”: {refusal}"
                )));
                out.push_str("</p><ul class=\"fault-list\">");
                for fault in faults_of(refusal) {
                    out.push_str("<li>");
                    out.push_str(&escape_html(&fault));
                    out.push_str("</li>");
                }
                out.push_str("</ul></li>");
            }
        }
    }
    out.push_str("</ul>");
    out
}

fn card_html(out: &mut String, key: &str, f: &Framework) {
    let statements: usize = f.themes.iter().map(|t| t.characteristics.len()).sum();
    let signs: usize = f.themes.iter().map(|t| t.failure_indicators.len()).sum();
    let name = format!("{}, version {}", f.info.title, f.info.version);
    let origin = if key == BUILT_IN_KEY {
        "Built into the app."
    } else {
        "Loaded from a file, and kept in this browser."
    };
    out.push_str("<li class=\"assessment-card\"><h3>");
    out.push_str(&escape_html(&name));
    out.push_str("</h3><p class=\"meta\">");
    out.push_str(&escape_html(&format!("Id “{}”. {origin}", f.info.id)));
    out.push_str("</p><p>");
    out.push_str(&escape_html(&format!(
        "{} principles, {} themes, {statements} statements to rate and {signs} warning signs.",
        f.principles.len(),
        f.themes.len()
    )));
    out.push_str("</p>");
    if key != BUILT_IN_KEY {
        out.push_str("<button type=\"button\" class=\"secondary\" data-remove=\"");
        out.push_str(&escape_html(key));
        out.push_str("\">Remove<span class=\"visually-hidden\"> ");
        out.push_str(&escape_html(&name));
        out.push_str("</span></button>");
    }
    out.push_str("</li>");
}
