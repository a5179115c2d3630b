//! What the app asks of the browser directly: the clock, fresh ids, this
//! page's tab id, and moving keyboard focus to an element.

use wasm_bindgen::JsCast;

/// Milliseconds since the Unix epoch, from the browser's clock.
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// A new assessment id: time plus randomness, so two tabs never collide.
pub fn new_id() -> String {
    let random = (js_sys::Math::random() * 1_679_616.0) as u32; // 36^4
    format!("{}{}", radix36(now_ms() as u64), radix36(u64::from(random)))
}

/// This page's id, stamped on every change it makes so that two tabs' copies
/// of an assessment merge field by field: random, and fixed while the page lives.
pub fn tab_id() -> &'static str {
    static TAB: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    TAB.get_or_init(|| radix36((js_sys::Math::random() * 2_176_782_336.0) as u64))
    // 36^6
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

/// The element with this id, if it is an HTML element on the page.
pub fn element_by_id(id: &str) -> Option<web_sys::HtmlElement> {
    leptos::prelude::document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
}

/// Moves focus to the element with this id once the view has drawn it (an
/// error summary that has just appeared, or a field a link points at).
pub fn focus_soon(id: impl AsRef<str> + 'static) {
    leptos::prelude::request_animation_frame(move || {
        if let Some(element) = element_by_id(id.as_ref()) {
            let _ = element.focus();
        }
    });
}

/// The element an event happened on, if it is a `T`: one handler on a
/// container serves all the controls inside it.
pub fn target_as<T: JsCast>(event: &web_sys::Event) -> Option<T> {
    event.target().and_then(|t| t.dyn_into::<T>().ok())
}

/// The file just chosen in a file input. The input is cleared, so that
/// choosing the same file again (after fixing it, say) is noticed.
pub fn chosen_file(event: &web_sys::Event) -> Option<web_sys::File> {
    let input = target_as::<web_sys::HtmlInputElement>(event)?;
    let file = input.files().and_then(|files| files.get(0))?;
    input.set_value("");
    Some(file)
}

/// A file's contents as text, or `None` if the browser could not read it.
pub async fn file_text(file: web_sys::File) -> Option<String> {
    wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|v| v.as_string())
}
