//! Locale files: the interface's strings in one language, read and checked at build time.
//!
//! English and Spanish are built in (`locales/en.toml`, `locales/es.toml`). A story's `language` picks
//! the built-in locale of its language; the story folder may hold a `locale.toml` that overrides a
//! few of its strings, or that names another built-in locale to start from (`base = "en"`), or that
//! gives every string itself (a language with no built-in locale). Every problem is reported with
//! its file, line and column: an unknown or misspelt key, a missing key, a template with a slot its
//! key does not have, a plural message without a form its language needs.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use toml::de::{DeTable, DeValue};
use toml::Spanned;

use crate::load::{line_column, Error, Errors, Source};
use crate::locale::*;
use crate::model::{ActorKind, RelationKind, Stance};

/// The built-in locales: language and file text.
pub const BUILT_IN: [(&str, &str); 2] = [("en", include_str!("../locales/en.toml")), ("es", include_str!("../locales/es.toml"))];

/// Where a built-in locale's file is, for error messages.
pub fn built_in_path(language: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join(format!("{language}.toml"))
}

/// The built-in locale for a language tag (`es-MX` takes `es`), if there is one.
pub fn built_in_for(tag: &str) -> Option<&'static str> {
    let language = tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
    BUILT_IN.iter().find(|(l, _)| *l == language).map(|(l, _)| *l)
}

/// A built-in locale, loaded and checked on its own.
pub fn built_in(language: &str) -> Result<Locale, Errors> {
    let (_, text) = BUILT_IN.iter().find(|(l, _)| *l == language).ok_or_else(|| {
        Errors(vec![Error { file: built_in_path(language), line: 0, column: 0, message: format!("no built-in locale \"{language}\"") }])
    })?;
    let base = Source { path: built_in_path(language), text: (*text).to_owned() };
    let mut errors = Vec::new();
    let locale = resolve(Some(&base), None, language, None, &mut errors);
    match locale {
        Some(locale) if errors.is_empty() => Ok(locale),
        _ => Err(Errors(errors)),
    }
}

/// The locale of a story: the built-in one of `language` (the story's `language`, written at
/// `language_at` in `story`), changed by the story's `locale.toml` when it has one (`file`, whose
/// text is empty when there is none). Problems go into `errors`.
pub fn for_story(story: &Source, language: &Spanned<String>, file: &Source, errors: &mut Vec<Error>) -> Option<Locale> {
    let own = (!file.text.trim().is_empty()).then_some(file);
    // The story's file may name the locale it starts from.
    let mut named_base = None;
    if let Some(own) = own {
        if let Ok(table) = DeTable::parse(&own.text) {
            if let Some((_, value)) = table.get_ref().iter().find(|(k, _)| k.get_ref().as_ref() == "base") {
                match value.get_ref() {
                    DeValue::String(base) => match BUILT_IN.iter().find(|(l, _)| *l == base.as_ref()) {
                        Some((l, _)) => named_base = Some(*l),
                        None => {
                            push(errors, own, value.span(), format!("no built-in locale \"{base}\" to start from (built in: {})", built_in_names()));
                            return None;
                        }
                    },
                    _ => {
                        push(errors, own, value.span(), "base must be the language of a built-in locale, as text: base = \"en\"".into());
                        return None;
                    }
                }
            }
        }
    }
    let base_language = named_base.or_else(|| built_in_for(language.get_ref()));
    if base_language.is_none() && own.is_none() {
        push(
            errors,
            story,
            language.span(),
            format!(
                "no built-in locale for language \"{}\" (built in: {}): add a locale.toml to the story folder that translates every key of locales/en.toml, or that starts from one with base = \"en\"",
                language.get_ref(),
                built_in_names()
            ),
        );
        return None;
    }
    let base = base_language.map(|l| Source { path: built_in_path(l), text: BUILT_IN.iter().find(|(b, _)| *b == l).unwrap().1.to_owned() });
    resolve(base.as_ref(), own, language.get_ref(), base_language, errors)
}

fn built_in_names() -> String {
    BUILT_IN.iter().map(|(l, _)| *l).collect::<Vec<_>>().join(", ")
}

fn push(errors: &mut Vec<Error>, source: &Source, span: Range<usize>, message: String) {
    let (line, column) = line_column(&source.text, span.start);
    errors.push(Error { file: source.path.clone(), line, column, message });
}

/// One value of a locale file, with where it was written.
struct Leaf<'a> {
    value: Value,
    source: &'a Source,
    key_span: Range<usize>,
    span: Range<usize>,
}

