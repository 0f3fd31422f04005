//! The places the statement names: a locator map for pointing, and beside it the same places as a
//! list, each a button that shows what the statement says happened there (the disclosure pattern, as
//! on the timeline). The list is the map's equivalent for keyboards and screen readers; choosing on
//! either highlights the place on both. `#place-<id>` links open and focus a place.
//!
//! All of it is a frozen part ([`super::frozen`]), rendered on the server with every place closed: the
//! list's buttons and the map's markers and labels are marked and clicked through their `data-place`,
//! not rendered again.

use yew::prelude::*;

#[cfg(feature = "ssr")]
use super::ids;
#[cfg(feature = "ssr")]
use super::StoryRef;
use crate::web;

/// Marks the places in the page (a frozen part, [`view`]) for the place whose details are shown,
/// `selected`, in the list and on the map. The list's buttons and the map's markers and labels
/// (`data-place`) are heard by the page's one click handler (`app.rs`).
#[hook]
pub fn use_marks(selected: Option<&'static str>) {
    use_effect_with(selected, |selected| {
        web::dom::mark_disclosures(".place-list button[data-place]", "data-place", *selected);
        web::dom::mark_one(".locator [data-place]", "data-place", *selected, "is-selected");
    });
}

/// The places as the server renders them: the map and the list, every place closed.
#[cfg(feature = "ssr")]
pub fn view(story: StoryRef) -> Html {
    if story.places.is_empty() {
        return Html::default();
    }
    html! {
        <section class="places" aria-labelledby="places-title">
            <h2 id="places-title">{ "Where it happened" }</h2>
            <div class="places-layout">
                <div class="locator-frame">{ super::locator::view(story) }</div>
                <ul class="place-list">
                    { for story.places.iter().map(|place| html! {
                        <li id={ids::place(place.id)} class="place">
                            <h3 class="place-heading">
                                <button type="button" class="place-button" id={ids::place_button(place.id)} data-place={place.id}
                                    aria-expanded="false" aria-controls={ids::place_details(place.id)}>
                                    <span class="place-name">{ place.name }</span>
                                    <span class="place-kind">{ place.kind }</span>
                                </button>
                            </h3>
                            <div class="place-details" id={ids::place_details(place.id)} hidden=true>
                                { details(story, place) }
                            </div>
                        </li>
                    }) }
                </ul>
            </div>
        </section>
    }
}

/// A place's details, which never change (a frozen part, rendered on the server only): what the
/// statement says happened there, and where it says so.
#[cfg(feature = "ssr")]
fn details(story: StoryRef, place: &'static story::Place) -> Html {
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
