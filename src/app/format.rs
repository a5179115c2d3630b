//! Dates and times in the user's own time zone (the browser's clock), written
//! the way UK councils write them. Calendar arithmetic lives in `domain::dates`.

use crate::domain::dates::MONTHS;

fn local(ms: i64) -> js_sys::Date {
    js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64))
}

/// "25 November 2026".
pub fn date(ms: i64) -> String {
    let d = local(ms);
    format!(
        "{} {} {}",
        d.get_date(),
        MONTHS[d.get_month() as usize % 12],
        d.get_full_year()
    )
}

/// "14:05".
pub fn time(ms: i64) -> String {
    let d = local(ms);
    format!("{:02}:{:02}", d.get_hours(), d.get_minutes())
}

/// "25 November 2026 at 14:05".
pub fn date_time(ms: i64) -> String {
    format!("{} at {}", date(ms), time(ms))
}

/// "31 March 2027" from an ISO date, or the text as given when it is not one.
pub fn iso_date(text: &str) -> String {
    crate::domain::dates::long_date_from_iso(text).unwrap_or_else(|| text.to_owned())
}

/// A message from the domain as a sentence on its own: a capital first and a
/// full stop last ("record who approved…" becomes "Record who approved….").
pub fn sentence(message: &str) -> String {
    let mut chars = message.chars();
    let mut out: String = chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default();
    if !out.is_empty() && !out.ends_with('.') {
        out.push('.');
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_message_becomes_a_sentence() {
        assert_eq!(super::sentence("record it first"), "Record it first.");
        assert_eq!(super::sentence("“A” is done."), "“A” is done.");
        assert_eq!(super::sentence(""), "");
    }
}
