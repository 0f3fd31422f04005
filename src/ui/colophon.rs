//! The foot of the page: the source of the statement and how we write about it, and in the embed
//! view a way out to the whole explainer. A frozen part (see [`super::frozen`]): rendered on the
//! server only.

use super::part::{Part, Slot};

pub const PART: Part = Part::still("colophon", Slot::Foot, true, #[cfg(feature = "ssr")] |page, _| view(page.story, &page.base, page.embed));

#[cfg(feature = "ssr")]
use yew::prelude::*;

#[cfg(feature = "ssr")]
use super::StoryRef;

/// The colophon's text; `base` is the way to the site's root, where the embed view links.
#[cfg(feature = "ssr")]
pub fn view(story: StoryRef, base: &str, embed: bool) -> Html {
    let source = &story.meta.source;
    html! {
        <>
            if embed {
                <p>{ super::links::leaving(&story.locale, true, html! { <a href={base.to_owned()}>{ story.locale.open_full }</a> }) }</p>
            }
            <p>
                { super::links::filled(story.locale.source, |slot| match slot {
                    "title" => match source.url {
                        Some(url) => super::links::leaving(&story.locale, embed, html! { <a href={url} rel="noopener">{ source.title }</a> }),
                        None => html! { <cite>{ source.title }</cite> },
                    },
                    _ => html! { <>{ source.publisher }</> },
                }) }
            </p>
            <p>{ story.locale.editorial_note }</p>
        </>
    }
}
