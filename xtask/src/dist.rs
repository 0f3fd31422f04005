//! `cargo xtask dist` and `cargo xtask serve`: the static site in dist/, built offline by Trunk and
//! then pre-rendered natively.

use crate::util::{cargo, cmd, header, root, run, Result};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

pub struct Options {
    /// How pages reach the assets: "./" (relative, the default: one build works under any path) or
    /// an absolute path such as "/news/explainer/" (always ends with '/').
    pub public_url: String,
    /// The published https address, for canonical URLs, share tags and copied links.
    pub site_url: Option<String>,
    /// A story folder other than the default one (absolute path).
    pub story: Option<PathBuf>,
    /// Where the site is written (absolute path): dist/ by default.
    pub dist: PathBuf,
}

impl Options {
    pub fn new(public_url: Option<String>, story: Option<String>, site_url: Option<String>) -> Result<Options> {
        let story = match story {
            None => None,
            Some(dir) => {
                // Relative to where the command was typed, like any other path argument.
                let dir = std::env::current_dir()
                    .map_err(|e| e.to_string())?
                    .join(dir);
                if !dir.is_dir() {
                    return Err(format!("--story: {} is not a folder", dir.display()));
                }
                Some(dir)
            }
        };
        let dist = root().join("dist");
        let public_url = normalize_public_url(public_url.as_deref().unwrap_or("./"));
        if public_url.contains("://") {
            return Err("--public-url takes a path (./ or /news/explainer/); give the published address with --site-url https://…/".into());
        }
        if let Some(site) = &site_url {
            if !site.starts_with("https://") {
                return Err(format!("--site-url must be an https:// address, got {site}"));
            }
        }
        let site_url = site_url.map(|s| if s.ends_with('/') { s } else { format!("{s}/") });
        Ok(Options { public_url, site_url, story, dist })
    }

    /// The same build, written into `dir` (relative to where the command was typed) instead of dist/.
    pub fn into_folder(mut self, dir: Option<String>) -> Result<Options> {
        if let Some(dir) = dir {
            self.dist = std::env::current_dir().map_err(|e| e.to_string())?.join(dir);
        }
        Ok(self)
    }

    /// Where a local server mounts dist/: the public path, or the root for a relative build.
    pub fn base_path(&self) -> &str {
        if self.public_url.starts_with('/') {
            &self.public_url
        } else {
            "/"
        }
    }

    fn apply(&self, command: &mut Command) {
        if let Some(story) = &self.story {
            command.env("EXPLAINER_STORY", story);
        }
    }
}

/// "news/explainer" → "/news/explainer/"; "./" stays relative; full URLs are kept (and refused).
fn normalize_public_url(url: &str) -> String {
    let mut url = url.trim().to_string();
    if url == "." || url == "./" {
        return "./".into();
    }
    if !url.contains("://") && !url.starts_with('/') {
        url.insert(0, '/');
    }
    if !url.ends_with('/') {
        url.push('/');
    }
    url
}

/// `cargo xtask dist`: set-up, then [`build`].
pub fn dist(options: &Options) -> Result {
    crate::setup::setup()?;
    build(options)
}

/// The site in dist/ (or the folder the options name), assuming the tools are set up.
pub fn build(options: &Options) -> Result {
    let dist = &options.dist;
    header(&format!(
        "dist: trunk build (public URL {}) into {}",
        options.public_url,
        dist.display()
    ));
    let mut trunk = cmd("trunk");
    trunk.args([
        "build",
        "--release",
        "--offline",
        "--public-url",
        &options.public_url,
        "--dist",
    ]);
    trunk.arg(dist);
    options.apply(&mut trunk);
    small_std(&mut trunk);
    run(&mut trunk)?;

    header("dist: one minified stylesheet, short names between the wasm and its JS (wasm-opt), the JS minified (esbuild)");
    crate::minify::minify(dist)?;

    header("dist: pre-render the pages");
    let mut prerender = cargo();
    // Its own profile (Cargo.toml): optimised without the wasm's whole-program LTO.
    prerender.args([
        "run",
        "--profile",
        "prerender",
        "--features",
        "ssr",
        "--bin",
        "prerender",
        "--",
    ]);
    prerender.arg("--dist").arg(dist).args(["--public-url", &options.public_url]);
    if let Some(site) = &options.site_url {
        prerender.args(["--site-url", site]);
    }
    options.apply(&mut prerender);
    run(&mut prerender)?;

    header("dist: sizes");
    print_sizes(dist)?;
    println!(
        "\nThe site is in {}: a static folder for any static host.",
        dist.display()
    );
    Ok(())
}

