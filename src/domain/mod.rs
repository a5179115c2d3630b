//! The pure-Rust heart of the app: no browser types, tested natively.
//!
//! - [`framework`]: the content model (principles, themes, scale, glossary, ladder).
//! - [`provenance`]: where each item comes from (its basis and source).
//! - [`applicability`]: conditions items depend on, and the kinds of council.
//! - [`framework_file`]: reading a framework file into the model, strictly.
//! - [`json`]: a small JSON reader and writer for saved assessments and framework files.
//! - [`markup`]: glossary-term markup inside content prose.
//! - [`content`]: loading and validating the frameworks compiled in from `content/`.
//! - [`content_migration`]: how item ids of one framework version map onto the next.
//! - [`custom_framework`]: checking a council's own framework file before it is kept.
//! - [`section`]: a principle or a theme, as a part of the questionnaire.
//! - [`question`]: the questions a section asks, as one type.
//! - [`search`]: search over all guidance text.
//! - [`assessment`]: an assessment's answers, its edits, and the rules on them.
//! - [`housekeeping`]: room left in the browser's storage, when to warn, and
//!   when to remind the user to download a backup.
//! - [`save_format`]: the versioned JSON in which assessments are saved and exported.
//! - [`dates`]: calendar dates from timestamps, UK-style and ISO formatting.
//! - [`sample`]: a complete sample assessment, for benchmarks and demonstrations.

pub mod applicability;
pub mod assessment;
pub mod content;
pub mod content_migration;
pub mod custom_framework;
pub mod dates;
pub mod framework;
pub mod framework_file;
pub mod housekeeping;
pub mod json;
pub mod markup;
pub mod provenance;
pub mod question;
pub mod sample;
pub mod save_format;
pub mod search;
pub mod section;
