//! The list of sections, as in-page links (which `App` follows), each marked while its section is
//! open. A frozen part ([`super::part`]).

#[cfg(feature = "ssr")]
use yew::prelude::*;

#[cfg(feature = "ssr")]
use super::part::Page;
use super::part::{Look, Part, Slot};
use super::state::State;

pub const PART: Part = Part {
    name: "toc",
    slot: Slot::Head,
    in_embed: false,
    #[cfg(feature = "ssr")]
    view,
    mark,
    on: Part::deaf,
    start: Part::idle,
};

crate::ui::part::hook! {$
    /// A section's entry, by the section's id.
    ENTRY, with_entry: data-toc
}

/// An entry's look: marked while its section is open.
fn look(state: &State, id: &str) -> Option<Look> {
    Some(Look::default().class("is-open", state.open_at(id)?))
}

fn mark(state: &State) {
    crate::web::dom::restyle(ENTRY, |id| look(state, id));
}

/// The list as the server renders it, in its look for the state.
#[cfg(feature = "ssr")]
fn view(page: &Page, state: &State) -> Html {
    let locale = &page.story.locale;
    html! {
        <nav class="toc" aria-label={locale.toc_label}>
            <h2 class="toc-title">{ locale.toc_title }</h2>
            <ol>
                { for page.story.sections.iter().map(|s| {
                    let link = html! { <a href={format!("#{}", s.id)}>{ s.title }</a> };
                    html! { <li>{ ENTRY.on(s.id, look(state, s.id).unwrap_or_default().on(link)) }</li> }
                }) }
            </ol>
        </nav>
    }
}
