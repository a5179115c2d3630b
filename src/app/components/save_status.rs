//! The "Saved" status of an open assessment, visible and announced.

use leptos::prelude::*;

use crate::app::editor::{Editor, SaveState};
use crate::app::format;
use crate::storage::storage_is_memory_only;

/// Shows whether the latest change is stored, and warns when it is not.
#[component]
pub fn SaveStatus(editor: Editor) -> impl IntoView {
    let message = move || match editor.save_state.get() {
        SaveState::Saved(at) if storage_is_memory_only() => {
            format!(
                "Kept in this tab only at {} – this browser does not allow saving",
                format::time(at)
            )
        }
        SaveState::Saved(at) => format!("Saved at {}", format::time(at)),
        SaveState::Pending => "Saving…".to_owned(),
        SaveState::Failed(reason) => format!(
            "Not saved: {reason}. Your changes are kept in this tab; export the assessment now."
        ),
    };
    let failed =
        move || matches!(editor.save_state.get(), SaveState::Failed(_)) || storage_is_memory_only();
    view! {
        <p class="save-status" class:save-status--failed=failed role="status" aria-live="polite" data-testid="save-status">
            <span class="save-status__icon" aria-hidden="true">{move || if failed() { "⚠" } else { "✓" }}</span>
            " "{message}
        </p>
        {move || editor.changed_elsewhere.get().then(|| view! {
            <div class="notification" role="alert">
                <p>"This assessment was changed in another tab or window. Those changes are shown here, together with anything you typed here."</p>
            </div>
        })}
    }
}
