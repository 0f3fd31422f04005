//! The Urdu fixture story (`crates/story/tests/fixtures/stories/pul`), rendered as the reader gets it:
//! every page, the embed view and the actor map's panel for every selection. Nothing a reader sees
//! or hears is English (or any Latin-script word) unless it is marked as another language, and the
//! page is marked right to left.

mod support;

use explainer::ui::actor_map::{ActorMap, ActorMapProps};
use explainer::ui::state::{Action, Selection, State};
use explainer::ui::StoryRef;
use support::{embed_page, fill_copies, frozen, one, page, render, select, story_at};
use yew::{Callback, Reducible};

const PUL: &str = "crates/story/tests/fixtures/stories/pul";

/// Attributes a reader hears or sees.
const SPOKEN: [&str; 5] = ["aria-label", "title", "alt", "placeholder", "aria-description"];

/// Latin-script words that are names, not English: the tool a newsroom embeds with.
const ALLOWED: [&str; 2] = ["pym", "js"];

/// Every piece of text a reader meets in `html` (text nodes and spoken attributes), with the path of
/// tags to it, leaving out what is marked with another language than `page_language` (and code).
fn reader_text(html: &str, page_language: &str) -> Vec<(String, String)> {
    fn walk(node: &tl::Node, parser: &tl::Parser, path: &str, page_language: &str, out: &mut Vec<(String, String)>) {
        match node {
            tl::Node::Tag(tag) => {
                let name = tag.name().as_utf8_str().to_lowercase();
                if matches!(name.as_str(), "script" | "style" | "textarea" | "code") {
                    return;
                }
                let attrs = tag.attributes();
                let lang = attrs.get("lang").flatten().map(|v| v.as_utf8_str().to_string());
                if lang.as_deref().is_some_and(|l| !l.eq_ignore_ascii_case(page_language)) {
                    return;
                }
                let class = attrs.get("class").flatten().map(|v| v.as_utf8_str().to_string()).unwrap_or_default();
                let path = format!("{path} > {name}.{}", class.replace(' ', "."));
                for attr in SPOKEN {
                    if let Some(Some(value)) = attrs.get(attr) {
                        out.push((format!("{path} [{attr}]"), support::decode(&value.as_utf8_str())));
                    }
                }
                for child in tag.children().top().iter() {
                    if let Some(child) = child.get(parser) {
                        walk(child, parser, &path, page_language, out);
                    }
                }
            }
            tl::Node::Raw(text) => {
                let text = support::decode(&text.as_utf8_str());
                if !text.trim().is_empty() {
                    out.push((path.to_owned(), text));
                }
            }
            tl::Node::Comment(_) => {}
        }
    }
    let dom = tl::parse(html, tl::ParserOptions::default()).expect("parsable HTML");
    let parser = dom.parser();
    let mut out = Vec::new();
    for child in dom.children() {
        if let Some(node) = child.get(parser) {
            walk(node, parser, "", page_language, &mut out);
        }
    }
    out
}

/// The Latin-script words in a text (runs of two or more ASCII letters), less the allowed names.
fn latin_words(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| w.len() >= 2 && !ALLOWED.contains(w)).collect()
}

/// Every English interface string, as a reader would meet it: each quoted text of the built-in
/// English locale file, cut at its `{slots}`, where it holds a word.
fn english_strings() -> Vec<String> {
    let file = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/story/locales/en.toml")).unwrap();
    let mut strings = Vec::new();
    for line in file.lines().filter(|l| !l.trim_start().starts_with('#')) {
        for (i, quoted) in line.split('"').enumerate() {
            if i % 2 == 0 {
                continue;
            }
            for piece in quoted.split(['{', '}']).step_by(2) {
                let piece = piece.trim_matches(|c: char| !c.is_alphanumeric());
                if piece.chars().filter(|c| c.is_ascii_alphabetic()).count() >= 2 {
                    strings.push(piece.to_owned());
                }
            }
        }
    }
    strings.sort();
    strings.dedup();
    strings
}

fn pul() -> StoryRef {
    story_at(PUL)
}

/// Every page the reader can get: the main page, each section's page, the embed view, and the actor
/// map for each selection with the text its panel copies from the page.
fn pages(story: StoryRef) -> Vec<(String, String)> {
    let mut pages = vec![("main page".to_owned(), page(story, None)), ("embed view".to_owned(), embed_page(story))];
    for section in story.sections {
        pages.push((format!("section {}", section.id), page(story, Some(section.id))));
    }
    let whole = page(story, None);
    let selections = story.actors.iter().map(|a| Selection::Actor(a.id)).chain(story.relations.iter().map(|r| Selection::Relation(r.id)));
    for selection in selections {
        let state = std::rc::Rc::new(State::new(story.0, None)).reduce(Action::Select(selection));
        let map = render::<ActorMap>(ActorMapProps { story, state: (*state).clone(), on_action: Callback::noop(), frozen: frozen(story, false) });
        pages.push((format!("map, {selection:?} selected"), fill_copies(&map, &whole)));
    }
    pages
}

#[test]
fn the_urdu_pages_are_marked_right_to_left() {
    let story = pul();
    assert_eq!(story.meta.language, "ur");
    let html = page(story, None);
    let root = one(&html, "div.explainer");
    assert_eq!((root.attr("lang"), root.attr("dir")), (Some("ur"), Some("rtl")));
    // The quote said in English keeps its language and direction.
    let english: Vec<_> = select(&html, "blockquote").into_iter().filter(|q| q.attr("lang").is_some()).collect();
    assert!(!english.is_empty(), "the fixture's English quote is marked");
    for quote in english {
        assert_eq!((quote.attr("lang"), quote.attr("dir")), (Some("en"), Some("ltr")));
    }
}

#[test]
fn nothing_a_reader_meets_in_the_urdu_pages_is_english() {
    let story = pul();
    let english = english_strings();
    assert!(english.len() > 100, "the English strings to compare against ({})", english.len());
    let mut found = Vec::new();
    let mut checked = 0;
    for (name, html) in pages(story) {
        for (path, text) in reader_text(&html, story.meta.language) {
            checked += 1;
            let words = latin_words(&text);
            let known = english.iter().find(|e| text.contains(e.as_str()));
            if !words.is_empty() || known.is_some() {
                found.push(format!("{name}: {path}: {text:?} (Latin words {words:?}, English string {known:?})"));
            }
        }
    }
    assert!(checked > 500, "the pages had text to check ({checked})");
    found.sort();
    found.dedup();
    assert!(found.is_empty(), "{} texts in the Urdu pages are English:\n{}", found.len(), found.join("\n"));
}

#[test]
fn the_check_finds_english_where_there_is_some() {
    // The same check on the English fixture must object, or it proves nothing.
    let story = support::lighthouse();
    let html = page(story, None);
    let english = english_strings();
    let text = reader_text(&html, story.meta.language);
    let flagged = text.iter().filter(|(_, t)| !latin_words(t).is_empty()).count();
    assert!(flagged > 50, "{flagged}");
    assert!(text.iter().any(|(_, t)| english.iter().any(|e| t.contains(e.as_str()))));
}