enum Value {
    Text(String),
    List(Vec<String>),
    /// Anything else (a number, a date, true or false): wrong wherever it is.
    Other(&'static str),
}

/// Every value of a file by its dotted path (`relation_kind.accuses.label`, `more_quotes.one`), in the order
/// written; a TOML syntax error goes into `errors`.
fn leaves<'a>(source: &'a Source, errors: &mut Vec<Error>) -> Vec<(String, Leaf<'a>)> {
    let table = match DeTable::parse(&source.text) {
        Ok(table) => table,
        Err(error) => {
            push(errors, source, error.span().unwrap_or(0..0), error.message().trim().replace('\n', " "));
            return Vec::new();
        }
    };
    let mut out = Vec::new();
    walk(source, "", table.get_ref(), &mut out);
    out
}

fn walk<'a>(source: &'a Source, prefix: &str, table: &DeTable, out: &mut Vec<(String, Leaf<'a>)>) {
    for (key, value) in table.iter() {
        let path = if prefix.is_empty() { key.get_ref().to_string() } else { format!("{prefix}.{}", key.get_ref()) };
        let value_of = match value.get_ref() {
            DeValue::Table(inner) => {
                walk(source, &path, inner, out);
                continue;
            }
            DeValue::String(text) => Value::Text(text.to_string()),
            DeValue::Array(items) => {
                let texts: Option<Vec<String>> = items
                    .iter()
                    .map(|item| match item.get_ref() {
                        DeValue::String(text) => Some(text.to_string()),
                        _ => None,
                    })
                    .collect();
                texts.map_or(Value::Other("a list of anything but text"), Value::List)
            }
            DeValue::Integer(_) | DeValue::Float(_) => Value::Other("a number"),
            DeValue::Boolean(_) => Value::Other("true or false"),
            DeValue::Datetime(_) => Value::Other("a date"),
        };
        out.push((path, Leaf { value: value_of, source, key_span: key.span(), span: value.span() }));
    }
}

/// What a key of a locale file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Language,
    Direction,
    Plurals,
    Base,
    Digits,
    Months,
    Text,
    /// A template and its slots.
    Template(&'static [&'static str]),
    /// One form of a plural message: its slots besides `{n}`, and its category.
    PluralForm(&'static [&'static str], PluralCategory),
    /// `"a el" = "al"` under `[contractions]`.
    Contraction,
    /// `Pakistan = "پاکستان"` under `[countries]`.
    Country,
}

const STANCE_SLOTS: &[&str] = &["speaker"];
const RELATION_SLOTS: &[&str] = &["from", "to", "detail"];

/// What the key at `path` holds, if it is a key of locale files.
fn kind_of(path: &str) -> Option<Kind> {
    let parts: Vec<&str> = path.split('.').collect();
    let string = |name: &str| STRING_KEYS.iter().find(|k| k.name == name);
    Some(match parts.as_slice() {
        ["language"] => Kind::Language,
        ["direction"] => Kind::Direction,
        ["plurals"] => Kind::Plurals,
        ["base"] => Kind::Base,
        ["digits"] => Kind::Digits,
        ["months"] => Kind::Months,
        [name] => match string(name)? {
            StringKey { kind: KeyKind::Text, .. } => Kind::Text,
            StringKey { kind: KeyKind::Template, slots, .. } => Kind::Template(slots),
            StringKey { kind: KeyKind::Plural, .. } => return None,
        },
        ["contractions", _] => Kind::Contraction,
        ["countries", _] => Kind::Country,
        [name, category] => match string(name)? {
            StringKey { kind: KeyKind::Plural, slots, .. } => Kind::PluralForm(slots, PluralCategory::from_key(category)?),
            _ => return None,
        },
        ["stance", stance, "singular" | "plural"] if Stance::from_key(stance).is_some() => Kind::Template(STANCE_SLOTS),
        ["relation_kind", kind, "label"] if RelationKind::from_key(kind).is_some() => Kind::Text,
        ["relation_kind", kind, "singular" | "plural"] if RelationKind::from_key(kind).is_some() => Kind::Template(RELATION_SLOTS),
        ["actor_kind", kind, "label" | "in_text"] if ActorKind::from_key(kind).is_some() => Kind::Text,
        _ => return None,
    })
}

