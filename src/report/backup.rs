//! Backups: the whole assessment as a versioned JSON file, its file name, and
//! the checks a file must pass before it is imported.

use crate::domain::assessment::Assessment;
use crate::domain::dates::CivilDate;
use crate::domain::framework::Framework;
use crate::domain::save_format::{self, FindFramework, SaveFormatError};
use crate::report::html::SummaryVersion;
use crate::report::summary::Summary;

/// The largest file import accepts: 5 MB. A complete assessment with 2 KB of
/// evidence per characteristic is about 200 KB, so this leaves room for very
/// long evidence while refusing files that are plainly not ours.
pub const IMPORT_LIMIT_BYTES: usize = 5 * 1024 * 1024;

/// [`IMPORT_LIMIT_BYTES`] in words.
pub const IMPORT_LIMIT_WORDS: &str = "5 MB";

/// The whole assessment as the versioned JSON file: exactly the record the
/// browser keeps ([`save_format::encode`]), compact, so there is one writer.
/// [`save_format::decode`] reads it, and exporting what [`read_import`] gives
/// back writes the same text again.
pub fn export_json(assessment: &Assessment) -> String {
    save_format::encode(assessment)
}

/// A file name to suggest for a download, e.g. `annual-review-2026-2026-11-25.json`:
/// the assessment's name as a safe ASCII slug and the date it last changed.
/// `extension` may be e.g. `"csv"` or `"members.html"`.
pub fn export_file_name(assessment: &Assessment, extension: &str) -> String {
    named_file(assessment, "", extension)
}

/// The file name of a downloaded summary, saying which version it is, e.g.
/// `annual-review-summary-for-members-2026-11-25.html`, so the members' and
/// officers' versions never overwrite each other.
pub fn summary_file_name(assessment: &Assessment, version: SummaryVersion) -> String {
    named_file(assessment, version.file_part(), "html")
}

fn named_file(assessment: &Assessment, what: &str, extension: &str) -> String {
    let mut slug = String::new();
    for c in assessment.name.chars().flat_map(fold_to_ascii) {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.len() >= 60 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-');
    let slug = if slug.is_empty() { "assessment" } else { slug };
    let extension: String = extension
        .trim_start_matches('.')
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '.' || *c == '-')
        .collect();
    let mut name = slug.to_owned();
    for part in [what, &CivilDate::from_uk_ms(assessment.updated_ms).iso()] {
        if !part.is_empty() {
            name.push('-');
            name.push_str(part);
        }
    }
    if !extension.is_empty() {
        name.push('.');
        name.push_str(&extension);
    }
    name
}

/// Common accented Latin letters as plain ASCII, so "Café" becomes "cafe".
fn fold_to_ascii(c: char) -> impl Iterator<Item = char> {
    let folded: &str = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => {
            "a"
        }
        'æ' | 'Æ' => "ae",
        'ç' | 'Ç' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'È' | 'É' | 'Ê' | 'Ë' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => "i",
        'ñ' | 'Ñ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => "o",
        'œ' | 'Œ' => "oe",
        'ß' => "ss",
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => "u",
        'ŵ' | 'Ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' | 'Ý' | 'Ŷ' => "y",
        '&' => "and",
        _ => "",
    };
    let own = (folded.is_empty()).then_some(c);
    own.into_iter().chain(folded.chars())
}

/// Why a file cannot be imported. Each message is shown to the user under the
/// heading "This file cannot be imported", so it does not repeat it; nothing
/// changes when import is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    TooLarge { bytes: usize },
    Refused(SaveFormatError),
}

impl From<SaveFormatError> for ImportError {
    fn from(err: SaveFormatError) -> Self {
        ImportError::Refused(err)
    }
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::TooLarge { bytes } => write!(
                f,
                "It is {}, and the largest file that can be imported is {IMPORT_LIMIT_WORDS}. Choose a file exported from this app.",
                size_in_words(*bytes)
            ),
            ImportError::Refused(reason) => {
                // The reasons read "it is …": start the sentence with a capital.
                let reason = reason.to_string();
                let mut chars = reason.chars();
                let first = chars.next().map(|c| c.to_ascii_uppercase());
                write!(f, "{}{}.", first.into_iter().collect::<String>(), chars.as_str())
            }
        }
    }
}

impl std::error::Error for ImportError {}

/// A size for people, e.g. "6.2 MB" or "840 KB". Whole-number arithmetic only:
/// formatting a float would carry float-printing code into the app.
pub fn size_in_words(bytes: usize) -> String {
    const KB: usize = 1024;
    const MB: usize = 1024 * 1024;
    if bytes >= MB {
        // Tenths of a megabyte, rounded half up.
        let tenths = (bytes.saturating_mul(10) + MB / 2) / MB;
        format!("{}.{} MB", tenths / 10, tenths % 10)
    } else if bytes >= KB {
        format!("{} KB", bytes.div_ceil(KB))
    } else {
        format!("{bytes} bytes")
    }
}

