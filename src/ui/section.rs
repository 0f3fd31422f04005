//! One section of the statement as an accordion item (WAI-ARIA pattern): the title is a heading that
//! holds the toggle button, the summary is always visible, and the body stays in the page while closed
//! (`hidden="until-found"`), so find-in-page, print and readers without scripts still reach it.
//! Sections are frozen parts ([`super::frozen`]): the server renders them, the browser marks them
//! open or closed ([`mark`]) and the page's one click handler hears their toggles.

use story::Section;
#[cfg(feature = "ssr")]
use yew::prelude::*;

#[cfg(feature = "ssr")]
use super::ids;

/// One section as the server renders it, open or closed, with its share page at `share_url`. The
/// toggle names its section in `data-toggle` for the page's one click handler.
#[cfg(feature = "ssr")]
pub fn view(story: super::StoryRef, section: &'static Section, open: bool, share_url: &str) -> Html {
    let id = section.id;
    let body_id = ids::section_body(id);
    html! {
        <section class={classes!("section", open.then_some("is-open"))} id={id} aria-labelledby={ids::section_title(id)} data-section={id}>
            <h3 class="section-heading" id={ids::section_title(id)}>
                <button type="button" class="section-toggle" id={ids::section_toggle(id)} data-toggle={id}
                    aria-expanded={open.to_string()} aria-controls={body_id.clone()}>
                    <span class="section-title">{ section.title }</span>
                    <span class="toggle-icon" aria-hidden="true"></span>
                </button>
            </h3>
            // On paper, the section's own address (when it is the published one, `--site-url`).
            if share_url.starts_with("https://") {
                <p class="print-address">{ share_url.to_owned() }</p>
            }
            <p class="summary">{ section.summary }</p>
            // `HIDDEN` in capitals: yew's macro takes lowercase `hidden` as a plain boolean, but we need
            // the value "until-found"; HTML attribute names are case-insensitive, so the browser and the
            // server renderer both give `hidden="until-found"`.
            <div class="section-body" id={body_id} data-body={id} HIDDEN={(!open).then_some(AttrValue::Static("until-found"))}>
                { body(story, section, share_url) }
            </div>
        </section>
    }
}

/// Marks the (adopted) sections for the state: which are open (`is-open`, the toggle's
/// `aria-expanded`, the body hidden until found or not) and which are left out (`only`).
pub fn mark(sections: &'static [Section], open: &[bool], only: Option<&str>) {
    use crate::web::dom::{restyle, Look};

    let is_open = |id: &str| sections.iter().position(|s| s.id == id).and_then(|i| open.get(i).copied());
    restyle("section.section[data-section]", "data-section", |id| {
        let shown = only.is_none_or(|o| o == id);
        Some(Look { classes: vec![("is-open", is_open(id)?)], attributes: vec![("hidden", (!shown).then(String::new))] })
    });
    restyle("button.section-toggle[data-toggle]", "data-toggle", |id| {
        Some(Look { classes: Vec::new(), attributes: vec![("aria-expanded", Some(is_open(id)?.to_string()))] })
    });
    restyle("div.section-body[data-body]", "data-body", |id| {
        let hidden = (!is_open(id)?).then(|| "until-found".to_owned());
        Some(Look { classes: Vec::new(), attributes: vec![("hidden", hidden)] })
    });
}

/// The body's content, which never changes (a frozen part, rendered on the server only): key points
/// with their speakers, quotes, who is involved, terms, and the row to share the section's page.
#[cfg(feature = "ssr")]
pub fn body(story: super::StoryRef, section: &'static Section, share_url: &str) -> Html {
    use story::Stance;

    use super::links::actor_link;
    use super::term::TermItem;

    html! {
        <>
            <h4 class="body-heading">{ "Key points" }</h4>
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
                                    <span class="visually-hidden">{ " (a claim, not an established fact)" }</span>
                                }
                                { ": " }
                            </span>
                            { point.text }
                        </li>
                    }
                }) }
            </ul>
            if !section.quotes.is_empty() {
                <h4 class="body-heading">{ "In their words" }</h4>
                { for section.quotes.iter().map(|quote| {
                    let speaker = story.actor(quote.speaker);
                    html! {
                        <figure class="quote" id={super::ids::quote(quote.id)}>
                            <blockquote><p>{ quote.text }</p></blockquote>
                            <figcaption>
                                <span class="quote-speaker">{ speaker.map_or(quote.speaker, |a| a.name) }</span>
                                if let Some(context) = quote.context {
                                    { ", " }{ context }
                                }
                            </figcaption>
                        </figure>
                    }
                }) }
            }
            if !section.actors.is_empty() {
                <h4 class="body-heading">{ "Who is involved" }</h4>
                <ul class="chips">
                    { for section.actors.iter().map(|&actor_id| html! {
                        <li key={actor_id}>{ actor_link(story.0, actor_id) }</li>
                    }) }
                </ul>
            }
            if !section.terms.is_empty() {
                <h4 class="body-heading">{ "Terms" }</h4>
                <ul class="terms">
                    { for section.terms.iter().filter_map(|t| story.term(t)).map(|term| html! {
                        <li key={term.id}><TermItem {term} /></li>
                    }) }
                </ul>
            }
            { super::share::view(section.id, section.title, share_url) }
        </>
    }
}
