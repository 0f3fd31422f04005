//! Loading a story from its content folder, with validation.
//!
//! A story is a folder of TOML files (see CONTENT.md): `story.toml`, `sections.toml` and `actors.toml`
//! are required; `relations.toml`, `events.toml`, `places.toml`, `glossary.toml` and `locale.toml` (the
//! interface's words, see [`crate::locale_file`]) are optional.
//! Every problem found is reported, each with its file, line and column, not just the first.

use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde::Deserialize;
use toml::de::{DeTable, DeValue, ValueDeserializer};
use toml::Spanned;

use crate::fragment::is_slug;
use crate::model::*;

/// One problem in the content, located in its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub file: PathBuf,
    /// 1-based; 0 when the problem is the file itself (missing, unreadable).
    pub line: usize,
    /// 1-based, in characters.
    pub column: usize,
    pub message: String,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file.display(), self.message)
        } else {
            write!(f, "{}:{}:{}: {}", self.file.display(), self.line, self.column, self.message)
        }
    }
}

/// Every problem found in a content folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Errors(pub Vec<Error>);

impl fmt::Display for Errors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.0.len();
        writeln!(f, "{n} problem{} in the story content:", if n == 1 { "" } else { "s" })?;
        for error in &self.0 {
            writeln!(f, "  {error}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Errors {}

/// The files of a story folder, in the order they are read.
pub const FILES: [(&str, bool); 8] = [
    ("story.toml", true),
    ("sections.toml", true),
    ("actors.toml", true),
    ("relations.toml", false),
    ("events.toml", false),
    ("places.toml", false),
    ("glossary.toml", false),
    // The interface's words, when the story changes or brings them (see `locale_file`).
    ("locale.toml", false),
];

/// Loads and validates the story in `dir`. The returned story lives for the rest of the program
/// (its text is leaked once), as the browser build's generated statics do.
pub fn load_dir(dir: &Path) -> Result<Story, Errors> {
    let mut sources = Vec::new();
    let mut errors = Vec::new();
    for (name, required) in FILES {
        let path = dir.join(name);
        match std::fs::read_to_string(&path) {
            Ok(text) => sources.push(Source { path, text }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !required => {
                sources.push(Source { path, text: String::new() })
            }
            Err(e) => {
                let what = if required { "this required file" } else { "this file" };
                errors.push(Error { file: path, line: 0, column: 0, message: format!("cannot read {what}: {e}") })
            }
        }
    }
    if !errors.is_empty() {
        return Err(Errors(errors));
    }
    load_sources(&sources)
}

/// The text of one content file and where it came from.
pub struct Source {
    pub path: PathBuf,
    pub text: String,
}

/// Loads and validates a story from the texts of its files, given in [`FILES`] order.
pub fn load_sources(sources: &[Source]) -> Result<Story, Errors> {
    let mut cx = Cx { errors: Vec::new() };
    let [story, sections_src, actors_src, relations_src, events_src, places_src, glossary_src, locale_src] = sources else {
        panic!("load_sources takes the {} files of FILES, in order", FILES.len());
    };
    let meta: Option<RawMeta> = cx.document(story);
    let sections: Vec<RawSection> = cx.array(sections_src, "section");
    let actors: Vec<RawActor> = cx.array(actors_src, "actor");
    let relations: Vec<RawRelation> = cx.array(relations_src, "relation");
    let events: Vec<RawEvent> = cx.array(events_src, "event");
    let places: Vec<RawPlace> = cx.array(places_src, "place");
    let glossary: Vec<RawTerm> = cx.array(glossary_src, "term");

    let [m, s, a, r, e, p, g] = [story, sections_src, actors_src, relations_src, events_src, places_src, glossary_src].map(|source| At { source });

    // Ids: slugs, unique within their kind.
    let section_ids = cx.ids(&s, "section", sections.iter().map(|x| &x.id));
    let actor_ids = cx.ids(&a, "actor", actors.iter().map(|x| &x.id));
    cx.ids(&r, "relation", relations.iter().map(|x| &x.id));
    cx.ids(&e, "event", events.iter().map(|x| &x.id));
    let place_ids = cx.ids(&p, "place", places.iter().map(|x| &x.id));
    let term_ids = cx.ids(&g, "term", glossary.iter().map(|x| &x.id));
    let quote_ids = cx.ids(&s, "quote", sections.iter().flat_map(|x| x.quote.iter().map(|q| &q.id)));
    for id in &sections {
        for prefix in ["actor-", "event-", "place-"] {
            if id.id.get_ref().starts_with(prefix) {
                cx.at(&s, id.id.span(), format!("section id \"{}\" must not start with \"{prefix}\", which links use for other things", id.id.get_ref()));
            }
        }
    }

    // Metadata.
    if let Some(meta) = &meta {
        for (field, text) in [
            ("headline", &meta.headline),
            ("standfirst", &meta.standfirst),
            ("overview", &meta.overview),
            ("date", &meta.date),
            ("language", &meta.language),
        ] {
            cx.text(&m, field, text);
        }
        cx.text(&m, "source.title", &meta.source.title);
        cx.text(&m, "source.publisher", &meta.source.publisher);
        cx.refers(&m, "actor", &actor_ids, &meta.speaker);
        cx.url(&m, meta.source.url.as_ref());
        cx.url(&m, meta.canonical_url.as_ref());
        cx.language(&m, Some(&meta.language));
    }
    // The interface's words: the built-in locale of the story's language, changed by its locale.toml.
    // (A language that is no language tag is reported above, and picks no locale.)
    let locale = meta
        .as_ref()
        .filter(|meta| crate::locale::is_language_tag(meta.language.get_ref()))
        .and_then(|meta| crate::locale_file::for_story(story, &meta.language, locale_src, &mut cx.errors));

    // Sections.
    for section in &sections {
        cx.text(&s, "title", &section.title);
        cx.text(&s, "summary", &section.summary);
        if section.point.is_empty() {
            cx.at(&s, section.id.span(), format!("section \"{}\" has no key points; give it at least one [[section.point]]", section.id.get_ref()));
        }
        for point in &section.point {
            cx.refers(&s, "actor", &actor_ids, &point.by);
            cx.text(&s, "text", &point.text);
        }
        for quote in &section.quote {
            cx.refers(&s, "actor", &actor_ids, &quote.speaker);
            cx.language(&s, quote.language.as_ref());
            cx.text(&s, "text", &quote.text);
            let text = quote.text.get_ref();
            if text.starts_with(['"', '“', '”']) || text.ends_with(['"', '“', '”']) {
                cx.at(&s, quote.text.span(), "a quote's text goes without its surrounding quotation marks; the page adds them".into());
            }
        }
        for actor in &section.actors {
            cx.refers(&s, "actor", &actor_ids, actor);
        }
        for term in &section.terms {
            cx.refers(&s, "term", &term_ids, term);
        }
    }

    // Actors.
    for actor in &actors {
        cx.text(&a, "name", &actor.name);
        cx.text(&a, "short", &actor.short);
        cx.text(&a, "description", &actor.description);
        cx.language(&a, actor.language.as_ref());
        if let Some(background) = &actor.background {
            cx.text(&a, "background", background);
        }
        for (axis, v) in [("x", &actor.x), ("y", &actor.y)] {
            if !(0.0..=100.0).contains(v.get_ref()) {
                cx.at(&a, v.span(), format!("map position {axis} = {} is outside 0 to 100", v.get_ref()));
            }
        }
    }

    // Relations.
    for relation in &relations {
        cx.refers(&r, "actor", &actor_ids, &relation.from);
        cx.refers(&r, "actor", &actor_ids, &relation.to);
        if relation.from.get_ref() == relation.to.get_ref() {
            cx.at(&r, relation.to.span(), format!("relation \"{}\" goes from actor \"{}\" to itself", relation.id.get_ref(), relation.to.get_ref()));
        }
        if let Some(by) = &relation.according_to {
            cx.refers(&r, "actor", &actor_ids, by);
        } else if relation.kind.get_ref().0.is_allegation() {
            cx.at(&r, relation.kind.span(), format!("relation \"{}\" is an allegation ({}), so it must say whose: add according_to = \"<actor id>\"", relation.id.get_ref(), relation.kind.get_ref().0.key()));
        }
        if let Some(detail) = &relation.detail {
            cx.text(&r, "detail", detail);
        }
        cx.cites(&r, &section_ids, &relation.sections, relation.id.span());
        if let Some(quote) = &relation.quote {
            cx.refers(&r, "quote", &quote_ids, quote);
        }
    }

    // Events.
    let mut dates = BTreeMap::new();
    for event in &events {
        match Date::parse(event.date.get_ref()) {
            Ok(date) => {
                dates.insert(event.id.get_ref().clone(), date);
            }
            Err(message) => cx.at(&e, event.date.span(), message),
        }
        cx.text(&e, "title", &event.title);
        cx.text(&e, "description", &event.description);
        for actor in &event.actors {
            cx.refers(&e, "actor", &actor_ids, actor);
        }
        cx.cites(&e, &section_ids, &event.sections, event.id.span());
        if let Some(place) = &event.place {
            cx.refers(&e, "place", &place_ids, place);
        }
    }

    // Places.
    for place in &places {
        cx.text(&p, "name", &place.name);
        cx.text(&p, "kind", &place.kind);
        cx.text(&p, "description", &place.description);
        if !(-90.0..=90.0).contains(place.lat.get_ref()) {
            cx.at(&p, place.lat.span(), format!("latitude {} is outside -90 to 90", place.lat.get_ref()));
        }
        if !(-180.0..=180.0).contains(place.lon.get_ref()) {
            cx.at(&p, place.lon.span(), format!("longitude {} is outside -180 to 180", place.lon.get_ref()));
        }
        cx.cites(&p, &section_ids, &place.sections, place.id.span());
    }

    // Glossary.
    for term in &glossary {
        cx.text(&g, "term", &term.term);
        cx.text(&g, "definition", &term.definition);
        if let Some(expansion) = &term.expansion {
            cx.text(&g, "expansion", expansion);
        }
    }

    match meta {
        Some(meta) if cx.errors.is_empty() => {
            let locale = locale.expect("a story without errors has its locale");
            Ok(build(meta, locale, sections, actors, relations, events, places, glossary, &dates))
        }
        _ => {
            let mut errors = cx.errors;
            errors.sort_by(|x, y| (&x.file, x.line, x.column).cmp(&(&y.file, y.line, y.column)));
            errors.dedup();
            Err(Errors(errors))
        }
    }
}

/// A file to point errors into.
struct At<'a> {
    source: &'a Source,
}

/// The validation context: collects errors.
struct Cx {
    errors: Vec<Error>,
}

impl Cx {
    fn at(&mut self, at: &At, span: Range<usize>, message: String) {
        let (line, column) = line_column(&at.source.text, span.start);
        self.errors.push(Error { file: at.source.path.clone(), line, column, message });
    }

    fn toml_error(&mut self, source: &Source, error: &toml::de::Error) {
        let (line, column) = line_column(&source.text, error.span().map_or(0, |s| s.start));
        let message = error.message().trim().replace('\n', " ");
        self.errors.push(Error { file: source.path.clone(), line, column, message });
    }

    /// A whole file as one table (story.toml).
    fn document<T: DeserializeOwned>(&mut self, source: &Source) -> Option<T> {
        match toml::from_str::<T>(&source.text) {
            Ok(value) => Some(value),
            Err(error) => {
                self.toml_error(source, &error);
                None
            }
        }
    }

    /// The items of a file's one array of tables (`[[section]]`), each read on its own so that every
    /// broken item is reported.
    fn array<T: DeserializeOwned>(&mut self, source: &Source, key: &str) -> Vec<T> {
        let table = match DeTable::parse(&source.text) {
            Ok(table) => table,
            Err(error) => {
                self.toml_error(source, &error);
                return Vec::new();
            }
        };
        let at = At { source };
        let mut items = Vec::new();
        for (name, value) in table.get_ref().iter() {
            if name.get_ref().as_ref() != key {
                self.at(&at, name.span(), format!("unknown key \"{}\": this file holds only [[{key}]] entries", name.get_ref().as_ref()));
                continue;
            }
            let DeValue::Array(array) = value.get_ref() else {
                self.at(&at, value.span(), format!("\"{key}\" must be a list of tables, written [[{key}]]"));
                continue;
            };
            for item in array.iter() {
                match T::deserialize(ValueDeserializer::from(item.clone())) {
                    Ok(value) => items.push(value),
                    Err(error) => {
                        let span = error.span().unwrap_or(item.span());
                        self.at(&at, span, error.message().trim().replace('\n', " "));
                    }
                }
            }
        }
        items
    }

    /// Checks ids are slugs and unique; returns them by name.
    fn ids<'a>(&mut self, at: &At, kind: &str, ids: impl Iterator<Item = &'a Spanned<String>>) -> BTreeMap<String, Range<usize>> {
        let mut seen: BTreeMap<String, Range<usize>> = BTreeMap::new();
        for id in ids {
            let text = id.get_ref();
            if !is_slug(text) {
                self.at(at, id.span(), format!("{kind} id \"{text}\" is not a lowercase ASCII slug (a-z, 0-9 and single hyphens, at most 64 characters)"));
            }
            if let Some(first) = seen.get(text) {
                let (line, _) = line_column(&at.source.text, first.start);
                self.at(at, id.span(), format!("duplicate {kind} id \"{text}\" (first used on line {line})"));
            } else {
                seen.insert(text.clone(), id.span());
            }
        }
        seen
    }

    fn refers(&mut self, at: &At, kind: &str, known: &BTreeMap<String, Range<usize>>, id: &Spanned<String>) {
        if !known.contains_key(id.get_ref()) {
            let mut names: Vec<&str> = known.keys().map(String::as_str).collect();
            names.truncate(40);
            self.at(at, id.span(), format!("unknown {kind} \"{}\" (known: {})", id.get_ref(), if names.is_empty() { "none".into() } else { names.join(", ") }));
        }
    }

    fn cites(&mut self, at: &At, sections: &BTreeMap<String, Range<usize>>, cited: &[Spanned<String>], owner: Range<usize>) {
        if cited.is_empty() {
            self.at(at, owner, "cites no section: add sections = [\"<section id>\", …] naming where the statement supports it".into());
        }
        for id in cited {
            self.refers(at, "section", sections, id);
        }
    }

    fn text(&mut self, at: &At, field: &str, text: &Spanned<String>) {
        if text.get_ref().trim().is_empty() {
            self.at(at, text.span(), format!("{field} is empty"));
        }
    }

    /// A language tag's shape (`en`, `es-MX`, `ur`).
    fn language(&mut self, at: &At, tag: Option<&Spanned<String>>) {
        let Some(tag) = tag else { return };
        if !tag.get_ref().is_empty() && !crate::locale::is_language_tag(tag.get_ref()) {
            self.at(at, tag.span(), format!("language \"{}\" is not a language tag such as \"en\", \"es-MX\" or \"ur\"", tag.get_ref()));
        }
    }

    fn url(&mut self, at: &At, url: Option<&Spanned<String>>) {
        let Some(url) = url else { return };
        let text = url.get_ref();
        let rest = text.strip_prefix("https://");
        match rest {
            Some(rest) if !rest.is_empty() && !rest.starts_with('/') && !text.contains(char::is_whitespace) => {}
            _ => self.at(at, url.span(), format!("URL \"{text}\" must be an https:// address")),
        }
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub(crate) fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..text.floor_char_boundary_compat(offset)];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

trait FloorCharBoundary {
    fn floor_char_boundary_compat(&self, index: usize) -> usize;
}

impl FloorCharBoundary for str {
    fn floor_char_boundary_compat(&self, mut index: usize) -> usize {
        while !self.is_char_boundary(index) {
            index -= 1;
        }
        index
    }
}

// ---- The raw shapes of the files, as written by an editor. ----

type Text = Spanned<String>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMeta {
    headline: Text,
    standfirst: Text,
    overview: Text,
    speaker: Text,
    date: Text,
    #[serde(default = "english")]
    language: Text,
    canonical_url: Option<Text>,
    source: RawSource,
}

fn english() -> Text {
    Spanned::new(0..0, "en".to_owned())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    title: Text,
    publisher: Text,
    url: Option<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSection {
    id: Text,
    title: Text,
    summary: Text,
    #[serde(default)]
    actors: Vec<Text>,
    #[serde(default)]
    terms: Vec<Text>,
    #[serde(default)]
    point: Vec<RawPoint>,
    #[serde(default)]
    quote: Vec<RawQuote>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPoint {
    by: Text,
    stance: StanceKey,
    text: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuote {
    id: Text,
    text: Text,
    speaker: Text,
    context: Option<Text>,
    language: Option<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawActor {
    id: Text,
    name: Text,
    short: Text,
    article: Option<Text>,
    #[serde(default)]
    plural: bool,
    kind: ActorKindKey,
    description: Text,
    background: Option<Text>,
    x: Spanned<f32>,
    y: Spanned<f32>,
    language: Option<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRelation {
    id: Text,
    from: Text,
    to: Text,
    kind: Spanned<RelationKindKey>,
    according_to: Option<Text>,
    detail: Option<Text>,
    #[serde(default)]
    sections: Vec<Text>,
    quote: Option<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEvent {
    id: Text,
    date: Text,
    title: Text,
    description: Text,
    #[serde(default)]
    actors: Vec<Text>,
    #[serde(default)]
    sections: Vec<Text>,
    place: Option<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlace {
    id: Text,
    name: Text,
    kind: Text,
    lat: Spanned<f32>,
    lon: Spanned<f32>,
    description: Text,
    #[serde(default)]
    sections: Vec<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTerm {
    id: Text,
    term: Text,
    expansion: Option<Text>,
    definition: Text,
}

/// Enum keys read by their `key()` names, so the content format and the model cannot drift apart.
macro_rules! key_enum {
    ($wrapper:ident, $inner:ident, $what:literal) => {
        struct $wrapper($inner);

        impl<'de> Deserialize<'de> for $wrapper {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let key = String::deserialize(d)?;
                $inner::from_key(&key).map($wrapper).ok_or_else(|| {
                    let known: Vec<&str> = $inner::ALL.iter().map(|k| k.key()).collect();
                    serde::de::Error::custom(format!("unknown {} \"{key}\" (known: {})", $what, known.join(", ")))
                })
            }
        }
    };
}

key_enum!(StanceKey, Stance, "stance");
key_enum!(ActorKindKey, ActorKind, "actor kind");
key_enum!(RelationKindKey, RelationKind, "relation kind");

// ---- From raw, validated content to the model. ----

fn leak(text: Text) -> &'static str {
    Box::leak(text.into_inner().into_boxed_str())
}

fn leak_opt(text: Option<Text>) -> Option<&'static str> {
    text.map(leak)
}

fn leak_ids(ids: Vec<Text>) -> &'static [&'static str] {
    leak_vec(ids.into_iter().map(leak).collect())
}

fn leak_vec<T>(items: Vec<T>) -> &'static [T] {
    Box::leak(items.into_boxed_slice())
}

#[allow(clippy::too_many_arguments)]
fn build(
    meta: RawMeta,
    locale: crate::locale::Locale,
    sections: Vec<RawSection>,
    actors: Vec<RawActor>,
    relations: Vec<RawRelation>,
    events: Vec<RawEvent>,
    places: Vec<RawPlace>,
    glossary: Vec<RawTerm>,
    dates: &BTreeMap<String, Date>,
) -> Story {
    Story {
        meta: Meta {
            headline: leak(meta.headline),
            standfirst: Server::new(leak(meta.standfirst)),
            overview: Server::new(leak(meta.overview)),
            speaker: leak(meta.speaker),
            date: Server::new(leak(meta.date)),
            language: leak(meta.language),
            source: crate::model::Source {
                title: leak(meta.source.title),
                publisher: leak(meta.source.publisher),
                url: leak_opt(meta.source.url),
            },
            canonical_url: leak_opt(meta.canonical_url),
        },
        locale,
        sections: leak_vec(
            sections
                .into_iter()
                .map(|s| Section {
                    id: leak(s.id),
                    title: leak(s.title),
                    summary: Server::new(leak(s.summary)),
                    points: Server::new(leak_vec(s.point.into_iter().map(|p| Point { by: leak(p.by), stance: p.stance.0, text: leak(p.text) }).collect())),
                    quotes: leak_vec(
                        s.quote
                            .into_iter()
                            .map(|q| Quote {
                                id: leak(q.id),
                                text: Server::new(leak(q.text)),
                                speaker: leak(q.speaker),
                                context: Server::new(leak_opt(q.context)),
                                language: Server::new(leak_opt(q.language)),
                            })
                            .collect(),
                    ),
                    actors: leak_ids(s.actors),
                    terms: Server::new(leak_ids(s.terms)),
                })
                .collect(),
        ),
        actors: leak_vec(
            actors
                .into_iter()
                .map(|a| Actor {
                    id: leak(a.id),
                    name: leak(a.name),
                    short: leak(a.short),
                    article: leak_opt(a.article),
                    plural: a.plural,
                    kind: a.kind.0,
                    description: Server::new(leak(a.description)),
                    background: Server::new(leak_opt(a.background)),
                    position: Position { x: a.x.into_inner(), y: a.y.into_inner() },
                    language: leak_opt(a.language),
                })
                .collect(),
        ),
        relations: leak_vec(
            relations
                .into_iter()
                .map(|r| Relation {
                    id: leak(r.id),
                    from: leak(r.from),
                    to: leak(r.to),
                    kind: r.kind.into_inner().0,
                    according_to: leak_opt(r.according_to),
                    detail: Server::new(leak_opt(r.detail)),
                    sections: leak_ids(r.sections),
                    quote: leak_opt(r.quote),
                })
                .collect(),
        ),
        events: {
            let mut events: Vec<Event> = events
                .into_iter()
                .map(|e| Event {
                    date: dates[e.id.get_ref()],
                    id: leak(e.id),
                    title: Server::new(leak(e.title)),
                    description: Server::new(leak(e.description)),
                    actors: Server::new(leak_ids(e.actors)),
                    sections: Server::new(leak_ids(e.sections)),
                    place: Server::new(leak_opt(e.place)),
                })
                .collect();
            events.sort_by_key(|e| e.date);
            leak_vec(events)
        },
        places: leak_vec(
            places
                .into_iter()
                .map(|p| Place {
                    id: leak(p.id),
                    name: Server::new(leak(p.name)),
                    kind: Server::new(leak(p.kind)),
                    lat: p.lat.into_inner(),
                    lon: p.lon.into_inner(),
                    description: Server::new(leak(p.description)),
                    sections: Server::new(leak_ids(p.sections)),
                })
                .collect(),
        ),
        glossary: Server::new(leak_vec(
            glossary
                .into_iter()
                .map(|t| Term { id: leak(t.id), term: leak(t.term), expansion: leak_opt(t.expansion), definition: leak(t.definition) })
                .collect(),
        )),
    }
}
