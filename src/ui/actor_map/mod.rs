//! The actor map: who does what to whom, as an interactive, accessible drawing, with its equivalent
//! text a click away.
//!
//! - [`geometry`]: frames, label placement and curves (pure).
//! - [`keyboard`]: arrow-key moves and the roving tab stop (pure).
//! - [`style`]: shapes per actor kind, lines per relation kind.
//! - [`graph`]: the SVG, drawn on the server in both frames (a frozen part). [`marks`]: how the
//!   browser marks it for a state. [`detail`]: the panel about the selection. [`legend`]: the key,
//!   which filters.
//!
//! Selection and filters live in the page's reducer ([`State`]); this component keeps only what is its
//! own: the frame the styles show (read whenever the map's width changes) and the node the keyboard
//! last reached.
//! It listens on the drawing's figure for clicks, keys and focus from the nodes and lines inside it.

pub mod detail;
pub mod geometry;
pub mod graph;
pub mod keyboard;
pub mod legend;
pub mod marks;
pub mod style;

use story::fragment::{self, Target};
use yew::prelude::*;

use self::geometry::Frame;
use self::keyboard::Move;
use super::actor_text;
use super::frozen::{Frozen, Part};
use super::state::{Action, MapView, Selection, State};
use super::{ids, StoryRef};
use crate::web;

#[derive(Properties)]
pub struct ActorMapProps {
    pub story: StoryRef,
    pub state: State,
    pub on_action: Callback<Action>,
    /// The text view is a frozen part.
    pub frozen: Frozen,
}

/// Equal when the map would show the same: the rest of the page's state (open sections, the timeline)
/// does not render the map again.
impl PartialEq for ActorMapProps {
    fn eq(&self, other: &Self) -> bool {
        self.story == other.story && self.on_action == other.on_action && self.frozen == other.frozen && self.state.same_map(&other.state)
    }
}

/// Keeps the address bar in step with the map: `#actor-<id>` while an actor is selected.
fn follow_in_url(selection: Option<Selection>) {
    match selection {
        Some(Selection::Actor(id)) => web::location::replace_fragment(Some(&fragment::write(&Target::Actor(id)))),
        _ => {
            if web::location::fragment().starts_with("#actor-") {
                web::location::replace_fragment(None);
            }
        }
    }
}

/// What the live region says about the selection (a relation's sentence copied from the text view).
fn status(story: &story::Story, state: &State) -> Html {
    match state.selected {
        None => html! {},
        Some(Selection::Actor(id)) => {
            let name = story.actor(id).map_or(id, |a| a.name);
            let lit = story.actors.iter().filter(|a| a.id != id && state.actor_visible(a.id) && state.actor_lit(a.id)).count();
            html! { { format!("{name} selected; {lit} related actors highlighted. Details follow the map.") } }
        }
        Some(Selection::Relation(id)) => html! {
            <>{ "Relation selected: " }<span data-copy={detail::sentence_of(id)}></span></>
        },
    }
}

/// The map's toolbar as the server renders it (a frozen part): the switch between the drawing and the
/// text, with the drawing shown, and how to use the drawing.
#[cfg(feature = "ssr")]
pub fn toolbar_view() -> Html {
    let button = |view: MapView, label: &'static str| {
        html! {
            <button type="button" class="map-view-button" aria-pressed={(view == MapView::Graph).to_string()}
                data-view={view.key()}>{ label }</button>
        }
    };
    html! {
        <div class="map-toolbar">
            <div class="map-view-switch" role="group" aria-label="Show the actors as">
                { button(MapView::Graph, "Map") }
                { button(MapView::Text, "Text") }
            </div>
            <p class="map-keys" id="actor-map-keys">
                { "Select an actor to light up who it deals with, or a line to read it. On the map, arrow keys move between actors, Enter or Space selects, Escape clears." }
            </p>
        </div>
    }
}

/// The frame of the drawing the styles show (a container query picks it), if the drawing is shown.
pub fn shown_frame() -> Option<Frame> {
    let key = web::dom::shown_variant(".map-frames > svg.map-svg", "data-frame")?;
    Some(if key == Frame::Narrow.key() { Frame::Narrow } else { Frame::Wide })
}

