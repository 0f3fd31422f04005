//! The story bundled at build time: `build.rs` loads and validates the content folder (the default one,
//! or `EXPLAINER_STORY`) and writes it as a Rust static.
//!
//! Text that only the server renders (a page's frozen parts: summaries, key points, descriptions,
//! definitions, quotes, the details of relations; see `ui::part`) is a `story::Server`, empty in the
//! browser build, which cannot read it: the browser never shows it, or copies it from the page (the
//! actor map's panel, `ui::copies`).

/// The value on the server (feature `ssr`), the empty value in the browser, as a `story::Server`
/// (which the browser build cannot read).
macro_rules! server_only {
    ($value:expr, $empty:expr) => {
        ::story::Server::new(if cfg!(feature = "ssr") { $value } else { $empty })
    };
}

include!(concat!(env!("OUT_DIR"), "/story_data.rs"));
