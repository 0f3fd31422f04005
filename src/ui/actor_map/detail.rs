//! The detail panel: what the statement says about the selected actor or relation, with links to the
//! sections that support it.
//!
//! The panel is live, but its longer text (an actor's description and background, a relation's
//! sentence, the quotes) is copied in the browser from the frozen parts that show it (the text view,
//! the sections) through [`copies`]: the browser build does not carry that text.

use story::{Quote, Relation, Section, Story};
use yew::prelude::*;

use super::graph::{with_actor, with_relation};
use crate::ui::copies::{self, with_clone, with_copy, Source};
use crate::ui::links::{filled, section_link, section_links};
use crate::ui::state::Selection;
use crate::ui::{ids, StoryRef};
use crate::web;

crate::ui::part::hook! {$
    /// A relation's kind, for the styles (its colour).
    KIND, with_kind: data-rel
}

/// The id of the panel's heading, which takes focus when the panel changes from inside it.
pub const TITLE_ID: &str = "map-detail-title";

/// What the panel does when the selection changes: it copies its text in (and the map's live
/// region's), and moves focus to its heading after a choice made inside it, which replaced the
/// button that made it. Returns `on_select` for the panel's own buttons, which asks for that focus.
#[hook]
pub fn use_panel(selected: Option<Selection>, on_select: Callback<Selection>) -> Callback<Selection> {
    let focus_title = use_mut_ref(|| false);
    {
        let focus_title = focus_title.clone();
        use_effect_with(selected, move |_| {
            copies::fill(ids::ACTOR_MAP);
            if std::mem::take(&mut *focus_title.borrow_mut()) {
                web::dom::focus(TITLE_ID);
            }
        });
    }
    Callback::from(move |selection: Selection| {
        *focus_title.borrow_mut() = true;
        on_select.emit(selection);
    })
}

/// The panel for the selection: `on_select` (from [`use_panel`]) for its buttons that select, and
/// `on_close` for its close button.
pub fn view(story: StoryRef, selected: Option<Selection>, on_select: &Callback<Selection>, on_close: &Callback<()>) -> Html {
    let locale = &story.locale;
    let close = html! {
        <button type="button" class="map-detail-close" aria-label={locale.close_details} onclick={on_close.reform(|_: MouseEvent| ())}>
            <span aria-hidden="true">{ "✕ " }</span>{ locale.close }
        </button>
    };
    let body = match selected {
        None => html! {
            <>
                <h3 class="map-detail-title" id={TITLE_ID} tabindex="-1">{ locale.details }</h3>
                <p class="map-hint">{ locale.panel_hint }</p>
            </>
        },
        Some(Selection::Actor(id)) => match story.actor(id) {
            None => html! {},
            Some(actor) => {
                html! {
                    <>
                        <div class="map-detail-head">
                            <h3 class="map-detail-title" id={TITLE_ID} tabindex="-1">{ actor.name }</h3>
                            { close }
                        </div>
                        { with_copy!(Source::ActorKind(id).key() => p [class="map-detail-kind"]) }
                        { with_copy!(Source::ActorAbout(id).key() => div [class="map-detail-about"]) }
                        <h4 class="map-detail-subtitle">{ locale.relations }</h4>
                        <ul class="map-detail-relations">
                            { for story.relations_of(id).map(|relation| relation_item(story.0, relation, on_select)) }
                        </ul>
                        { quotes(story.0, &story.quotes_involving(id)) }
                    </>
                }
            }
        },
        Some(Selection::Relation(id)) => match story.relation(id) {
            None => html! {},
            Some(relation) => {
                let end = |actor: &'static str| {
                    let on_select = on_select.clone();
                    with_actor!(actor => button [type="button" class="map-detail-actor"
                        onclick={Callback::from(move |_: MouseEvent| on_select.emit(Selection::Actor(actor)))}]
                        { story.short_name(actor) })
                };
                let quote: Vec<(&'static Section, &'static Quote)> = relation.quote.and_then(|q| story.quote(q)).into_iter().collect();
                html! {
                    <>
                        <div class="map-detail-head">
                            <h3 class="map-detail-title" id={TITLE_ID} tabindex="-1">{ story.locale.relation_label(relation.kind) }</h3>
                            { close }
                        </div>
                        { with_kind!(relation.kind.key() => p [class="map-detail-kind"]
                            { with_clone!(Source::LineSample(id).key() => span [class="map-detail-sample"]) }{ locale.relation }
                            if relation.kind.is_allegation() || relation.according_to.is_some() {
                                { " " }{ locale.claim_note }
                            }
                        ) }
                        { with_copy!(Source::Sentence(id).key() => p [class="map-detail-sentence"]) }
                        <p class="map-detail-ends">{ filled(locale.from_to, |end_| end(if end_ == "from" { relation.from } else { relation.to })) }</p>
                        <p class="map-detail-sections">{ filled(locale.in_the_statement_sections, |_| section_links(story.0, relation.sections)) }</p>
                        { quotes(story.0, &quote) }
                    </>
                }
            }
        },
    };
    // A new panel for each selection, not the last one's elements patched: an element that holds
    // copied text has no children Yew knows of, and would keep that text under what Yew adds.
    let key = match selected {
        None => String::new(),
        Some(Selection::Actor(id)) => format!("actor-{id}"),
        Some(Selection::Relation(id)) => format!("relation-{id}"),
    };
    html! {
        <div {key} class="map-detail" id={ids::MAP_DETAIL} data-selected={selected.is_some().then_some("true")}>
            { body }
        </div>
    }
}

/// One relation of the selected actor: its sentence (a button that selects the line), its type and
/// the sections that support it.
fn relation_item(story: &'static Story, relation: &'static Relation, on_select: &Callback<Selection>) -> Html {
    let id = relation.id;
    let onclick = on_select.reform(move |_: MouseEvent| Selection::Relation(id));
    with_kind!(relation.kind.key() => li [key={id} class="map-detail-relation"]
            { with_relation!(id => button [type="button" class="relation-button" {onclick}] { with_copy!(Source::Sentence(id).key() => span []) }) }
            <span class="relation-meta">
                { with_copy!(Source::RelationKind(id).key() => span [class="relation-type"]) }
                <span class="relation-sections">{ filled(story.locale.in_sections, |_| section_links(story, relation.sections)) }</span>
            </span>
    )
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
            // The quote's element itself, with the language it was said in.
            { with_clone!(Source::QuoteText(quote.id).key() => div []) }
            <figcaption>
                { with_copy!(Source::QuoteCaption(quote.id).key() => span []) }
                { " · " }{ section_link(story, section.id) }
            </figcaption>
        </figure>
    };
    // Shown up front: all of them, or one less than the limit and the disclosure.
    let (first, rest) = if quotes.len() <= QUOTES_SHOWN { (quotes, &[][..]) } else { quotes.split_at(QUOTES_SHOWN - 1) };
    html! {
        <>
            <h4 class="map-detail-subtitle">{ story.locale.in_their_words }</h4>
            { for first.iter().map(figure) }
            if !rest.is_empty() {
                // Keyed by the first hidden quote: another selection gets a closed disclosure.
                <details key={rest[0].1.id} class="map-more-quotes">
                    <summary>{ story.locale.count(&story.locale.more_quotes, rest.len() as u64, &[]) }</summary>
                    { for rest.iter().map(figure) }
                </details>
            }
        </>
    }
}