/// The keys a complete locale gives, for a language with these plural categories.
fn required(categories: &[PluralCategory]) -> Vec<String> {
    let mut keys: Vec<String> = ["language", "digits", "months"].map(String::from).into();
    for key in STRING_KEYS {
        match key.kind {
            KeyKind::Plural => keys.extend(categories.iter().map(|c| format!("{}.{}", key.name, c.key()))),
            _ => keys.push(key.name.to_owned()),
        }
    }
    for stance in Stance::ALL {
        keys.extend(["singular", "plural"].map(|form| format!("stance.{}.{form}", stance.key())));
    }
    for kind in RelationKind::ALL {
        keys.extend(["label", "singular", "plural"].map(|field| format!("relation_kind.{}.{field}", kind.key())));
    }
    for kind in ActorKind::ALL {
        keys.extend(["label", "in_text"].map(|field| format!("actor_kind.{}.{field}", kind.key())));
    }
    keys
}

/// Reads, merges and checks the locale: `base` (a built-in file, complete) changed by `own` (the
/// story's file). The story's `language` is the locale's when neither file names one.
fn resolve(base: Option<&Source>, own: Option<&Source>, story_language: &str, base_language: Option<&str>, errors: &mut Vec<Error>) -> Option<Locale> {
    let before = errors.len();
    let mut merged: BTreeMap<String, Leaf> = BTreeMap::new();
    for source in base.into_iter().chain(own) {
        for (path, leaf) in leaves(source, errors) {
            merged.insert(path, leaf);
        }
    }
    // A file TOML cannot read says nothing about its keys.
    if errors.len() > before {
        return None;
    }
    // The file that must give what is missing: the story's own, or the built-in one it starts from.
    let Some(completing) = own.or(base) else { return None };
    let text_at = |path: &str| match merged.get(path).map(|l| &l.value) {
        Some(Value::Text(text)) => Some(text.clone()),
        _ => None,
    };
    let language = text_at("language").unwrap_or_else(|| base_language.unwrap_or(story_language).to_owned());
    let plurals = match (text_at("plurals"), PluralRule::of_language(&language)) {
        (Some(key), _) => PluralRule::from_key(&key),
        (None, Some(rule)) => Some(rule),
        (None, None) => {
            let (source, span) = merged.get("language").map_or((completing, 0..0), |l| (l.source, l.span.clone()));
            push(errors, source, span, format!("no plural rule is known for language \"{language}\": add plurals = \"<rule>\", one of {}", rule_names()));
            None
        }
    };
    let categories = plurals.map_or(&[PluralCategory::Other][..], PluralRule::categories);

    for (path, leaf) in &merged {
        check(path, leaf, own, categories, plurals, errors);
    }
    let english = english_hints();
    for key in required(categories) {
        if !merged.contains_key(&key) {
            let hint = english.get(&key).map_or(String::new(), |text| format!(" (in English: \"{text}\")"));
            push(errors, completing, 0..0, format!("missing key \"{key}\"{hint}"));
        }
    }
    if errors.len() > before {
        return None;
    }
    let direction = text_at("direction").and_then(|d| Direction::from_key(&d)).unwrap_or_else(|| Direction::of_language(&language));
    Some(build(&Merged(merged), leak(language), direction, plurals?))
}

fn rule_names() -> String {
    PluralRule::ALL.iter().map(|r| format!("\"{}\"", r.key())).collect::<Vec<_>>().join(", ")
}

/// The English text of every key, to say in an error what a missing key is for.
fn english_hints() -> BTreeMap<String, String> {
    let source = Source { path: built_in_path("en"), text: BUILT_IN[0].1.to_owned() };
    let mut ignored = Vec::new();
    leaves(&source, &mut ignored)
        .into_iter()
        .filter_map(|(path, leaf)| match leaf.value {
            Value::Text(text) => Some((path, text)),
            _ => None,
        })
        .collect()
}