/// The browser bundle is built with the standard library compiled for it, with panics as immediate
/// aborts: no panic messages, locations or formatting machinery in the wasm (about 20 KiB gzip less).
/// A panic was already fatal (`panic = "abort"`); now it is a bare wasm trap, which `boot.js` catches
/// the same way. Both options are unstable: on the pinned stable toolchain they are switched on with
/// `RUSTC_BOOTSTRAP=1`, for this one build only (Trunk's cargo build of the wasm). They need the
/// `rust-src` component, which `cargo xtask setup` adds. `EXPLAINER_STD=prebuilt` builds without them.
fn small_std(trunk: &mut Command) {
    if std::env::var("EXPLAINER_STD").as_deref() == Ok("prebuilt") {
        println!("EXPLAINER_STD=prebuilt: the wasm links the prebuilt standard library");
        return;
    }
    trunk
        .env("RUSTC_BOOTSTRAP", "1")
        .env("CARGO_UNSTABLE_BUILD_STD", "std,panic_abort")
        .env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS", "-Zunstable-options -Cpanic=immediate-abort");
}

pub fn serve(options: &Options, port: u16) -> Result {
    dist(options)?;
    header("serve (Ctrl-C to stop)");
    let port = port.to_string();
    run(cmd("node").arg("e2e/server.mjs").arg(&options.dist).args([
        "--port",
        &port,
        "--base",
        options.base_path(),
    ]))
}

/// Raw and gzip -9 sizes of the .wasm and .js files in dist/.
fn print_sizes(dist: &Path) -> Result {
    let mut files = Vec::new();
    collect(dist, &mut files).map_err(|e| format!("cannot list {}: {e}", dist.display()))?;
    files.retain(|f| matches!(f.extension().and_then(|e| e.to_str()), Some("wasm" | "js")));
    files.sort();
    if files.is_empty() {
        return Err(format!("no .wasm or .js files in {}", dist.display()));
    }
    println!("{:>10} {:>10}  file", "raw", "gzip -9");
    for file in files {
        let raw = std::fs::metadata(&file).map_err(|e| e.to_string())?.len();
        let name = file.strip_prefix(dist).unwrap_or(&file).display();
        println!("{:>10} {:>10}  {name}", kib(raw), kib(gzip_size(&file)?));
    }
    Ok(())
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect(&path, files)?;
        } else {
            files.push(path);
        }
    }
    Ok(())
}

fn gzip_size(file: &Path) -> Result<u64> {
    let out = Command::new("gzip")
        .args(["-9", "-c"])
        .arg(file)
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot run gzip: {e}"))?;
    if !out.status.success() {
        return Err(format!("gzip -9 -c {} failed", file.display()));
    }
    Ok(out.stdout.len() as u64)
}

fn kib(bytes: u64) -> String {
    format!("{:.1} KiB", bytes as f64 / 1024.0)
}

#[cfg(test)]
mod tests {
    use super::{normalize_public_url, Options};

    #[test]
    fn public_urls_get_their_slashes() {
        assert_eq!(normalize_public_url("/"), "/");
        assert_eq!(normalize_public_url("news/explainer"), "/news/explainer/");
        assert_eq!(normalize_public_url("/news/explainer/"), "/news/explainer/");
        assert_eq!(normalize_public_url("./"), "./");
        assert_eq!(normalize_public_url("."), "./");
    }

    #[test]
    fn the_server_mounts_the_path_part() {
        let options = |url: &str| Options::new(Some(url.into()), None, None).unwrap();
        assert_eq!(options("/news/explainer/").base_path(), "/news/explainer/");
        assert_eq!(options("./").base_path(), "/");
        assert!(Options::new(Some("https://example.org/x/".into()), None, None).is_err());
        assert!(Options::new(None, None, Some("http://example.org/".into())).is_err());
        assert_eq!(Options::new(None, None, Some("https://example.org/x".into())).unwrap().site_url.as_deref(), Some("https://example.org/x/"));
    }
}
