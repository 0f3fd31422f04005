//! After Trunk, before the JS is minified: short names for what the wasm and its JS glue call each
//! other by.
//!
//! wasm-bindgen names each import after the web API it binds plus a hash (`__wbg_focus_3a1b…`), and
//! each closure export after its full Rust type: some 160 imports and 20 exports whose names appear in
//! both files, the hashes incompressible. binaryen's `--minify-imports-and-exports-and-modules`
//! renames them in the wasm (`a`, `b`, …, one module `a`) and prints what became what; the same
//! renaming is then applied to the JS, where the imports are the keys of one object and the exports
//! are read as `wasm.<name>`. About 5 KiB gzip less for the two files together.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Stdio;

use crate::util::{cmd, files_named, node_bin, Result};

/// What binaryen renamed: the imports' old names (their fields) and the exports', each to its new
/// name.
#[derive(Debug, Default, PartialEq)]
struct Renaming {
    imports: BTreeMap<String, String>,
    exports: BTreeMap<String, String>,
}

/// Shortens the names in the wasm and the JS of `dist/` (wasm-bindgen's `app-<hash>.js` and
/// `app-<hash>_bg.wasm`), in place.
pub fn shorten(dist: &Path) -> Result {
    let (js, wasm) = app_files(dist)?;
    let out = cmd(&node_bin().join("wasm-opt").to_string_lossy())
        .arg(&wasm)
        .arg("--minify-imports-and-exports-and-modules")
        // Trunk's -Oz once more (the renaming opens a little more to it), and the sections a
        // browser never reads: a few hundred bytes gzipped. `--low-memory-unused` lets it fold
        // constant offsets into loads and stores: it holds, as Rust's wasm places the stack first
        // (addresses below 1 KiB are the bottom of a 1 MiB stack, reached only by an overflow).
        .args(["-Oz", "--low-memory-unused", "--strip-producers", "--strip-target-features"])
        .arg("-o")
        .arg(&wasm)
        .stdin(Stdio::null())
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("could not start wasm-opt: {e}"))?;
    if !out.status.success() {
        return Err(format!("wasm-opt --minify-imports-and-exports-and-modules failed ({}) on {}", out.status, wasm.display()));
    }
    let renaming = parse_renaming(&String::from_utf8_lossy(&out.stdout))?;
    let bytes = std::fs::read(&wasm).map_err(|e| format!("{}: {e}", wasm.display()))?;
    let modules = import_modules(&bytes).map_err(|e| format!("{}: {e}", wasm.display()))?;
    let [module] = modules.as_slice() else {
        return Err(format!("{}: expected the imports to come from one module, found {modules:?}", wasm.display()));
    };
    let source = std::fs::read_to_string(&js).map_err(|e| format!("{}: {e}", js.display()))?;
    let renamed = rename_js(&source, &renaming, module).map_err(|e| format!("{}: {e}", js.display()))?;
    std::fs::write(&js, renamed).map_err(|e| format!("{}: {e}", js.display()))?;
    println!("shortened {} import and {} export names", renaming.imports.len(), renaming.exports.len());
    Ok(())
}

/// wasm-bindgen's module and its wasm: `app-<hash>.js` and `app-<hash>_bg.wasm` at the top of dist/.
fn app_files(dist: &Path) -> Result<(std::path::PathBuf, std::path::PathBuf)> {
    let (js, wasm) = (files_named(dist, "app-", ".js")?, files_named(dist, "app-", "_bg.wasm")?);
    match (js.as_slice(), wasm.as_slice()) {
        ([js], [wasm]) => Ok((js.clone(), wasm.clone())),
        _ => Err(format!("{}: expected one app-*.js and one app-*_bg.wasm from Trunk, found {js:?} and {wasm:?}", dist.display())),
    }
}

