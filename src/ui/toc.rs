//! The list of sections, as in-page links.

use yew::prelude::*;

use super::StoryRef;

#[derive(Properties, PartialEq)]
pub struct TocProps {
    pub story: StoryRef,
}

#[function_component]
pub fn Toc(props: &TocProps) -> Html {
    html! {
        <nav class="toc" aria-label="Sections of the statement">
            <h2 class="toc-title">{ "In this statement" }</h2>
            <ol>
                { for props.story.sections.iter().map(|s| html! {
                    <li key={s.id}><a href={format!("#{}", s.id)}>{ s.title }</a></li>
                }) }
            </ol>
        </nav>
    }
}
