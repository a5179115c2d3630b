//! Offline use: registers the service worker (`public/sw.js`) that keeps this copy of
//! the app on the device, and says what the user needs to know about it.
//!
//! A new deployment is downloaded in the background and then waits: the worker never
//! takes over by itself, so an open page keeps being served the files of its own build.
//! Only when the user chooses does the waiting worker take over and the page reload;
//! the reload fires `pagehide`, on which the editor writes any pending typing.

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration};

/// The worker's file, beside `index.html`: its scope is the folder the app is served
/// from, so copies in two folders of one host never share a worker or a cache.
const WORKER_URL: &str = "./sw.js";
/// Browsers look for a new worker on each visit; an officer may keep one tab open
/// for days, so the open app looks too.
const UPDATE_CHECK_EVERY: Duration = Duration::from_secs(30 * 60);
/// Set once the user has been told this copy cannot work offline, so it is said once.
const TOLD_UNAVAILABLE_KEY: &str = "best-value/offline-unavailable-told";
/// The message `public/sw.js` answers by taking over from the previous version.
const TAKE_OVER: &str = "skip-waiting";

/// What the app has to say about offline use right now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OfflineNotice {
    /// Nothing: the app is kept on this device, or is being kept.
    None,
    /// This copy cannot be kept for offline use, and this browser has not been told yet.
    Unavailable(Unavailable),
    /// A new version is downloaded and waits for the user to switch.
    UpdateReady,
}

/// Why this copy cannot work offline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unavailable {
    /// Served over plain http from a host other than this computer.
    InsecureConnection,
    /// The browser has no service workers, or refused to register one.
    NotSupported,
}

/// The offline state of the app, and the one thing a user can do about it.
#[derive(Clone, Copy)]
pub struct Offline {
    pub notice: ReadSignal<OfflineNotice>,
    registration: StoredValue<Option<ServiceWorkerRegistration>, LocalStorage>,
    /// Set when the user chose to switch, so that only this page reloads when the
    /// new worker takes control (other tabs keep working on the build they loaded).
    switching: StoredValue<bool>,
}

impl Offline {
    /// Registers the service worker and starts watching for new deployments.
    pub fn start() -> Offline {
        let (notice, set_notice) = signal(OfflineNotice::None);
        let offline = Offline {
            notice,
            registration: StoredValue::new_local(None),
            switching: StoredValue::new(false),
        };
        let container = match service_worker_container() {
            Ok(container) => container,
            Err(reason) => {
                tell_unavailable_once(set_notice, reason);
                return offline;
            }
        };
        spawn_local(async move {
            // Checked, not assumed: a browser that blocks service workers may resolve
            // with nothing rather than refuse.
            let registration = JsFuture::from(container.register(WORKER_URL))
                .await
                .ok()
                .and_then(|r| r.dyn_into::<ServiceWorkerRegistration>().ok());
            match registration {
                Some(registration) => {
                    offline.watch(&container, &registration, set_notice);
                    offline.registration.set_value(Some(registration));
                }
                None => tell_unavailable_once(set_notice, Unavailable::NotSupported),
            }
        });
        offline
    }

    /// Switches to the waiting version: the new worker takes over, then this page
    /// reloads from it. Pending typing is written on the reload's `pagehide`.
    pub fn switch_to_new_version(&self) {
        let waiting = self
            .registration
            .with_value(|r| r.as_ref().and_then(ServiceWorkerRegistration::waiting));
        match waiting {
            Some(worker) => {
                self.switching.set_value(true);
                if worker.post_message(&JsValue::from_str(TAKE_OVER)).is_err() {
                    reload();
                }
            }
            // Another tab switched already: this page only needs to load the new build.
            None => reload(),
        }
    }

    fn watch(
        self,
        container: &ServiceWorkerContainer,
        registration: &ServiceWorkerRegistration,
        set_notice: WriteSignal<OfflineNotice>,
    ) {
        // One handler follows a new worker from "found" to "installed": it also
        // listens to the state of each worker it finds (the same function, read back
        // from `onupdatefound`, so one closure serves both).
        let progress = {
            let (container, registration) = (container.clone(), registration.clone());
            Closure::<dyn FnMut()>::new(move || {
                if let Some(worker) = registration.installing() {
                    worker.set_onstatechange(registration.onupdatefound().as_ref());
                }
                offer_waiting_update(&container, &registration, set_notice);
            })
        };
        registration.set_onupdatefound(Some(progress.as_ref().unchecked_ref()));
        progress.forget();
        // A worker may already be waiting, from an earlier visit.
        offer_waiting_update(container, registration, set_notice);

        let switching = self.switching;
        let took_over = Closure::<dyn FnMut()>::new(move || {
            if switching.get_value() {
                reload();
            }
        });
        container.set_oncontrollerchange(Some(took_over.as_ref().unchecked_ref()));
        took_over.forget();

        let registration = registration.clone();
        set_interval(
            move || {
                if let Ok(check) = registration.update() {
                    // Offline, the check fails: that is expected and not worth a console error.
                    spawn_local(async move {
                        let _ = JsFuture::from(check).await;
                    });
                }
            },
            UPDATE_CHECK_EVERY,
        );
    }
}

/// Offers the waiting worker as an update. A page with no controller is a first
/// visit: the worker it installed is not an update.
fn offer_waiting_update(
    container: &ServiceWorkerContainer,
    registration: &ServiceWorkerRegistration,
    set_notice: WriteSignal<OfflineNotice>,
) {
    if registration.waiting().is_some() && container.controller().is_some() {
        set_notice.set(OfflineNotice::UpdateReady);
    }
}

/// The browser's service worker container, or why there is none. Browsers offer it
/// only to secure pages: https, or http from this computer (localhost, 127.0.0.1).
fn service_worker_container() -> Result<ServiceWorkerContainer, Unavailable> {
    let window = window();
    if !window.is_secure_context() {
        return Err(Unavailable::InsecureConnection);
    }
    // `navigator.serviceWorker` is missing in some browsers and private windows.
    js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("serviceWorker"))
        .ok()
        .and_then(|c| c.dyn_into::<ServiceWorkerContainer>().ok())
        .ok_or(Unavailable::NotSupported)
}

/// Says that this copy cannot work offline, the first time only in this browser.
fn tell_unavailable_once(set_notice: WriteSignal<OfflineNotice>, reason: Unavailable) {
    let storage = window().local_storage().ok().flatten();
    let told = storage
        .as_ref()
        .and_then(|s| s.get_item(TOLD_UNAVAILABLE_KEY).ok().flatten())
        .is_some();
    if told {
        return;
    }
    if let Some(storage) = storage {
        // If storage is blocked this fails, and the note shows again next time: harmless.
        let _ = storage.set_item(TOLD_UNAVAILABLE_KEY, "1");
    }
    set_notice.set(OfflineNotice::Unavailable(reason));
}

fn reload() {
    let _ = window().location().reload();
}
