//! Loads, validates and bundles the story: a broken content file stops the build here, with every
//! problem named by file, line and column.

use std::path::PathBuf;

const DEFAULT_STORY: &str = "content/pakistan-afghanistan-talks";

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    println!("cargo:rerun-if-env-changed=EXPLAINER_STORY");
    let dir = match std::env::var("EXPLAINER_STORY") {
        Ok(dir) if !dir.is_empty() => root.join(dir),
        _ => root.join(DEFAULT_STORY),
    };
    println!("cargo:rerun-if-changed={}", dir.display());
    for (name, _) in story::load::FILES {
        println!("cargo:rerun-if-changed={}", dir.join(name).display());
    }
    let story = match story::load::load_dir(&dir) {
        Ok(story) => story,
        Err(errors) => {
            // Cargo shows a build script's stderr when it fails.
            eprintln!("\n{errors}");
            for error in &errors.0 {
                println!("cargo:warning={error}");
            }
            std::process::exit(1);
        }
    };
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("story_data.rs");
    std::fs::write(&out, story::codegen::story_static(&story)).expect("write the generated story");
}
