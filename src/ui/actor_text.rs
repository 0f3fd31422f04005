//! The actors and their relations as text: the map's equivalent for every reader, and what the page
//! shows before (or without) the drawing.
//!
//! A frozen part ([`super::part`]), rendered on the server with every actor and relation: the state
//! marks the selected actor's entry and hides what the filters hide. It is also where the map's panel
//! copies its longer text from ([`super::copies`]).

use super::part::{Look, Part, Slot};
use super::state::State;

pub const PART: Part = Part {
    name: "actor-text",
    slot: Slot::Map,
    in_embed: true,
    #[cfg(feature = "ssr")]
    view: |page, state| view(page.story, state),
    mark,
    on: Part::deaf,
    start: Part::idle,
};

crate::ui::part::hook! {$
    /// An actor's entry, by the actor's id.
    ENTRY, with_entry: data-entry
}
crate::ui::part::hook! {$
    /// A relation's row, by the relation's id.
    ROW, with_row: data-row
}

fn entry_look(state: &State, id: &str) -> Look {
    Look::default().hidden(!state.actor_visible(id)).class("is-selected", state.selected_actor() == Some(id))
}

fn row_look(state: &State, id: &str) -> Option<Look> {
    Some(Look::default().hidden(!state.relation_visible(state.story.relation(id)?)))
}

/// Shows in the (adopted) text view what the map shows for this state.
fn mark(state: &State) {
    crate::web::dom::restyle(ENTRY, |id| Some(entry_look(state, id)));
    crate::web::dom::restyle(ROW, |id| row_look(state, id));
}

/// The text view for every actor and relation of the story, in its look for the state.
#[cfg(feature = "ssr")]
fn view(story: super::StoryRef, state: &State) -> yew::Html {
    use yew::prelude::*;

    use super::actor_map::style::{line_sample, shape_sample};
    use super::copies::Source;
    use super::ids;
    use super::links::section_links;

    let locale = &story.locale;
    html! {
        <div class="actor-text">
            <h3>{ locale.actors }</h3>
            <ul class="actor-list">
                { for story.actors.iter().map(|actor| {
                    let id = actor.id;
                    let kind = Source::ActorKind(id).at(html! {
                        <span class={classes!("kind-badge", format!("kind-{}", actor.kind.key()))}>{ shape_sample(actor.kind) }{ locale.actor_kind(actor.kind) }</span>
                    });
                    let about = Source::ActorAbout(id).at(html! {
                        <div class="actor-about">
                            <p class="actor-description">{ *actor.description }</p>
                            if let Some(background) = *actor.background {
                                <p class="background">{ super::links::labelled(locale.background, "background-label", |_| html! { <>{ background }</> }) }</p>
                            }
                        </div>
                    });
                    ENTRY.on(id, entry_look(state, id).on(html! {
                        <li id={ids::actor_entry(id)} tabindex="-1" class="actor-entry">
                            <p><strong>{ actor.name }</strong>{ " " }{ kind }</p>
                            { about }
                        </li>
                    }))
                }) }
            </ul>
            <h3>{ locale.who_does_what }</h3>
            <table class="relations-table">
                <caption class="visually-hidden">{ locale.relations_caption }</caption>
                <thead>
                    <tr><th scope="col">{ locale.relation_column }</th><th scope="col">{ locale.type_column }</th><th scope="col">{ locale.in_the_statement }</th></tr>
                </thead>
                <tbody>
                    { for story.relations.iter().map(|relation| {
                        let id = relation.id;
                        let sentence = Source::Sentence(id).at(html! { <td class="relation-sentence">{ story.sentence(relation) }</td> });
                        let sample = Source::LineSample(id).at(line_sample(relation.kind));
                        let kind = Source::RelationKind(id).at(html! {
                            <td class="relation-kind-cell">{ sample }{ locale.relation_label(relation.kind) }</td>
                        });
                        ROW.on(id, row_look(state, id).unwrap_or_default().on(html! {
                            <tr id={ids::relation_row(id)}>
                                { sentence }{ kind }
                                <td>{ section_links(story.0, relation.sections) }</td>
                            </tr>
                        }))
                    }) }
                </tbody>
            </table>
        </div>
    }
}
