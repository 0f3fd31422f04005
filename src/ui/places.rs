//! The places the statement names: a locator map for pointing, and beside it the same places as a
//! list, each a button that shows what the statement says happened there (the disclosure pattern, as
//! on the timeline). The list is the map's equivalent for keyboards and screen readers; choosing on
//! either highlights the place on both. `#place-<id>` links open and focus a place.

use yew::prelude::*;

use super::locator::Locator;
use super::links::{follow_link, section_links};
use super::{ids, StoryRef};

#[derive(Properties, PartialEq)]
pub struct PlacesProps {
    pub story: StoryRef,
    /// The place whose details are shown.
    pub selected: Option<&'static str>,
    /// A place was chosen on the map or in the list.
    pub on_pick: Callback<&'static str>,
    pub on_open_section: Callback<&'static str>,
    pub on_show_event: Callback<&'static str>,
}

#[function_component]
pub fn Places(props: &PlacesProps) -> Html {
    let story = props.story;
    if story.places.is_empty() {
        return Html::default();
    }
    html! {
        <section class="places" aria-labelledby="places-title">
            <h2 id="places-title">{ "Where it happened" }</h2>
            <div class="places-layout">
                <Locator {story} selected={props.selected} on_pick={props.on_pick.clone()} />
                <ul class="place-list">
                    { for story.places.iter().map(|place| {
                        let selected = props.selected == Some(place.id);
                        let on_pick = props.on_pick.clone();
                        let id = place.id;
                        let onclick = Callback::from(move |_: MouseEvent| on_pick.emit(id));
                        let events: Vec<&story::Event> = story.events.iter().filter(|e| e.place == Some(place.id)).collect();
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
                                    <p class="place-description">{ place.description }</p>
                                    <p class="context-row">
                                        <span class="context-label">{ "In the statement" }</span>
                                        <span class="context-links">
                                            { section_links(story.0, place.sections, &props.on_open_section) }
                                        </span>
                                    </p>
                                    if !events.is_empty() {
                                        <p class="context-row">
                                            <span class="context-label">{ "When" }</span>
                                            <span class="context-links">
                                                { for events.iter().map(|e| {
                                                    follow_link("event-link", format!("#{}", ids::event(e.id)), e.title, e.id, &props.on_show_event)
                                                }) }
                                            </span>
                                        </p>
                                    }
                                </div>
                            </li>
                        }
                    }) }
                </ul>
            </div>
        </section>
    }
}
