//! The story bundled at build time: `build.rs` loads and validates the content folder (the default one,
//! or `EXPLAINER_STORY`) and writes it as a Rust static.

include!(concat!(env!("OUT_DIR"), "/story_data.rs"));