/// What an import file holds, for the user to check before it replaces or
/// adds to their work.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportPreview {
    /// The assessment as it will be imported.
    pub assessment: Assessment,
    pub name: String,
    pub council: String,
    pub assessor: String,
    /// The framework it answers, with its version.
    pub framework: String,
    /// When it was started, e.g. "25 November 2026".
    pub started: String,
    /// When it was last changed, e.g. "3 December 2026".
    pub last_changed: String,
    /// "Draft" or "Final".
    pub status: &'static str,
    pub sections_completed: usize,
    pub sections_total: usize,
    /// Characteristics given a rating, "not applicable" included.
    pub characteristics_rated: usize,
    /// Characteristics in the assessment's scope.
    pub characteristics_total: usize,
    /// Lines in the action plan.
    pub actions: usize,
}

impl ImportPreview {
    /// The preview as label and value pairs, ready for a summary list.
    pub fn rows(&self) -> Vec<(&'static str, String)> {
        vec![
            ("Name", self.name.clone()),
            ("Council", self.council.clone()),
            ("Assessed by", self.assessor.clone()),
            ("Framework", self.framework.clone()),
            ("Started", self.started.clone()),
            ("Last changed", self.last_changed.clone()),
            ("Status", self.status.to_owned()),
            (
                "Sections completed",
                format!("{} of {}", self.sections_completed, self.sections_total),
            ),
            (
                "Characteristics rated",
                format!(
                    "{} of {}",
                    self.characteristics_rated, self.characteristics_total
                ),
            ),
            ("Actions in the plan", self.actions.to_string()),
        ]
    }
}

/// Checks an import file's text against `framework` and says what it holds.
/// Refuses a file over [`IMPORT_LIMIT_BYTES`], one that is not JSON, not ours,
/// from a newer schema, for another framework, or damaged; see [`ImportError`].
pub fn read_import(text: &str, framework: &Framework) -> Result<ImportPreview, ImportError> {
    read_import_in(text, &|_, _| Some(framework))
}

/// As [`read_import`], reading the file against the framework `find` gives
/// for it: the built-in one or a council's own framework loaded here.
pub fn read_import_in(text: &str, find: &FindFramework) -> Result<ImportPreview, ImportError> {
    if text.len() > IMPORT_LIMIT_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    // Some editors save a byte-order mark; it is not part of the JSON.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (assessment, framework) = save_format::decode_in(text, find)?;
    save_format::check_times(&assessment)?;
    if assessment.name.trim().is_empty() || assessment.council.trim().is_empty() {
        return Err(
            SaveFormatError::Damaged("it has no assessment name or council".to_owned()).into(),
        );
    }
    let summary = Summary::build(framework, &assessment, assessment.updated_ms);
    let (sections_completed, sections_total) = assessment.sections_completed(framework);
    Ok(ImportPreview {
        name: assessment.name.clone(),
        council: assessment.council.clone(),
        assessor: assessment.assessor.clone(),
        framework: format!(
            "{}, version {}",
            framework.info.title, framework.info.version
        ),
        started: summary.method.started.long(),
        last_changed: summary.method.last_changed.long(),
        status: assessment.status.label(),
        sections_completed,
        sections_total,
        characteristics_rated: summary.overview.characteristics_rated,
        characteristics_total: summary.overview.characteristics_total,
        actions: summary.actions.len(),
        assessment,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_naturally() {
        assert_eq!(size_in_words(900), "900 bytes");
        assert_eq!(size_in_words(200 * 1024 + 1), "201 KB");
        assert_eq!(size_in_words(6 * 1024 * 1024 + 200 * 1024), "6.2 MB");
        assert_eq!(size_in_words(1024 * 1024), "1.0 MB");
        assert_eq!(size_in_words(1024 * 1024 * 1024 * 3), "3072.0 MB");
    }

    #[test]
    fn too_large_message_states_the_limit() {
        let message = ImportError::TooLarge {
            bytes: 6 * 1024 * 1024,
        }
        .to_string();
        assert!(message.contains("6.0 MB"), "{message}");
        assert!(message.contains("5 MB"), "{message}");
    }

    #[test]
    fn folding_keeps_ascii_and_flattens_accents() {
        let folded: String = "Café & Ŵy!".chars().flat_map(fold_to_ascii).collect();
        assert_eq!(folded, "Cafe and wy!");
    }
}
