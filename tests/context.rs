//! Rendered-HTML tests of the context views: the timeline of events and the locator map of places,
//! for the bundled story and the lighthouse story (and, for the map, fixture stories in other parts of
//! the world), plus the reducer's event and place selection.

mod support;

use std::rc::Rc;

use explainer::ui::{places, timeline};
use explainer::ui::state::{Action, FocusTarget, State};
use explainer::ui::StoryRef;
use story::fragment::Target;
use support::{bundled, count, frozen, lighthouse, one, page, select, El};
use yew::Reducible;

/// The timeline as the server renders it (the browser only marks it).
fn timeline(story: StoryRef) -> String {
    frozen(story, false).html(&timeline::PART).to_owned()
}

/// The places as the server renders them (the browser only marks them).
fn places(story: StoryRef) -> String {
    frozen(story, false).html(&places::PART).to_owned()
}

/// Each item of a frozen list of disclosures as the browser marks it (`web::dom::mark_disclosures`):
/// its button names the item in `attribute` and controls the details inside the same item; all closed.
fn assert_markable(html: &str, item: &str, attribute: &str, ids: &[&str]) {
    for id in ids {
        let li = one(html, &format!("#{item}-{id}"));
        assert!(!li.attr("class").unwrap().contains("is-selected"), "{id}");
        let button = one(&li.html, "button");
        assert_eq!(button.attr(attribute), Some(*id));
        assert_eq!(button.attr("aria-expanded"), Some("false"));
        let details = one(&li.html, &format!("#{}", button.attr("aria-controls").unwrap()));
        assert!(details.has("hidden"), "{id}: closed until chosen");
    }
}

fn hrefs(links: &[El]) -> Vec<String> {
    links.iter().map(|a| a.attr("href").unwrap_or_default().to_owned()).collect()
}

/// Numbers in an SVG attribute ("translate(12.5 30)" -> [12.5, 30.0]).
fn numbers(text: &str) -> Vec<f64> {
    text.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-')).filter(|s| !s.is_empty()).map(|s| s.parse().unwrap()).collect()
}

// ---------- Timeline ----------

#[test]
fn the_timeline_is_an_ordered_list_of_every_event_in_date_order() {
    for story in [bundled(), lighthouse()] {
        let html = page(story, None);
        let section = one(&html, "section.timeline");
        assert_eq!(section.attr("aria-labelledby"), Some("timeline-title"));
        assert_eq!(one(&html, "#timeline-title").tag, "h2");
        let items = select(&section.html, "ol.events li.event");
        let ids: Vec<&str> = items.iter().map(|li| li.attr("id").unwrap()).collect();
        let expected: Vec<String> = story.events.iter().map(|e| format!("event-{}", e.id)).collect();
        assert_eq!(ids, expected);
        let dates: Vec<story::Date> = story.events.iter().map(|e| e.date).collect();
        assert!(dates.windows(2).all(|w| w[0] <= w[1]), "events are in date order");
    }
}

#[test]
fn each_event_has_its_date_title_description_and_a_closed_disclosure() {
    let story = bundled();
    let html = timeline(story);
    for event in story.events {
        let li = one(&html, &format!("#event-{}", event.id));
        let button = one(&li.html, "button.event-button");
        assert_eq!(button.attr("type"), Some("button"));
        assert_eq!(button.attr("id"), Some(format!("event-{}-button", event.id).as_str()));
        assert_eq!(button.attr("aria-expanded"), Some("false"));
        let details_id = format!("event-{}-details", event.id);
        assert_eq!(button.attr("aria-controls"), Some(details_id.as_str()));
        let time = one(&button.html, "time");
        assert_eq!(time.attr("datetime").unwrap(), event.date.iso());
        assert_eq!(time.text, story.locale.date(event.date));
        assert_eq!(one(&button.html, ".event-title").text, event.title);
        assert_eq!(one(&li.html, "p.event-description").text, event.description);
        // Closed, the details are still in the page (for readers without scripts, and print).
        let details = one(&li.html, &format!("#{details_id}"));
        assert!(details.has("hidden"), "{} details hidden until chosen", event.id);
        assert!(!li.attr("class").unwrap().contains("is-selected"));
    }
    assert_eq!(one(&html, "ol.events").tag, "ol");
}

