//! URL fragments: what `#…` in a link asks the page to show, and how to write one.
//!
//! `#<section-id>` opens a section, `#actor-<id>` selects an actor on the map, `#event-<id>` and
//! `#place-<id>` select a timeline event or a place. Anything else is [`Target::Invalid`], which the page
//! answers with a calm notice and its normal view.

use crate::model::Story;

/// The longest fragment considered; longer ones are rejected unread.
pub const MAX_LEN: usize = 200;

/// What a fragment points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// No fragment, or an empty one.
    None,
    Section(&'static str),
    Actor(&'static str),
    Event(&'static str),
    Place(&'static str),
    /// Something we cannot show; the reason is for the reader.
    Invalid(Problem),
}

/// Why a fragment could not be followed (the reader's sentence for each is the locale's:
/// [`crate::locale::Locale::problem`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    TooLong,
    Malformed,
    Unknown,
}

/// Reads a fragment as the browser gives it (`location.hash`, with or without the leading `#`).
pub fn parse(raw: &str, story: &Story) -> Target {
    let raw = raw.strip_prefix('#').unwrap_or(raw);
    if raw.is_empty() {
        return Target::None;
    }
    if raw.len() > MAX_LEN {
        return Target::Invalid(Problem::TooLong);
    }
    let Some(decoded) = percent_decode(raw) else {
        return Target::Invalid(Problem::Malformed);
    };
    // The whole fragment may be a prefix plus a full-length id, so only its shape is checked here;
    // the lookups below decide whether the id exists.
    if !is_slug_shaped(&decoded) {
        return Target::Invalid(Problem::Malformed);
    }
    if let Some(section) = story.section(&decoded) {
        return Target::Section(section.id);
    }
    let prefixed = |prefix: &str| decoded.strip_prefix(prefix).unwrap_or("");
    if let Some(actor) = story.actor(prefixed("actor-")) {
        return Target::Actor(actor.id);
    }
    if let Some(event) = story.event(prefixed("event-")) {
        return Target::Event(event.id);
    }
    if let Some(place) = story.place(prefixed("place-")) {
        return Target::Place(place.id);
    }
    Target::Invalid(Problem::Unknown)
}

/// Reads a `?section=<id>` (or `actor=`, `event=`, `place=`) query, as embed codes use, with the same
/// rules as fragments. Other parameters are ignored; the first known one wins.
pub fn from_query(query: &str, story: &Story) -> Target {
    let query = query.strip_prefix('?').unwrap_or(query);
    for pair in query.split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let fragment = match key {
            "section" => value.to_owned(),
            "actor" | "event" | "place" => format!("{key}-{value}"),
            _ => continue,
        };
        return parse(&fragment, story);
    }
    Target::None
}

/// The fragment (without `#`) that leads to a target.
pub fn write(target: &Target) -> String {
    match target {
        Target::None | Target::Invalid(_) => String::new(),
        Target::Section(id) => (*id).to_owned(),
        Target::Actor(id) => format!("actor-{id}"),
        Target::Event(id) => format!("event-{id}"),
        Target::Place(id) => format!("place-{id}"),
    }
}

/// Whether `text` is a lowercase ASCII slug: `a-z`, `0-9` and single inner hyphens.
pub fn is_slug(text: &str) -> bool {
    text.len() <= 64 && is_slug_shaped(text)
}

/// A slug of any length.
fn is_slug_shaped(text: &str) -> bool {
    !text.is_empty()
        && !text.starts_with('-')
        && !text.ends_with('-')
        && !text.contains("--")
        && text.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Decodes `%XX` escapes; `None` when an escape is broken or the result is not UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3)?;
            let hex = std::str::from_utf8(hex).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}
