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

/// In the address of an article that embeds the explainer, what a fragment starts with when it speaks
/// to the embed: `#news-explainer=<fragment>` (`#news-explainer=negotiation-rounds`). An anchor of the
/// host's own is an element id, and no id a CMS writes holds `=`, so this form cannot name one; the
/// browser finds no element for it and leaves the host's scroll alone.
pub const IN_HOST: &str = "news-explainer=";

/// The longest host address accepted, in bytes.
pub const MAX_HOST_LEN: usize = 2048;

/// The fragment (without `#`) for a host's address that leads its embed to a target.
pub fn write_in_host(target: &Target) -> String {
    format!("{IN_HOST}{}", write(target))
}

/// A host page's address, as its embed hears it (from our loader, or pym.js's `parentUrl`): the
/// address without its fragment and what that fragment asks the embed for ([`Target::None`] when it
/// is not ours). `None` unless it is a plain `http(s)://` address of a sensible length with no
/// spaces or control characters.
pub fn read_host(url: &str, story: &Story) -> Option<(String, Target)> {
    let plain = url.len() <= MAX_HOST_LEN
        && (url.starts_with("https://") || url.starts_with("http://"))
        && url.len() > "https://".len()
        && url.bytes().all(|b| b.is_ascii_graphic() || b >= 0x80);
    if !plain {
        return None;
    }
    let (address, fragment) = url.split_once('#').unwrap_or((url, ""));
    let target = match fragment.strip_prefix(IN_HOST) {
        Some(ours) if !ours.is_empty() => parse(ours, story),
        _ => Target::None,
    };
    Some((address.to_owned(), target))
}

/// The address that opens `target` in the embed on the host page at `address` (which
/// [`read_host`] gave, without a fragment).
pub fn host_link(address: &str, target: &Target) -> String {
    format!("{address}#{}", write_in_host(target))
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
