//! What the user needs to know about offline use: a new version waiting to be used,
//! or (once) that this copy cannot be kept for offline use.

use leptos::prelude::*;

use crate::app::offline::{Offline, OfflineNotice, Unavailable};

/// Registers the service worker and shows its notices. Mount it once, in the app shell.
#[component]
pub fn OfflineNotices() -> impl IntoView {
    let offline = Offline::start();
    // The live region is there from the start, so a notice that appears later is announced.
    view! {
        <div class="offline-notices" role="status" aria-live="polite">
            {move || match offline.notice.get() {
                OfflineNotice::None => None,
                OfflineNotice::UpdateReady => Some(view! {
                    <div class="notification update-notice">
                        <p><strong>"A new version is available."</strong></p>
                        <p>"Switching saves your work first, then reloads this page with the new version."</p>
                        <button type="button" class="button" on:click=move |_| offline.switch_to_new_version()>
                            "Use the new version"
                        </button>
                    </div>
                }.into_any()),
                OfflineNotice::Unavailable(reason) => Some(view! {
                    <p class="offline-unavailable">{unavailable_text(reason)}</p>
                }.into_any()),
            }}
        </div>
    }
}

fn unavailable_text(reason: Unavailable) -> &'static str {
    match reason {
        Unavailable::InsecureConnection => {
            "This copy will not be available offline: browsers keep apps for offline use only \
             when they are served over https. It works as usual while you are connected."
        }
        Unavailable::NotSupported => {
            "This copy will not be available offline: this browser does not allow it. \
             It works as usual while you are connected."
        }
    }
}
