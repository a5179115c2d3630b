//! The pure-Rust heart of the app: no browser types, tested natively.
//!
//! - [`framework`]: the content model (principles, themes, scale, glossary, ladder).
//! - [`provenance`]: where each item comes from (its basis and source).
//! - [`applicability`]: conditions items depend on, and the kinds of council.
//! - [`markup`]: glossary-term markup inside content prose.
//! - [`content`]: loading and validating the frameworks compiled in from `content/`.
//! - [`content_migration`]: how item ids of one framework version map onto the next.
//! - [`search`]: search over all guidance text.
//! - [`assessment`]: an assessment's answers, progress, status and action rules.
//! - [`sample`]: a complete sample assessment, for benchmarks and demonstrations.
//! - [`save_format`]: the versioned JSON in which assessments are saved and exported.
//! - [`dates`]: calendar dates from timestamps, UK-style and ISO formatting.
//! - [`summary`]: the summary of an assessment as data, for members and officers.
//! - [`summary_html`]: the summary as an HTML fragment and a print-ready document.
//! - [`export`]: the action plan as CSV, the assessment as JSON, and checked import.

pub mod applicability;
pub mod assessment;
pub mod content;
pub mod content_migration;
pub mod dates;
pub mod export;
pub mod framework;
pub mod markup;
pub mod provenance;
pub mod sample;
pub mod save_format;
pub mod search;
pub mod summary;
pub mod summary_html;
