//! The places the statement names: a locator map for pointing, and beside it the same places as a
//! list, each a button that shows what the statement says happened there (the disclosure pattern, as
//! on the timeline). The list is the map's equivalent for keyboards and screen readers; choosing on
//! either highlights the place on both. `#place-<id>` links open and focus a place.
//!
//! The map and a place's details are frozen parts ([`super::frozen`]): the map's markers and labels
//! are marked and clicked through their `data-place`, not rendered again.

use yew::prelude::*;

use super::frozen::{Frozen, Part};
use super::{ids, StoryRef};
use crate::web;

#[derive(Properties, PartialEq)]
pub struct PlacesProps {
    pub story: StoryRef,
    /// The place whose details are shown.
    pub selected: Option<&'static str>,
    /// A place was chosen on the map or in the list.
    pub on_pick: Callback<&'static str>,
    pub frozen: Frozen,
}

#[function_component]
pub fn Places(props: &PlacesProps) -> Html {
    let story = props.story;
    // Mark the chosen place on the map (which the app does not render; see the module's notes).
    use_effect_with(props.selected, |selected| web::dom::mark_one(".locator [data-place]", "data-place", *selected, "is-selected"));
    if story.places.is_empty() {
        return Html::default();
    }
    // A click on a marker or a label picks its place.
    let on_map_click = {
        let on_pick = props.on_pick.clone();
        Callback::from(move |e: MouseEvent| {
            let place = web::dom::clicked_data(&e, "data-place").and_then(|id| story.place(&id));
            if let Some(place) = place {
                on_pick.emit(place.id);
            }
        })
    };
    html! {
        <section class="places" aria-labelledby="places-title">
            <h2 id="places-title">{ "Where it happened" }</h2>
            <div class="places-layout">
                <div class="locator-frame" onclick={on_map_click}>{ props.frozen.part(Part::Locator) }</div>
                <ul class="place-list">
                    { for story.places.iter().map(|place| {
                        let selected = props.selected == Some(place.id);
                        let on_pick = props.on_pick.clone();
                        let id = place.id;
                        let onclick = Callback::from(move |_: MouseEvent| on_pick.emit(id));
                        html! {
                            <li key={place.id} id={ids::place(place.id)} class={classes!("place", selected.then_some("is-selected"))}>
                                <h3 class="place-heading">
                                    <button type="button" class="place-button" id={ids::place_button(place.id)}
                                        aria-expanded={selected.to_string()} aria-controls={ids::place_details(place.id)} {onclick}>
                                        <span class="place-name">{ place.name }</span>
                                        <span class="place-kind">{ place.kind }</span>
                                    </button>
                                </h3>
                                <div class="place-details" id={ids::place_details(place.id)} hidden={!selected}>
                                    { props.frozen.part(Part::PlaceDetails(id)) }
                                </div>
                            </li>
                        }
                    }) }
                </ul>
            </div>
        </section>
    }
}

/// A place's details, which never change (a frozen part, rendered on the server only): what the
/// statement says happened there, and where it says so.
#[cfg(feature = "ssr")]
pub fn details(story: StoryRef, place: &'static story::Place) -> Html {
    use super::links::section_links;
    use super::timeline::context_row;

    let events: Vec<&story::Event> = story.events.iter().filter(|e| e.place == Some(place.id)).collect();
    html! {
        <>
            <p class="place-description">{ place.description }</p>
            { context_row("In the statement", "context-links", section_links(story.0, place.sections)) }
            if !events.is_empty() {
                { context_row("When", "context-links", events.iter().map(|e| html! {
                    <a class="event-link" href={format!("#{}", ids::event(e.id))}>{ e.title }</a>
                }).collect()) }
            }
        </>
    }
}
