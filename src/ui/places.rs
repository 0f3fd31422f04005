//! The places the statement names: a locator map for pointing, and beside it the same places as a
//! list, each a button that shows what the statement says happened there (the disclosure pattern, as
//! on the timeline). The list is the map's equivalent for keyboards and screen readers; choosing on
//! either highlights the place on both. `#place-<id>` links open and focus a place.
//!
//! All of it is a frozen part ([`super::part`]): the list's buttons and the map's markers and labels
//! ([`PLACE`]) are marked and heard, not rendered again.

#[cfg(feature = "ssr")]
use yew::prelude::*;

#[cfg(feature = "ssr")]
use super::ids;
use super::part::{Input, Page, Part, Slot};
use super::state::{Action, State};

pub const PART: Part = Part {
    name: "places",
    slot: Slot::Main,
    in_embed: true,
    #[cfg(feature = "ssr")]
    view,
    mark,
    on,
    start: Part::idle,
};

crate::ui::part::hook! {$
    /// A place's button in the list, and its marker and label on the locator map, by the place's id.
    pub PLACE, with_place: data-place
}

/// Marks the (adopted) places for the place whose details are shown, in the list and on the map.
fn mark(state: &State) {
    crate::web::dom::mark_disclosures(PLACE, state.selected_place);
}

/// A place's button, marker or label shows its details, or hides them again.
fn on(page: &Page, state: &State, input: &Input) -> Option<Action> {
    let Input::Click(e) = input else { return None };
    let place = page.story.place(&PLACE.read(e)?)?;
    Some(Action::SelectPlace((state.selected_place != Some(place.id)).then_some(place.id)))
}

/// The places as the server renders them, in their look for the state: the map and the list.
#[cfg(feature = "ssr")]
fn view(page: &Page, state: &State) -> Html {
    let story = page.story;
    if story.places.is_empty() {
        return Html::default();
    }
    html! {
        <section class="places" aria-labelledby="places-title">
            <h2 id="places-title">{ story.locale.where_it_happened }</h2>
            <div class="places-layout">
                <div class="locator-frame">{ super::locator::view(story, state) }</div>
                <ul class="place-list">
                    { for story.places.iter().map(|place| {
                        let looks = super::part::Disclosure::new(state.selected_place == Some(place.id));
                        let button = PLACE.on(place.id, looks.button.on(html! {
                            <button type="button" class="place-button" id={ids::place_button(place.id)} aria-controls={ids::place_details(place.id)}>
                                <span class="place-name">{ *place.name }</span>
                                <span class="place-kind">{ *place.kind }</span>
                            </button>
                        }));
                        looks.item.on(html! {
                            <li id={ids::place(place.id)} class="place">
                                <h3 class="place-heading">{ button }</h3>
                                { looks.details.on(html! {
                                    <div class="place-details" id={ids::place_details(place.id)}>{ details(story, place) }</div>
                                }) }
                            </li>
                        })
                    }) }
                </ul>
            </div>
        </section>
    }
}

/// A place's details, which never change (a frozen part, rendered on the server only): what the
/// statement says happened there, and where it says so.
#[cfg(feature = "ssr")]
fn details(story: super::StoryRef, place: &'static story::Place) -> Html {
    use super::links::section_links;
    use super::timeline::context_row;

    let events: Vec<&story::Event> = story.events.iter().filter(|e| *e.place == Some(place.id)).collect();
    html! {
        <>
            <p class="place-description">{ *place.description }</p>
            { context_row(story.locale.in_the_statement, "context-links", section_links(story.0, *place.sections)) }
            if !events.is_empty() {
                { context_row(story.locale.when_row, "context-links", events.iter().map(|e| html! {
                    <a class="event-link" href={format!("#{}", ids::event(e.id))}>{ *e.title }</a>
                }).collect()) }
            }
        </>
    }
}
