//! The names that join the server's markup to the browser's code are written once: every `data-*`
//! attribute name in the code is a `Hook` constant of the part that owns it (`ui::part`), and the
//! browser finds elements through those constants, not through selectors that repeat class names.
//! This reads the crate's own source, outside comments and unit tests.

use std::collections::BTreeMap;
use std::path::Path;

/// Every `.rs` file under `dir`.
fn sources(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The file's lines of code: without comments, and without its unit tests (`#[cfg(test)]` onwards).
fn code_lines(text: &str) -> Vec<(usize, String)> {
    let mut lines = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim_start().starts_with("#[cfg(test)]") {
            break;
        }
        let code = match line.find("//") {
            // `//` inside a string (an address) is code.
            Some(at) if line[..at].matches('"').count() % 2 == 0 => &line[..at],
            _ => line,
        };
        lines.push((i + 1, code.to_owned()));
    }
    lines
}

/// The `data-*` names a line writes.
fn data_names(line: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = line;
    while let Some(at) = rest.find("data-") {
        let tail = &rest[at..];
        let end = tail[5..].find(|c: char| !(c.is_ascii_lowercase() || c == '-')).map_or(tail.len(), |e| e + 5);
        let name = tail[..end].trim_end_matches('-');
        let before = rest[..at].chars().last();
        if name.len() > 5 && !before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_') {
            names.push(name.to_owned());
        }
        rest = &tail[end.max(5)..];
    }
    names
}

#[test]
fn each_data_attribute_name_is_written_once() {
    let mut files = Vec::new();
    sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    files.sort();
    let mut seen: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        for (line, code) in code_lines(&text) {
            for name in data_names(&code) {
                seen.entry(name).or_default().push(format!("{}:{line}", file.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap().display()));
            }
        }
    }
    assert!(seen.len() > 20, "the scan finds the page's hooks: {seen:?}");
    let repeated: Vec<_> = seen.iter().filter(|(_, at)| at.len() > 1).collect();
    assert!(repeated.is_empty(), "written in more than one place (make it a `Hook` constant): {repeated:#?}");
}

#[test]
fn the_scan_sees_names_and_skips_comments() {
    assert_eq!(data_names(r#"const X: Hook = Hook::new("data-toggle");"#), vec!["data-toggle"]);
    assert_eq!(data_names(r#"<g data-from={a} data-to={b}>"#), vec!["data-from", "data-to"]);
    assert!(data_names("metadata-like").is_empty());
    let lines = code_lines("let a = 1; // data-x\n\"https://x/data-y\"\n#[cfg(test)]\ndata-z");
    assert_eq!(lines.iter().flat_map(|(_, l)| data_names(l)).collect::<Vec<_>>(), vec!["data-y"]);
}
