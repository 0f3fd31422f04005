//! The top of the page: headline, standfirst, who spoke and when, and our overview. A frozen part
//! ([`super::part`]): rendered on the server only.

use super::part::{Part, Slot};

pub const PART: Part = Part::still("masthead", Slot::Head, true, #[cfg(feature = "ssr")] |page, _| view(page.story, &page.base, page.embed));

#[cfg(feature = "ssr")]
use yew::prelude::*;

#[cfg(feature = "ssr")]
use super::{ids, StoryRef};

/// The masthead; `compact` is the embed's short form: headline and standfirst only. `base` is the
/// way to the site's root: when it is the published address (`--site-url`), paper shows it.
#[cfg(feature = "ssr")]
pub fn view(story: StoryRef, base: &str, compact: bool) -> Html {
    let meta = &story.meta;
    let speaker = story.actor(meta.speaker);
    html! {
        <header class="masthead">
            <p class="kicker">{ story.locale.kicker }</p>
            // Focusable from script only: focus lands here when the notice below is dismissed.
            <h1 id={ids::HEADLINE} tabindex="-1">{ meta.headline }</h1>
            <p class="standfirst">{ *meta.standfirst }</p>
            if !compact {
            <p class="byline">
                { super::links::filled(story.locale.byline, |slot| match slot {
                    "speaker" => html! { <>{ speaker.map_or(meta.speaker, |a| a.name) }</> },
                    _ => html! { <>{ *meta.date }</> },
                }) }
            </p>
            <p class="overview">{ *meta.overview }</p>
            if base.starts_with("https://") {
                <p class="print-address">{ story.locale.print_address.fill(&[("address", base)]) }</p>
            }
            }
        </header>
    }
}
