//! The pure-Rust heart of the app: no browser types, tested natively.
//!
//! - [`framework`]: the content model (principles, themes, scale, glossary, ladder).
//! - [`markup`]: glossary-term markup inside content prose.
//! - [`content`]: loading and validating the frameworks compiled in from `content/`.
//! - [`search`]: search over all guidance text.

pub mod content;
pub mod framework;
pub mod markup;
pub mod search;
