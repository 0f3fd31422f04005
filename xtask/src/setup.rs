//! `cargo xtask setup`: installs what is missing, skips what is there at the right version, and
//! fetches every crate the offline release build needs (the standard library's own included).
//! Rust (rustup, cargo), Node.js with npm, and apt are assumed; everything else comes from here.
//!
//! On a new machine three installs take most of the time and need different things: compiling the
//! Rust tools needs the CPU, `npm ci` and apt the network and the disk. They run side by side, each
//! writing its output to a log of its own (`target/xtask/setup/`), and the console says what is being
//! installed, roughly how long it takes, and how long it took.

use crate::pins;
use crate::util::{cargo, cmd, output, root, run, Result};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

pub fn setup() -> Result {
    crate::util::header(
        "setup: checking tools (pins in rust-toolchain.toml, xtask/src/pins.rs, e2e/package.json, Cargo.lock)",
    );
    let started = Instant::now();
    rust_toolchain()?;
    let bindgen = lock_version("wasm-bindgen")?;
    node()?;
    let logs = root().join("target/xtask/setup");
    std::fs::create_dir_all(&logs).map_err(|e| format!("cannot create {}: {e}", logs.display()))?;
    let (tools, npm, apt) = std::thread::scope(|scope| {
        let tools = scope.spawn(|| rust_tools(&bindgen, &logs));
        let npm = scope.spawn(|| npm_packages(&logs));
        let apt = scope.spawn(|| apt_packages(&logs));
        let join = |h: std::thread::ScopedJoinHandle<'_, Result>| h.join().unwrap_or_else(|_| Err("a set-up step panicked".into()));
        (join(tools), join(npm), join(apt))
    });
    // Every failure, not only the first: the others' logs may say why.
    let failures: Vec<String> = [tools, npm, apt].into_iter().filter_map(|r| r.err()).collect();
    if !failures.is_empty() {
        return Err(failures.join("\n"));
    }
    trunk_toml_agrees(&bindgen)?;
    fetch_crates()?;
    println!("  setup done in {}", took(started));
    Ok(())
}

fn ok(what: &str, version: &str) {
    println!("  ok       {what} {version}");
}

/// Says what is being installed, how long it usually takes on a new 2-core machine, and where its
/// output goes.
fn installing(what: &str, version: &str, about: &str, log: Option<&Path>) {
    let log = log.map(|l| format!("; log: {}", shown_path(l))).unwrap_or_default();
    println!("  install  {what} {version} (about {about}{log})");
}

fn installed(what: &str, started: Instant) {
    println!("  done     {what} in {}", took(started));
}

fn took(started: Instant) -> String {
    let seconds = started.elapsed().as_secs();
    if seconds >= 60 {
        format!("{}m {:02}s", seconds / 60, seconds % 60)
    } else {
        format!("{seconds}s")
    }
}

fn shown_path(path: &Path) -> String {
    path.strip_prefix(root()).unwrap_or(path).display().to_string()
}

/// Runs a command with its output in `log`, for a step that runs beside others; on failure, the
/// error quotes the end of the log.
fn run_logged(command: &mut Command, log: &Path) -> Result {
    let shown = crate::util::show(command, false);
    let file = std::fs::File::create(log).map_err(|e| format!("cannot write {}: {e}", log.display()))?;
    let err = file.try_clone().map_err(|e| e.to_string())?;
    let status = command
        .stdin(Stdio::null())
        .stdout(file)
        .stderr(err)
        .status()
        .map_err(|e| format!("could not start `{shown}`: {e}"))?;
    if status.success() {
        return Ok(());
    }
    let text = std::fs::read_to_string(log).unwrap_or_default();
    let tail: Vec<&str> = text.lines().rev().take(25).collect();
    let tail: Vec<&str> = tail.into_iter().rev().collect();
    Err(format!("`{shown}` failed ({status}); the end of {}:\n{}", shown_path(log), tail.join("\n")))
}

