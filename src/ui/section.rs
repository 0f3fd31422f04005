//! One section of the statement as an accordion item (WAI-ARIA pattern): the title is a heading that
//! holds the toggle button, the summary is always visible, and the body stays in the page while closed
//! (`hidden="until-found"`), so find-in-page, print and readers without scripts still reach it.
//! The summary's text and the body's content never change: they are frozen parts ([`super::frozen`]).

use story::Section;
use yew::prelude::*;

use super::frozen::{Frozen, Part};
use super::ids;

#[derive(Properties, PartialEq)]
pub struct SectionProps {
    pub section: &'static Section,
    pub open: bool,
    /// Left out of the page for now (an embed showing another section by itself).
    #[prop_or_default]
    pub hidden: bool,
    pub on_toggle: Callback<&'static str>,
    /// Find-in-page revealed the body: the section is now open.
    pub on_revealed: Callback<&'static str>,
    pub frozen: Frozen,
}

#[function_component]
pub fn SectionItem(props: &SectionProps) -> Html {
    let SectionProps { section, open, .. } = props;
    let id = section.id;
    let body_ref = use_node_ref();
    {
        // `beforematch` fires when find-in-page opens a hidden="until-found" body.
        let body_ref = body_ref.clone();
        let on_revealed = props.on_revealed.clone();
        use_effect_with(id, move |_| {
            let listener = body_ref.cast::<web_sys::Element>().map(|body| {
                gloo_events::EventListener::new(&body, "beforematch", move |_| on_revealed.emit(id))
            });
            move || drop(listener)
        });
    }
    let on_toggle = props.on_toggle.reform(move |_: MouseEvent| id);
    let body_id = ids::section_body(id);
    html! {
        <section class={classes!("section", open.then_some("is-open"))} id={id} aria-labelledby={ids::section_title(id)} data-section={id}
            hidden={props.hidden}>
            <h3 class="section-heading" id={ids::section_title(id)}>
                <button type="button" class="section-toggle" id={ids::section_toggle(id)}
                    aria-expanded={open.to_string()} aria-controls={body_id.clone()} onclick={on_toggle}>
                    <span class="section-title">{ section.title }</span>
                    <span class="toggle-icon" aria-hidden="true"></span>
                </button>
            </h3>
            <p class="summary">{ props.frozen.part(Part::Summary(id)) }</p>
            // `HIDDEN` in capitals: yew's macro takes lowercase `hidden` as a plain boolean, but we need
            // the value "until-found"; HTML attribute names are case-insensitive, so the browser and the
            // server renderer both give `hidden="until-found"`.
            <div class="section-body" id={body_id} ref={body_ref} HIDDEN={(!open).then_some(AttrValue::Static("until-found"))}>
                { props.frozen.part(Part::SectionBody(id)) }
            </div>
        </section>
    }
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
                    html! {
                        <li class={classes!("point", format!("stance-{}", point.stance.key()))}>
                            <span class="attribution">
                                <strong class="speaker">{ speaker }</strong>
                                { " " }{ point.stance.verb() }
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
                        <figure class="quote" id={format!("quote-{}", quote.id)}>
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
