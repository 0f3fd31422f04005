//! `cargo xtask test [--only native|browser|fresh|e2e]`: every test layer, in order, stopping at the
//! first that fails, with the time each took.

use crate::dist::{self, Options};
use crate::pins;
use crate::util::{cargo, cmd, header, root, run, Result};

#[derive(Clone, Copy, PartialEq)]
pub enum Layer {
    /// Native unit tests of every crate and the rendered-HTML tests (root crate, `ssr`).
    Native,
    /// wasm-bindgen tests in headless Chromium (tests/browser.rs, `hydration`).
    Browser,
    /// The README's build as a new machine runs it: `cargo xtask dist` with an empty cargo home and a
    /// new target folder (so a missing download step fails here, not on a newcomer's machine); then
    /// the build without the size-built standard library (`EXPLAINER_STD=prebuilt`), smoke-tested.
    Fresh,
    /// The built site in headless Chromium (playwright-core), Firefox ESR (puppeteer-core) and WebKitGTK
    /// (selenium-webdriver, on an Xvfb display the test starts when there is none), and the HTML
    /// checker, driven by node:test (e2e/tests/).
    E2e,
}

pub const LAYERS: [Layer; 4] = [Layer::Native, Layer::Browser, Layer::Fresh, Layer::E2e];

impl Layer {
    pub fn name(self) -> &'static str {
        match self {
            Layer::Native => "native",
            Layer::Browser => "browser",
            Layer::Fresh => "fresh",
            Layer::E2e => "e2e",
        }
    }

    pub fn parse(name: &str) -> Result<Layer> {
        LAYERS
            .into_iter()
            .find(|l| l.name() == name)
            .ok_or_else(|| {
                format!("unknown test layer `{name}` (expected one of: native, browser, fresh, e2e)")
            })
    }

    fn title(self) -> &'static str {
        match self {
            Layer::Native => "native unit tests and rendered-HTML tests",
            Layer::Browser => "in-browser wasm tests (headless Chromium)",
            Layer::Fresh => "the site built as on a new machine (empty cargo home), and without the size-built std",
            Layer::E2e => "end-to-end tests of the built site (Chromium, Firefox ESR, WebKitGTK)",
        }
    }

    /// Runs the layer; `built` says whether an earlier layer of this run has built dist/ already.
    fn run(self, built: &mut bool) -> Result {
        match self {
            Layer::Native => run(cargo().args(["test", "--workspace", "--features", "ssr"])),
            Layer::Browser => browser(),
            Layer::Fresh => {
                fresh()?;
                *built = true;
                Ok(())
            }
            Layer::E2e => e2e(*built),
        }
    }
}

pub fn test(only: Option<Layer>) -> Result {
    crate::setup::setup()?;
    let layers: Vec<Layer> = LAYERS
        .into_iter()
        .filter(|l| only.is_none_or(|o| o == *l))
        .collect();
    let mut built = false;
    for (i, layer) in layers.iter().enumerate() {
        let started = std::time::Instant::now();
        header(&format!(
            "test {}/{}: {} - {}",
            i + 1,
            layers.len(),
            layer.name(),
            layer.title()
        ));
        layer.run(&mut built).map_err(|e| {
            format!(
                "test layer `{}` failed: {e}\n       re-run it alone: cargo xtask test --only {}",
                layer.name(),
                layer.name()
            )
        })?;
        println!("test {}: passed in {} s", layer.name(), started.elapsed().as_secs());
    }
    let names: Vec<&str> = layers.iter().map(|l| l.name()).collect();
    header(&format!("test: all layers passed ({})", names.join(", ")));
    Ok(())
}

