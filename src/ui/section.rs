//! One section of the statement as an accordion item (WAI-ARIA pattern): the title is a heading that
//! holds the toggle button, the summary is always visible, and the body stays in the page while closed
//! (`hidden="until-found"`), so find-in-page, print and readers without scripts still reach it.
//! Sections are part of the frozen part [`super::sections::PART`]: the server renders them in their
//! look for the state ([`looks`]), the browser puts the same looks on them after a change ([`mark`]).

#[cfg(feature = "ssr")]
use story::Section;
#[cfg(feature = "ssr")]
use yew::prelude::*;

#[cfg(feature = "ssr")]
use super::ids;
use super::part::{Look};
use super::state::State;

crate::ui::part::hook! {$
    /// The section element (`section.section`), by its id: open or not, shown or left out.
    pub SECTION, with_section: data-section
}
crate::ui::part::hook! {$
    /// The toggle button in the section's heading, by its section's id.
    pub TOGGLE, with_toggle: data-toggle
}
crate::ui::part::hook! {$
    /// The section's body, hidden until found while the section is closed, by its section's id.
    pub BODY, with_body: data-body
}

/// The looks of section `id` for the state: the section, its toggle and its body.
pub fn looks(state: &State, id: &str) -> Option<(Look, Look, Look)> {
    let open = state.open_at(id)?;
    let shown = state.only.is_none_or(|only| only == id);
    Some((
        Look::default().class("is-open", open).hidden(!shown),
        Look::default().expanded(open),
        Look::default().attribute("hidden", (!open).then(|| "until-found".to_owned())),
    ))
}

/// Marks the (adopted) sections for the state.
pub fn mark(state: &State) {
    use crate::web::dom::restyle;

    restyle(SECTION, |id| Some(looks(state, id)?.0));
    restyle(TOGGLE, |id| Some(looks(state, id)?.1));
    restyle(BODY, |id| Some(looks(state, id)?.2));
}

/// One section as the server renders it, in its look for the state, with its share page at
/// `share_url` (which, in the embed view, opens outside the frame).
#[cfg(feature = "ssr")]
pub fn view(story: super::StoryRef, state: &State, section: &'static Section, share_url: &str, embed: bool) -> Html {
    let id = section.id;
    let body_id = ids::section_body(id);
    let (look, toggle_look, body_look) = looks(state, id).expect("a section of the story");
    let toggle = TOGGLE.on(id, toggle_look.on(html! {
        <button type="button" class="section-toggle" id={ids::section_toggle(id)} aria-controls={body_id.clone()}>
            <span class="section-title">{ section.title }</span>
            <span class="toggle-icon" aria-hidden="true"></span>
        </button>
    }));
    let body = BODY.on(id, body_look.on(html! {
        <div class="section-body" id={body_id}>
            { body(story, section, share_url, embed) }
        </div>
    }));
    SECTION.on(id, look.on(html! {
        <section class="section" id={id} aria-labelledby={ids::section_title(id)}>
            <h3 class="section-heading" id={ids::section_title(id)}>{ toggle }</h3>
            // On paper, the section's own address (when it is the published one, `--site-url`).
            if share_url.starts_with("https://") {
                <p class="print-address">{ share_url.to_owned() }</p>
            }
            <p class="summary">{ *section.summary }</p>
            { body }
        </section>
    }))
}

/// The body's content, which never changes (a frozen part, rendered on the server only): key points
/// with their speakers, quotes, who is involved, terms, and the row to share the section's page.
#[cfg(feature = "ssr")]
pub fn body(story: super::StoryRef, section: &'static Section, share_url: &str, embed: bool) -> Html {
    use story::Stance;

    use super::copies::Source;
    use super::links::actor_link;
    use super::term::TermItem;

    html! {
        <>
            <h4 class="body-heading">{ story.locale.key_points }</h4>
            <ul class="points">
                { for section.points.iter().map(|point| {
                    let speaker = story.short_name(point.by);
                    let plural = story.actor(point.by).is_some_and(|a| a.plural);
                    let (before, after) = story.locale.stance(point.stance, plural).around("speaker");
                    html! {
                        <li class={classes!("point", format!("stance-{}", point.stance.key()))}>
                            <span class="attribution">
                                { before }<strong class="speaker">{ speaker }</strong>{ after }
                                if point.stance == Stance::Alleges {
                                    <span class="visually-hidden">{ " " }{ story.locale.claim_note }</span>
                                }
                                { ": " }
                            </span>
                            { point.text }
                        </li>
                    }
                }) }
            </ul>
            if !section.quotes.is_empty() {
                <h4 class="body-heading">{ story.locale.in_their_words }</h4>
                { for section.quotes.iter().map(|quote| {
                    let speaker = story.actor(quote.speaker);
                    // A quote said in another language than the page's is marked with it.
                    let other = story.other_language(*quote.language);
                    html! {
                        <figure class="quote" id={super::ids::quote(quote.id)}>
                            { Source::QuoteText(quote.id).at(html! { <blockquote lang={other.map(|o| o.0)} dir={other.map(|o| o.1.key())}><p>{ *quote.text }</p></blockquote> }) }
                            { Source::QuoteCaption(quote.id).at(html! {
                                <figcaption>
                                    <span class="quote-speaker">{ speaker.map_or(quote.speaker, |a| a.name) }</span>
                                    if let Some(context) = *quote.context {
                                        { ", " }{ context }
                                    }
                                </figcaption>
                            }) }
                        </figure>
                    }
                }) }
            }
            if !section.actors.is_empty() {
                <h4 class="body-heading">{ story.locale.who_is_involved }</h4>
                <ul class="chips">
                    { for section.actors.iter().map(|&actor_id| html! {
                        <li key={actor_id}>{ actor_link(story.0, actor_id) }</li>
                    }) }
                </ul>
            }
            if !section.terms.is_empty() {
                <h4 class="body-heading">{ story.locale.terms }</h4>
                <ul class="terms">
                    { for section.terms.iter().filter_map(|t| story.term(t)).map(|term| html! {
                        <li key={term.id}><TermItem {term} locale={&story.0.locale} /></li>
                    }) }
                </ul>
            }
            { super::share::view(&story.locale, section.id, section.title, share_url, embed) }
        </>
    }
}
