//! The open assessment, kept saved as the user works, and redrawn item by item.
//!
//! Pages read the assessment through the editor and change it only through
//! [`Editor::apply`], which hands a [`Change`] to the domain. Each item has its
//! own trigger, so a click on one characteristic redraws that card alone;
//! totals and names follow a trigger that fires on every change.
//!
//! Saving: a click (rating, flag, date, button) is written at once; typing is
//! written at most 250 ms after the keystroke that started it, even while the
//! typist carries on. Anything pending is written when the page is hidden or
//! closed, and when the user leaves the page.

use std::collections::HashMap;

use leptos::ev;
use leptos::prelude::*;

use crate::app::browser::now_ms;
use crate::app::components::prose::static_html;
use crate::app::guide;
use crate::app::route::Route;
use crate::domain::assessment::{merge, Assessment, Change, ChangeError};
use crate::domain::save_format::decode_for;
use crate::report::html::escape_html;
use crate::storage::{assessment_key, with_repository, LoadError};

/// Where the open assessment stands with storage, shown in the save status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveState {
    /// Everything is stored; the time of the last write.
    Saved(i64),
    /// A change is waiting to be written.
    Pending,
    /// The last write failed; changes are kept in this tab only.
    Failed(String),
}

const TYPING_DELAY_MS: u64 = 250;

/// An open assessment, kept saved.
#[derive(Clone, Copy)]
pub struct Editor {
    assessment: StoredValue<Assessment>,
    /// Fires on every change, for what depends on the whole assessment.
    revision: Trigger,
    /// One trigger per item a view has read, fired when that item changes.
    items: StoredValue<HashMap<String, ArcTrigger>>,
    pub save_state: RwSignal<SaveState>,
    /// Set when another tab changed this assessment and this one reloaded it.
    pub changed_elsewhere: RwSignal<bool>,
    pending: StoredValue<Option<TimeoutHandle>, LocalStorage>,
}

impl Editor {
    /// Opens an assessment from storage and keeps it saved while the page lives.
    pub fn open(id: &str) -> Result<Editor, LoadError> {
        let assessment = with_repository(|repo| repo.load(id, guide()))?;
        let editor = Editor {
            save_state: RwSignal::new(SaveState::Saved(assessment.updated_ms)),
            assessment: StoredValue::new(assessment),
            revision: Trigger::new(),
            items: StoredValue::new(HashMap::new()),
            changed_elsewhere: RwSignal::new(false),
            pending: StoredValue::new_local(None),
        };
        editor.watch_page_lifecycle();
        Ok(editor)
    }

    /// Reads the assessment, and runs again after any change.
    pub fn with<R>(&self, f: impl FnOnce(&Assessment) -> R) -> R {
        self.revision.track();
        self.assessment.with_value(f)
    }

    /// Reads the assessment, and runs again only when `item` changes.
    pub fn with_item<R>(&self, item: &str, f: impl FnOnce(&Assessment) -> R) -> R {
        self.items.update_value(|items| {
            items.entry(item.to_owned()).or_default().track();
        });
        self.assessment.with_value(f)
    }

    /// Reads the assessment once, without following changes.
    pub fn with_untracked<R>(&self, f: impl FnOnce(&Assessment) -> R) -> R {
        self.assessment.with_value(f)
    }

    /// Makes a change through the domain, redraws what it touched, and saves
    /// it: at once for a click, shortly after for typing. A refused change
    /// (a blank name, a section not ready) changes and saves nothing.
    pub fn apply(&self, change: Change) -> Result<(), ChangeError> {
        let item = change.item().map(str::to_owned);
        let typing = change.is_typing();
        let mut result = Ok(false);
        self.assessment
            .update_value(|a| result = a.apply(guide(), change, now_ms()));
        if !result? {
            return Ok(());
        }
        if let Some(item) = item {
            self.notify_item(&item);
        }
        self.revision.notify();
        self.save_state.set(SaveState::Pending);
        if !typing {
            self.flush();
        } else if self.pending.with_value(Option::is_none) {
            // A write already scheduled stores this change too: keeping it
            // (rather than restarting the delay) saves long runs of typing
            // every 250 ms instead of only when the typist pauses.
            let editor = *self;
            let handle = set_timeout_with_handle(
                move || editor.flush(),
                std::time::Duration::from_millis(TYPING_DELAY_MS),
            );
            self.pending.set_value(handle.ok());
        }
        Ok(())
    }

