//! This device's storage, on the assessments page: the space used and left,
//! whether the browser promises to keep the data, a warning near the quota
//! with old assessments to back up and remove, and erasing everything.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;

use crate::app::components::fields::{Notice, Tone};
use crate::app::download::download_backup;
use crate::app::format;
use crate::domain::assessment::Assessment;
use crate::domain::housekeeping::{oldest_to_remove, Room};
use crate::storage::{storage_is_memory_only, with_repository, Listed, StorageError};

/// Asks the browser to keep this site's data rather than delete it when space
/// runs short, and says whether it agreed (`None` where it cannot say, as on
/// a page served over plain http).
async fn ask_to_keep_data() -> Option<bool> {
    let manager = window().navigator().storage();
    if answer(manager.persisted().ok()?).await? {
        return Some(true);
    }
    answer(manager.persist().ok()?).await
}

/// What a promise of true or false settled to.
async fn answer(promise: js_sys::Promise) -> Option<bool> {
    JsFuture::from(promise).await.ok()?.as_bool()
}

/// The page's list of saved assessments.
type Listing = Memo<Result<Vec<Listed>, StorageError>>;

/// How full storage is, measured again whenever the list changes.
fn room(listed: Listing) -> Option<Room> {
    listed.track();
    with_repository(|repo| repo.room()).ok()
}

/// The assessments in the list that could be read.
fn readable(items: &Result<Vec<Listed>, StorageError>) -> impl Iterator<Item = &Assessment> {
    let items = items.as_deref().unwrap_or_default().iter();
    items.filter_map(|item| match item {
        Listed::Readable(a) => Some(a),
        Listed::Damaged { .. } => None,
    })
}

/// The warning once storage is 80% full, offering to back up and remove the
/// assessments changed longest ago. `remove` deletes one (with an undo).
#[component]
pub fn StorageWarning(
    listed: Memo<Result<Vec<Listed>, StorageError>>,
    remove: Callback<Assessment>,
) -> impl IntoView {
    move || {
        let room = room(listed).filter(Room::nearly_full)?;
        let chosen: Vec<Assessment> = listed.with(|items| {
            let size = |a: &Assessment| with_repository(|repo| repo.record_chars(&a.id));
            let sizes = readable(items).map(|a| (a, size(a).unwrap_or(0))).collect();
            oldest_to_remove(sizes, room.to_free())
                .into_iter()
                .cloned()
                .collect()
        });
        Some(view! {
            <Notice tone=Tone::Warning>
                <h2>{format!("Storage is {}% full", room.percent_used())}</h2>
                <p>"When it is full, answers can no longer be saved. Back up and remove assessments you no longer need, starting with those changed longest ago."</p>
                <ul class="button-list">
                    {chosen.into_iter().map(|a| view! {
                        <li>
                            <button type="button" class="secondary" on:click={
                                let a = a.clone();
                                move |_| if download_backup(&a).is_ok() { remove.run(a.clone()) }
                            }>{format!("Download a backup and remove “{}”", a.name)}</button>
                            {format!(" Last changed {}.", format::date(a.updated_ms))}
                        </li>
                    }).collect_view()}
                </ul>
            </Notice>
        })
    }
}

/// Space used and left, whether the browser keeps the data, and erasing
/// everything. `refresh` lists the assessments again after erasing.
#[component]
pub fn DeviceStorage(
    listed: Memo<Result<Vec<Listed>, StorageError>>,
    refresh: Callback<()>,
) -> impl IntoView {
    if storage_is_memory_only() {
        return ().into_any();
    }
    let count = move || listed.with_untracked(|items| readable(items).count());
    let kept = RwSignal::new(None::<bool>);
    if count() > 0 {
        spawn_local(async move { kept.set(ask_to_keep_data().await) });
    }
    // Whole arithmetic: formatting a float would add its code to the bundle.
    let megabytes = |chars: usize| format!("{}.{} MB", chars / 1_000_000, chars / 100_000 % 10);
    let confirming = RwSignal::new(false);
    let erased = RwSignal::new(None::<(Tone, String)>);
    let erase = move |_| {
        erased.set(Some(
            match with_repository(|repo| repo.erase_everything()) {
                Ok(_) => (
                    Tone::Success,
                    "Everything this app saved in this browser has been erased.".into(),
                ),
                Err(err) => (
                    Tone::Warning,
                    format!("Not everything could be erased: {err}"),
                ),
            },
        ));
        confirming.set(false);
        refresh.run(());
    };
    view! {
        <h2>"Space on this device"</h2>
        <p>
            {move || room(listed).map(|room| format!(
                "This app's data takes {} of the about {} this browser gives this website, which other apps on the same site share. It is {}% full: room for about {} more complete assessments. ",
                megabytes(room.ours), megabytes(room.quota), room.percent_used(), room.complete_assessments_left()
            ))}
            {move || kept.get().map(|kept| if kept {
                "This browser has agreed to keep this app's data until you delete it."
            } else {
                "This browser has not promised to keep this app's data: it may delete it if the device runs short of space."
            })}
        </p>
        <p>
            "Safari, on iPads, iPhones and Macs, deletes everything a website has saved when you have not visited it for seven days. "
            "Download a backup of each assessment you are working on, and keep the files somewhere safe."
        </p>
        <h2>"Shared device?"</h2>
        <p>"Erasing removes every assessment and setting this app saved in this browser. Other websites' data is not touched, and the app still opens without the network."</p>
        {move || erased.get().map(|(tone, message)| view! { <Notice tone=tone><p>{message}</p></Notice> })}
        <button type="button" class="warning" on:click=move |_| confirming.set(true)>"Erase everything on this device"</button>
        {move || confirming.get().then(|| view! {
            <div class="confirm" role="alertdialog" aria-label="Confirm erase">
                <p>{format!(
                    "Erase {} saved in this browser? This cannot be undone: download a backup first of any you need.",
                    match count() {
                        1 => "the assessment".to_owned(),
                        n => format!("all {n} assessments"),
                    }
                )}</p>
                <div class="button-group">
                    <button type="button" class="warning" on:click=erase>"Yes, erase everything"</button>
                    <button type="button" class="secondary" on:click=move |_| confirming.set(false)>"Cancel"</button>
                </div>
            </div>
        })}
    }
    .into_any()
}
