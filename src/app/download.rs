//! Files the user downloads: starting a download from text made in the page,
//! a backup of an assessment (noting when, for the backup reminder), and the
//! stylesheet a downloaded summary carries.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::browser::now_ms;
use crate::domain::assessment::Assessment;
use crate::report::backup::{export_file_name, export_json};
use crate::storage::with_repository;

/// How long a download's object URL stays valid. Revoking it straight after
/// the click cancels the download in some Safari and Firefox versions.
const URL_LIFETIME: std::time::Duration = std::time::Duration::from_secs(60);

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
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        URL_LIFETIME,
    );
    Ok(())
}

/// Downloads a backup of an assessment, and notes the time so the app stops
/// reminding the user to make one.
pub fn download_backup(assessment: &Assessment) -> Result<(), String> {
    let name = export_file_name(assessment, "json");
    download(&name, "application/json", &export_json(assessment))?;
    // The note only quiets the reminder: failing to keep it loses nothing.
    let _ = with_repository(|repo| repo.record_backup(&assessment.id, now_ms()));
    Ok(())
}

/// The rules of the page's stylesheet whose file name starts with `name`
/// (e.g. "summary"), as CSS text. The page already loads `style/summary.css`,
/// so a downloaded summary takes its styles from there instead of the app
/// carrying a second copy. Empty if the sheet is not found.
pub fn page_stylesheet(name: &str) -> String {
    let prefix = format!("/{name}-");
    let sheets = document().style_sheets();
    let mut css = String::new();
    for index in 0..sheets.length() {
        let Some(sheet) = sheets.item(index) else {
            continue;
        };
        if !sheet
            .href()
            .ok()
            .flatten()
            .is_some_and(|h| h.contains(&prefix))
        {
            continue;
        }
        let Ok(rules) = sheet.unchecked_into::<web_sys::CssStyleSheet>().css_rules() else {
            continue;
        };
        for rule in (0..rules.length()).filter_map(|i| rules.item(i)) {
            css.push_str(&rule.css_text());
            css.push('\n');
        }
    }
    css
}
