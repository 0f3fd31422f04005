//! In-page links the views share. Each keeps its `#…` address (so it works without scripts, opens in
//! a new tab and can be copied) and, when the app runs, calls back instead of jumping, so the page can
//! open, select and focus what it points at.

use story::Story;
use yew::prelude::*;

use super::ids;

/// A link to `href` that calls `on_follow` with `id` when clicked.
pub fn follow_link(class: &'static str, href: String, text: &'static str, id: &'static str, on_follow: &Callback<&'static str>) -> Html {
    let on_follow = on_follow.clone();
    let onclick = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        on_follow.emit(id);
    });
    html! { <a {class} {href} {onclick}>{ text }</a> }
}

/// An actor as a chip that selects it on the map.
pub fn actor_link(story: &Story, actor: &'static str, on_select: &Callback<&'static str>) -> Html {
    let on_select = on_select.clone();
    let onclick = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        on_select.emit(actor);
    });
    html! {
        <a class="chip actor-link" href={format!("#{}", ids::actor_entry(actor))} {onclick} data-actor={actor}>
            { story.short_name(actor) }<span class="visually-hidden">{ ": show on the map" }</span>
        </a>
    }
}

/// Links to sections, by their titles, that open them.
pub fn section_links(story: &'static Story, sections: &'static [&'static str], on_open: &Callback<&'static str>) -> Html {
    sections
        .iter()
        .map(|&s| follow_link("section-link", format!("#{s}"), story.section(s).map_or(s, |x| x.title), s, on_open))
        .collect()
}