/// The second word of `<tool> --version` ("trunk 0.21.14" → "0.21.14"), or "" if it can't run.
fn tool_version(tool: &str) -> String {
    output(cmd(tool).arg("--version"))
        .and_then(|text| text.split_whitespace().nth(1).map(str::to_string))
        .unwrap_or_default()
}

fn present(tool: &str, want: &str, found: &str) -> Result {
    if found == want {
        ok(tool, want);
        Ok(())
    } else {
        Err(format!(
            "{tool} {want} is needed, found {}",
            if found.is_empty() { "none" } else { found }
        ))
    }
}

/// The compiler `rust-toolchain.toml` pins, with the wasm target of the browser build and the
/// standard library's source (the release wasm rebuilds it for size, see `dist::small_std`). rustup
/// installs all three when it reads the file; this checks, and adds what an older rustup left out.
fn rust_toolchain() -> Result {
    let version = output(cmd("rustc").arg("--version")).unwrap_or_default();
    let pinned = pins::rust_toolchain()?;
    if version.split_whitespace().nth(1) != Some(pinned.as_str()) {
        return Err(format!(
            "rust-toolchain.toml pins Rust {pinned}, but `rustc --version` says {version:?}: is rustup installed and cargo run through it?"
        ));
    }
    ok("rust", &pinned);
    rustup_add("target", pins::WASM_TARGET)?;
    rustup_add("component", "rust-src")
}

/// Adds a rustup `target` or `component` unless `rustup <kind> list --installed` names it already.
fn rustup_add(kind: &str, name: &str) -> Result {
    let installed = output(cmd("rustup").args([kind, "list", "--installed"])).unwrap_or_default();
    let what = format!("rust {kind}");
    if installed.lines().any(|line| line.trim() == name) {
        ok(&what, name);
        return Ok(());
    }
    installing(&what, name, "10 seconds", None);
    run(cmd("rustup").args([kind, "add", name]))
}

/// Trunk, then wasm-bindgen-cli, compiled into one shared build folder so that the crates they share
/// are built once; without the link-time optimisation Trunk's own release profile asks for, which
/// makes its build minutes longer for a tool whose run time is spent in cargo.
fn rust_tools(bindgen: &str, logs: &Path) -> Result {
    let build_dir = root().join("target/xtask/tools");
    cargo_tool("trunk", "trunk", pins::TRUNK, &["--locked"], "4 minutes", &build_dir, logs)?;
    // Not --locked: wasm-bindgen-cli's own lock file can need a newer rustc than ours.
    cargo_tool("wasm-bindgen-cli", "wasm-bindgen", bindgen, &[], "3 minutes", &build_dir, logs)?;
    present("wasm-bindgen-test-runner", bindgen, &tool_version("wasm-bindgen-test-runner"))
}

