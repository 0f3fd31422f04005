//! The story's dated events, in order: a list that reads top to bottom on phones and left to right on
//! wide screens (CSS only; the HTML is the same).
//!
//! Each event's heading is a button that shows its details (who was involved, where the statement
//! mentions it, where it happened): the disclosure pattern, so the buttons sit in the tab order one
//! after another and Enter or Space opens one. One event is shown at a time; `#event-<id>` links
//! open and focus it.
//!
//! The list never changes but for which event is open: a frozen part ([`super::part`]).

#[cfg(feature = "ssr")]
use yew::prelude::*;

#[cfg(feature = "ssr")]
use super::ids;
use super::part::{Input, Page, Part, Slot};
use super::state::{Action, State};

pub const PART: Part = Part {
    name: "timeline",
    slot: Slot::Main,
    in_embed: true,
    #[cfg(feature = "ssr")]
    view,
    mark,
    on,
    start: Part::idle,
};

crate::ui::part::hook! {$
    /// An event's button, by the event's id.
    pub EVENT, with_event: data-event
}

/// Marks the (adopted) timeline for the event whose details are shown.
fn mark(state: &State) {
    crate::web::dom::mark_disclosures(EVENT, state.selected_event);
}

/// An event's button shows its details, or hides them again.
fn on(page: &Page, state: &State, input: &Input) -> Option<Action> {
    let Input::Click(e) = input else { return None };
    let event = page.story.event(&EVENT.read(e)?)?;
    Some(Action::SelectEvent((state.selected_event != Some(event.id)).then_some(event.id)))
}

/// The timeline as the server renders it, in its look for the state.
#[cfg(feature = "ssr")]
fn view(page: &Page, state: &State) -> Html {
    let story = page.story;
    if story.events.is_empty() {
        return Html::default();
    }
    html! {
        <section class="timeline" aria-labelledby="timeline-title">
            <h2 id="timeline-title">{ story.locale.when_it_happened }</h2>
            <p class="context-hint">{ story.locale.timeline_hint }</p>
            <ol class="events">
                { for story.events.iter().map(|event| {
                    let looks = super::part::Disclosure::new(state.selected_event == Some(event.id));
                    let button = EVENT.on(event.id, looks.button.on(html! {
                        <button type="button" class="event-button" id={ids::event_button(event.id)} aria-controls={ids::event_details(event.id)}>
                            <time datetime={event.date.iso()}>{ story.locale.date(event.date) }</time>
                            <span class="event-title">{ *event.title }</span>
                        </button>
                    }));
                    looks.item.on(html! {
                        <li id={ids::event(event.id)} class="event">
                            <h3 class="event-heading">{ button }</h3>
                            <p class="event-description">{ *event.description }</p>
                            { looks.details.on(html! {
                                <div class="event-details" id={ids::event_details(event.id)}>{ details(story, event) }</div>
                            }) }
                        </li>
                    })
                }) }
            </ol>
        </section>
    }
}

/// An event's details, which never change (a frozen part, rendered on the server only): who was
/// involved, where the statement mentions it, where it happened.
#[cfg(feature = "ssr")]
fn details(story: super::StoryRef, event: &'static story::Event) -> Html {
    use super::links::{actor_link, section_links};

    let place = event.place.and_then(|p| story.place(p));
    html! {
        <>
            { context_row(story.locale.who_row, "chips", event.actors.iter().map(|&a| actor_link(story.0, a)).collect()) }
            { context_row(story.locale.in_the_statement, "context-links", section_links(story.0, *event.sections)) }
            if let Some(place) = place {
                { context_row(story.locale.where_row, "context-links", html! {
                    <a class="place-link" href={format!("#{}", ids::place(place.id))}>{ *place.name }</a>
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
