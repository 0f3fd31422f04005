//! The explainer's story model, free of any UI or browser code.
//!
//! - [`model`]: the content types (a [`Story`] and everything in it).
//! - [`query`]: lookups and derived views (an actor's relations, a relation as a sentence).
//! - [`date`]: the dates the content uses ("2025", "2025-10", "2025-11-07").
//! - [`fragment`]: parsing and writing URL fragments (`#section-id`, `#actor-id`).
//! - `load` (feature `load`): reading a content folder of TOML files, with validation that reports
//!   every error at once with its file, line and column.
//! - `codegen` (feature `load`): writing a validated story as Rust statics for the browser build.

pub mod date;
pub mod fragment;
pub mod model;
pub mod query;

#[cfg(feature = "load")]
pub mod codegen;
#[cfg(feature = "load")]
pub mod load;

pub use model::*;
