//! The list of sections, as in-page links. A frozen part (see [`super::frozen`]): rendered on the
//! server only; the page's click handler follows its links.

use super::part::{Part, Slot};

pub const PART: Part = Part::still("toc", Slot::Head, false, #[cfg(feature = "ssr")] |page, _| view(page.story));

#[cfg(feature = "ssr")]
use yew::prelude::*;

#[cfg(feature = "ssr")]
use super::StoryRef;

#[cfg(feature = "ssr")]
pub fn view(story: StoryRef) -> Html {
    html! {
        <nav class="toc" aria-label="Sections of the statement">
            <h2 class="toc-title">{ "In this statement" }</h2>
            <ol>
                { for story.sections.iter().map(|s| html! {
                    <li><a href={format!("#{}", s.id)}>{ s.title }</a></li>
                }) }
            </ol>
        </nav>
    }
}
