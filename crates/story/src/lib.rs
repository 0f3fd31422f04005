//! The explainer's story model, free of any UI or browser code.
//!
//! - [`model`]: the content types (a [`Story`] and everything in it).
//! - [`query`]: lookups and derived views (an actor's relations, a relation as a sentence).
//! - [`date`]: the dates the content uses ("2025", "2025-10", "2025-11-07").
//! - [`fragment`]: parsing and writing URL fragments (`#section-id`, `#actor-id`).
//! - [`locale`]: the interface's words in one language (strings, templates, dates, numbers, direction).
//! - `load` (feature `load`): reading a content folder of TOML files, with validation that reports
//!   every error at once with its file, line and column.
//! - `locale_file` (feature `load`): reading and checking locale files (English and Spanish built in,
//!   a story's own `locale.toml`).
//! - `codegen` (feature `load`): writing a validated story as Rust statics for the browser build.

pub mod date;
pub mod fragment;
pub mod locale;
pub mod model;
pub mod query;

#[cfg(feature = "load")]
pub mod codegen;
#[cfg(feature = "load")]
pub mod load;
#[cfg(feature = "load")]
pub mod locale_file;

pub use locale::{Direction, Forms, Locale, Piece, Plural, PluralCategory, PluralRule, ServerText, Template};
pub use model::*;
