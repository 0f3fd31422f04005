//! The top of the page: headline, standfirst, who spoke and when, and our overview.

use yew::prelude::*;

use super::StoryRef;

#[derive(Properties, PartialEq)]
pub struct MastheadProps {
    pub story: StoryRef,
}

#[function_component]
pub fn Masthead(props: &MastheadProps) -> Html {
    let meta = &props.story.meta;
    let speaker = props.story.actor(meta.speaker);
    html! {
        <header class="masthead">
            <p class="kicker">{ "Explainer" }</p>
            <h1>{ meta.headline }</h1>
            <p class="standfirst">{ meta.standfirst }</p>
            <p class="byline">
                { "The statement: " }
                { speaker.map_or(meta.speaker, |a| a.name) }
                { ", " }
                { meta.date }
                { ". Summaries are in our own words; quotes are exact." }
            </p>
            <p class="overview">{ meta.overview }</p>
        </header>
    }
}
