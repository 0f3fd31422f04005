//! The legend, which is also the filter: one toggle button per relation kind and per actor kind the
//! story uses, each showing how that kind is drawn. Pressed means shown. A frozen part: drawn on the
//! server, marked in the browser.

use story::{ActorKind, RelationKind, Story};
#[cfg(feature = "ssr")]
use yew::prelude::*;

use crate::ui::state::{Action, State};

/// The actor kinds a story uses, in the legend's order.
pub fn actor_kinds(story: &Story) -> Vec<ActorKind> {
    ActorKind::ALL.into_iter().filter(|k| story.actors.iter().any(|a| a.kind == *k)).collect()
}

/// The legend as the server draws it (a frozen part): every kind shown, nothing to reset. The browser
/// marks it for the filters ([`mark`]) and hears its buttons through `data-filter` and `data-kind`
/// ([`action`]).
#[cfg(feature = "ssr")]
pub fn view(story: &Story) -> Html {
    use super::graph::relation_kinds;
    use super::style::{kind_class, line_sample, rel_class, shape_sample};

    // `filter` and `kind` name what the button hides, for styles, tests and the click handler.
    let toggle = |filter: &'static str, kind: &'static str, class: String, sample: Html, label: &'static str, count: usize| {
        html! {
            <li>
                <button type="button" class={classes!("filter-button", class)} aria-pressed="true"
                    data-filter={filter} data-kind={kind}>
                    { sample }<span class="filter-label">{ label }</span>{ " " }<span class="filter-count">{ count }</span>
                </button>
            </li>
        }
    };
    let relations = relation_kinds(story).into_iter().map(|kind| {
        let count = story.relations.iter().filter(|r| r.kind == kind).count();
        toggle("relation", kind.key(), rel_class(kind), line_sample(kind), story.locale.relation_label(kind), count)
    });
    let actors = actor_kinds(story).into_iter().map(|kind| {
        let count = story.actors.iter().filter(|a| a.kind == kind).count();
        toggle("actor", kind.key(), kind_class(kind), shape_sample(kind), story.locale.actor_kind(kind), count)
    });
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
            <button type="button" class="filter-reset" data-filter="reset" hidden=true>{ "Show everything" }</button>
        </div>
    }
}

/// What pressing the legend's button with these `data-filter` and `data-kind` does.
pub fn action(filter: &str, kind: &str) -> Option<Action> {
    match filter {
        "relation" => RelationKind::from_key(kind).map(Action::ToggleRelationKind),
        "actor" => ActorKind::from_key(kind).map(Action::ToggleActorKind),
        "reset" => Some(Action::ResetFilters),
        _ => None,
    }
}

/// Marks the (adopted) legend for the filters: a button is pressed while its kind is shown, and
/// "Show everything" is there while anything is hidden.
pub fn mark(state: &State) {
    use crate::web::dom::{restyle, set_hidden, Look};

    restyle(".map-legend [data-filter='relation']", "data-kind", |key| {
        let kind = RelationKind::from_key(key)?;
        Some(Look::pressed(!state.hidden_relations.contains(&kind)))
    });
    restyle(".map-legend [data-filter='actor']", "data-kind", |key| {
        let kind = ActorKind::from_key(key)?;
        Some(Look::pressed(!state.hidden_kinds.contains(&kind)))
    });
    set_hidden(".map-legend .filter-reset", state.hidden_relations.is_empty() && state.hidden_kinds.is_empty());
}
