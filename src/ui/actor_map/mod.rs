//! The actor map: who does what to whom, as an interactive, accessible drawing, with its equivalent
//! text a click away.
//!
//! - [`geometry`]: frames, label placement and curves (pure).
//! - [`keyboard`]: arrow-key moves and the roving tab stop (pure).
//! - [`style`]: shapes per actor kind, lines per relation kind.
//! - [`graph`]: the SVG, drawn on the server in both frames (a frozen part). [`marks`]: its look for a
//!   state. [`detail`]: the panel about the selection. [`legend`]: the key, which filters.
//!   [`toolbar`]: the switch between the drawing and the text.
//!
//! All of the map's state lives in the page's reducer ([`State::map`]): the selection, the filters, the
//! view, the frame the styles show (read whenever the map's width changes) and the node the keyboard
//! last reached. This component listens on the drawing's figure for keys and focus from the nodes;
//! clicks on nodes and lines are the drawing's part's ([`graph::PART`]).

pub mod detail;
pub mod geometry;
pub mod graph;
pub mod keyboard;
pub mod legend;
pub mod marks;
pub mod style;
pub mod toolbar;

use yew::prelude::*;

use self::geometry::Frame;
use self::keyboard::Move;
use super::frozen::Frozen;
use super::state::{Action, MapView, Selection, State};
use super::{ids, StoryRef};
use crate::web;

#[derive(Properties)]
pub struct ActorMapProps {
    pub story: StoryRef,
    pub state: State,
    pub on_action: Callback<Action>,
    /// The map's frozen parts.
    pub frozen: Frozen,
}

/// Equal when the map would show the same: the rest of the page's state (open sections, the timeline)
/// does not render the map again.
impl PartialEq for ActorMapProps {
    fn eq(&self, other: &Self) -> bool {
        self.story == other.story && self.on_action == other.on_action && self.frozen == other.frozen && self.state.map == other.state.map
    }
}

/// What the live region says about the selection (a relation's sentence copied from the text view).
fn status(story: &story::Story, state: &State) -> Html {
    match state.map.selected {
        None => html! {},
        Some(Selection::Actor(id)) => {
            let name = story.actor(id).map_or(id, |a| a.name);
            let lit = story.actors.iter().filter(|a| a.id != id && state.actor_visible(a.id) && state.actor_lit(a.id)).count();
            html! { { story.locale.count(&story.locale.actor_selected, lit as u64, &[("name", name)]) } }
        }
        Some(Selection::Relation(id)) => crate::ui::links::filled(story.locale.relation_selected, |_| {
            super::copies::with_copy!(super::copies::Source::Sentence(id).key() => span [])
        }),
    }
}

/// The frame of the drawing the styles show (a container query picks it), if the drawing is shown.
pub fn shown_frame() -> Option<Frame> {
    let key = web::dom::shown_variant(graph::FRAME)?;
    Some(if key == Frame::Narrow.key() { Frame::Narrow } else { Frame::Wide })
}

#[function_component]
pub fn ActorMap(props: &ActorMapProps) -> Html {
    let story = props.story;
    let state = &props.state;
    let frame = state.map.frame;
    // The frame the styles show (both are in the page), read again whenever the map's width changes.
    let measure = use_node_ref();
    {
        let measure = measure.clone();
        let on_action = props.on_action.clone();
        use_effect_with((), move |_| {
            let watch = measure.cast::<web_sys::Element>().and_then(|element| {
                web::resize::watch_width(&element, move |_| {
                    if let Some(shown) = shown_frame() {
                        on_action.emit(Action::SetFrame(shown));
                    }
                })
            });
            move || drop(watch)
        });
    }

    // The shown nodes where this frame draws them, for the keyboard.
    let positions = graph::positions(story.0, state, frame);
    let tab_stop = graph::tab_stop(state);

    let select = {
        let on_action = props.on_action.clone();
        let current = state.map.selected;
        Callback::from(move |selection: Option<Selection>| {
            // Choosing what is already selected clears it (the nodes are toggle buttons).
            on_action.emit(match selection.filter(|s| Some(*s) != current) {
                Some(s) => Action::Select(s),
                None => Action::ClearSelection,
            });
        })
    };
    // Clearing from the panel puts focus back on the map, where the reader came from.
    let on_close = {
        let select = select.clone();
        Callback::from(move |()| {
            select.emit(None);
            if let Some(id) = tab_stop {
                web::dom::focus(&ids::actor_node(id, frame));
            }
        })
    };
    // The node a key or focus event in the drawing came from.
    let actor_in = move |e: &Event| graph::ACTOR.read(e).and_then(|id| story.actor(&id)).map(|a| a.id);
    let on_key = {
        let select = select.clone();
        let on_action = props.on_action.clone();
        let selected = state.map.selected;
        Callback::from(move |e: KeyboardEvent| {
            let Some(id) = actor_in(&e) else { return };
            let key = e.key();
            if let Some(m) = Move::from_key(&key) {
                e.prevent_default();
                let here = positions.iter().find(|(i, _)| story.actors[*i].id == id).map(|(_, p)| *p);
                if let Some(next) = here.and_then(|p| keyboard::step(p, m, &positions)) {
                    let next = story.actors[next].id;
                    on_action.emit(Action::Reach(next));
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
        let on_action = props.on_action.clone();
        let reached = state.map.reached;
        Callback::from(move |e: FocusEvent| {
            if let Some(id) = actor_in(&e).filter(|id| reached != Some(*id)) {
                on_action.emit(Action::Reach(id));
            }
        })
    };
    // Escape anywhere in the panel clears the selection too.
    let on_panel_key = {
        let on_close = on_close.clone();
        let selected = state.map.selected;
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" && selected.is_some() {
                e.prevent_default();
                on_close.emit(());
            }
        })
    };
    let on_panel_select = props.on_action.reform(Action::Select);
    let on_panel_select = detail::use_panel(state.map.selected, on_panel_select);
    let graph_view = state.map.view == MapView::Graph;
    let frozen = &props.frozen;

    html! {
        <div class="actor-map" id={ids::ACTOR_MAP}>
            { frozen.part(&toolbar::PART) }
            <div class="map-graph" hidden={!graph_view}>
                <figure class="map-figure" onkeydown={on_key} onfocusin={on_focus}>
                    <div class="map-measure" ref={measure} aria-hidden="true"></div>
                    { frozen.part(&graph::PART) }
                </figure>
                <div class="map-panel" onkeydown={on_panel_key}>
                    { detail::view(story, state.map.selected, &on_panel_select, &on_close) }
                </div>
            </div>
            <p class="visually-hidden" role="status">{ status(story.0, state) }</p>
            <div class="map-legend-holder">
                { frozen.part(&legend::PART) }
            </div>
            <div class="map-text-view" hidden={graph_view}>
                { frozen.part(&super::actor_text::PART) }
            </div>
        </div>
    }
}
