//! The locator map: the story's places on an outline of their part of the world.
//!
//! The drawing is worked out natively testable in [`layout`] ([`projection`], [`labels`], [`outline`])
//! and only rendered here. It is for pointing: every marker and label selects its place, but the
//! drawing is hidden from assistive technology and out of the tab order, because the list of places
//! beside it ([`super::places`]) offers the same choices as buttons and says the same in words.
//!
//! The drawing never changes, so it is a frozen part ([`super::frozen`]), rendered on the server
//! only: the browser bundle carries no outline, projection or label placement. Its markers and labels
//! carry the places' hook (`places::PLACE`); the places part marks the chosen one (`is-selected`) and takes clicks on them.

pub mod labels;
pub mod layout;
pub mod outline;
pub mod projection;
pub mod world;

use yew::prelude::*;

use self::labels::{Placed, Rect, Style};
use self::layout::{Ground, LabelSet, Layout, MARKER_RADIUS};
use self::projection::Point;
use super::part::Disclosure;
use super::places::PLACE;
use super::state::State;
use super::StoryRef;
use crate::ui::svg::num as n;

/// The locator map of a story's places (nothing when it has none).
pub fn view(story: StoryRef, state: &State) -> Html {
    let locale = &story.locale;
    let marked = |id: &'static str, node: Html| PLACE.on(id, Disclosure::new(state.selected_place == Some(id)).item.on(node));
    let Some(layout) = layout::layout(story.0) else { return Html::default() };
    let Layout { frame, ground, markers, scale_label, sets } = &layout;

    let ground_html = match ground {
        Ground::Outline { land, borders, .. } => html! {
            <>
                <path class="locator-land" d={land.clone()} />
                <path class="locator-borders" d={borders.clone()} />
            </>
        },
        Ground::Schematic { grid, .. } => html! { <path class="locator-grid" d={grid.clone()} /> },
    };
    let markers_html = story.places.iter().zip(markers).map(|(place, at)| {
        marked(place.id, html! {
            <g class="locator-marker" transform={format!("translate({} {})", n(at.x), n(at.y))}>
                <circle class="locator-hit" r={n(MARKER_RADIUS * 3.2)} />
                <g class="locator-dot">
                    <circle class="locator-halo" r={n(MARKER_RADIUS + 2.5)} />
                    <circle class="locator-pin" r={n(MARKER_RADIUS)} />
                </g>
            </g>
        })
    });
    let set_html = |set: &LabelSet| {
        let leaders: String = set
            .places
            .iter()
            .filter_map(|l| l.leader)
            .map(|(a, b)| format!("M{} {}L{} {}", n(a.x), n(a.y), n(b.x), n(b.y)))
            .collect();
        let (bar_at, bar_len) = set.scale_bar;
        // Type sizes come from the layout (which measured the labels with them), not from CSS.
        let font = |style: &Style, scale: f64| {
            let weight = if style.bold { "700" } else { "400" };
            (n(style.font_size * scale), weight, n(style.letter_spacing))
        };
        let (label_size, label_weight, _) = font(&set.style, 1.0);
        let (country_size, country_weight, country_spacing) = font(&set.country_style, 1.0);
        let (scale_size, _, _) = font(&set.style, 0.8);
        html! {
            <g class={classes!("locator-set", format!("locator-set-{}", set.name))}>
                <g class="locator-countries" font-size={country_size} font-weight={country_weight} letter-spacing={country_spacing}>
                    { for set.countries.iter().map(|(name, r)| text_at(r, name, "locator-country")) }
                </g>
                if !leaders.is_empty() {
                    <path class="locator-leaders" d={leaders} />
                }
                <g class="locator-labels" font-size={label_size} font-weight={label_weight}>
                    { for story.places.iter().zip(&set.places).map(|(place, label): (_, &Placed)| {
                        let Point { x, y } = label.rect.centre();
                        marked(place.id, html! {
                            <text class="locator-label" x={n(x)} y={n(y)}>{ *place.name }</text>
                        })
                    }) }
                </g>
                <g class="locator-scale" font-size={scale_size}>
                    <path class="locator-scale-bar" d={format!("M{} {}h{}", n(bar_at.x), n(bar_at.y), n(bar_len))} />
                    <text x={n(bar_at.x)} y={n(bar_at.y - set.style.font_size * 0.45)}>{ scale_label.clone() }</text>
                </g>
            </g>
        }
    };
    let caption = match ground {
        Ground::Outline { scale, .. } => locale.map_credit.fill(&[("scale", scale.name())]),
        Ground::Schematic { step, .. } => locale.count_decimal(&locale.schematic_note, *step),
    };
    html! {
        <figure class="locator">
            <svg class={classes!("locator-map", matches!(ground, Ground::Schematic { .. }).then_some("is-schematic"))}
                viewBox={format!("0 0 {} {}", n(frame.width), n(frame.height))} aria-hidden="true">
                <rect class="locator-sea" width={n(frame.width)} height={n(frame.height)} />
                { ground_html }
                <g class="locator-markers">{ for markers_html }</g>
                { for sets.iter().map(set_html) }
            </svg>
            <figcaption class="locator-caption">{ caption }</figcaption>
        </figure>
    }
}

/// A line of text centred in its box.
fn text_at(r: &Rect, text: &'static str, class: &'static str) -> Html {
    let Point { x, y } = r.centre();
    html! { <text class={class} x={n(x)} y={n(y)}>{ text }</text> }
}
