//! The top of the page: headline, standfirst, who spoke and when, and our overview.

use yew::prelude::*;

use super::{ids, StoryRef};

#[derive(Properties, PartialEq)]
pub struct MastheadProps {
    pub story: StoryRef,
    /// The embed's short form: headline and standfirst only.
    #[prop_or_default]
    pub compact: bool,
}

#[function_component]
pub fn Masthead(props: &MastheadProps) -> Html {
    let meta = &props.story.meta;
    let speaker = props.story.actor(meta.speaker);
    html! {
        <header class="masthead">
            <p class="kicker">{ "Explainer" }</p>
            // Focusable from script only: focus lands here when the notice below is dismissed.
            <h1 id={ids::HEADLINE} tabindex="-1">{ meta.headline }</h1>
            <p class="standfirst">{ meta.standfirst }</p>
            if !props.compact {
            <p class="byline">
                { "The statement: " }
                { speaker.map_or(meta.speaker, |a| a.name) }
                { ", " }
                { meta.date }
                { ". Summaries are in our own words; quotes are exact." }
            </p>
            <p class="overview">{ meta.overview }</p>
            }
        </header>
    }
}
