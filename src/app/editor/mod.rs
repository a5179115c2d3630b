//! The open assessment, kept saved as the user works, and redrawn item by item.
//!
//! Pages read the assessment through the editor and change it only through
//! [`Editor::apply`], which hands a [`Change`] to the domain. Each item has its
//! own trigger, so a click on one characteristic redraws that card alone;
//! totals and names follow a trigger that fires on every change.
//!
//! Saving: a click (rating, flag, date, button) is stored at once; typing is
//! stored at most 250 ms after the keystroke that started it, even while the
//! typist carries on. Each of those writes only the assessment's journal of
//! changes (see [`TabCopy`]); the whole record is rewritten once the user has
//! paused for a second, and when the page is hidden or closed or the user
//! leaves it.

mod page;

use std::collections::HashMap;

use leptos::ev;
use leptos::prelude::*;

use crate::app::browser::{now_ms, tab_id};
use crate::app::frameworks;
use crate::app::route::Route;
use crate::domain::assessment::{Assessment, Change, ChangeError, Stamp};
use crate::domain::framework::Framework;
use crate::storage::{
    with_repository, AppStore, AssessmentRepository, LoadError, SyncError, Synced, TabCopy,
};
pub use page::{section_not_covered, with_editor};

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
/// How long after the last change the whole record is rewritten. A click in
/// the middle of that write would wait for it: a pause makes that unlikely.
const FOLD_DELAY_MS: i64 = 1000;

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
    /// The write of typing, waiting for its delay.
    pending: StoredValue<Option<TimeoutHandle>, LocalStorage>,
    /// The rewrite of the whole record, waiting for a pause.
    fold: StoredValue<Option<TimeoutHandle>, LocalStorage>,
    /// When the last change was made, for that rewrite to tell a pause.
    last_change_ms: StoredValue<i64>,
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
            fold: StoredValue::new_local(None),
            last_change_ms: StoredValue::new(0),
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
            self.save();
        } else if self.pending.with_value(Option::is_none) {
            // A write already scheduled stores this change too: keeping it
            // (rather than restarting the delay) saves long runs of typing
            // every 250 ms instead of only when the typist pauses.
            let editor = *self;
            let handle = set_timeout_with_handle(
                move || editor.save(),
                std::time::Duration::from_millis(TYPING_DELAY_MS),
            );
            self.pending.set_value(handle.ok());
        }
        self.fold_after_a_pause();
        Ok(())
    }

    /// Writes everything into the whole record now, if anything is waiting
    /// or is held only in the journal: when the user leaves or hides the page.
    pub fn flush(&self) {
        // A write scheduled for typing can still fire after its page has gone
        // (leaving the page wrote it already) if clearing the timer failed, as
        // under a test's fake clock: it then has nothing left to do.
        let Some(state) = self.save_state.try_get_untracked() else {
            return;
        };
        let journal = self.copy.with_value(TabCopy::has_journal);
        if journal || matches!(state, SaveState::Pending | SaveState::Failed(_)) {
            self.write_record();
        }
    }

    /// Stores the changes waiting, in the journal (see [`TabCopy::save`]).
    fn save(&self) {
        if self.save_state.try_get_untracked().is_none() {
            return;
        }
        self.cancel(self.pending);
        let _ = self.store_with(TabCopy::save);
    }

    /// Rewrites the whole record a second after the last change. One timer
    /// serves a run of changes: it looks at the time of the last one when it
    /// fires (clearing and setting a timer on every click cost more).
    fn fold_after_a_pause(&self) {
        self.last_change_ms.set_value(now_ms());
        if self.fold.with_value(Option::is_none) {
            self.fold_in(FOLD_DELAY_MS);
        }
    }

    fn fold_in(&self, delay_ms: i64) {
        let editor = *self;
        let handle = set_timeout_with_handle(
            move || {
                // The page may have gone since (leaving it wrote everything).
                let Some(last) = editor.last_change_ms.try_get_value() else {
                    return;
                };
                editor.fold.set_value(None);
                match FOLD_DELAY_MS - (now_ms() - last) {
                    wait if wait > 0 => editor.fold_in(wait),
                    _ => editor.flush(),
                }
            },
            std::time::Duration::from_millis(delay_ms.unsigned_abs()),
        );
        self.fold.set_value(handle.ok());
    }

    /// Rewrites the whole record with the journal folded in (see
    /// [`TabCopy::sync`]). If the store refuses the larger write, the
    /// changes are stored in the journal instead, and stay saved.
    fn write_record(&self) {
        self.cancel(self.pending);
        self.cancel(self.fold);
        if let Err(SyncError::Storage(_)) = self.store_with(TabCopy::sync) {
            let _ = self.store_with(TabCopy::save);
        }
    }

    /// Runs one of the tab copy's reads and writes, and shows its result.
    fn store_with(
        &self,
        write: impl FnOnce(
            &mut TabCopy,
            &AssessmentRepository<AppStore>,
            &Framework,
        ) -> Result<Synced, SyncError>,
    ) -> Result<(), SyncError> {
        let mut result = None;
        self.copy.update_value(|copy| {
            result = Some(with_repository(|repo| write(copy, repo, self.framework)));
        });
        let Some(result) = result else {
            return Ok(());
        };
        match result {
            Ok(Synced::InStep { wrote, before }) => {
                let waiting = !matches!(self.save_state.get_untracked(), SaveState::Saved(_));
                if wrote || waiting {
                    self.save_state.set(SaveState::Saved(now_ms()));
                }
                if let Some(before) = before {
                    self.redraw_changed(&before);
                    self.changed_elsewhere.set(true);
                }
            }
            Ok(Synced::Deleted) => self.deleted_elsewhere.set(true),
            Err(err) => {
                self.save_state.set(SaveState::Failed(err.to_string()));
                return Err(err);
            }
        }
        Ok(())
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

    fn cancel(&self, timer: StoredValue<Option<TimeoutHandle>, LocalStorage>) {
        if let Some(handle) = timer.try_update_value(Option::take).flatten() {
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
        // stored now, merging field by field. A journal written elsewhere is
        // read alone (see `TabCopy::save`); a record rewritten elsewhere, or
        // storage cleared (a key of `None`), with the journal too (see
        // `TabCopy::refresh`).
        let storage = window_event_listener(ev::storage, move |event| {
            let (record, journal) = editor.with_untracked(|a| {
                (
                    crate::storage::assessment_key(&a.id),
                    crate::storage::journal_key(&a.id),
                )
            });
            match event.key() {
                Some(key) if key == journal => {
                    let _ = editor.store_with(TabCopy::save);
                }
                Some(key) if key != record => {}
                _ => {
                    let _ = editor.store_with(TabCopy::refresh);
                }
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
