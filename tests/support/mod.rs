//! Shared helpers for the rendered-HTML tests: render a component natively with Yew's server renderer.
#![allow(dead_code)]

use std::path::Path;

use explainer::ui::copies;
use explainer::ui::frozen::Frozen;
use explainer::ui::StoryRef;
use explainer::{App, AppProps};
use yew::{AttrValue, BaseComponent, LocalServerRenderer};

/// Renders a component with these props to HTML, without hydration markers.
pub fn render<C>(props: C::Properties) -> String
where
    C: BaseComponent,
{
    let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a runtime");
    let local = tokio::task::LocalSet::new();
    local.block_on(&runtime, LocalServerRenderer::<C>::with_props(props).hydratable(false).render())
}

/// The bundled story.
pub fn bundled() -> StoryRef {
    StoryRef(&explainer::bundled::STORY)
}

/// The small second story that tests the engine is not tied to the bundled one.
pub fn lighthouse() -> StoryRef {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/story/tests/fixtures/stories/lighthouse");
    let story = story::load::load_dir(&dir).unwrap_or_else(|e| panic!("{e}"));
    StoryRef(Box::leak(Box::new(story)))
}

/// A story from a folder of the repository (the fixtures in `tests/fixtures/world/`).
pub fn story_at(dir: &str) -> StoryRef {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let story = story::load::load_dir(&dir).unwrap_or_else(|e| panic!("{e}"));
    StoryRef(Box::leak(Box::new(story)))
}

/// The whole page for a story, optionally with one section open.
pub fn page(story: StoryRef, open: Option<&'static str>) -> String {
    page_at(story, "./", open)
}

/// The whole page for a story whose way to the site's root is `base` (the published address when
/// the build knows it).
#[allow(dead_code)] // not every test binary uses it
pub fn page_at(story: StoryRef, base: &str, open: Option<&'static str>) -> String {
    let frozen = Frozen::render_blocking(story, base, open, false);
    render::<App>(AppProps { story, open: open.map(AttrValue::from), base: AttrValue::from(base.to_owned()), embed: false, frozen })
}

/// The frozen parts of a page of this story (no section open), as the pre-renderer renders them.
pub fn frozen(story: StoryRef, embed: bool) -> Frozen {
    Frozen::render_blocking(story, "./", None, embed)
}

/// How many times `needle` occurs in `haystack`.
pub fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

/// An element found in rendered HTML: its tag, attributes (names lowercased) and text.
#[derive(Debug, Clone)]
pub struct El {
    pub tag: String,
    pub attrs: std::collections::BTreeMap<String, String>,
    pub text: String,
    pub html: String,
    /// The element itself, tags included.
    pub outer: String,
}

impl El {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.get(name).map(String::as_str)
    }
    pub fn has(&self, name: &str) -> bool {
        self.attrs.contains_key(name)
    }
}

/// Every element matching a CSS selector of simple parts joined by descendant spaces
/// ("#intro-body li.point"), in document order.
pub fn select(html: &str, selector: &str) -> Vec<El> {
    let mut parts = selector.split_whitespace();
    let first = parts.next().expect("a selector");
    let mut found = select_simple(html, first);
    for part in parts {
        found = found.iter().flat_map(|el| select_simple(&el.html, part)).collect();
    }
    found
}

fn select_simple(html: &str, selector: &str) -> Vec<El> {
    let dom = tl::parse(html, tl::ParserOptions::default()).expect("parsable HTML");
    let parser = dom.parser();
    let Some(found) = dom.query_selector(selector) else { panic!("bad selector {selector}") };
    found
        .filter_map(|handle| handle.get(parser))
        .filter_map(|node| node.as_tag())
        .map(|tag| El {
            tag: tag.name().as_utf8_str().to_lowercase(),
            attrs: tag
                .attributes()
                .iter()
                .map(|(k, v)| (k.to_lowercase(), v.map(|v| v.to_string()).unwrap_or_default()))
                .collect(),
            text: decode(&tag.inner_text(parser)),
            html: tag.inner_html(parser).to_string(),
            outer: tag.outer_html(parser).to_string(),
        })
        .collect()
}

/// The one element matching a selector.
pub fn one(html: &str, selector: &str) -> El {
    let mut all = select(html, selector);
    assert_eq!(all.len(), 1, "expected exactly one {selector}, found {}", all.len());
    all.remove(0)
}

/// Undoes the HTML escapes the server renderer writes.
pub fn decode(text: &str) -> String {
    text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
}

/// The embed view of a story.
pub fn embed_page(story: StoryRef) -> String {
    let frozen = Frozen::render_blocking(story, "../", None, true);
    render::<App>(AppProps { story, open: None, base: AttrValue::from("../"), embed: true, frozen })
}

/// A rendered part as the browser shows it once `ui::copies::fill` has run (tests/browser.rs runs
/// that one): each empty element with a copy hook gets the children of the one element of `page`
/// that is its source, each with a clone hook that element itself. Panics if a source is not in the
/// page, or more than once.
pub fn fill_copies(html: &str, page: &str) -> String {
    let copy = format!("{}=\"", copies::COPY.name());
    let clone = format!("{}=\"", copies::CLONE.name());
    let (copy, clone) = (copy.as_str(), clone.as_str());
    let mut out = String::new();
    let mut rest = html;
    loop {
        let next = [copy, clone].into_iter().filter_map(|a| rest.find(a).map(|at| (at, a))).min();
        let Some((at, attribute)) = next else {
            out.push_str(rest);
            return out;
        };
        let start = at + attribute.len();
        let end = start + rest[start..].find('"').expect("a closed attribute");
        let selector = copies::SOURCE.is(&decode(&rest[start..end]));
        let open_end = end + rest[end..].find('>').expect("a closed tag") + 1;
        assert!(rest[open_end..].starts_with("</"), "{selector}: the browser fills an empty element");
        let source = one(page, &selector);
        out.push_str(&rest[..open_end]);
        let whole = source.outer.replace(&format!(" {}=\"{}\"", copies::SOURCE.name(), &rest[start..end]), "");
        out.push_str(if attribute == copy { &source.html } else { &whole });
        rest = &rest[open_end..];
    }
}
