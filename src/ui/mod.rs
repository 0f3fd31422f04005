//! The page's parts, one per file, over the reducer in [`state`].
//!
//! [`app::App`] owns the state and the browser effects; the other parts (the actor map, a component of
//! its own, and view functions and hooks) render from what they are given and report through
//! callbacks. What never changes once the page has loaded is a frozen part
//! ([`frozen`]): rendered on the server only (`masthead`, `toc`, `glossary`, `term`, `locator`, `colophon`, and the
//! content functions of `section`, `timeline` and `places`), and adopted as it is in the browser.

pub mod actor_map;
pub mod actor_text;
pub mod app;
#[cfg(feature = "ssr")]
pub mod colophon;
pub mod embed_code;
pub mod frozen;
#[cfg(feature = "ssr")]
pub mod glossary;
pub mod links;
#[cfg(feature = "ssr")]
pub mod locator;
#[cfg(feature = "ssr")]
pub mod masthead;
pub mod notice;
pub mod places;
pub mod section;
pub mod sections;
pub mod share;
pub mod state;
pub mod svg;
#[cfg(feature = "ssr")]
pub mod term;
pub mod timeline;
#[cfg(feature = "ssr")]
pub mod toc;

/// A story that lives for the whole program, compared by address (it never changes).
#[derive(Clone, Copy, Debug)]
pub struct StoryRef(pub &'static story::Story);

impl PartialEq for StoryRef {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl std::ops::Deref for StoryRef {
    type Target = story::Story;
    fn deref(&self) -> &story::Story {
        self.0
    }
}

/// Element ids, in one place so links, focus and tests agree.
pub mod ids {
    use super::actor_map::geometry::Frame;

    /// The page's headline.
    pub const HEADLINE: &str = "headline";
    pub fn section_toggle(section: &str) -> String {
        format!("{section}-toggle")
    }
    pub fn section_body(section: &str) -> String {
        format!("{section}-body")
    }
    pub fn section_title(section: &str) -> String {
        format!("{section}-title")
    }
    /// An actor's node in a frame of the actor map (the page holds both frames).
    pub fn actor_node(actor: &str, frame: Frame) -> String {
        match frame {
            Frame::Wide => format!("map-node-{actor}"),
            Frame::Narrow => format!("map-narrow-node-{actor}"),
        }
    }
    /// The title of a frame of the actor map's drawing.
    pub fn map_title(frame: Frame) -> String {
        format!("actor-map-{}-title", frame.key())
    }
    /// What a link to the drawing scrolls into view: both frames' holder.
    pub const MAP_DRAWING: &str = "actor-map-drawing";
    pub fn actor_entry(actor: &str) -> String {
        format!("actor-{actor}")
    }
    /// An actor's relation in the text view's table.
    pub fn relation_row(relation: &str) -> String {
        format!("relation-{relation}")
    }
    /// A quote, where its section shows it.
    pub fn quote(quote: &str) -> String {
        format!("quote-{quote}")
    }
    pub fn event(event: &str) -> String {
        format!("event-{event}")
    }
    pub fn place(place: &str) -> String {
        format!("place-{place}")
    }
    pub fn event_button(event: &str) -> String {
        format!("event-{event}-button")
    }
    pub fn event_details(event: &str) -> String {
        format!("event-{event}-details")
    }
    pub fn place_button(place: &str) -> String {
        format!("place-{place}-button")
    }
    pub fn place_details(place: &str) -> String {
        format!("place-{place}-details")
    }
    pub fn term(term: &str) -> String {
        format!("term-{term}")
    }
}
