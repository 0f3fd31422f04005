//! The map's toolbar: the switch between the drawing and the text, and how to use the drawing.

#[cfg(feature = "ssr")]
use yew::prelude::*;

use crate::ui::part::{Input, Look, Page, Part, Slot};
use crate::ui::state::{Action, MapView, State};

pub const PART: Part = Part {
    name: "map-toolbar",
    slot: Slot::Map,
    in_embed: true,
    #[cfg(feature = "ssr")]
    view,
    mark,
    on,
    start: Part::idle,
};

crate::ui::part::hook! {$
    /// The view switch's buttons, by the view they show ([`MapView::key`]).
    pub VIEW, with_view: data-view
}

fn look(state: &State, key: &str) -> Look {
    Look::default().pressed(state.map.view.key() == key)
}

fn mark(state: &State) {
    crate::web::dom::restyle(VIEW, |key| Some(look(state, key)));
}

fn on(_: &Page, _: &State, input: &Input) -> Option<Action> {
    let Input::Click(e) = input else { return None };
    VIEW.read(e).and_then(|key| MapView::from_key(&key)).map(Action::SetMapView)
}

/// The toolbar as the server renders it, in its look for the state.
#[cfg(feature = "ssr")]
fn view(page: &Page, state: &State) -> Html {
    let locale = &page.story.locale;
    let button = |view: MapView, label: &'static str| {
        VIEW.on(view.key(), look(state, view.key()).on(html! { <button type="button" class="map-view-button">{ label }</button> }))
    };
    html! {
        <div class="map-toolbar">
            <div class="map-view-switch" role="group" aria-label={locale.show_actors_as}>
                { button(MapView::Graph, locale.map_view) }
                { button(MapView::Text, locale.text_view) }
            </div>
            <p class="map-keys" id={crate::ui::ids::MAP_KEYS}>{ locale.map_keys }</p>
        </div>
    }
}
