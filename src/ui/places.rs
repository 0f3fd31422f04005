//! The places the statement names, with what it says happened there.

use yew::prelude::*;

use super::{ids, StoryRef};

#[derive(Properties, PartialEq)]
pub struct PlacesProps {
    pub story: StoryRef,
    pub on_open_section: Callback<&'static str>,
}

#[function_component]
pub fn Places(props: &PlacesProps) -> Html {
    let story = props.story;
    html! {
        <section class="places" aria-labelledby="places-title">
            <h2 id="places-title">{ "Where it happened" }</h2>
            <ul class="place-list">
                { for story.places.iter().map(|place| html! {
                    <li key={place.id} id={ids::place(place.id)} class="place" tabindex="-1">
                        <h3 class="place-name">{ place.name }</h3>
                        <p class="place-kind">{ place.kind }</p>
                        <p>{ place.description }</p>
                        <p>
                            { for place.sections.iter().map(|s| {
                                let s: &'static str = s;
                                let on_open = props.on_open_section.clone();
                                let onclick = Callback::from(move |e: MouseEvent| { e.prevent_default(); on_open.emit(s); });
                                html! { <a class="section-link" href={format!("#{s}")} {onclick}>{ story.section(s).map_or(s, |x| x.title) }</a> }
                            }) }
                        </p>
                    </li>
                }) }
            </ul>
        </section>
    }
}
