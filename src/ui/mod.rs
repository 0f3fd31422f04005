//! The page's parts, one per file ([`part::Part`], listed in [`PARTS`]), over the reducer in [`state`].
//!
//! [`app::App`] owns the state and the browser effects, and renders, marks and hears the parts by
//! going over the list. What never changes once the page has loaded is a frozen part ([`frozen`]):
//! rendered on the server only and adopted as it is in the browser. The live parts are the actor
//! map (a component of its own, with its panel) and the notice.

pub mod actor_map;
pub mod actor_text;
pub mod app;
pub mod copies;
pub mod colophon;
pub mod embed_code;
pub mod frozen;
pub mod glossary;
pub mod links;
#[cfg(feature = "ssr")]
pub mod locator;
pub mod masthead;
pub mod notice;
pub mod part;
pub mod places;
pub mod section;
pub mod sections;
pub mod share;
pub mod state;
pub mod svg;
#[cfg(feature = "ssr")]
pub mod term;
pub mod timeline;
pub mod toc;

/// Every frozen part of the page, in the order of the page. Adding a part: a file with its `PART`
/// (see [`part`]), a line here, and its actions in the reducer ([`state`]).
pub const PARTS: &[&part::Part] = &[
    &masthead::PART,
    &toc::PART,
    &actor_map::toolbar::PART,
    &actor_map::graph::PART,
    &actor_map::legend::PART,
    &actor_text::PART,
    &sections::PART,
    &timeline::PART,
    &places::PART,
    &glossary::PART,
    &colophon::PART,
    &embed_code::PART,
];

/// The element the page's app mounts on, and what the pre-renderer tells the app through it, outside
/// the app's own tree.
pub mod mount {
    
    /// The mount element's id.
    pub const ID: &str = "app";
    crate::ui::part::hook! {$
        /// The way from the page to the site's root.
        pub BASE, with_base: data-base
    }
    crate::ui::part::hook! {$
        /// The section the page opens (a section's share page).
        pub OPEN, with_open: data-open
    }
    crate::ui::part::hook! {$
        /// The embed view (on the mount element, and on the app's root for the styles).
        pub EMBED, with_embed: data-embed
    }
}

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
    /// The sections' heading, where the skip link leads.
    pub const SECTIONS_TITLE: &str = "sections-title";
    /// The actor map, around its drawing, panel, legend and text view.
    pub const ACTOR_MAP: &str = "actor-map";
    /// A selector for the element with this id (which may not be a CSS identifier: it may start with
    /// a digit).
    pub fn selector(id: &str) -> String {
        format!("[id='{id}']")
    }
    /// A section's share row: what it says, the link it shows when the clipboard is refused, and that
    /// link's field.
    pub fn share_status(section: &str) -> String {
        format!("{section}-share-status")
    }
    pub fn share_fallback(section: &str) -> String {
        format!("{section}-share-fallback")
    }
    pub fn share_link(section: &str) -> String {
        format!("{section}-link")
    }
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
    /// The actor map's panel about the selection.
    pub const MAP_DETAIL: &str = "map-detail";
    /// How to use the drawing, which its frames name as their description.
    pub const MAP_KEYS: &str = "actor-map-keys";
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
