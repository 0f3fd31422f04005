//! The generated Rust compiles and means the same story: `fixtures/generated/lighthouse.rs` is the
//! output of `story_static` for the lighthouse fixture (the `loading` tests check it is current),
//! included here as code.
//!
//! When the fixture or the code generator changes on purpose, rewrite it with
//! `UPDATE_GENERATED=1 cargo test -p story --features load --test loading generated`.

#![cfg(feature = "load")]

use std::path::Path;

mod generated {
    // The whole story, server-only text included (the browser build may leave that out).
    macro_rules! server_only {
        ($value:expr, $empty:expr) => {
            ::story::Server::new($value)
        };
    }
    include!("fixtures/generated/lighthouse.rs");
}

#[test]
fn generated_statics_equal_the_loaded_story() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/stories/lighthouse");
    let story = story::load::load_dir(&dir).unwrap_or_else(|errors| panic!("{errors}"));
    // What the compiler built from the generated source is what the loader built from the TOML.
    assert_eq!(generated::STORY, story);
}
