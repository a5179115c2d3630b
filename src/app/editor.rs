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

use crate::app::browser::{now_ms, tab_id};
use crate::app::components::prose::static_html;
use crate::app::download::download;
use crate::app::frameworks;
use crate::app::route::Route;
use crate::domain::assessment::{Assessment, Change, ChangeError, Stamp};
use crate::domain::framework::Framework;
use crate::domain::save_format::SaveFormatError;
use crate::report::backup::{export_file_name, export_json};
use crate::report::html::escape_html;
use crate::storage::{with_repository, LoadError, Synced, TabCopy};

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
    /// This tab's copy, which reads the stored record before every write.
    copy: StoredValue<TabCopy>,
    /// The framework the assessment answers: the built-in one or a council's own.
    framework: &'static Framework,
    /// Fires on every change, for what depends on the whole assessment.
    revision: Trigger,
    /// One trigger per item a view has read, fired when that item changes.
    items: StoredValue<HashMap<String, ArcTrigger>>,
    pub save_state: RwSignal<SaveState>,
    /// Set when another tab changed this assessment and this one took the changes in.
    pub changed_elsewhere: RwSignal<bool>,
    /// Set when another tab deleted this assessment: the editor closes.
    pub deleted_elsewhere: RwSignal<bool>,
    pending: StoredValue<Option<TimeoutHandle>, LocalStorage>,
}

impl Editor {
    /// Opens an assessment from storage and keeps it saved while the page lives.
    pub fn open(id: &str) -> Result<Editor, LoadError> {
        let (copy, framework) =
            with_repository(|repo| TabCopy::open_in(repo, id, &frameworks::find))?;
        let editor = Editor {
            framework,
            save_state: RwSignal::new(SaveState::Saved(copy.assessment().updated_ms)),
            copy: StoredValue::new(copy),
            revision: Trigger::new(),
            items: StoredValue::new(HashMap::new()),
            changed_elsewhere: RwSignal::new(false),
            deleted_elsewhere: RwSignal::new(false),
            pending: StoredValue::new_local(None),
        };
        editor.watch_page_lifecycle();
        Ok(editor)
    }

    /// Reads the assessment, and runs again after any change.
    pub fn with<R>(&self, f: impl FnOnce(&Assessment) -> R) -> R {
        self.revision.track();
        self.copy.with_value(|c| f(c.assessment()))
    }

    /// Reads the assessment, and runs again only when `item` changes.
    pub fn with_item<R>(&self, item: &str, f: impl FnOnce(&Assessment) -> R) -> R {
        self.items.update_value(|items| {
            items.entry(item.to_owned()).or_default().track();
        });
        self.copy.with_value(|c| f(c.assessment()))
    }

