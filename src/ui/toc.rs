//! The list of sections, as in-page links. A frozen part (see [`super::frozen`]): rendered on the
//! server only; the page's click handler follows its links.

use yew::prelude::*;

use super::StoryRef;

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