/// binaryen's mapping, one entry a line: `["module", "old", "new"],` under `"imports"` and
/// `["old", "new"],` under `"exports"`.
fn parse_renaming(text: &str) -> Result<Renaming> {
    let mut renaming = Renaming::default();
    for line in text.lines() {
        let strings: Vec<&str> = line.split('"').skip(1).step_by(2).collect();
        match strings.as_slice() {
            [_module, old, new] => {
                renaming.imports.insert((*old).to_owned(), (*new).to_owned());
            }
            [key] if *key == "imports" || *key == "exports" => {}
            [old, new] => {
                renaming.exports.insert((*old).to_owned(), (*new).to_owned());
            }
            [] => {}
            _ => return Err(format!("wasm-opt printed a renaming line this build cannot read: {line}")),
        }
    }
    if renaming.imports.is_empty() || renaming.exports.is_empty() {
        return Err("wasm-opt printed no renaming of imports and exports".into());
    }
    Ok(renaming)
}

/// The module names of a wasm's imports, each once, in order of first use.
fn import_modules(wasm: &[u8]) -> std::result::Result<Vec<String>, String> {
    let mut at = 8;
    while at < wasm.len() {
        let id = wasm[at];
        at += 1;
        let size = leb(wasm, &mut at)? as usize;
        if id != 2 {
            at += size;
            continue;
        }
        let mut modules: Vec<String> = Vec::new();
        for _ in 0..leb(wasm, &mut at)? {
            let module = name(wasm, &mut at)?;
            name(wasm, &mut at)?;
            let kind = *wasm.get(at).ok_or("the import section ends early")?;
            at += 1;
            match kind {
                0 => drop(leb(wasm, &mut at)?),
                // A table: its element type, then limits.
                1 => {
                    at += 1;
                    limits(wasm, &mut at)?;
                }
                2 => limits(wasm, &mut at)?,
                // A global: its value type and mutability.
                3 => at += 2,
                4 => {
                    at += 1;
                    leb(wasm, &mut at)?;
                }
                other => return Err(format!("an import of unknown kind {other}")),
            }
            if !modules.contains(&module) {
                modules.push(module);
            }
        }
        return Ok(modules);
    }
    Ok(Vec::new())
}

fn limits(wasm: &[u8], at: &mut usize) -> std::result::Result<(), String> {
    let flags = leb(wasm, at)?;
    leb(wasm, at)?;
    if flags & 1 == 1 {
        leb(wasm, at)?;
    }
    Ok(())
}

fn name(wasm: &[u8], at: &mut usize) -> std::result::Result<String, String> {
    let len = leb(wasm, at)? as usize;
    let bytes = wasm.get(*at..*at + len).ok_or("a name runs past the end")?;
    *at += len;
    String::from_utf8(bytes.to_vec()).map_err(|_| "a name that is not UTF-8".to_owned())
}

fn leb(wasm: &[u8], at: &mut usize) -> std::result::Result<u64, String> {
    let mut value = 0u64;
    for shift in (0..64).step_by(7) {
        let byte = *wasm.get(*at).ok_or("a number runs past the end")?;
        *at += 1;
        value |= u64::from(byte & 0x7f) << shift;
        if byte < 0x80 {
            return Ok(value);
        }
    }
    Err("a number longer than 64 bits".into())
}

/// The JS glue with the new names: the import object's module key and its keys (`old: function`),
/// and every read of an export (`wasm.old`). Fails if an import or an export the JS should name is
/// not found, rather than leave a page that cannot instantiate its wasm.
fn rename_js(js: &str, renaming: &Renaming, module: &str) -> std::result::Result<String, String> {
    const MODULE: &str = "\"./app_bg.js\":";
    if js.matches(MODULE).count() != 1 {
        return Err(format!("expected one {MODULE} key for the imports"));
    }
    let mut out = js.replace(MODULE, &format!("\"{module}\":"));
    for (old, new) in &renaming.imports {
        let (renamed, count) = replace_names(&out, "", old, ":", new);
        if count != 1 {
            return Err(format!("the import {old} is a key of the imports object {count} times, not once"));
        }
        out = renamed;
    }
    // Not every export is read by the JS (`main`, the panic hooks).
    for (old, new) in &renaming.exports {
        out = replace_names(&out, "wasm.", old, "", new).0;
    }
    if let Some(old) = renaming.exports.keys().find(|old| out.contains(&format!("wasm.{old}"))) {
        return Err(format!("the export {old} is still read by its old name"));
    }
    Ok(out)
}