#[test]
fn event_details_link_to_the_actors_the_sections_and_the_place() {
    let story = bundled();
    let html = timeline(story);
    for event in story.events {
        let details = one(&html, &format!("#event-{}-details", event.id));
        let actors = select(&details.html, "a.actor-link");
        let ids: Vec<&str> = actors.iter().map(|a| a.attr("data-actor").unwrap()).collect();
        assert_eq!(ids, event.actors, "{}", event.id);
        assert_eq!(hrefs(&actors), event.actors.iter().map(|a| format!("#actor-{a}")).collect::<Vec<_>>());
        for (a, link) in event.actors.iter().zip(&actors) {
            assert_eq!(link.text, format!("{}: show on the map", story.short_name(a)), "the chip says what it does");
        }
        let sections = select(&details.html, "a.section-link");
        assert_eq!(hrefs(&sections), event.sections.iter().map(|s| format!("#{s}")).collect::<Vec<_>>());
        for (s, link) in event.sections.iter().zip(&sections) {
            assert_eq!(link.text, story.section(s).unwrap().title);
        }
        let place = select(&details.html, "a.place-link");
        match *event.place {
            Some(p) => {
                assert_eq!(hrefs(&place), vec![format!("#place-{p}")]);
                assert_eq!(place[0].text, story.place(p).unwrap().name);
            }
            None => assert!(place.is_empty()),
        }
    }
}

#[test]
fn the_timeline_is_frozen_with_every_event_closed_and_markable() {
    // The browser adopts it and marks the chosen event (the e2e tests check that): the server renders
    // it closed.
    let story = bundled();
    let html = timeline(story);
    let ids: Vec<&str> = story.events.iter().map(|e| e.id).collect();
    assert_markable(&html, "event", "data-event", &ids);
}

// ---------- Places ----------

#[test]
fn places_are_a_list_of_disclosures_with_what_happened_there() {
    for story in [bundled(), lighthouse()] {
        let html = places(story);
        let section = one(&html, "section.places");
        assert_eq!(section.attr("aria-labelledby"), Some("places-title"));
        let items = select(&html, "ul.place-list li.place");
        assert_eq!(items.len(), story.places.len());
        for (place, li) in story.places.iter().zip(&items) {
            assert_eq!(li.attr("id").unwrap(), format!("place-{}", place.id));
            let button = one(&li.html, "button.place-button");
            assert_eq!(button.attr("aria-expanded"), Some("false"));
            assert_eq!(button.attr("aria-controls").unwrap(), format!("place-{}-details", place.id));
            assert_eq!(one(&button.html, ".place-name").text, place.name);
            assert_eq!(one(&button.html, ".place-kind").text, place.kind);
            let details = one(&li.html, ".place-details");
            assert!(details.has("hidden"));
            assert_eq!(one(&details.html, ".place-description").text, place.description);
            let sections = select(&details.html, "a.section-link");
            assert_eq!(hrefs(&sections), place.sections.iter().map(|s| format!("#{s}")).collect::<Vec<_>>());
            let events: Vec<String> = story.events.iter().filter(|e| e.place == Some(place.id)).map(|e| format!("#event-{}", e.id)).collect();
            assert_eq!(hrefs(&select(&details.html, "a.event-link")), events, "{}", place.id);
        }
    }
}

