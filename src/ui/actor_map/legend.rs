//! The legend, which is also the filter: one toggle button per relation kind and per actor kind the
//! story uses, each showing how that kind is drawn. Pressed means shown. A frozen part: drawn on the
//! server in its look for the state, marked in the browser with the same looks.

use story::{ActorKind, RelationKind, Story};
#[cfg(feature = "ssr")]
use yew::prelude::*;

use crate::ui::part::{Input, Look, Page, Part, Slot};
use crate::ui::state::{Action, State};

/// The actor kinds a story uses, in the legend's order.
pub fn actor_kinds(story: &Story) -> Vec<ActorKind> {
    ActorKind::ALL.into_iter().filter(|k| story.actors.iter().any(|a| a.kind == *k)).collect()
}

pub const PART: Part = Part {
    name: "legend",
    slot: Slot::Map,
    in_embed: true,
    #[cfg(feature = "ssr")]
    view: |page, state| view(page.story.0, state),
    mark,
    on,
    start: Part::idle,
};

crate::ui::part::hook! {$
    /// A legend's button, by what it filters: `relation` or `actor` (with [`KIND`]), or `reset`.
    pub FILTER, with_filter: data-filter
}
crate::ui::part::hook! {$
    /// The kind a filter button hides or shows ([`RelationKind::key`], [`ActorKind::key`]).
    pub KIND, with_kind: data-kind
}
const RELATIONS: &str = "relation";
const ACTORS: &str = "actor";
const RESET: &str = "reset";

/// A button's look for the filters: pressed while its kind is shown; "Show everything" there while
/// anything is hidden.
fn look(state: &State, filter: &str, kind: &str) -> Option<Look> {
    let map = &state.map;
    Some(match filter {
        RELATIONS => Look::default().pressed(!map.hidden_relations.contains(&RelationKind::from_key(kind)?)),
        ACTORS => Look::default().pressed(!map.hidden_kinds.contains(&ActorKind::from_key(kind)?)),
        RESET => Look::default().hidden(map.hidden_relations.is_empty() && map.hidden_kinds.is_empty()),
        _ => return None,
    })
}

/// Marks the (adopted) legend for the filters.
fn mark(state: &State) {
    crate::web::dom::restyle_pair(FILTER, KIND, |filter, kind| look(state, filter, kind));
}

/// What pressing a legend's button does. ("Show everything" hides once pressed: the reducer sends
/// focus to the first filter.)
fn on(_: &Page, _: &State, input: &Input) -> Option<Action> {
    let Input::Click(e) = input else { return None };
    action(&FILTER.read(e)?, &KIND.read(e).unwrap_or_default())
}

/// What pressing the legend's button with these hooks' values does.
pub fn action(filter: &str, kind: &str) -> Option<Action> {
    match filter {
        RELATIONS => RelationKind::from_key(kind).map(Action::ToggleRelationKind),
        ACTORS => ActorKind::from_key(kind).map(Action::ToggleActorKind),
        RESET => Some(Action::ResetFilters),
        _ => None,
    }
}

/// The legend as the server draws it, in its look for the state.
#[cfg(feature = "ssr")]
fn view(story: &Story, state: &State) -> Html {
    use super::graph::relation_kinds;
    use super::style::{kind_class, line_sample, rel_class, shape_sample};

    let locale = &story.locale;
    let toggle = |filter: &'static str, kind: &'static str, class: String, sample: Html, label: &'static str, count: usize| {
        let button = html! {
            <button type="button" class={classes!("filter-button", class)}>
                { sample }<span class="filter-label">{ label }</span>{ " " }<span class="filter-count">{ locale.number(count as u64) }</span>
            </button>
        };
        html! { <li>{ FILTER.on(filter, KIND.on(kind, look(state, filter, kind).unwrap_or_default().on(button))) }</li> }
    };
    let relations = relation_kinds(story).into_iter().map(|kind| {
        let count = story.relations.iter().filter(|r| r.kind == kind).count();
        toggle(RELATIONS, kind.key(), rel_class(kind), line_sample(kind), locale.relation_label(kind), count)
    });
    let actors = actor_kinds(story).into_iter().map(|kind| {
        let count = story.actors.iter().filter(|a| a.kind == kind).count();
        toggle(ACTORS, kind.key(), kind_class(kind), shape_sample(kind), locale.actor_kind(kind), count)
    });
    let reset = html! { <button type="button" class="filter-reset">{ locale.show_everything }</button> };
    html! {
        <div class="map-legend">
            <p class="map-legend-hint">{ locale.legend_hint }</p>
            <div class="filter-group" role="group" aria-labelledby="map-legend-relations">
                <h3 class="filter-title" id="map-legend-relations">{ locale.relations_shown }</h3>
                <ul class="filter-list">{ for relations }</ul>
            </div>
            <div class="filter-group" role="group" aria-labelledby="map-legend-actors">
                <h3 class="filter-title" id="map-legend-actors">{ locale.actors_shown }</h3>
                <ul class="filter-list">{ for actors }</ul>
            </div>
            { FILTER.on(RESET, look(state, RESET, "").unwrap_or_default().on(reset)) }
        </div>
    }
}
