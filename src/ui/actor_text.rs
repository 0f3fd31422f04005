//! The actors and their relations as text: the map's equivalent for every reader, and what the page
//! shows before (or without) the drawing.

use yew::prelude::*;

use super::actor_map::style::{line_sample, shape_sample};
use super::links::section_links;
use super::state::State;
use super::{ids, StoryRef};

#[derive(Properties)]
pub struct ActorTextProps {
    pub story: StoryRef,
    pub state: State,
}

/// Equal when the text shows the same (see [`State::same_map`]).
impl PartialEq for ActorTextProps {
    fn eq(&self, other: &Self) -> bool {
        self.story == other.story && self.state.same_map(&other.state)
    }
}

#[function_component]
pub fn ActorText(props: &ActorTextProps) -> Html {
    let story = props.story;
    let state = &props.state;
    html! {
        <div class="actor-text">
            <h3>{ "Actors" }</h3>
            <ul class="actor-list">
                { for story.actors.iter().filter(|a| state.actor_visible(a.id)).map(|actor| html! {
                    <li key={actor.id} id={ids::actor_entry(actor.id)} tabindex="-1"
                        class={classes!("actor-entry", (state.selected_actor() == Some(actor.id)).then_some("is-selected"))}>
                        <p>
                            <strong>{ actor.name }</strong>
                            { " " }<span class={classes!("kind-badge", format!("kind-{}", actor.kind.key()))}>{ shape_sample(actor.kind) }{ actor.kind.label() }</span>
                        </p>
                        <p>{ actor.description }</p>
                        if let Some(background) = actor.background {
                            <p class="background"><span class="background-label">{ "Background: " }</span>{ background }</p>
                        }
                    </li>
                }) }
            </ul>
            <h3>{ "Who does what to whom" }</h3>
            <table class="relations-table">
                <caption class="visually-hidden">{ "Each relation between actors, with the sections that support it" }</caption>
                <thead>
                    <tr><th scope="col">{ "Relation" }</th><th scope="col">{ "Type" }</th><th scope="col">{ "In the statement" }</th></tr>
                </thead>
                <tbody>
                    { for story.relations.iter().filter(|r| state.relation_visible(r)).map(|relation| html! {
                        <tr key={relation.id} id={format!("relation-{}", relation.id)}>
                            <td class="relation-sentence">{ story.sentence(relation) }</td>
                            <td class="relation-kind-cell">{ line_sample(relation.kind) }{ relation.kind.label() }</td>
                            <td>{ section_links(story.0, relation.sections) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}