    /// The framework the assessment answers.
    pub fn framework(&self) -> &'static Framework {
        self.framework
    }

    /// Reads the assessment once, without following changes.
    pub fn with_untracked<R>(&self, f: impl FnOnce(&Assessment) -> R) -> R {
        self.copy.with_value(|c| f(c.assessment()))
    }

    /// Makes a change through the domain, stamped with the time and this tab,
    /// redraws what it touched, and saves it: at once for a click, shortly
    /// after for typing. A refused change (a blank name, a section not ready)
    /// changes and saves nothing; so does any change once the assessment was
    /// deleted in another tab.
    pub fn apply(&self, change: Change) -> Result<(), ChangeError> {
        if self.deleted_elsewhere.get_untracked() {
            return Ok(());
        }
        let item = change.item().map(str::to_owned);
        let typing = change.is_typing();
        let stamp = Stamp::new(now_ms(), tab_id());
        let mut result = Ok(false);
        self.copy
            .update_value(|c| result = c.change(self.framework, change, stamp));
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
        // A write scheduled for typing can still fire after its page has gone
        // (leaving the page wrote it already) if clearing the timer failed, as
        // under a test's fake clock: it then has nothing left to do.
        let Some(state) = self.save_state.try_get_untracked() else {
            return;
        };
        if matches!(state, SaveState::Pending | SaveState::Failed(_)) {
            self.sync();
        }
    }

    /// Reads the stored record, takes in what another tab saved, and writes
    /// whatever the store lacks of this tab's copy (see [`TabCopy::sync`]).
    fn sync(&self) {
        self.cancel_pending();
        let mut result = None;
        self.copy.update_value(|copy| {
            result = Some(with_repository(|repo| copy.sync(repo, self.framework)));
        });
        match result {
            Some(Ok(Synced::InStep { wrote, before })) => {
                let waiting = !matches!(self.save_state.get_untracked(), SaveState::Saved(_));
                if wrote || waiting {
                    self.save_state.set(SaveState::Saved(now_ms()));
                }
                if let Some(before) = before {
                    self.redraw_changed(&before);
                    self.changed_elsewhere.set(true);
                }
            }
            Some(Ok(Synced::Deleted)) => self.deleted_elsewhere.set(true),
            Some(Err(err)) => self.save_state.set(SaveState::Failed(err.to_string())),
            None => {}
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

    /// After another tab's changes were taken in, redraws only the items
    /// whose answers differ from `before`.
    fn redraw_changed(&self, before: &Assessment) {
        let changed: Vec<String> = self.with_untracked(|now| {
            self.items.with_value(|items| {
                items
                    .keys()
                    .filter(|id| {
                        now.characteristic(id) != before.characteristic(id)
                            || now.flag(id) != before.flag(id)
                            || now.reflection(id) != before.reflection(id)
                    })
                    .cloned()
                    .collect()
            })
        });
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
        // Another tab wrote to storage. Its event may be one of several queued
        // up, so its values may already be stale: ignore them and read what is
        // stored now, merging field by field (see `TabCopy::sync`). A key of
        // `None` means the whole storage was cleared.
        let storage = window_event_listener(ev::storage, move |event| {
            let ours = editor.with_untracked(|a| crate::storage::assessment_key(&a.id));
            if event.key().is_none_or(|key| key == ours) {
                editor.sync();
            }
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
/// The page closes, with a notice, if another tab deletes the assessment.
pub fn with_editor(id: &str, page: impl FnOnce(Editor) -> AnyView) -> AnyView {
    match Editor::open(id) {
        Ok(editor) => {
            let mut page = Some(page(editor));
            (move || match page.take() {
                Some(page) if !editor.deleted_elsewhere.get() => page,
                _ => deleted_notice(editor),
            })
            .into_any()
        }
        Err(err) => cannot_open(err),
    }
}

/// What replaces the page once another tab deleted the assessment: nothing
/// here is written again, so the deletion stands, but this tab's answers can
/// still be downloaded.
fn deleted_notice(editor: Editor) -> AnyView {
    let save_copy = move |_| {
        let (name, text) = editor.with_untracked(|a| (export_file_name(a, "json"), export_json(a)));
        let _ = download(&name, "application/json", &text);
    };
    view! {
        <div role="alert">
            <h1>"This assessment was deleted in another tab"</h1>
            <p>"It was deleted in another tab or window of this browser, so it is closed here. Nothing from this tab has been saved since, so it stays deleted."</p>
            <p>"If you need the answers this tab still holds, including anything you typed since, download them now. You can import the file later to bring the assessment back."</p>
        </div>
        <p class="button-group">
            <button type="button" on:click=save_copy>"Download the answers from this tab"</button>
            <a class="button secondary" href=Route::Assessments.href()>"Go to your assessments"</a>
        </p>
    }
    .into_any()
}

/// Why an assessment cannot be opened, and what the user can do. Not generic,
/// so every page that opens an assessment shares one copy.
fn cannot_open(err: LoadError) -> AnyView {
    let advice = match err {
        LoadError::Missing => "It may have been deleted, or saved in a different browser or on another device.",
        LoadError::Damaged(SaveFormatError::FrameworkNotLoaded { .. }) => "Nothing has been deleted. Load the framework's file on the Frameworks page, then open the assessment again.",
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
