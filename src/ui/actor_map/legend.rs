//! The legend, which is also the filter: one toggle button per relation kind and per actor kind the
//! story uses, each showing how that kind is drawn. Pressed means shown.

use story::{ActorKind, Story};
use yew::prelude::*;

use super::graph::relation_kinds;
use super::style::{kind_class, line_sample, rel_class, shape_sample};
use crate::ui::state::{Action, State};

/// The actor kinds a story uses, in the legend's order.
pub fn actor_kinds(story: &Story) -> Vec<ActorKind> {
    ActorKind::ALL.into_iter().filter(|k| story.actors.iter().any(|a| a.kind == *k)).collect()
}

pub fn view(story: &Story, state: &State, on_action: &Callback<Action>) -> Html {
    // `filter` and `kind` name what the button hides, for styles and tests.
    let toggle = |filter: &'static str, kind: &'static str, class: String, sample: Html, label: &'static str, count: usize, action: Action| {
        let pressed = !match action {
            Action::ToggleRelationKind(k) => state.hidden_relations.contains(&k),
            Action::ToggleActorKind(k) => state.hidden_kinds.contains(&k),
            _ => false,
        };
        let onclick = on_action.reform(move |_: MouseEvent| action.clone());
        html! {
            <li>
                <button type="button" class={classes!("filter-button", class)} aria-pressed={pressed.to_string()}
                    data-filter={filter} data-kind={kind} {onclick}>
                    { sample }<span class="filter-label">{ label }</span>{ " " }<span class="filter-count">{ count }</span>
                </button>
            </li>
        }
    };
    let relations = relation_kinds(story).into_iter().map(|kind| {
        let count = story.relations.iter().filter(|r| r.kind == kind).count();
        toggle("relation", kind.key(), rel_class(kind), line_sample(kind), kind.label(), count, Action::ToggleRelationKind(kind))
    });
    let actors = actor_kinds(story).into_iter().map(|kind| {
        let count = story.actors.iter().filter(|a| a.kind == kind).count();
        toggle("actor", kind.key(), kind_class(kind), shape_sample(kind), kind.label(), count, Action::ToggleActorKind(kind))
    });
    let filtered = !state.hidden_relations.is_empty() || !state.hidden_kinds.is_empty();
    html! {
        <div class="map-legend">
            <p class="map-legend-hint">{ "The key doubles as a filter: press a kind to hide or show it." }</p>
            <div class="filter-group" role="group" aria-labelledby="map-legend-relations">
                <h3 class="filter-title" id="map-legend-relations">{ "Relations shown" }</h3>
                <ul class="filter-list">{ for relations }</ul>
            </div>
            <div class="filter-group" role="group" aria-labelledby="map-legend-actors">
                <h3 class="filter-title" id="map-legend-actors">{ "Actors shown" }</h3>
                <ul class="filter-list">{ for actors }</ul>
            </div>
            if filtered {
                <button type="button" class="filter-reset" onclick={on_action.reform(|_: MouseEvent| Action::ResetFilters)}>
                    { "Show everything" }
                </button>
            }
        </div>
    }
}