#[test]
fn the_locator_map_has_a_marker_and_two_label_sets_per_place_inside_its_drawing() {
    for story in [bundled(), lighthouse()] {
        let html = places(story);
        let svg = one(&html, "svg.locator-map");
        assert_eq!(svg.attr("aria-hidden"), Some("true"), "the list is the map's accessible equivalent");
        let view: Vec<f64> = numbers(svg.attr("viewbox").expect("a viewBox"));
        assert_eq!(view[..2], [0.0, 0.0]);
        let (w, h) = (view[2], view[3]);
        assert_eq!(w, 640.0);
        assert!(h >= w / 1.81 && h <= w / 1.24, "drawable shape: {w}x{h}");
        let markers = select(&svg.html, "g.locator-marker");
        let ids: Vec<&str> = markers.iter().map(|m| m.attr("data-place").unwrap()).collect();
        assert_eq!(ids, story.places.iter().map(|p| p.id).collect::<Vec<_>>());
        for marker in &markers {
            let at = numbers(marker.attr("transform").unwrap());
            assert!(at[0] > 0.0 && at[0] < w && at[1] > 0.0 && at[1] < h, "marker inside the drawing: {at:?}");
            assert_eq!(select(&marker.html, "circle").len(), 3, "hit area, halo and pin");
        }
        for set in ["wide", "narrow"] {
            let group = one(&svg.html, &format!("g.locator-set-{set}"));
            let labels = select(&group.html, "text.locator-label");
            let names: Vec<&str> = labels.iter().map(|t| t.text.as_str()).collect();
            assert_eq!(names, story.places.iter().map(|p| p.name).collect::<Vec<_>>(), "{set}");
            for label in &labels {
                let (x, y) = (label.attr("x").unwrap().parse::<f64>().unwrap(), label.attr("y").unwrap().parse::<f64>().unwrap());
                assert!(x > 0.0 && x < w && y > 0.0 && y < h, "{set} label {} at {x},{y}", label.text);
            }
            assert!(one(&group.html, "g.locator-labels").attr("font-size").is_some(), "type size comes with the layout");
            let scale = one(&group.html, "g.locator-scale text").text;
            assert!(scale.ends_with(" km") && scale[..scale.len() - 3].parse::<u32>().is_ok(), "{scale}");
        }
    }
}

/// The fixture stories in other parts of the world, each with the scale its map is drawn from.
const WORLD: [(&str, &str); 5] = [
    ("tests/fixtures/world/pacific", "1:10m"),
    ("tests/fixtures/world/finnmark", "1:10m"),
    ("tests/fixtures/world/andes", "1:50m"),
    ("tests/fixtures/world/gibraltar", "1:10m"),
    ("crates/story/tests/fixtures/stories/lighthouse", "1:10m"),
];

/// The land and border paths of a locator map, and the caption.
fn outline(html: &str) -> (String, Option<String>, String) {
    let land = one(html, "path.locator-land").attr("d").unwrap().to_owned();
    let borders = select(html, "path.locator-borders").first().map(|b| b.attr("d").unwrap().to_owned());
    (land, borders, one(html, "figcaption.locator-caption").text)
}

#[test]
fn the_bundled_story_is_drawn_on_natural_earth() {
    let html = places(bundled());
    let (land, borders, caption) = outline(&html);
    let borders = borders.expect("borders");
    assert!(land.starts_with('M') && land.ends_with('z') && land.len() > 1000, "{} bytes of land", land.len());
    assert!(borders.starts_with('M') && borders.len() > 1000);
    assert!(caption.contains("Natural Earth 1:50m") && caption.contains("disputed"), "{caption}");
    let countries: Vec<String> = select(&html, "g.locator-set-wide text.locator-country").into_iter().map(|t| t.text).collect();
    for name in ["Pakistan", "Afghanistan", "Iran", "Turkey"] {
        assert!(countries.iter().any(|c| c == name), "{name} named: {countries:?}");
    }
    assert!(select(&html, "path.locator-grid").is_empty());
}

#[test]
fn stories_anywhere_on_earth_are_drawn_on_real_coastlines_never_on_the_grid() {
    for (dir, scale) in WORLD {
        let html = places(support::story_at(dir));
        assert!(select(&html, "path.locator-grid").is_empty(), "{dir}: fell back to the schematic grid");
        assert!(!one(&html, "svg.locator-map").attr("class").unwrap().contains("is-schematic"), "{dir}");
        let (land, borders, caption) = outline(&html);
        assert!(land.starts_with('M') && land.ends_with('z'), "{dir}: a coastline");
        assert!(caption.contains(&format!("Natural Earth {scale}")), "{dir}: {caption}");
        // Islands have no land borders; the others do.
        let islands = dir.ends_with("pacific") || dir.ends_with("lighthouse");
        assert_eq!(borders.is_some_and(|b| b.starts_with('M')), !islands, "{dir}: borders");
        let named = select(&html, "g.locator-set-wide text.locator-country");
        assert!(!named.is_empty(), "{dir}: a country named");
    }
}