/// Checks one value for its key.
fn check(path: &str, leaf: &Leaf, own: Option<&Source>, categories: &[PluralCategory], plurals: Option<PluralRule>, errors: &mut Vec<Error>) {
    let source = leaf.source;
    let is_own = own.is_some_and(|o| std::ptr::eq(o, source));
    let kind = match kind_of(path) {
        Some(Kind::Base) if !is_own => None,
        kind => kind,
    };
    let Some(kind) = kind else {
        let message = match suggestion(path) {
            Some(near) => format!("unknown key \"{path}\"; did you mean \"{near}\"?"),
            None => format!("unknown key \"{path}\" (the keys are those of locales/en.toml)"),
        };
        push(errors, source, leaf.key_span.clone(), message);
        return;
    };
    let text = match (&leaf.value, kind) {
        (Value::List(items), Kind::Months) => {
            if items.len() != 12 || items.iter().any(|m| m.trim().is_empty()) {
                push(errors, source, leaf.span.clone(), format!("months must list the 12 month names, January first (this list has {})", items.len()));
            }
            return;
        }
        (_, Kind::Months) => {
            push(errors, source, leaf.span.clone(), "months must be a list of the 12 month names: months = [\"January\", …]".into());
            return;
        }
        (Value::Text(text), _) => text,
        (Value::List(_), _) => {
            push(errors, source, leaf.span.clone(), format!("\"{path}\" must be text, not a list"));
            return;
        }
        (Value::Other(what), _) => {
            push(errors, source, leaf.span.clone(), format!("\"{path}\" must be text, not {what}"));
            return;
        }
    };
    if text.trim().is_empty() {
        push(errors, source, leaf.span.clone(), format!("\"{path}\" is empty"));
        return;
    }
    match kind {
        Kind::Language if !is_language_tag(text) => {
            push(errors, source, leaf.span.clone(), format!("language \"{text}\" is not a language tag such as \"en\", \"es-MX\" or \"ur\""))
        }
        Kind::Direction if Direction::from_key(text).is_none() => {
            push(errors, source, leaf.span.clone(), format!("direction \"{text}\" must be \"ltr\" or \"rtl\""))
        }
        Kind::Plurals if PluralRule::from_key(text).is_none() => {
            push(errors, source, leaf.span.clone(), format!("unknown plural rule \"{text}\" (known: {})", rule_names()))
        }
        Kind::Digits if text.chars().count() != 10 => {
            push(errors, source, leaf.span.clone(), format!("digits must be the ten digits 0 to 9 of the language, as one text (this one has {})", text.chars().count()))
        }
        Kind::Contraction => {
            let pair: Vec<&str> = path["contractions.".len()..].split(' ').collect();
            if pair.len() != 2 || pair.iter().any(|w| w.is_empty()) || text.contains(' ') {
                push(errors, source, leaf.key_span.clone(), "a contraction joins two words into one: \"a el\" = \"al\"".into());
            }
        }
        Kind::Country if text.trim().is_empty() => {
            push(errors, source, leaf.span.clone(), format!("\"{path}\": a country's name cannot be empty"))
        }
        Kind::Text => template_slots(path, text, leaf, &[], &[], errors),
        Kind::Template(slots) => template_slots(path, text, leaf, slots, slots, errors),
        Kind::PluralForm(slots, category) => {
            if !categories.contains(&category) {
                let rule = plurals.map_or("other", PluralRule::key);
                let forms: Vec<&str> = categories.iter().map(|c| c.key()).collect();
                push(errors, source, leaf.key_span.clone(), format!("\"{path}\": the plural rule \"{rule}\" has no \"{}\" form (its forms: {})", category.key(), forms.join(", ")));
                return;
            }
            let mut allowed = slots.to_vec();
            allowed.push("n");
            template_slots(path, text, leaf, &allowed, slots, errors);
        }
        _ => {}
    }
}

/// Checks a template's braces and slots: each closed, each one its key allows, and every slot in
/// `needed` used (a translation that drops a name loses content).
fn template_slots(path: &str, text: &str, leaf: &Leaf, allowed: &[&str], needed: &[&str], errors: &mut Vec<Error>) {
    let at = |offset: usize| {
        // Inside a plain "…" string, point at the character itself; elsewhere at the value.
        let raw = &leaf.source.text[leaf.span.clone()];
        if raw.len() == text.len() + 2 && &raw[1..raw.len() - 1] == text {
            leaf.span.start + 1 + offset..leaf.span.end
        } else {
            leaf.span.clone()
        }
    };
    let named = |slots: &[&str]| if slots.is_empty() { "none".to_owned() } else { slots.iter().map(|s| format!("{{{s}}}")).collect::<Vec<_>>().join(", ") };
    let mut used = Vec::new();
    let mut rest = 0;
    while let Some(found) = text[rest..].find(['{', '}']) {
        let open = rest + found;
        if text[open..].starts_with('}') {
            push(errors, leaf.source, at(open), format!("\"{path}\" has a \"}}\" that closes no slot"));
            return;
        }
        let Some(len) = text[open..].find('}') else {
            push(errors, leaf.source, at(open), format!("\"{path}\" has a \"{{\" that is never closed"));
            return;
        };
        let name = &text[open + 1..open + len];
        if !allowed.contains(&name) {
            push(errors, leaf.source, at(open), format!("\"{path}\" has no slot {{{name}}} (its slots: {})", named(allowed)));
        }
        used.push(name);
        rest = open + len + 1;
    }
    for slot in needed {
        if !used.contains(slot) {
            push(errors, leaf.source, leaf.span.clone(), format!("\"{path}\" leaves out {{{slot}}}: every slot of it must appear in the text"));
        }
    }
}