/// Installs crate `krate` at exactly `version` unless its binary `bin` already reports it.
fn cargo_tool(krate: &str, bin: &str, version: &str, extra: &[&str], about: &str, build_dir: &Path, logs: &Path) -> Result {
    if tool_version(bin) == version {
        ok(bin, version);
        return Ok(());
    }
    let log = logs.join(format!("{krate}.log"));
    installing(krate, version, &format!("{about} of compiling"), Some(&log));
    let started = Instant::now();
    run_logged(
        cargo()
            .arg("install")
            .args(extra)
            .args([krate, "--version", version, "--target-dir"])
            .arg(build_dir)
            .env("CARGO_PROFILE_RELEASE_LTO", "off")
            .env("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "16"),
        &log,
    )?;
    present(bin, version, &tool_version(bin))?;
    installed(krate, started);
    Ok(())
}

/// The version of `package` in Cargo.lock (there must be exactly one).
pub fn lock_version(package: &str) -> Result<String> {
    let path = root().join("Cargo.lock");
    let lock = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    version_in_lock(&lock, package)
}

fn version_in_lock(lock: &str, package: &str) -> Result<String> {
    let name_line = format!("name = \"{package}\"");
    let mut versions = Vec::new();
    for block in lock.split("[[package]]") {
        let mut lines = block.lines().map(str::trim);
        if lines.clone().any(|l| l == name_line) {
            if let Some(v) = lines.find_map(|l| l.strip_prefix("version = \"")?.strip_suffix('"')) {
                versions.push(v.to_string());
            }
        }
    }
    match versions.as_slice() {
        [one] => Ok(one.clone()),
        [] => Err(format!("{package} is not in Cargo.lock")),
        many => Err(format!(
            "Cargo.lock has several versions of {package}: {}",
            many.join(", ")
        )),
    }
}

fn node() -> Result {
    let version = output(cmd("node").arg("--version")).unwrap_or_default();
    let major: u32 = version
        .trim_start_matches('v')
        .split('.')
        .next()
        .unwrap_or("")
        .parse()
        .unwrap_or(0);
    if major < pins::NODE_MAJOR {
        let found = if version.is_empty() {
            "none".to_string()
        } else {
            version
        };
        return Err(format!(
            "Node.js {}+ with npm is needed (found {found}); install it first, e.g. `apt-get install nodejs npm`",
            pins::NODE_MAJOR
        ));
    }
    ok("node", &version);
    let npm = output(cmd("npm").arg("--version")).ok_or("npm is needed (it comes with Node.js)")?;
    ok("npm", &npm);
    Ok(())
}

/// `npm ci` in e2e/, unless node_modules was installed from this very package-lock.json.
fn npm_packages(logs: &Path) -> Result {
    let e2e = root().join("e2e");
    let lock = std::fs::read(e2e.join("package-lock.json"))
        .map_err(|e| format!("cannot read e2e/package-lock.json: {e}"))?;
    let stamp = e2e.join("node_modules/.xtask-package-lock.json");
    if std::fs::read(&stamp).is_ok_and(|installed| installed == lock) {
        ok("npm packages", "(e2e/package-lock.json)");
        return Ok(());
    }
    let log = logs.join("npm.log");
    installing("npm packages", "(npm ci in e2e/)", "1 minute of downloads", Some(&log));
    let started = Instant::now();
    run_logged(cmd("npm").args(["ci", "--no-audit", "--no-fund"]).current_dir(&e2e), &log)?;
    std::fs::write(&stamp, lock).map_err(|e| format!("cannot write {}: {e}", stamp.display()))?;
    installed("npm packages", started);
    Ok(())
}

fn apt_packages(logs: &Path) -> Result {
    let installed_package = |package: &&str| {
        output(cmd("dpkg-query").args(["-W", "-f=${Status}", package]))
            .is_some_and(|status| status.ends_with(" installed"))
    };
    let missing: Vec<&str> = pins::APT_PACKAGES
        .iter()
        .filter(|p| !installed_package(p))
        .copied()
        .collect();
    for package in pins::APT_PACKAGES.iter().filter(|p| !missing.contains(p)) {
        ok("apt", package);
    }
    if missing.is_empty() {
        return Ok(());
    }
    let log = logs.join("apt.log");
    installing("apt", &missing.join(" "), "2 minutes of downloads", Some(&log));
    let started = Instant::now();
    let sudo = output(cmd("id").arg("-u")).is_some_and(|uid| uid != "0");
    let apt = |args: &[&str]| {
        let mut command = if sudo { cmd("sudo") } else { cmd("apt-get") };
        if sudo {
            command.arg("apt-get");
        }
        command.env("DEBIAN_FRONTEND", "noninteractive").args(args);
        command
    };
    let update = logs.join("apt-update.log");
    run_logged(&mut apt(&["update"]), &update)?;
    run_logged(apt(&["install", "-y", "--no-install-recommends"]).args(&missing), &log)?;
    for path in pins::APT_PROGRAMS {
        if !Path::new(path).exists() {
            return Err(format!(
                "{path} is still missing after installing {}",
                missing.join(" ")
            ));
        }
    }
    installed("apt packages", started);
    Ok(())
}

/// Every crate the offline builds need, in the cargo home in use: the workspace's, and the standard
/// library's own (`-Zbuild-std` builds std from the toolchain's `library/` workspace, whose crates
/// are not in the workspace's lock file; an offline build fails on a new machine without them).
fn fetch_crates() -> Result {
    let started = Instant::now();
    run(cargo().args(["fetch", "--quiet"]))?;
    let library = std_library()?;
    // The library's manifest uses unstable cargo features: RUSTC_BOOTSTRAP lets stable cargo read it.
    run(cargo()
        .args(["fetch", "--quiet", "--manifest-path"])
        .arg(library.join("Cargo.toml"))
        .env("RUSTC_BOOTSTRAP", "1"))?;
    ok("crates", &format!("(the workspace's and the standard library's, fetched in {})", took(started)));
    Ok(())
}

/// The standard library's workspace in the toolchain's `rust-src` component.
fn std_library() -> Result<PathBuf> {
    let sysroot = output(cmd("rustc").args(["--print", "sysroot"])).ok_or("cannot run `rustc --print sysroot`")?;
    let library = PathBuf::from(sysroot).join("lib/rustlib/src/rust/library");
    if library.join("Cargo.toml").is_file() {
        Ok(library)
    } else {
        Err(format!("{} is missing: the rust-src component is not installed", library.display()))
    }
}

/// Trunk.toml's `[tools]` must name the versions we installed: Trunk, running offline, only
/// accepts a tool on PATH whose `--version` matches.
fn trunk_toml_agrees(bindgen: &str) -> Result {
    let toml = std::fs::read_to_string(root().join("Trunk.toml"))
        .map_err(|e| format!("cannot read Trunk.toml: {e}"))?;
    // wasm-opt prints "wasm-opt version 132 (version_132)"; Trunk compares "version_132".
    let wasm_opt = output(cmd("wasm-opt").arg("--version"))
        .and_then(|v| v.split_whitespace().nth(2).map(|n| format!("version_{n}")))
        .unwrap_or_default();
    for (key, installed) in [
        ("wasm_bindgen", bindgen.to_string()),
        ("wasm_opt", wasm_opt),
    ] {
        match pins::toml_string(&toml, key) {
            Some(wanted) if wanted == installed => ok(&format!("Trunk.toml {key}"), &wanted),
            Some(wanted) => {
                return Err(format!(
                    "Trunk.toml asks for {key} = \"{wanted}\" but setup provides \"{installed}\" \
                     (wasm-bindgen: Cargo.lock; wasm-opt: binaryen in e2e/package.json)"
                ))
            }
            None => {
                return Err(format!(
                    "Trunk.toml has no [tools] {key}: pin it to \"{installed}\""
                ))
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::version_in_lock;

    const LOCK: &str = r#"
version = 4

[[package]]
name = "wasm-bindgen"
version = "0.2.130"
source = "registry+https://github.com/rust-lang/crates.io-index"
dependencies = [
 "wasm-bindgen-macro",
]

[[package]]
name = "wasm-bindgen-macro"
version = "0.2.131"
"#;

    #[test]
    fn finds_the_exact_package() {
        assert_eq!(version_in_lock(LOCK, "wasm-bindgen").unwrap(), "0.2.130");
        assert_eq!(
            version_in_lock(LOCK, "wasm-bindgen-macro").unwrap(),
            "0.2.131"
        );
    }

    #[test]
    fn missing_or_duplicated_packages_are_errors() {
        assert!(version_in_lock(LOCK, "trunk").is_err());
        let twice = format!("{LOCK}\n[[package]]\nname = \"wasm-bindgen\"\nversion = \"0.2.99\"\n");
        assert!(version_in_lock(&twice, "wasm-bindgen")
            .unwrap_err()
            .contains("0.2.130, 0.2.99"));
    }
}