#[test]
fn a_story_in_the_open_sea_gets_the_schematic_grid() {
    let html = places(support::story_at("tests/fixtures/world/open-sea"));
    assert!(select(&html, "path.locator-land").is_empty(), "no land near Point Nemo");
    assert!(one(&html, "svg.locator-map").attr("class").unwrap().contains("is-schematic"));
    assert!(one(&html, "path.locator-grid").attr("d").unwrap().starts_with('M'));
    assert!(one(&html, "figcaption.locator-caption").text.starts_with("Schematic"));
    assert!(select(&html, "text.locator-country").is_empty());
}

/// The locator map's SVG: its bytes, and its bytes compressed (deflate at level 9 plus gzip's 18
/// bytes of header and trailer, within a few bytes of `gzip -9`).
fn svg_bytes(html: &str) -> (usize, usize) {
    let svg = one(html, "svg.locator-map").outer;
    (svg.len(), miniz_oxide::deflate::compress_to_vec(svg.as_bytes(), 9).len() + 18)
}

#[test]
fn the_locator_map_stays_small() {
    // The bundled story's page is close to its budget (e2e/tests/budget.test.mjs): its map was
    // 10,326 bytes (3,170 gzip) when it was drawn from a hand-made basemap, and stays within a few hundred.
    let (raw, gzip) = svg_bytes(&places(bundled()));
    println!("bundled locator SVG: {raw} bytes, {gzip} gzip");
    assert!(raw <= 11_000 && gzip <= 3_400, "bundled locator SVG: {raw} bytes, {gzip} gzip");
    for (dir, _) in WORLD {
        let (raw, gzip) = svg_bytes(&places(support::story_at(dir)));
        println!("{dir} locator SVG: {raw} bytes, {gzip} gzip");
        assert!(gzip <= 4_000, "{dir}: locator SVG {raw} bytes, {gzip} gzip");
    }
}

#[test]
fn the_places_are_frozen_with_every_place_closed_and_markable() {
    let story = bundled();
    let chosen = story.places[1].id;
    let html = places(story);
    let ids: Vec<&str> = story.places.iter().map(|p| p.id).collect();
    assert_markable(&html, "place", "data-place", &ids);
    // The map is a frozen part: the browser marks the chosen place through `data-place` (the e2e
    // tests check that); the server's drawing marks none and names every place on marker and labels.
    assert!(select(&html, ".locator .is-selected").is_empty());
    let marked: Vec<String> = select(&html, "g.locator-marker").iter().map(|m| m.attr("data-place").unwrap().to_owned()).collect();
    assert_eq!(marked, story.places.iter().map(|p| p.id).collect::<Vec<_>>());
    assert_eq!(select(&html, &format!("text.locator-label[data-place={chosen}]")).len(), 2, "one label per set");
}

// ---------- The page ----------

#[test]
fn the_context_views_render_the_same_every_time_without_inline_styles_or_scripts() {
    for story in [bundled(), lighthouse()] {
        let a = page(story, None);
        let b = page(story, None);
        assert_eq!(a, b, "rendering is deterministic");
        for section in ["section.timeline", "section.places"] {
            let html = one(&a, section).html;
            assert_eq!(count(&html, "style="), 0, "{section}: no inline styles");
            assert_eq!(count(&html, "<script"), 0);
            for el in select(&html, "path").into_iter().chain(select(&html, "g")).chain(select(&html, "text")) {
                for name in ["d", "transform", "x", "y"] {
                    let value = el.attr(name).unwrap_or_default();
                    assert!(!value.contains("NaN") && !value.contains("inf"), "{section}: {name}={value:?}");
                }
            }
        }
    }
}