    /// Writes the assessment now if a change is waiting.
    pub fn flush(&self) {
        self.cancel_pending();
        if self.save_state.get_untracked() == SaveState::Pending
            || matches!(self.save_state.get_untracked(), SaveState::Failed(_))
        {
            let saved = self
                .assessment
                .with_value(|a| with_repository(|repo| repo.save(a)));
            self.save_state.set(match saved {
                Ok(()) => SaveState::Saved(now_ms()),
                Err(err) => SaveState::Failed(err.to_string()),
            });
        }
    }

    /// The link to the assessment's task list.
    pub fn task_list_href(&self) -> String {
        Route::Assessment(self.with_untracked(|a| a.id.clone())).href()
    }

    fn notify_item(&self, item: &str) {
        // Cloned out first, so nothing that runs on the notice finds the map locked.
        if let Some(trigger) = self.items.with_value(|items| items.get(item).cloned()) {
            trigger.notify();
        }
    }

    /// Takes another version of the assessment (another tab's), redrawing
    /// only the items whose answers differ.
    fn replace(&self, next: Assessment) {
        let changed: Vec<String> = self.assessment.with_value(|now| {
            self.items.with_value(|items| {
                items
                    .keys()
                    .filter(|id| {
                        now.characteristic(id) != next.characteristic(id)
                            || now.flag(id) != next.flag(id)
                            || now.reflection(id) != next.reflection(id)
                    })
                    .cloned()
                    .collect()
            })
        });
        self.assessment.set_value(next);
        for item in changed {
            self.notify_item(&item);
        }
        self.revision.notify();
    }

    fn cancel_pending(&self) {
        if let Some(handle) = self.pending.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    }

    fn watch_page_lifecycle(&self) {
        let editor = *self;
        let hide = window_event_listener(ev::pagehide, move |_| editor.flush());
        let visibility = window_event_listener(ev::visibilitychange, move |_| {
            if document().visibility_state() == web_sys::VisibilityState::Hidden {
                editor.flush();
            }
        });
        // Another tab saved this assessment: take its version, keeping any
        // answers here not yet stored (a three-way merge), so neither tab's
        // work is overwritten. The event carries both versions: the old one is
        // what this tab last read or wrote, the common ancestor.
        let storage = window_event_listener(ev::storage, move |event| {
            let id = editor.with_untracked(|a| a.id.clone());
            if event.key().as_deref() != Some(assessment_key(&id).as_str()) {
                return;
            }
            let read = |text: Option<String>| text.and_then(|t| decode_for(&t, guide()).ok());
            let Some(latest) = read(event.new_value()) else {
                return;
            };
            let unsaved_here = matches!(
                editor.save_state.get_untracked(),
                SaveState::Pending | SaveState::Failed(_)
            );
            match read(event.old_value()) {
                Some(base) if unsaved_here => {
                    let merged = editor.with_untracked(|ours| merge(&base, ours, &latest));
                    editor.replace(merged);
                    editor.flush();
                }
                _ => {
                    editor.cancel_pending();
                    editor.replace(latest);
                    editor.save_state.set(SaveState::Saved(now_ms()));
                }
            }
            editor.changed_elsewhere.set(true);
        });
        on_cleanup(move || {
            editor.flush();
            hide.remove();
            visibility.remove();
            storage.remove();
        });
    }
}

/// Opens an assessment for a page, or explains why it cannot be opened.
pub fn with_editor(id: &str, page: impl FnOnce(Editor) -> AnyView) -> AnyView {
    match Editor::open(id) {
        Ok(editor) => page(editor),
        Err(err) => cannot_open(err),
    }
}

/// Why an assessment cannot be opened, and what the user can do. Not generic,
/// so every page that opens an assessment shares one copy.
fn cannot_open(err: LoadError) -> AnyView {
    let advice = match err {
        LoadError::Missing => "It may have been deleted, or saved in a different browser or on another device.",
        LoadError::Damaged(_) => "Nothing has been deleted. From your assessments page you can download the damaged record.",
        LoadError::Storage(_) => "The browser would not let the app read its saved data.",
    };
    static_html(format!(
        "<h1>This assessment cannot be opened</h1><p>{}</p><p>{advice}</p><p><a href=\"{}\">Go to your assessments</a></p>",
        escape_html(&format!("Sorry: {err}.")),
        Route::Assessments.href()
    ))
}

/// The page for a section the assessment does not cover (a link from an
/// assessment with a wider scope, say).
pub fn section_not_covered() -> AnyView {
    static_html(
        "<h1>Page not found</h1><p>This section is not part of this assessment.</p>".to_owned(),
    )
}
