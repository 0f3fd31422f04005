//! `cargo xtask setup`: installs what is missing, skips what is there at the right version.
//! Rust (rustup, cargo), Node.js with npm, and apt are assumed; everything else comes from here.

use crate::pins;
use crate::util::{cargo, cmd, output, root, run, Result};
use std::path::Path;

pub fn setup() -> Result {
    crate::util::header(
        "setup: checking tools (pins in xtask/src/pins.rs, e2e/package.json, Cargo.lock)",
    );
    rust_target()?;
    rust_src()?;
    cargo_tool("trunk", "trunk", pins::TRUNK, &["--locked"])?;
    let bindgen = lock_version("wasm-bindgen")?;
    // Not --locked: wasm-bindgen-cli's own lock file can need a newer rustc than ours.
    cargo_tool("wasm-bindgen-cli", "wasm-bindgen", &bindgen, &[])?;
    present(
        "wasm-bindgen-test-runner",
        &bindgen,
        &tool_version("wasm-bindgen-test-runner"),
    )?;
    node()?;
    npm_packages()?;
    apt_packages()?;
    trunk_toml_agrees(&bindgen)?;
    // `trunk build --offline` builds with `cargo --offline`: have every crate in the local cache.
    run(cargo().args(["fetch", "--quiet"]))?;
    Ok(())
}

fn ok(what: &str, version: &str) {
    println!("  ok       {what} {version}");
}

fn installing(what: &str, version: &str) {
    println!("  install  {what} {version}");
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

/// The wasm target of the browser build and the in-browser tests.
fn rust_target() -> Result {
    rustup_add("target", pins::WASM_TARGET)
}

/// The standard library's source: the release wasm rebuilds it for size (see `dist::small_std`).
fn rust_src() -> Result {
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
    installing(&what, name);
    run(cmd("rustup").args([kind, "add", name]))
}

/// Installs crate `krate` at exactly `version` unless its binary `bin` already reports it.
fn cargo_tool(krate: &str, bin: &str, version: &str, extra: &[&str]) -> Result {
    if tool_version(bin) == version {
        ok(bin, version);
        return Ok(());
    }
    installing(krate, version);
    run(cargo()
        .arg("install")
        .args(extra)
        .args([krate, "--version", version]))?;
    present(bin, version, &tool_version(bin))
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
fn npm_packages() -> Result {
    let e2e = root().join("e2e");
    let lock = std::fs::read(e2e.join("package-lock.json"))
        .map_err(|e| format!("cannot read e2e/package-lock.json: {e}"))?;
    let stamp = e2e.join("node_modules/.xtask-package-lock.json");
    if std::fs::read(&stamp).is_ok_and(|installed| installed == lock) {
        ok("npm packages", "(e2e/package-lock.json)");
        return Ok(());
    }
    installing("npm packages", "(npm ci in e2e/)");
    run(cmd("npm")
        .args(["ci", "--no-audit", "--no-fund"])
        .current_dir(&e2e))?;
    std::fs::write(&stamp, lock).map_err(|e| format!("cannot write {}: {e}", stamp.display()))
}

fn apt_packages() -> Result {
    let installed = |package: &&str| {
        output(cmd("dpkg-query").args(["-W", "-f=${Status}", package]))
            .is_some_and(|status| status.ends_with(" installed"))
    };
    let missing: Vec<&str> = pins::APT_PACKAGES
        .iter()
        .filter(|p| !installed(p))
        .copied()
        .collect();
    for package in pins::APT_PACKAGES.iter().filter(|p| !missing.contains(p)) {
        ok("apt", package);
    }
    if missing.is_empty() {
        return Ok(());
    }
    installing("apt", &missing.join(" "));
    let sudo = output(cmd("id").arg("-u")).is_some_and(|uid| uid != "0");
    let apt = |args: &[&str]| {
        let mut command = if sudo { cmd("sudo") } else { cmd("apt-get") };
        if sudo {
            command.arg("apt-get");
        }
        command.env("DEBIAN_FRONTEND", "noninteractive").args(args);
        command
    };
    run(&mut apt(&["update"]))?;
    run(apt(&["install", "-y", "--no-install-recommends"]).args(&missing))?;
    for path in [pins::CHROMIUM, pins::CHROMEDRIVER, pins::FIREFOX, pins::WEBKIT_DRIVER, pins::MINIBROWSER, pins::XVFB, pins::JAVA] {
        if !Path::new(path).exists() {
            return Err(format!(
                "{path} is still missing after installing {}",
                missing.join(" ")
            ));
        }
    }
    Ok(())
}

/// Trunk.toml's `[tools]` must name the versions we installed: Trunk, running offline, only
/// accepts a tool on PATH whose `--version` matches.
fn trunk_toml_agrees(bindgen: &str) -> Result {
    let toml = std::fs::read_to_string(root().join("Trunk.toml"))
        .map_err(|e| format!("cannot read Trunk.toml: {e}"))?;
    let setting = |key: &str| {
        toml.lines()
            .find_map(|l| {
                l.trim()
                    .strip_prefix(key)?
                    .trim()
                    .strip_prefix('=')?
                    .trim()
                    .strip_prefix('"')?
                    .split('"')
                    .next()
            })
            .map(str::to_string)
    };
    // wasm-opt prints "wasm-opt version 132 (version_132)"; Trunk compares "version_132".
    let wasm_opt = output(cmd("wasm-opt").arg("--version"))
        .and_then(|v| v.split_whitespace().nth(2).map(|n| format!("version_{n}")))
        .unwrap_or_default();
    for (key, installed) in [
        ("wasm_bindgen", bindgen.to_string()),
        ("wasm_opt", wasm_opt),
    ] {
        match setting(key) {
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