#[test]
fn every_link_target_in_the_context_views_exists_on_the_page() {
    let html = page(bundled(), None);
    for section in ["section.timeline", "section.places"] {
        let inner = one(&html, section).html;
        for href in hrefs(&select(&inner, "a")) {
            let id = href.strip_prefix('#').unwrap_or_else(|| panic!("in-page link {href}"));
            if let Some(actor) = id.strip_prefix("actor-") {
                assert!(bundled().actor(actor).is_some(), "{href}");
            } else {
                assert_eq!(select(&html, &format!("#{id}")).len(), 1, "{href} points at one element");
            }
        }
    }
}

#[test]
fn no_script_readers_see_every_detail() {
    // The details are hidden with the `hidden` attribute; the stylesheet shows them when the app is
    // not running, like the sections.
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/styles/context.css")).unwrap();
    assert!(css.contains("html:not([data-js=\"on\"]) .event-details[hidden]"));
    assert!(css.contains("html:not([data-js=\"on\"]) .place-details[hidden]"));
    let index = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html")).unwrap();
    assert!(index.contains("href=\"styles/context.css\""), "index.html links the stylesheet");
}

// ---------- Reducer ----------

fn state() -> Rc<State> {
    Rc::new(State::new(&explainer::bundled::STORY, None))
}

#[test]
fn selecting_an_event_or_a_place_keeps_one_of_each() {
    let story = bundled();
    let (e1, e2) = (story.events[0].id, story.events[1].id);
    let (p1, p2) = (story.places[0].id, story.places[1].id);
    let s = state();
    assert_eq!((s.selected_event, s.selected_place), (None, None), "nothing is selected before hydration");
    let s = s.reduce(Action::SelectEvent(Some(e1))).reduce(Action::SelectPlace(Some(p1)));
    assert_eq!((s.selected_event, s.selected_place), (Some(e1), Some(p1)));
    let s = s.reduce(Action::SelectEvent(Some(e2))).reduce(Action::SelectPlace(Some(p2)));
    assert_eq!((s.selected_event, s.selected_place), (Some(e2), Some(p2)));
    assert_eq!(s.focus, None, "a click does not move focus");
    let s = s.reduce(Action::SelectEvent(None)).reduce(Action::SelectPlace(None));
    assert_eq!((s.selected_event, s.selected_place), (None, None));
}

#[test]
fn unknown_events_and_places_are_not_selected() {
    let s = state().reduce(Action::SelectEvent(Some("no-such-event"))).reduce(Action::SelectPlace(Some("atlantis")));
    assert_eq!((s.selected_event, s.selected_place), (None, None));
}

#[test]
fn following_an_event_or_place_link_selects_and_focuses_it() {
    let story = bundled();
    let event = story.events[3].id;
    let place = story.places[4].id;
    let s = state().reduce(Action::Follow(Target::Event(event)));
    assert_eq!(s.selected_event, Some(event));
    assert!(matches!(s.focus, Some((FocusTarget::Event(id), _)) if id == event));
    let s = s.reduce(Action::Follow(Target::Place(place)));
    assert_eq!(s.selected_place, Some(place));
    assert_eq!(s.selected_event, Some(event), "the event stays selected");
    assert!(matches!(s.focus, Some((FocusTarget::Place(id), _)) if id == place));
    // Following the same link again asks for focus again.
    let before = s.focus;
    let s = s.reduce(Action::Follow(Target::Place(place)));
    assert_ne!(s.focus, before);
}

#[test]
fn the_page_renders_selections_from_state() {
    // App renders from its reducer; with nothing selected (server render), every detail is closed.
    let html = page(bundled(), None);
    assert!(select(&html, "li.event.is-selected").is_empty());
    assert!(select(&html, "li.place.is-selected").is_empty());
    assert!(select(&html, "g.locator-marker.is-selected").is_empty());
    assert_eq!(select(&html, ".event-details").len(), bundled().events.len());
    assert!(select(&html, ".event-details").iter().all(|d| d.has("hidden")));
}
