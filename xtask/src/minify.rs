//! After Trunk, before the pre-render: the stylesheets as one minified file, and the app's JS
//! minified, both by esbuild (pinned in e2e/package.json, like wasm-opt), and the embed loader minified.
//!
//! The sources stay as they are written (`styles/*.css`, one concern per file, each linked from
//! `index.html` in cascade order); only dist/ gets the bundle. Six requests of 34 KiB become one of
//! 25 KiB (6 KiB gzip, against 10 KiB for the six files).

use crate::util::{cmd, files_named, node_bin, run, Result};
use std::path::Path;

/// What the minified output must still run in: esbuild lowers newer syntax for these and never
/// introduces syntax they lack. The JS as ES2017, the language of the first browsers with
/// WebAssembly; the CSS for browsers of 2020 (esbuild names no ES version for CSS).
const JS_TARGET: &str = "--target=es2017";
const CSS_TARGETS: &str = "--target=chrome80,firefox78,safari13,edge80";

/// Bundles and minifies the stylesheets `dist/index.html` links, and minifies the app's JS in place.
pub fn minify(dist: &Path) -> Result {
    let index = dist.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let links = stylesheet_links(&html);
    if links.is_empty() {
        return Err(format!("{}: no stylesheet links to bundle", index.display()));
    }

    // One entry that imports the files in the order the page links them: the same cascade.
    let entry = dist.join("styles.entry.css");
    let imports: String = links.iter().map(|l| format!("@import \"./{}\";\n", l.file)).collect();
    std::fs::write(&entry, imports).map_err(|e| format!("{}: {e}", entry.display()))?;
    let bundled = dist.join("styles.bundle.css");
    run(esbuild().arg(&entry).args(["--bundle", "--minify", "--log-level=warning", CSS_TARGETS]).arg(format!("--outfile={}", bundled.display())))?;
    let css = std::fs::read(&bundled).map_err(|e| format!("{}: {e}", bundled.display()))?;
    let name = format!("styles-{:016x}.css", fnv1a(&css));
    std::fs::rename(&bundled, dist.join(&name)).map_err(|e| format!("{}: {e}", bundled.display()))?;
    for file in std::iter::once("styles.entry.css").chain(links.iter().map(|l| l.file.as_str())) {
        std::fs::remove_file(dist.join(file)).map_err(|e| format!("{}: {e}", dist.join(file).display()))?;
    }
    let prefix = links[0].prefix.clone();
    let html = replace_links(&html, &links, &format!("<link rel=\"stylesheet\" href=\"{prefix}{name}\"/>"));
    std::fs::write(&index, html).map_err(|e| format!("{}: {e}", index.display()))?;

    // Before esbuild: the glue reads the names as wasm-bindgen writes them.
    crate::names::shorten(dist)?;
    for js in app_scripts(dist)? {
        run(esbuild().arg(&js).args(["--minify", "--allow-overwrite", "--log-level=warning", JS_TARGET]).arg(format!("--outfile={}", js.display())))?;
    }
    // The embed loader, which newsrooms' pages load: ES5 as written, minified.
    let loader = dist.join("embed.js");
    run(esbuild().arg(&loader).args(["--minify", "--allow-overwrite", "--log-level=warning", "--target=es5"]).arg(format!("--outfile={}", loader.display())))?;
    Ok(())
}

fn esbuild() -> std::process::Command {
    cmd(&node_bin().join("esbuild").to_string_lossy())
}

/// wasm-bindgen's module: `app-<hash>.js` at the top of dist/.
fn app_scripts(dist: &Path) -> Result<Vec<std::path::PathBuf>> {
    let found = files_named(dist, "app-", ".js")?;
    if found.is_empty() {
        return Err(format!("{}: no app-*.js from Trunk", dist.display()));
    }
    Ok(found)
}

/// A `<link rel="stylesheet" href="…">` tag Trunk wrote: where it is, and the file it names.
#[derive(Debug, PartialEq)]
struct Link {
    range: std::ops::Range<usize>,
    /// The path up to the file name ("./" or "/news/explainer/").
    prefix: String,
    file: String,
}

fn stylesheet_links(html: &str) -> Vec<Link> {
    let mut links = Vec::new();
    let mut from = 0;
    while let Some(start) = html[from..].find("<link rel=\"stylesheet\" href=\"").map(|i| i + from) {
        let Some(end) = html[start..].find('>').map(|i| start + i + 1) else { break };
        let tag = &html[start..end];
        let href = tag["<link rel=\"stylesheet\" href=\"".len()..].split('"').next().unwrap_or("");
        let (prefix, file) = href.rsplit_once('/').map_or(("", href), |(p, f)| (p, f));
        if file.ends_with(".css") && !file.contains("..") {
            links.push(Link { range: start..end, prefix: if prefix.is_empty() { String::new() } else { format!("{prefix}/") }, file: file.to_owned() });
        }
        from = end;
    }
    links
}

/// The page with the first link replaced by `tag` and the others (and the line each stood on) gone.
fn replace_links(html: &str, links: &[Link], tag: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut at = 0;
    for (i, link) in links.iter().enumerate() {
        let mut start = link.range.start;
        if i > 0 {
            // Drop the indentation before the tag and the line break after it.
            start = html[..start].trim_end_matches([' ', '\t']).len().max(at);
        }
        out.push_str(&html[at..start]);
        let mut end = link.range.end;
        if i == 0 {
            out.push_str(tag);
        } else if html[end..].starts_with('\n') {
            end += 1;
        }
        at = end;
    }
    out.push_str(&html[at..]);
    out
}

/// FNV-1a, 64 bits: a content hash for the bundle's name (cache busting, not security).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, b| (hash ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<head>\n    <link rel=\"icon\" href=\"./favicon-1.svg\"/>\n    <link rel=\"stylesheet\" href=\"./base-1.css\" data-integrity=\"none\"/>\n    <link rel=\"stylesheet\" href=\"./map-2.css\" data-integrity=\"none\"/>\n  <link rel=\"modulepreload\" href=\"./app-3.js\"></head>";

    #[test]
    fn finds_the_stylesheets_in_order() {
        let links = stylesheet_links(PAGE);
        let files: Vec<&str> = links.iter().map(|l| l.file.as_str()).collect();
        assert_eq!(files, ["base-1.css", "map-2.css"]);
        assert!(links.iter().all(|l| l.prefix == "./"));
        let absolute = stylesheet_links("<link rel=\"stylesheet\" href=\"/news/x/base-1.css\"/>");
        assert_eq!(absolute[0].prefix, "/news/x/");
        assert_eq!(absolute[0].file, "base-1.css");
    }

    #[test]
    fn one_link_takes_the_place_of_all() {
        let page = replace_links(PAGE, &stylesheet_links(PAGE), "<link rel=\"stylesheet\" href=\"./styles-9.css\"/>");
        assert_eq!(
            page,
            "<head>\n    <link rel=\"icon\" href=\"./favicon-1.svg\"/>\n    <link rel=\"stylesheet\" href=\"./styles-9.css\"/>\n  <link rel=\"modulepreload\" href=\"./app-3.js\"></head>"
        );
    }

    #[test]
    fn the_name_follows_the_content() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_ne!(fnv1a(b"a{color:red}"), fnv1a(b"a{color:blue}"));
    }
}
