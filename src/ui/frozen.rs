//! Frozen parts: the parts of the page that never change once it has loaded but for marks (the
//! masthead, the colophon, the sections, the timeline, the places and their locator map, the actor map's drawing,
//! legend and text view, the glossary, the embed code panel).
//!
//! The server renders them to HTML before it renders the page; the browser adopts that HTML as it is
//! and never renders them, so the browser bundle carries neither their text nor their components.
//! What the app renders in the browser is what changes beyond marks: the actor map's panel, the
//! notice, the page's frame.
//!
//! How: a frozen part is a raw node (`VRaw`). Yew hydrates a raw node by adopting whatever the server
//! wrote between its markers, without comparing content, so in the browser [`Frozen::adopted`] gives
//! every part as an empty string and the server-rendered nodes stay. A frozen part must therefore sit
//! in an element that is always rendered (shown and hidden with `hidden`, never added and removed),
//! and hold nothing interactive but native elements (`a`, `details`): its links are followed by the
//! page's one click handler (see `app.rs`) or a live ancestor's handler, not by callbacks. A live
//! component may still mark a frozen part's elements through their data attributes (the chosen place
//! on the locator map, `places.rs`; the entries of the actor map's text view, `actor_text.rs`; the
//! drawing's nodes and lines, `actor_map/marks.rs`; the legend's buttons, `actor_map/legend.rs`).
//!
//! `tests/browser.rs` checks in a real browser that hydration adopts frozen nodes instead of replacing
//! them, should a Yew upgrade ever change how raw nodes hydrate.
//!
//! The HTML is written by Yew's server renderer from components, so every text is escaped as in any
//! other part of the page: no HTML from content is ever injected, on the server or in the browser.

use yew::{AttrValue, Html};

/// A frozen part of the page, named by what it is and which item it belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Part {
    Masthead,
    Toc,
    /// The foot of the page: the source, our editorial rules, the embed view's way out.
    Colophon,
    Glossary,
    /// The sections: every section's title, summary and body (key points, quotes, who is involved,
    /// terms, the share row), and the controls that open and close them all.
    Sections,
    /// The timeline: every event, closed.
    Timeline,
    /// The places: the locator map and the list, every place closed.
    Places,
    /// The actor map's drawing, in both frames.
    ActorGraph,
    /// The actor map's legend, which filters.
    Legend,
    /// The actor map's toolbar: the switch between the drawing and the text.
    MapToolbar,
    /// The "Embed this explainer" panel.
    EmbedCode,
    /// The actor map's text view: every actor and relation.
    ActorText,
}

/// The frozen parts' HTML: rendered on the server, adopted in the browser.
#[derive(Clone, Debug, PartialEq)]
pub struct Frozen {
    #[cfg(feature = "ssr")]
    parts: std::rc::Rc<std::collections::BTreeMap<Part, AttrValue>>,
}

impl Frozen {
    /// In the browser, hydrating a pre-rendered page: every part is already in the page.
    pub fn adopted() -> Self {
        Frozen {
            #[cfg(feature = "ssr")]
            parts: Default::default(),
        }
    }

    /// The part, as a raw node: its HTML on the server, the page's own nodes in the browser.
    pub fn part(&self, part: Part) -> Html {
        #[cfg(feature = "ssr")]
        if let Some(html) = self.parts.get(&part) {
            return Html::from_html_unchecked(html.clone());
        }
        let _ = part;
        Html::from_html_unchecked(AttrValue::Static(""))
    }
}

#[cfg(feature = "ssr")]
mod server {
    use std::collections::BTreeMap;
    use std::rc::Rc;

    use yew::prelude::*;
    use yew::LocalServerRenderer;

    use super::{Frozen, Part};
    use crate::ui::actor_map::{graph, legend};
    use crate::ui::{actor_text, colophon, embed_code, glossary, masthead, places, sections, timeline, toc, StoryRef};

    #[derive(Properties, PartialEq)]
    struct ContentProps {
        content: Html,
    }

    #[function_component]
    fn Content(props: &ContentProps) -> Html {
        props.content.clone()
    }

    /// HTML without hydration markers: the browser adopts it whole and never hydrates inside it.
    async fn to_html(content: Html) -> AttrValue {
        LocalServerRenderer::<Content>::with_props(ContentProps { content }).hydratable(false).render().await.into()
    }

    impl Frozen {
        /// Renders every frozen part of a page of this story: `base` is the page's way to the site's
        /// root, `open` the section it opens (a section's share page), `embed` whether it is the embed
        /// view (compact, without the embed code).
        pub async fn render(story: StoryRef, base: &str, open: Option<&str>, embed: bool) -> Frozen {
            let mut parts: Vec<(Part, Html)> = vec![
                (Part::Masthead, masthead::view(story, base, embed)),
                (Part::Toc, toc::view(story)),
                (Part::Glossary, glossary::view(story)),
                (Part::Colophon, colophon::view(story, base, embed)),
            ];
            parts.push((Part::Sections, sections::view(story, open, base)));
            parts.push((Part::Timeline, timeline::view(story)));
            parts.push((Part::Places, places::view(story)));
            parts.push((Part::ActorGraph, html! { <div class="map-frames" id={crate::ui::ids::MAP_DRAWING}>{ graph::frozen_view(story.0) }</div> }));
            parts.push((Part::Legend, legend::view(story.0)));
            parts.push((Part::MapToolbar, crate::ui::actor_map::toolbar_view()));
            if !embed {
                parts.push((Part::EmbedCode, embed_code::view(story, base)));
            }
            parts.push((Part::ActorText, actor_text::view(story)));
            let mut rendered = BTreeMap::new();
            for (part, content) in parts {
                rendered.insert(part, to_html(content).await);
            }
            Frozen { parts: Rc::new(rendered) }
        }

        /// The part's HTML, as the server wrote it (empty if this page has no such part).
        pub fn html(&self, part: Part) -> &str {
            self.parts.get(&part).map_or("", |html| html.as_str())
        }

        /// [`Frozen::render`] on a runtime of its own, for callers that are not async.
        #[cfg(not(target_arch = "wasm32"))]
        pub fn render_blocking(story: StoryRef, base: &str, open: Option<&str>, embed: bool) -> Frozen {
            let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a single-threaded runtime");
            let local = tokio::task::LocalSet::new();
            local.block_on(&runtime, Frozen::render(story, base, open, embed))
        }
    }
}
