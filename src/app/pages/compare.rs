//! On the task list: which earlier assessment this one is compared with, and
//! a small form to choose one (saved on this device, or from a backup file)
//! or to stop comparing. The domain decides what can be compared.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::browser::{chosen_file, file_text};
use crate::app::components::fields::{JsonFileField, Notice, Tone};
use crate::app::editor::Editor;
use crate::app::{format, frameworks};
use crate::domain::assessment::{Assessment, Baseline, Change};
use crate::report::backup::read_import_in;
use crate::storage::{with_repository, Listed};

/// The baseline in use, and the ways to change it.
#[component]
pub fn Compare(editor: Editor) -> impl IntoView {
    let framework = editor.framework();
    let problem = RwSignal::new(None::<String>);
    let compare = move |earlier: &Assessment| {
        let change = Change::Baseline(Some(Box::new(Baseline::of(earlier))));
        problem.set(
            editor
                .apply(change)
                .err()
                .map(|e| format::sentence(&e.to_string())),
        );
    };
    let in_use = move || {
        editor.with(|a| {
            a.baseline
                .as_ref()
                .map(|b| (b.name.clone(), format::date(b.updated_ms)))
        })
    };
    // The other assessments on this device that this one can be compared with.
    let candidates = Memo::new(move |_| {
        let listed = with_repository(|repo| repo.list_in(&frameworks::find)).unwrap_or_default();
        editor.with(|this| {
            listed
                .into_iter()
                .filter_map(|item| match item {
                    Listed::Readable(a) if this.can_compare_with(framework, &Baseline::of(&a)) => {
                        Some(a)
                    }
                    _ => None,
                })
                .collect::<Vec<_>>()
        })
    });
    let chosen = RwSignal::new(String::new());
    let compare_chosen = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let id = chosen.get_untracked();
        let found = candidates.with_untracked(|list| list.iter().find(|a| a.id == id).cloned());
        match found {
            Some(earlier) => compare(&earlier),
            None => problem.set(Some("Choose an earlier assessment first.".to_owned())),
        }
    };
    let on_file = move |event: leptos::ev::Event| {
        let Some(file) = chosen_file(&event) else {
            return;
        };
        spawn_local(async move {
            match file_text(file).await {
                None => problem.set(Some("This file could not be read.".to_owned())),
                Some(text) => match read_import_in(&text, &frameworks::find) {
                    Ok(preview) => compare(&preview.assessment),
                    Err(err) => problem.set(Some(format::sentence(&err.to_string()))),
                },
            }
        });
    };

    view! {
        <section class="compare" aria-labelledby="compare-heading">
            <h2 id="compare-heading">"Compare with an earlier assessment"</h2>
            {move || match in_use() {
                Some((name, changed)) => view! {
                    <p class="compare__in-use">{format!("Compared with “{name}”, last changed {changed}.")}</p>
                    <button type="button" class="secondary" on:click=move |_| {
                        problem.set(editor.apply(Change::Baseline(None)).err().map(|e| format::sentence(&e.to_string())));
                    }>"Stop comparing"</button>
                }.into_any(),
                None => view! {
                    <p>"Each question can show last time's rating and evidence, and how the rating has moved since."</p>
                }.into_any(),
            }}
            {move || problem.get().map(|message| view! { <Notice tone=Tone::Warning><p>{message}</p></Notice> })}
            {move || candidates.with(|list| !list.is_empty()).then(|| view! {
                <form class="inline-form" on:submit=compare_chosen>
                    <div class="field">
                        <label for="compare-with">"An earlier assessment on this device"</label>
                        <select id="compare-with" on:change:target=move |ev| chosen.set(ev.target().value())>
                            <option value="">"Choose an assessment"</option>
                            {candidates.get().into_iter().map(|a| {
                                let text = format!("{} (last changed {})", a.name, format::date(a.updated_ms));
                                view! { <option value=a.id.clone() selected=move || chosen.get() == a.id>{text}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                    <button type="submit" class="secondary">"Compare with this assessment"</button>
                </form>
            })}
            <JsonFileField
                id="compare-file"
                label="Compare with a backup file"
                hint="A backup (.json) of an earlier assessment of the same framework, downloaded from this app."
                on_change=Callback::new(on_file)
            />
        </section>
    }
}
