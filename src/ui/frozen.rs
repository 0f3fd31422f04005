//! Frozen parts: the parts of the page that never change once it has loaded but for marks (every
//! [`Part`] in [`crate::ui::PARTS`]).
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
//! and hold nothing interactive but native elements (`a`, `details`, buttons): its events reach the
//! page's handlers, which ask each part what they mean ([`Part::on`]), and the part's look for a
//! state is put on its elements through their hooks ([`Part::mark`]).
//!
//! `tests/browser.rs` checks in a real browser that hydration adopts frozen nodes instead of replacing
//! them, should a Yew upgrade ever change how raw nodes hydrate.
//!
//! The HTML is written by Yew's server renderer from components, so every text is escaped as in any
//! other part of the page: no HTML from content is ever injected, on the server or in the browser.

use yew::{AttrValue, Html};

use super::part::Part;

/// The frozen parts' HTML: rendered on the server, adopted in the browser.
#[derive(Clone, Debug, PartialEq)]
pub struct Frozen {
    #[cfg(feature = "ssr")]
    parts: std::rc::Rc<std::collections::BTreeMap<&'static str, AttrValue>>,
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
    pub fn part(&self, part: &Part) -> Html {
        #[cfg(feature = "ssr")]
        if let Some(html) = self.parts.get(part.name) {
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

    use super::Frozen;
    use crate::ui::part::{Page, Part};
    use crate::ui::state::State;
    use crate::ui::StoryRef;

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
        /// Renders every frozen part of a page of this story ([`crate::ui::PARTS`]) in its look for
        /// the page's first state: `base` is the page's way to the site's root, `open` the section it
        /// opens (a section's share page), `embed` whether it is the embed view.
        pub async fn render(story: StoryRef, base: &str, open: Option<&str>, embed: bool) -> Frozen {
            let page = Page { story, base: AttrValue::from(base.to_owned()), embed };
            let state = State::new(story.0, open);
            let mut rendered = BTreeMap::new();
            for part in crate::ui::PARTS.iter().filter(|p| p.in_embed || !embed) {
                rendered.insert(part.name, to_html((part.view)(&page, &state)).await);
            }
            Frozen { parts: Rc::new(rendered) }
        }

        /// The part's HTML, as the server wrote it (empty if this page has no such part).
        pub fn html(&self, part: &Part) -> &str {
            self.parts.get(part.name).map_or("", |html| html.as_str())
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
