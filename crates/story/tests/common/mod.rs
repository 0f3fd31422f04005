//! What the locale tests share: a locale file read as dotted paths and values, and the check that a
//! translation left nothing in English.

/// Every value of a locale file by its dotted path (`relation_kind.accuses.label`), as TOML writes it.
pub fn flat_file(text: &str) -> Vec<(String, String)> {
    fn flat(prefix: &str, table: &toml::Table, out: &mut Vec<(String, String)>) {
        for (key, value) in table {
            let path = if prefix.is_empty() { key.clone() } else { format!("{prefix}.{key}") };
            match value {
                toml::Value::Table(inner) => flat(&path, inner, out),
                other => out.push((path, other.to_string())),
            }
        }
    }
    let table: toml::Table = text.parse().unwrap_or_else(|e| panic!("{e}"));
    let mut out = Vec::new();
    flat("", &table, &mut out);
    out
}

/// The paths of `translated` whose value is English's (`english`), but for those that are the same in
/// both languages (`same_in_both`: slots and punctuation only).
pub fn english_left(english: &[(String, String)], translated: &[(String, String)], same_in_both: &[&str]) -> Vec<String> {
    translated
        .iter()
        .filter(|(path, value)| english.iter().any(|(p, v)| p == path && v == value) && !same_in_both.contains(&path.as_str()))
        .map(|(path, _)| path.clone())
        .collect()
}
