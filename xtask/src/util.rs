//! Paths and commands: every command runs from the repository root with the project's tools first
//! on PATH (e2e/node_modules/.bin for wasm-opt, then cargo's bin folder for trunk and wasm-bindgen).

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

pub type Result<T = ()> = std::result::Result<T, String>;

/// The repository root (the parent of xtask/).
pub fn root() -> PathBuf {
    let xtask = Path::new(env!("CARGO_MANIFEST_DIR"));
    xtask.parent().expect("xtask/ has a parent").to_path_buf()
}

/// Where `npm ci` puts the binaries of e2e/'s packages (wasm-opt among them).
pub fn node_bin() -> PathBuf {
    root().join("e2e/node_modules/.bin")
}

/// Where `cargo install` puts binaries: $CARGO_HOME/bin, by default ~/.cargo/bin.
pub fn cargo_bin() -> PathBuf {
    match std::env::var_os("CARGO_HOME") {
        Some(home) => PathBuf::from(home).join("bin"),
        None => PathBuf::from(std::env::var_os("HOME").unwrap_or_default()).join(".cargo/bin"),
    }
}

/// PATH with the project's tool folders in front, so Trunk finds exactly our wasm-opt and
/// wasm-bindgen (it looks them up on PATH and checks their `--version`).
pub fn tool_path() -> OsString {
    let current = std::env::var_os("PATH").unwrap_or_default();
    let dirs = [node_bin(), cargo_bin()]
        .into_iter()
        .chain(std::env::split_paths(&current));
    std::env::join_paths(dirs).expect("PATH entries contain no separator")
}

/// A command that runs in the repository root with [`tool_path`].
pub fn cmd(program: &str) -> Command {
    let mut command = Command::new(program);
    command.current_dir(root()).env("PATH", tool_path());
    command
}

/// The cargo that runs us, so nested builds use the same toolchain.
pub fn cargo() -> Command {
    cmd(&std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
}

/// Runs a command in the foreground, echoing it first; fails on a non-zero exit.
pub fn run(command: &mut Command) -> Result {
    println!("$ {}", show(command, true));
    let shown = show(command, false);
    let status = command
        .status()
        .map_err(|e| format!("could not start `{shown}`: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{shown}` failed ({status})"))
    }
}

/// The files at the top of `dir` whose names start with `prefix` and end with `suffix`, in name order.
pub fn files_named(dir: &Path, prefix: &str, suffix: &str) -> Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with(prefix) && name.ends_with(suffix) {
            found.push(path);
        }
    }
    found.sort();
    Ok(found)
}

/// Runs a command quietly and returns its trimmed stdout, or None if it is missing or fails.
pub fn output(command: &mut Command) -> Option<String> {
    let out = command
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// A command line as text, for messages, with the variables it sets if `with_env`.
pub fn show(command: &Command, with_env: bool) -> String {
    let program = Path::new(command.get_program());
    let mut parts = vec![program
        .file_name()
        .unwrap_or(program.as_os_str())
        .to_string_lossy()
        .into_owned()];
    parts.extend(command.get_args().map(|a| a.to_string_lossy().into_owned()));
    let envs: Vec<String> = command
        .get_envs()
        .filter(|(k, _)| *k != "PATH")
        .filter_map(|(k, v)| Some(format!("{}={}", k.to_string_lossy(), v?.to_string_lossy())))
        .collect();
    if envs.is_empty() || !with_env {
        parts.join(" ")
    } else {
        format!("{} {}", envs.join(" "), parts.join(" "))
    }
}

/// A section header in the output.
pub fn header(title: &str) {
    println!("\n==> {title}");
}