/// `text` with every `before` + `old` + `after` that is whole (no name character just before it,
/// nor just after it unless `after` ends it) written `before` + `new` + `after`, and how many there were.
fn replace_names(text: &str, before: &str, old: &str, after: &str, new: &str) -> (String, usize) {
    let needle = format!("{before}{old}{after}");
    let is_name = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    let (mut out, mut count) = (String::with_capacity(text.len()), 0);
    let mut rest = text;
    while let Some(i) = rest.find(&needle) {
        let end = i + needle.len();
        out.push_str(&rest[..i]);
        if !rest[..i].ends_with(is_name) && (!after.is_empty() || !rest[end..].starts_with(is_name)) {
            out.push_str(&format!("{before}{new}{after}"));
            count += 1;
        } else {
            out.push_str(&needle);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    (out, count)
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAPPING: &str = "{\n \"imports\": [\n  [\"./app_bg.js\", \"__wbg_focus_1a\", \"$\"],\n  [\"./app_bg.js\", \"__wbg_new_2b\", \"A\"]\n ],\n\"exports\": [\n  [\"memory\", \"$b\"],\n  [\"__wbindgen_malloc\", \"c\"],\n  [\"__wbindgen_malloc_x\", \"d\"]\n ]\n}\n";

    const JS: &str = "function __wbg_get_imports() {\n    const import0 = {\n        __wbg_focus_1a: function(arg0) {\n            arg0.focus();\n        },\n        __wbg_new_2b: function() {\n            return new Object();\n        },\n    };\n    return { \"./app_bg.js\": import0 };\n}\nconst m = wasm.memory.buffer;\nwasm.__wbindgen_malloc(1); wasm.__wbindgen_malloc_x(2);\nconst memory = 1;\n";

    #[test]
    fn reads_what_binaryen_renamed() {
        let renaming = parse_renaming(MAPPING).unwrap();
        assert_eq!(renaming.imports["__wbg_focus_1a"], "$");
        assert_eq!(renaming.imports.len(), 2);
        assert_eq!(renaming.exports["memory"], "$b");
        assert_eq!(renaming.exports.len(), 3);
        assert!(parse_renaming("{}").is_err(), "no renaming is an error, not a silent no-op");
    }

    #[test]
    fn renames_the_imports_keys_and_the_exports_reads_only() {
        let js = rename_js(JS, &parse_renaming(MAPPING).unwrap(), "a").unwrap();
        assert!(js.contains("        $: function(arg0) {\n            arg0.focus();"));
        assert!(js.contains("        A: function() {"));
        assert!(js.contains("{ \"a\": import0 }"));
        assert!(js.contains("const m = wasm.$b.buffer;"));
        assert!(js.contains("wasm.c(1); wasm.d(2);"), "a name that another name starts with stays whole: {js}");
        assert!(js.contains("const memory = 1;"), "only reads of the exports are renamed");
    }

    #[test]
    fn a_missing_import_fails_the_build() {
        let mut renaming = parse_renaming(MAPPING).unwrap();
        renaming.imports.insert("__wbg_gone_3c".into(), "B".into());
        assert!(rename_js(JS, &renaming, "a").unwrap_err().contains("__wbg_gone_3c"));
    }

    #[test]
    fn finds_the_import_module() {
        // A module with one function import ("a"."b", type 0) and nothing else.
        let wasm = [0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 2, 7, 1, 1, b'a', 1, b'b', 0, 0];
        assert_eq!(import_modules(&wasm).unwrap(), vec!["a".to_owned()]);
        assert!(import_modules(&wasm[..12]).is_err());
    }
}