/// wasm-bindgen-test-runner drives Chromium through chromedriver. It adds `headless`,
/// `no-sandbox` and `disable-dev-shm-usage` itself and merges in the capabilities of the file
/// named by WASM_BINDGEN_TEST_WEBDRIVER_JSON: the browser binary and the remaining flags.
fn browser() -> Result {
    if !root().join("tests/browser.rs").exists() {
        return Err("tests/browser.rs, the in-browser test suite, is missing".into());
    }
    let dir = root().join("target/xtask");
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let webdriver_json = dir.join("webdriver.json");
    let args = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
    ]
    .into_iter()
    .chain(CHROMIUM_QUIET_ARGS)
    .map(|a| format!("\"{a}\""))
    .collect::<Vec<_>>()
    .join(", ");
    let json = format!(
        "{{\n  \"goog:chromeOptions\": {{\n    \"binary\": \"{}\",\n    \"args\": [{args}]\n  }}\n}}\n",
        pins::CHROMIUM
    );
    std::fs::write(&webdriver_json, json)
        .map_err(|e| format!("cannot write {}: {e}", webdriver_json.display()))?;

    let mut command = cargo();
    command
        .args([
            "test",
            "--target",
            pins::WASM_TARGET,
            "--features",
            "browser-test",
            "--test",
            "browser",
        ])
        .env(
            "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
            "wasm-bindgen-test-runner",
        )
        .env("CHROMEDRIVER", pins::CHROMEDRIVER)
        .env("WASM_BINDGEN_TEST_WEBDRIVER_JSON", &webdriver_json)
        // Browser mode even if the test file forgets `wasm_bindgen_test_configure!(run_in_browser)`.
        .env("WASM_BINDGEN_USE_BROWSER", "1")
        // The default 20 s is tight on a busy 2-core machine.
        .env("WASM_BINDGEN_TEST_TIMEOUT", "120");
    run(&mut command)
}

/// Flags that keep a headless Chromium from reaching out to the network on its own.
/// (This machine's network is closed: without them Chromium keeps retrying connections.)
const CHROMIUM_QUIET_ARGS: [&str; 5] = [
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
];

/// `cargo xtask dist` as a new machine runs it, in a child process whose cargo home is new and
/// empty and whose target folder is new: setup must fetch every crate the offline release build
/// needs (the standard library's own among them). The tools compiled once (trunk, wasm-bindgen) stay
/// on PATH, as the guide for CI allows. It writes dist/, which the e2e layer then tests.
///
/// Then the fallback without the size-built standard library (`EXPLAINER_STD=prebuilt`), in the same
/// new cargo home: built into target/xtask/fresh/dist-prebuilt, smoke-tested in Chromium, and its
/// size printed against the page budget (which it is not held to).
fn fresh() -> Result {
    let dir = root().join("target/xtask/fresh");
    if dir.exists() {
        std::fs::remove_dir_all(&dir).map_err(|e| format!("cannot remove {}: {e}", dir.display()))?;
    }
    let home = dir.join("cargo-home");
    std::fs::create_dir_all(&home).map_err(|e| format!("cannot create {}: {e}", home.display()))?;
    let new_machine = |command: &mut std::process::Command| {
        command.env("CARGO_HOME", &home).env("CARGO_TARGET_DIR", dir.join("target"));
    };
    header(&format!("fresh: cargo xtask dist, with CARGO_HOME={} (empty) and a new target folder", home.display()));
    let mut build = cargo();
    build.args(["xtask", "dist"]);
    new_machine(&mut build);
    run(&mut build)?;

    let prebuilt = dir.join("dist-prebuilt");
    header("fresh: the fallback without the size-built standard library (EXPLAINER_STD=prebuilt)");
    let mut build = cargo();
    build.args(["xtask", "dist", "--dist"]).arg(&prebuilt).env("EXPLAINER_STD", "prebuilt");
    new_machine(&mut build);
    run(&mut build)?;
    run(cmd("node").args(["--test", "e2e/tests/smoke.test.mjs"]).env("E2E_DIST", &prebuilt))?;
    run(cmd("node").arg("e2e/sizes.mjs").arg(&prebuilt))
}

fn e2e(built: bool) -> Result {
    if built {
        println!("e2e: dist/ as the fresh layer built it");
    } else {
        dist::build(&Options::new(None, None, None)?)?;
    }
    // The Urdu fixture story, built as a site of its own: the right-to-left tests (urdu.test.mjs).
    let urdu = root().join("target/xtask/urdu/dist");
    header(&format!("e2e: the Urdu fixture story, built into {}", urdu.display()));
    let story = root().join(URDU_STORY).to_string_lossy().into_owned();
    dist::build(&Options::new(None, Some(story), None)?.into_folder(Some(urdu.to_string_lossy().into_owned()))?)?;
    header("e2e: node --test e2e/tests/");
    let tests = root().join("e2e/tests");
    let mut files: Vec<String> = std::fs::read_dir(&tests)
        .map_err(|e| format!("cannot list {}: {e}", tests.display()))?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".test.mjs"))
        .map(|name| format!("e2e/tests/{name}"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err("no e2e/tests/*.test.mjs files".into());
    }
    // Files listed one by one: `node --test <folder>` means different things across Node versions.
    run(cmd("node").arg("--test").args(&files).env("E2E_URDU_DIST", &urdu))
}

/// The story the right-to-left tests build: short, in Urdu, with its own locale.
const URDU_STORY: &str = "crates/story/tests/fixtures/stories/pul";
