//! In-page links the views share. Each is a plain `#…` link, so it works without scripts, opens in a
//! new tab and can be copied; when the app runs, `App`'s click handler follows it
//! instead of jumping, so the page can open, select and focus what it points at.

use story::Story;
use yew::prelude::*;

/// An actor as a chip that shows it on the map (in frozen parts only).
#[cfg(feature = "ssr")]
pub fn actor_link(story: &Story, actor: &'static str) -> Html {
    super::actor_map::graph::ACTOR.on(actor, html! {
        <a class="chip actor-link" href={format!("#{}", super::ids::actor_entry(actor))}>
            { labelled(story.locale.show_on_map, "visually-hidden", |_| html! { <>{ story.short_name(actor) }</> }) }
        </a>
    })
}

/// The link `link`, which leaves the explainer, as the embed view (`embed`) writes it: opening in a
/// new tab, and saying so, instead of inside the host's frame.
#[cfg(feature = "ssr")]
pub fn leaving(locale: &story::Locale, embed: bool, link: Html) -> Html {
    use yew::virtual_dom::VNode;

    let VNode::VTag(mut tag) = link else { return link };
    if embed {
        let tag = std::rc::Rc::make_mut(&mut tag);
        super::part::set(tag, "target", "_blank".into());
        super::part::set(tag, "rel", "noopener".into());
        tag.add_child(html! { <span class="visually-hidden">{ " " }{ locale.opens_in_new_tab }</span> });
    }
    VNode::VTag(tag)
}

/// A link to one section, by its title.
pub fn section_link(story: &Story, section: &'static str) -> Html {
    html! { <a class="section-link" href={format!("#{section}")}>{ story.section(section).map_or(section, |s| s.title) }</a> }
}

/// Links to sections, by their titles.
pub fn section_links(story: &Story, sections: &'static [&'static str]) -> Html {
    sections.iter().map(|&s| section_link(story, s)).collect()
}

/// [`filled`], with the template's own words in a `<span class={class}>` ("visually-hidden" for
/// words only a screen reader needs, "background-label" for a label).
#[cfg(feature = "ssr")]
pub fn labelled(template: story::Template, class: &'static str, slot: impl Fn(&str) -> Html) -> Html {
    pieces(template, |text| html! { <span {class}>{ text }</span> }, slot)
}

/// A locale's template with markup in its slots: `"From {from} to {to}"` with a button for each end.
/// The words around the slots are the locale's, in its order.
pub fn filled(template: story::Template, slot: impl Fn(&str) -> Html) -> Html {
    pieces(template, |text| Html::VText(yew::virtual_dom::VText::new(AttrValue::Static(text))), slot)
}

/// A template's pieces as markup: its own words through `text`, its slots through `slot`.
fn pieces(template: story::Template, text: impl Fn(&'static str) -> Html, slot: impl Fn(&str) -> Html) -> Html {
    template
        .pieces()
        .into_iter()
        .map(|piece| match piece {
            story::Piece::Text(words) => text(words),
            story::Piece::Slot(name) => slot(name),
        })
        .collect()
}
