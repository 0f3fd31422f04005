//! The actors and their relations as text: the map's equivalent for every reader, and what the page
//! shows before (or without) the drawing.
//!
//! A frozen part ([`super::frozen`]), rendered on the server only with every actor and relation: the
//! map marks the selected actor's entry and hides what the filters hide (`mark`), through the entries'
//! `data-actor` and `data-relation`.

use super::state::State;
use crate::web;

/// The text view for every actor and relation of the story.
#[cfg(feature = "ssr")]
pub fn view(story: super::StoryRef) -> yew::Html {
    use yew::prelude::*;

    use super::actor_map::style::{line_sample, shape_sample};
    use super::ids;
    use super::links::section_links;

    html! {
        <div class="actor-text">
            <h3>{ "Actors" }</h3>
            <ul class="actor-list">
                { for story.actors.iter().map(|actor| html! {
                    <li id={ids::actor_entry(actor.id)} tabindex="-1" class="actor-entry" data-actor={actor.id}>
                        <p>
                            <strong>{ actor.name }</strong>
                            { " " }<span class={classes!("kind-badge", format!("kind-{}", actor.kind.key()))}>{ shape_sample(actor.kind) }{ story.locale.actor_kind(actor.kind) }</span>
                        </p>
                        <div class="actor-about">
                            <p class="actor-description">{ actor.description }</p>
                            if let Some(background) = actor.background {
                                <p class="background"><span class="background-label">{ "Background: " }</span>{ background }</p>
                            }
                        </div>
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
                    { for story.relations.iter().map(|relation| html! {
                        <tr id={ids::relation_row(relation.id)} data-relation={relation.id}>
                            <td class="relation-sentence">{ story.sentence(relation) }</td>
                            <td class="relation-kind-cell">{ line_sample(relation.kind) }{ story.locale.relation_label(relation.kind) }</td>
                            <td>{ section_links(story.0, relation.sections) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

/// Shows in the (adopted) text view what the map shows for this state: the entries of shown actors and
/// relations, the selected actor's entry marked.
pub fn mark(state: &State) {
    let story = state.story;
    let actors: Vec<&str> = story.actors.iter().filter(|a| state.actor_visible(a.id)).map(|a| a.id).collect();
    let relations: Vec<&str> = story.relations.iter().filter(|r| state.relation_visible(r)).map(|r| r.id).collect();
    web::dom::show_only(".actor-text [data-actor]", "data-actor", &actors);
    web::dom::show_only(".actor-text [data-relation]", "data-relation", &relations);
    web::dom::mark_one(".actor-text [data-actor]", "data-actor", state.selected_actor(), "is-selected");
}
