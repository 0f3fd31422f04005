//! The story's dated events, in order: a list that reads top to bottom on phones and left to right on
//! wide screens (CSS only; the HTML is the same).
//!
//! Each event's heading is a button that shows its details (who was involved, where the statement
//! mentions it, where it happened): the disclosure pattern, so the buttons sit in the tab order one
//! after another and Enter or Space opens one. One event is shown at a time; `#event-<id>` links
//! open and focus it.
//!
//! The list never changes but for which event is open: it is a frozen part ([`super::frozen`]),
//! rendered on the server with every event closed and marked in the browser.

use yew::prelude::*;

#[cfg(feature = "ssr")]
use super::ids;
#[cfg(feature = "ssr")]
use super::StoryRef;
use crate::web;

/// Marks the timeline in the page (a frozen part, [`view`]) for the event whose details are shown,
/// `selected`. Its buttons (`data-event`) are heard by the page's one click handler (`app.rs`).
#[hook]
pub fn use_marks(selected: Option<&'static str>) {
    use_effect_with(selected, |selected| web::dom::mark_disclosures(".events button[data-event]", "data-event", *selected));
}

/// The timeline as the server renders it, every event closed.
#[cfg(feature = "ssr")]
pub fn view(story: StoryRef) -> Html {
    if story.events.is_empty() {
        return Html::default();
    }
    html! {
        <section class="timeline" aria-labelledby="timeline-title">
            <h2 id="timeline-title">{ "When it happened" }</h2>
            <p class="context-hint">{ "Choose an event for who was involved and where the statement mentions it." }</p>
            <ol class="events">
                { for story.events.iter().map(|event| html! {
                    <li id={ids::event(event.id)} class="event">
                        <h3 class="event-heading">
                            <button type="button" class="event-button" id={ids::event_button(event.id)} data-event={event.id}
                                aria-expanded="false" aria-controls={ids::event_details(event.id)}>
                                <time datetime={event.date.iso()}>{ story.locale.date(event.date) }</time>
                                <span class="event-title">{ event.title }</span>
                            </button>
                        </h3>
                        <p class="event-description">{ event.description }</p>
                        <div class="event-details" id={ids::event_details(event.id)} hidden=true>
                            { details(story, event) }
                        </div>
                    </li>
                }) }
            </ol>
        </section>
    }
}

/// An event's details, which never change (a frozen part, rendered on the server only): who was
/// involved, where the statement mentions it, where it happened.
#[cfg(feature = "ssr")]
fn details(story: StoryRef, event: &'static story::Event) -> Html {
    use super::links::{actor_link, section_links};

    let place = event.place.and_then(|p| story.place(p));
    html! {
        <>
            { context_row("Who", "chips", event.actors.iter().map(|&a| actor_link(story.0, a)).collect()) }
            { context_row("In the statement", "context-links", section_links(story.0, event.sections)) }
            if let Some(place) = place {
                { context_row("Where", "context-links", html! {
                    <a class="place-link" href={format!("#{}", ids::place(place.id))}>{ place.name }</a>
                }) }
            }
        </>
    }
}

/// One labelled row of an event's or a place's details: "Who", "In the statement", "Where", "When".
#[cfg(feature = "ssr")]
pub(super) fn context_row(label: &'static str, class: &'static str, content: Html) -> Html {
    html! {
        <p class="context-row">
            <span class="context-label">{ label }</span>
            <span class={class}>{ content }</span>
        </p>
    }
}
