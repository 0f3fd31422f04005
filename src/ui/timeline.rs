//! The story's dated events, in order.

use yew::prelude::*;

use super::{ids, StoryRef};

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub story: StoryRef,
    pub on_open_section: Callback<&'static str>,
    pub on_select_actor: Callback<&'static str>,
}

#[function_component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let story = props.story;
    html! {
        <section class="timeline" aria-labelledby="timeline-title">
            <h2 id="timeline-title">{ "When it happened" }</h2>
            <ol class="events">
                { for story.events.iter().map(|event| html! {
                    <li key={event.id} id={ids::event(event.id)} class="event" tabindex="-1">
                        <time datetime={event.date.iso()}>{ event.date.human() }</time>
                        <h3 class="event-title">{ event.title }</h3>
                        <p>{ event.description }</p>
                        <p class="event-links">
                            { for event.actors.iter().map(|a| {
                                let a: &'static str = a;
                                let on_select = props.on_select_actor.clone();
                                let onclick = Callback::from(move |e: MouseEvent| { e.prevent_default(); on_select.emit(a); });
                                html! { <a class="chip actor-link" href={format!("#{}", ids::actor_entry(a))} {onclick} data-actor={a}>{ story.short_name(a) }</a> }
                            }) }
                            { for event.sections.iter().map(|s| {
                                let s: &'static str = s;
                                let on_open = props.on_open_section.clone();
                                let onclick = Callback::from(move |e: MouseEvent| { e.prevent_default(); on_open.emit(s); });
                                html! { <a class="section-link" href={format!("#{s}")} {onclick}>{ story.section(s).map_or(s, |x| x.title) }</a> }
                            }) }
                        </p>
                    </li>
                }) }
            </ol>
        </section>
    }
}