/// The known key nearest a misspelt one, if one is near.
fn suggestion(path: &str) -> Option<String> {
    let mut known = required(&PluralCategory::ALL);
    known.extend(["direction", "plurals", "base"].map(String::from));
    known
        .into_iter()
        .map(|k| (distance(&k, path), k))
        .filter(|(d, k)| *d <= (k.len() / 4).max(2))
        .min()
        .map(|(_, k)| k)
}

/// The edit distance between two strings (Levenshtein, in characters).
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1).min(row[j] + 1).min(diagonal + usize::from(ca != *cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

/// The checked values of a locale, by path.
struct Merged<'a>(BTreeMap<String, Leaf<'a>>);

impl Merged<'_> {
    fn text(&self, path: &str) -> &'static str {
        match self.0.get(path).map(|l| &l.value) {
            Some(Value::Text(text)) => leak(text.clone()),
            _ => "",
        }
    }

    fn template(&self, path: &str) -> Option<Template> {
        self.0.contains_key(path).then(|| Template(self.text(path)))
    }

    fn plural(&self, name: &str) -> Plural {
        let form = |category: PluralCategory| self.template(&format!("{name}.{}", category.key()));
        Plural {
            zero: form(PluralCategory::Zero),
            one: form(PluralCategory::One),
            two: form(PluralCategory::Two),
            few: form(PluralCategory::Few),
            many: form(PluralCategory::Many),
            other: form(PluralCategory::Other).unwrap_or(Template::EMPTY),
        }
    }

    fn forms(&self, prefix: &str) -> Forms {
        Forms { singular: Template(self.text(&format!("{prefix}.singular"))), plural: Template(self.text(&format!("{prefix}.plural"))) }
    }

    fn months(&self) -> [&'static str; 12] {
        let mut months = [""; 12];
        if let Some(Value::List(items)) = self.0.get("months").map(|l| &l.value) {
            for (month, name) in months.iter_mut().zip(items) {
                *month = leak(name.clone());
            }
        }
        months
    }

    fn contractions(&self) -> &'static [(&'static str, &'static str)] {
        self.table("contractions.")
    }

    /// The texts of a table (`[contractions]`, `[countries]`), by key.
    fn table(&self, prefix: &str) -> &'static [(&'static str, &'static str)] {
        let pairs: Vec<(&'static str, &'static str)> = self
            .0
            .iter()
            .filter_map(|(path, leaf)| match (path.strip_prefix(prefix), &leaf.value) {
                (Some(pair), Value::Text(into)) => Some((leak(pair.to_owned()), leak(into.clone()))),
                _ => None,
            })
            .collect();
        Box::leak(pairs.into_boxed_slice())
    }
}

macro_rules! string_field {
    (text, $m:ident, $key:expr) => {
        $m.text($key)
    };
    (template, $m:ident, $key:expr) => {
        Template($m.text($key))
    };
    (plural, $m:ident, $key:expr) => {
        $m.plural($key)
    };
}

macro_rules! build_locale {
    (
        live { $($live:ident : $lkind:ident $(( $($lslot:literal),* ))?),* $(,)? }
        server { $($server:ident : $skind:ident $(( $($sslot:literal),* ))?),* $(,)? }
    ) => {
        fn build(m: &Merged, language: &'static str, direction: Direction, plurals: PluralRule) -> Locale {
            let server = ServerText {
                actor_kinds: ActorKind::ALL.map(|k| m.text(&format!("actor_kind.{}.label", k.key()))),
                stances: Stance::ALL.map(|s| m.forms(&format!("stance.{}", s.key()))),
                relation_sentences: RelationKind::ALL.map(|k| m.forms(&format!("relation_kind.{}", k.key()))),
                months: m.months(),
                countries: m.table("countries."),
                $( $server: string_field!($skind, m, stringify!($server)), )*
            };
            Locale {
                language,
                direction,
                plurals,
                digits: m.text("digits"),
                relation_labels: RelationKind::ALL.map(|k| m.text(&format!("relation_kind.{}.label", k.key()))),
                actor_kinds_in_text: ActorKind::ALL.map(|k| m.text(&format!("actor_kind.{}.in_text", k.key()))),
                contractions: m.contractions(),
                $( $live: string_field!($lkind, m, stringify!($live)), )*
                server: crate::Server::new(Some(Box::leak(Box::new(server)))),
            }
        }
    };
}

crate::locale::locale_strings!(build_locale);