#[function_component]
pub fn ActorMap(props: &ActorMapProps) -> Html {
    let story = props.story;
    let state = &props.state;
    // The frame the styles show (both are in the page), read again whenever the map's width changes.
    let frame = use_state_eq(|| Frame::Wide);
    // The node the keyboard last reached, which keeps the tab stop.
    let last = use_state_eq(|| None::<&'static str>);
    let measure = use_node_ref();
    {
        let measure = measure.clone();
        let frame = frame.setter();
        use_effect_with((), move |_| {
            let watch = measure
                .cast::<web_sys::Element>()
                .and_then(|element| web::resize::watch_width(&element, move |_| {
                    if let Some(shown) = shown_frame() {
                        frame.set(shown);
                    }
                }));
            move || drop(watch)
        });
    }

    // The shown nodes where this frame draws them, for the keyboard.
    let positions = graph::positions(story.0, state, *frame);
    let index_of = |id: &str| story.actors.iter().position(|a| a.id == id);
    let tab_stop = keyboard::tab_stop(&positions, state.selected_actor().and_then(index_of), last.and_then(index_of))
        .map(|i| story.actors[i].id);

    // The drawing, the legend and the text view (adopted, not rendered) show the frame and follow the
    // state. The server drew them for the first state, in both frames: until that changes, they are
    // right as they are, and hydrating skips touching each of their elements.
    let marked = use_mut_ref(|| false);
    {
        let state = state.clone();
        let first = state.selected.is_none() && state.hidden_relations.is_empty() && state.hidden_kinds.is_empty() && last.is_none();
        let deps = (*frame, state.selected, state.hidden_relations.clone(), state.hidden_kinds.clone(), tab_stop);
        use_effect_with(deps, move |_| {
            let mut marked = marked.borrow_mut();
            if !first || *marked {
                marks::apply(&state, tab_stop);
                legend::mark(&state);
                actor_text::mark(&state);
                *marked = true;
            }
        });
    }

    let select = {
        let on_action = props.on_action.clone();
        let current = state.selected;
        Callback::from(move |selection: Option<Selection>| {
            // Choosing what is already selected clears it (the nodes are toggle buttons).
            let next = selection.filter(|s| Some(*s) != current);
            on_action.emit(match next {
                Some(s) => Action::Select(s),
                None => Action::ClearSelection,
            });
            follow_in_url(next);
        })
    };
    // Clearing from the panel puts focus back on the map, where the reader came from.
    let on_close = {
        let select = select.clone();
        let back_to = tab_stop;
        let frame = *frame;
        Callback::from(move |()| {
            select.emit(None);
            if let Some(id) = back_to {
                web::dom::focus(&ids::actor_node(id, frame));
            }
        })
    };
    // The node or line an event in the drawing came from.
    let actor_in = move |e: &Event| web::dom::clicked_data(e, "data-actor").and_then(|id| story.actor(&id)).map(|a| a.id);
    let on_click = {
        let select = select.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(id) = actor_in(&e) {
                select.emit(Some(Selection::Actor(id)));
            } else if let Some(id) = web::dom::clicked_data(&e, "data-relation").and_then(|id| story.relation(&id)).map(|r| r.id) {
                select.emit(Some(Selection::Relation(id)));
            }
        })
    };
    let on_key = {
        let select = select.clone();
        let last = last.setter();
        let selected = state.selected;
        let frame = *frame;
        Callback::from(move |e: KeyboardEvent| {
            let Some(id) = actor_in(&e) else { return };
            let key = e.key();
            if let Some(m) = Move::from_key(&key) {
                e.prevent_default();
                let here = positions.iter().find(|(i, _)| story.actors[*i].id == id).map(|(_, p)| *p);
                if let Some(next) = here.and_then(|p| keyboard::step(p, m, &positions)) {
                    let next = story.actors[next].id;
                    last.set(Some(next));
                    web::dom::focus(&ids::actor_node(next, frame));
                }
            } else if key == "Enter" || key == " " || key == "Spacebar" {
                e.prevent_default();
                select.emit(Some(Selection::Actor(id)));
            } else if key == "Escape" && selected.is_some() {
                e.prevent_default();
                select.emit(None);
            }
        })
    };
    let on_focus = {
        let last = last.setter();
        Callback::from(move |e: FocusEvent| {
            if let Some(id) = actor_in(&e) {
                last.set(Some(id));
            }
        })
    };
    // Escape anywhere in the panel clears the selection too.
    let on_panel_key = {
        let on_close = on_close.clone();
        let selected = state.selected;
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" && selected.is_some() {
                e.prevent_default();
                on_close.emit(());
            }
        })
    };
    let on_panel_select = {
        let on_action = props.on_action.clone();
        Callback::from(move |selection: Selection| {
            on_action.emit(Action::Select(selection));
            follow_in_url(Some(selection));
        })
    };
    let on_panel_select = detail::use_panel(state.selected, on_panel_select);

    // The legend's buttons. "Show everything" hides once pressed: focus goes to the first filter.
    let on_legend_click = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: MouseEvent| {
            let filter = web::dom::clicked_data(&e, "data-filter").unwrap_or_default();
            let kind = web::dom::clicked_data(&e, "data-kind").unwrap_or_default();
            if let Some(action) = legend::action(&filter, &kind) {
                if action == Action::ResetFilters {
                    web::dom::focus_first(".map-legend .filter-button");
                }
                on_action.emit(action);
            }
        })
    };

    // The toolbar is frozen: its buttons (`data-view`) are heard by the page's one click handler.
    use_effect_with(state.map_view, |view| {
        web::dom::restyle(".map-view-switch [data-view]", "data-view", |key| Some(web::dom::Look::pressed(key == view.key())));
    });
    let graph_view = state.map_view == MapView::Graph;

    html! {
        <div class="actor-map" id="actor-map">
            { props.frozen.part(Part::MapToolbar) }
            <div class="map-graph" hidden={!graph_view}>
                <figure class="map-figure" onclick={on_click} onkeydown={on_key} onfocusin={on_focus}>
                    <div class="map-measure" ref={measure} aria-hidden="true"></div>
                    { props.frozen.part(Part::ActorGraph) }
                </figure>
                <div class="map-panel" onkeydown={on_panel_key}>
                    { detail::view(story, state.selected, &on_panel_select, &on_close) }
                </div>
            </div>
            <p class="visually-hidden" role="status">{ status(story.0, state) }</p>
            <div class="map-legend-holder" onclick={on_legend_click}>
                { props.frozen.part(Part::Legend) }
            </div>
            <div class="map-text-view" hidden={graph_view}>
                { props.frozen.part(Part::ActorText) }
            </div>
        </div>
    }
}
