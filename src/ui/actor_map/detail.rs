//! The detail panel: what the statement says about the selected actor or relation, with links to the
//! sections that support it.

use story::{Quote, Relation, Section, Story};
use yew::prelude::*;

use super::style::{line_sample, rel_class, shape_sample};
use crate::ui::links::{section_link, section_links};
use crate::ui::state::Selection;
use crate::ui::StoryRef;
use crate::web;

/// The id of the panel's heading, which takes focus when the panel changes from inside it.
pub const TITLE_ID: &str = "map-detail-title";

#[derive(Properties, PartialEq)]
pub struct DetailProps {
    pub story: StoryRef,
    pub selected: Option<Selection>,
    pub on_select: Callback<Selection>,
    pub on_close: Callback<()>,
}

#[function_component]
pub fn Detail(props: &DetailProps) -> Html {
    let story = props.story;
    // A choice made inside the panel replaces the button that made it: focus then goes to the heading.
    let focus_title = use_mut_ref(|| false);
    {
        let focus_title = focus_title.clone();
        use_effect_with(props.selected, move |_| {
            if std::mem::take(&mut *focus_title.borrow_mut()) {
                web::dom::focus(TITLE_ID);
            }
        });
    }
    let on_select = {
        let on_select = props.on_select.clone();
        Callback::from(move |selection: Selection| {
            *focus_title.borrow_mut() = true;
            on_select.emit(selection);
        })
    };
    let close = {
        let on_close = props.on_close.clone();
        html! {
            <button type="button" class="map-detail-close" onclick={on_close.reform(|_: MouseEvent| ())}>
                <span aria-hidden="true">{ "✕ " }</span>{ "Close" }<span class="visually-hidden">{ " the details" }</span>
            </button>
        }
    };
    let body = match props.selected {
        None => html! {
            <>
                <h3 class="map-detail-title" id={TITLE_ID} tabindex="-1">{ "Details" }</h3>
                <p class="map-hint">{ "Select an actor or a line on the map to see what the statement says about it." }</p>
            </>
        },
        Some(Selection::Actor(id)) => match story.actor(id) {
            None => html! {},
            Some(actor) => html! {
                <>
                    <div class="map-detail-head">
                        <h3 class="map-detail-title" id={TITLE_ID} tabindex="-1">{ actor.name }</h3>
                        { close }
                    </div>
                    <p class="map-detail-kind">{ shape_sample(actor.kind) }{ actor.kind.label() }</p>
                    <p class="map-detail-description">{ actor.description }</p>
                    if let Some(background) = actor.background {
                        <p class="background"><span class="background-label">{ "Background: " }</span>{ background }</p>
                    }
                    <h4 class="map-detail-subtitle">{ "Relations" }</h4>
                    <ul class="map-detail-relations">
                        { for story.relations_of(id).map(|relation| relation_item(story.0, relation, &on_select)) }
                    </ul>
                    { quotes(story.0, &story.quotes_involving(id)) }
                </>
            },
        },
        Some(Selection::Relation(id)) => match story.relation(id) {
            None => html! {},
            Some(relation) => {
                let end = |actor: &'static str| {
                    let on_select = on_select.clone();
                    html! {
                        <button type="button" class="map-detail-actor" data-actor={actor}
                            onclick={Callback::from(move |_: MouseEvent| on_select.emit(Selection::Actor(actor)))}>
                            { story.short_name(actor) }
                        </button>
                    }
                };
                let quote: Vec<(&'static Section, &'static Quote)> = relation.quote.and_then(|q| story.quote(q)).into_iter().collect();
                html! {
                    <>
                        <div class="map-detail-head">
                            <h3 class="map-detail-title" id={TITLE_ID} tabindex="-1">{ relation.kind.label() }</h3>
                            { close }
                        </div>
                        <p class={classes!("map-detail-kind", rel_class(relation.kind))}>
                            { line_sample(relation.kind) }{ "Relation" }
                            if relation.kind.is_allegation() || relation.according_to.is_some() {
                                { " (a claim, not an established fact)" }
                            }
                        </p>
                        <p class="map-detail-sentence">{ story.sentence(relation) }</p>
                        <p class="map-detail-ends">{ "From " }{ end(relation.from) }{ " to " }{ end(relation.to) }</p>
                        <p class="map-detail-sections">{ "In the statement: " }{ section_links(story.0, relation.sections) }</p>
                        { quotes(story.0, &quote) }
                    </>
                }
            }
        },
    };
    html! {
        <div class={classes!("map-detail", props.selected.is_some().then_some("has-selection"))} id="map-detail">
            { body }
        </div>
    }
}

/// One relation of the selected actor: its sentence (a button that selects the line), its type and
/// the sections that support it.
fn relation_item(story: &'static Story, relation: &'static Relation, on_select: &Callback<Selection>) -> Html {
    let id = relation.id;
    let onclick = on_select.reform(move |_: MouseEvent| Selection::Relation(id));
    html! {
        <li key={id} class={classes!("map-detail-relation", rel_class(relation.kind))}>
            <button type="button" class="relation-button" data-relation={id} {onclick}>{ story.sentence(relation) }</button>
            <span class="relation-meta">
                <span class="relation-type">{ line_sample(relation.kind) }{ relation.kind.label() }</span>
                <span class="relation-sections">{ "In: " }{ section_links(story, relation.sections) }</span>
            </span>
        </li>
    }
}

/// Up to this many quotes show at once; the rest wait behind a disclosure, so that an actor the
/// statement quotes often (17 quotes for Pakistan) does not stretch the panel far past the map.
const QUOTES_SHOWN: usize = 3;

fn quotes(story: &'static Story, quotes: &[(&'static Section, &'static Quote)]) -> Html {
    if quotes.is_empty() {
        return html! {};
    }
    let figure = |(section, quote): &(&'static Section, &'static Quote)| html! {
        <figure key={quote.id} class="quote map-quote">
            <blockquote><p>{ quote.text }</p></blockquote>
            <figcaption>
                <span class="quote-speaker">{ story.actor(quote.speaker).map_or(quote.speaker, |a| a.name) }</span>
                if let Some(context) = quote.context {
                    { ", " }{ context }
                }
                { " · " }{ section_link(story, section.id) }
            </figcaption>
        </figure>
    };
    // Shown up front: all of them, or one less than the limit and the disclosure.
    let (first, rest) = if quotes.len() <= QUOTES_SHOWN { (quotes, &[][..]) } else { quotes.split_at(QUOTES_SHOWN - 1) };
    html! {
        <>
            <h4 class="map-detail-subtitle">{ "In their words" }</h4>
            { for first.iter().map(figure) }
            if !rest.is_empty() {
                // Keyed by the first hidden quote: another selection gets a closed disclosure.
                <details key={rest[0].1.id} class="map-more-quotes">
                    <summary>{ format!("{} more quotes", rest.len()) }</summary>
                    { for rest.iter().map(figure) }
                </details>
            }
        </>
    }
}
