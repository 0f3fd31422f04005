//! Every tool version the project pins, in one place.
//!
//! Three pins live elsewhere, each where its own tool reads it:
//! - the Rust toolchain (its exact version, the wasm target, rust-src) in `rust-toolchain.toml`, which
//!   rustup reads for every cargo and rustc run in the repository; [`rust_toolchain`] reads it too.
//! - wasm-bindgen (library and CLI) comes from `Cargo.lock`: the CLI must be the library's exact
//!   version, so `cargo xtask setup` reads it from there and installs that one.
//! - npm packages (binaryen's wasm-opt, esbuild, playwright-core, puppeteer-core, axe-core, pym.js, and for
//!   `cargo xtask bench` lighthouse 12.2.3 (13 needs Node 22) and chrome-launcher) are pinned exactly
//!   in `e2e/package.json` and `e2e/package-lock.json`, installed with `npm ci`.
//!
//! `Trunk.toml`'s `[tools]` names the wasm-bindgen and wasm-opt versions Trunk must find; setup
//! checks that they agree with what it installed.

/// Trunk, installed with `cargo install --locked trunk --version TRUNK`.
/// (0.22 needs a newer rustc than some machines have.)
pub const TRUNK: &str = "0.21.14";

/// The Rust target of the browser build and the in-browser tests.
pub const WASM_TARGET: &str = "wasm32-unknown-unknown";

/// The oldest Node.js major version the e2e tests and the server support. Node and npm are
/// assumed present (setup checks, but does not install them).
pub const NODE_MAJOR: u32 = 20;

/// Debian packages: headless browsers and the WebDriver for the in-browser Rust tests; WebKitGTK's
/// WebDriver and MiniBrowser with a virtual display to run them in (Xvfb, xauth for `xvfb-run`);
/// Java for the Nu HTML Checker (npm `vnu-jar`).
pub const APT_PACKAGES: &[&str] = &[
    "chromium",
    "chromium-driver",
    "firefox-esr",
    "webkit2gtk-driver",
    "xvfb",
    "xauth",
    "default-jre-headless",
];

/// Where those packages put the browsers and the driver.
pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
/// The second engine of the end-to-end tests (e2e/tests/firefox.test.mjs).
pub const FIREFOX: &str = "/usr/bin/firefox-esr";
/// The third engine (e2e/tests/webkit.test.mjs): WebKitGTK's WebDriver and the browser it drives,
/// run on a virtual display (`xvfb-run`, or Xvfb started by the test).
pub const WEBKIT_DRIVER: &str = "/usr/bin/WebKitWebDriver";
pub const MINIBROWSER: &str = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
pub const XVFB: &str = "/usr/bin/Xvfb";
/// The Java that runs the Nu HTML Checker (e2e/tests/validator.test.mjs).
pub const JAVA: &str = "/usr/bin/java";

/// What must exist once the Debian packages are installed.
pub const APT_PROGRAMS: &[&str] = &[CHROMIUM, CHROMEDRIVER, FIREFOX, WEBKIT_DRIVER, MINIBROWSER, XVFB, JAVA];

/// The Rust version `rust-toolchain.toml` pins (its `channel`).
pub fn rust_toolchain() -> Result<String, String> {
    let path = crate::util::root().join("rust-toolchain.toml");
    let toml = std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    toml_string(&toml, "channel").ok_or_else(|| format!("{}: no `channel = \"…\"`", path.display()))
}

/// The string value of `key = "value"` in a small TOML file (the first such line).
pub fn toml_string(toml: &str, key: &str) -> Option<String> {
    toml.lines().find_map(|line| {
        let value = line.trim().strip_prefix(key)?.trim().strip_prefix('=')?.trim().strip_prefix('"')?;
        value.split('"').next().map(str::to_string)
    })
}
