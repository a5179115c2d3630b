//! The app's link to saved data: the repository of assessments, and the editor
//! that keeps an open assessment saved as the user works.
//!
//! Saving rules: a click (rating, flag, date) is written at once; typing is
//! written at most 250 ms after the keystroke that started it, so every change
//! is stored within 300 ms without rewriting the record on each key. Pending typing is flushed
//! when the page is hidden or closed, and when the user leaves the page.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::guide;
use crate::domain::assessment::{merge, Assessment};
use crate::domain::save_format::decode_for;
use crate::storage::{
    assessment_key, AssessmentRepository, KeyValueStore, LoadError, MemoryStore, StorageError,
};

/// Local storage when the browser allows it, otherwise memory (with a warning).
pub enum AppStore {
    #[cfg(target_arch = "wasm32")]
    Browser(crate::storage::BrowserStore),
    Memory(MemoryStore),
}

impl KeyValueStore for AppStore {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        match self {
            #[cfg(target_arch = "wasm32")]
            AppStore::Browser(s) => s.get(key),
            AppStore::Memory(s) => s.get(key),
        }
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        match self {
            #[cfg(target_arch = "wasm32")]
            AppStore::Browser(s) => s.set(key, value),
            AppStore::Memory(s) => s.set(key, value),
        }
    }
    fn remove(&self, key: &str) -> Result<(), StorageError> {
        match self {
            #[cfg(target_arch = "wasm32")]
            AppStore::Browser(s) => s.remove(key),
            AppStore::Memory(s) => s.remove(key),
        }
    }
    fn keys_with_prefix(&self, prefix: &str) -> Result<Vec<String>, StorageError> {
        match self {
            #[cfg(target_arch = "wasm32")]
            AppStore::Browser(s) => s.keys_with_prefix(prefix),
            AppStore::Memory(s) => s.keys_with_prefix(prefix),
        }
    }
}

fn open_store() -> AppStore {
    #[cfg(target_arch = "wasm32")]
    if let Ok(store) = crate::storage::BrowserStore::open() {
        return AppStore::Browser(store);
    }
    AppStore::Memory(MemoryStore::new())
}

thread_local! {
    // The browser runs the app on one thread; the repository lives for the page.
    static REPOSITORY: AssessmentRepository<AppStore> = AssessmentRepository::new(open_store());
}

/// Runs `f` with the repository of assessments.
pub fn with_repository<R>(f: impl FnOnce(&AssessmentRepository<AppStore>) -> R) -> R {
    REPOSITORY.with(f)
}

/// Whether answers are only kept in memory because the browser blocks storage.
pub fn storage_is_memory_only() -> bool {
    with_repository(|repo| matches!(repo.store(), AppStore::Memory(_)))
}

/// Milliseconds since the Unix epoch, from the browser's clock.
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// A new assessment id: time plus randomness, so two tabs never collide.
pub fn new_id() -> String {
    let random = (js_sys::Math::random() * 1_679_616.0) as u32; // 36^4
    format!("{}{}", radix36(now_ms() as u64), radix36(u64::from(random)))
}

fn radix36(mut n: u64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).expect("ASCII digits")
}

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

/// How soon a change must be written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Urgency {
    /// A click: write now.
    Now,
    /// Typing: write once the user pauses.
    Typing,
}

const TYPING_DELAY_MS: u64 = 250;

/// An open assessment, kept saved.
#[derive(Clone, Copy)]
pub struct Editor {
    pub assessment: RwSignal<Assessment>,
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
            assessment: RwSignal::new(assessment),
            changed_elsewhere: RwSignal::new(false),
            pending: StoredValue::new_local(None),
        };
        editor.watch_page_lifecycle();
        Ok(editor)
    }

    /// Applies a change and saves it as soon as its urgency asks.
    pub fn change(&self, urgency: Urgency, apply: impl FnOnce(&mut Assessment, i64)) {
        self.assessment.update(|a| apply(a, now_ms()));
        self.save_state.set(SaveState::Pending);
        match urgency {
            Urgency::Now => self.flush(),
            // A write already scheduled will store this change too: keeping it
            // (rather than restarting the delay) saves long runs of typing
            // every 250 ms instead of only when the typist pauses.
            Urgency::Typing if self.pending.with_value(Option::is_some) => {}
            Urgency::Typing => {
                let editor = *self;
                let handle = set_timeout_with_handle(
                    move || editor.flush(),
                    std::time::Duration::from_millis(TYPING_DELAY_MS),
                );
                self.pending.set_value(handle.ok());
            }
        }
    }

    /// Writes the assessment now if a change is waiting.
    pub fn flush(&self) {
        self.cancel_pending();
        if self.save_state.get_untracked() != SaveState::Pending
            && !matches!(self.save_state.get_untracked(), SaveState::Failed(_))
        {
            return;
        }
        match self
            .assessment
            .with_untracked(|a| with_repository(|repo| repo.save(a)))
        {
            Ok(()) => self.save_state.set(SaveState::Saved(now_ms())),
            Err(err) => self.save_state.set(SaveState::Failed(err.to_string())),
        }
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
        // exactly what this tab last read or wrote, the common ancestor.
        let storage = window_event_listener(ev::storage, move |event| {
            let id = editor.assessment.with_untracked(|a| a.id.clone());
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
                    let merged = editor
                        .assessment
                        .with_untracked(|ours| merge(&base, ours, &latest));
                    editor.assessment.set(merged);
                    editor.flush();
                }
                _ => {
                    editor.cancel_pending();
                    editor.assessment.set(latest);
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

/// Starts a download of `contents` as a file named `file_name`.
pub fn download(file_name: &str, mime_type: &str, contents: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime_type);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|e| format!("{e:?}"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|e| format!("{e:?}"))?;
    let anchor: web_sys::HtmlAnchorElement = document()
        .create_element("a")
        .map_err(|e| format!("{e:?}"))?
        .unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}
