//! Rendered-HTML tests of the actor map: the drawing's structure and names, the one tab stop, the
//! legend that filters, the detail panel, and the text view that says the same in words.

mod support;

use std::collections::BTreeSet;
use std::rc::Rc;

use explainer::ui::actor_map::geometry::Frame;
use explainer::ui::actor_map::graph::{self, relation_kinds};
use explainer::ui::actor_map::marks::node_name;
use explainer::ui::actor_map::keyboard;
use explainer::ui::actor_map::legend::{self, actor_kinds};
use explainer::ui::actor_map::marks::{EdgeMarks, NodeMarks};
use explainer::ui::actor_map::{ActorMap, ActorMapProps};
use explainer::ui::state::{Action, MapView, Selection, State};
use explainer::ui::{copies, StoryRef};
use story::{ActorKind, RelationKind};
use support::{bundled, fill_copies, frozen, lighthouse, one, page, render, select, El};
use yew::{Callback, Reducible};

/// The page's first state, then these actions.
fn state_after(story: StoryRef, actions: &[Action]) -> State {
    let mut state = Rc::new(State::new(story.0, None));
    for action in actions {
        state = state.reduce(action.clone());
    }
    (*state).clone()
}

/// Marks by actor or relation id.
type Marked<M> = Vec<(&'static str, M)>;

/// What the browser marks on the drawing for a state (the drawing itself is frozen): the node marks by
/// actor and the edge marks by relation, with the map's tab stop as the component finds it.
fn marks(story: StoryRef, state: &State) -> (Marked<NodeMarks>, Marked<EdgeMarks>) {
    let positions = graph::positions(story.0, state, Frame::Wide);
    let selected = state.selected_actor().and_then(|id| story.actors.iter().position(|a| a.id == id));
    let tab_stop = keyboard::tab_stop(&positions, selected, None).map(|i| story.actors[i].id);
    let nodes = story.actors.iter().map(|a| (a.id, NodeMarks::of(state, a, tab_stop))).collect();
    let edges = story.relations.iter().map(|r| (r.id, EdgeMarks::of(state, r))).collect();
    (nodes, edges)
}

/// The map alone, for a state reached by these actions, as the server renders it: what the panel
/// copies from the page is not filled in.
fn map_unfilled(story: StoryRef, actions: &[Action]) -> String {
    let state = state_after(story, actions);
    render::<ActorMap>(ActorMapProps { story, state, on_action: Callback::noop(), frozen: frozen(story, false) })
}

/// The map alone, for a state reached by these actions, with the text its panel copies from the
/// page filled in, as the browser shows it.
fn map(story: StoryRef, actions: &[Action]) -> String {
    fill_copies(&map_unfilled(story, actions), &page(story, None))
}

fn ids_of(html: &str, selector: &str, attr: &str) -> Vec<String> {
    select(html, selector).iter().map(|e| e.attr(attr).unwrap_or_default().to_owned()).collect()
}

#[test]
fn the_page_draws_one_node_per_actor_with_a_name_screen_readers_hear() {
    let story = bundled();
    let html = page(story, None);
    let svg = one(&html, "div.map-frames svg.frame-wide");
    assert_eq!(svg.attr("role"), Some("group"));
    assert_eq!(svg.attr("viewbox"), Some("0 0 800 560"));
    assert_eq!(svg.attr("aria-labelledby"), Some("actor-map-wide-title"));
    assert_eq!(one(&svg.html, "#actor-map-wide-title").text, "Map of who does what to whom");
    // The narrow frame is beside it in the page (the styles show one), drawn for the same actors and
    // relations, with ids of its own.
    let narrow = one(&html, "div.map-frames svg.frame-narrow");
    assert_eq!(narrow.attr("viewbox"), Some("0 0 360 600"));
    assert_eq!(narrow.attr("data-frame"), Some("narrow"));
    assert_eq!(narrow.attr("aria-labelledby"), Some("actor-map-narrow-title"));
    assert_eq!(ids_of(&narrow.html, "g.map-node", "data-actor"), ids_of(&svg.html, "g.map-node", "data-actor"));
    assert_eq!(ids_of(&narrow.html, "g.map-node", "id"), story.actors.iter().map(|a| format!("map-narrow-node-{}", a.id)).collect::<Vec<_>>());
    assert_eq!(ids_of(&narrow.html, "g.map-edge", "data-relation").len(), story.relations.len());
    for marker in select(&narrow.html, "marker") {
        assert!(marker.attr("id").unwrap().starts_with("map-narrow-"), "{:?}", marker.attr("id"));
    }
    assert!(select(&html, "template").is_empty(), "no frame waits for a script");
    let nodes = select(&html, "svg.frame-wide g.map-node");
    assert_eq!(nodes.len(), story.actors.len());
    for (actor, node) in story.actors.iter().zip(&nodes) {
        assert_eq!(node.attr("id"), Some(format!("map-node-{}", actor.id).as_str()));
        assert_eq!(node.attr("role"), Some("button"));
        assert_eq!(node.attr("aria-pressed"), Some("false"));
        assert!(node.attr("class").unwrap().contains(&format!("kind-{}", actor.kind.key())));
        let relations = story.relations_of(actor.id).count();
        assert_eq!(node.attr("aria-label"), Some(node_name(&story.locale, actor, relations).as_str()));
        // The visible label is the short name, on one or two lines.
        let label: Vec<String> = select(&node.html, "tspan").into_iter().map(|t| t.text).collect();
        assert_eq!(label.join(" "), actor.short);
        assert_eq!(select(&node.html, "path.map-node-shape").len(), 1);
        assert_eq!(select(&node.html, "circle.map-node-ring").len(), 1, "a focus ring to show");
    }
    let ttp = story.actor("ttp").unwrap();
    assert_eq!(
        node_name(&story.locale, ttp, story.relations_of("ttp").count()),
        format!("TTP, Tehrik-i-Taliban Pakistan, armed group, {} relations", story.relations_of("ttp").count())
    );
    let pakistan = one(&svg.html, "#map-node-pakistan");
    assert!(pakistan.attr("aria-label").unwrap().starts_with("Pakistan, state, "), "no repeated name when short = name");
}

#[test]
fn the_map_is_one_tab_stop_at_the_first_node_in_reading_order() {
    let story = bundled();
    let html = page(story, None);
    for frame in ["wide", "narrow"] {
        let svg = one(&html, &format!("svg.frame-{frame}"));
        let stops = select(&svg.html, "g.map-node[tabindex=\"0\"]");
        assert_eq!(stops.len(), 1, "exactly one node in the tab order");
        let topmost = story.actors.iter().min_by(|a, b| a.position.y.total_cmp(&b.position.y)).unwrap();
        assert_eq!(stops[0].attr("data-actor"), Some(topmost.id));
        assert_eq!(select(&svg.html, "g.map-node[tabindex=\"-1\"]").len(), story.actors.len() - 1);
    }
    // A selected actor holds the tab stop.
    let (nodes, _) = marks(story, &state_after(story, &[Action::Select(Selection::Actor("ttp"))]));
    let stops: Vec<&str> = nodes.iter().filter(|(_, m)| m.tabindex() == "0").map(|(id, _)| *id).collect();
    assert_eq!(stops, vec!["ttp"]);
}

#[test]
fn one_edge_per_relation_each_with_an_arrowhead_and_its_own_line() {
    let story = bundled();
    let html = page(story, None);
    let svg = one(&html, "svg.frame-wide").html;
    let edges = select(&svg, "g.map-edge");
    assert_eq!(edges.len(), story.relations.len());
    let drawn: BTreeSet<&str> = edges.iter().map(|e| e.attr("data-relation").unwrap()).collect();
    let expected: BTreeSet<&str> = story.relations.iter().map(|r| r.id).collect();
    assert_eq!(drawn, expected);
    let markers: BTreeSet<String> = ids_of(&svg, "marker", "id").into_iter().collect();
    for edge in &edges {
        let relation = story.relation(edge.attr("data-relation").unwrap()).unwrap();
        assert_eq!(edge.attr("data-from"), Some(relation.from));
        assert_eq!(edge.attr("data-to"), Some(relation.to));
        assert!(edge.attr("class").unwrap().contains(&format!("rel-{}", relation.kind.key())));
        assert_eq!(one(&edge.html, "title").text, story.sentence(relation), "a tooltip that reads the relation");
        let line = one(&edge.html, "path.map-edge-line");
        let arrow = format!("map-wide-arrow-{}", relation.kind.key());
        assert_eq!(line.attr("marker-end"), Some(format!("url(#{arrow})").as_str()));
        assert!(markers.contains(&arrow), "marker {arrow} is defined");
        if let Some(mid) = line.attr("marker-mid") {
            let id = mid.trim_start_matches("url(#").trim_end_matches(')');
            assert!(markers.contains(id), "marker {id} is defined");
        }
        assert!(!one(&edge.html, "path.map-edge-hit").attr("d").unwrap().is_empty(), "a wide invisible target");
    }
    // Lines differ by more than colour: dash pattern, width or mark.
    let looks: BTreeSet<(String, String, String)> = edges
        .iter()
        .map(|e| {
            let line = one(&e.html, "path.map-edge-line");
            let attr = |a: &str| line.attr(a).unwrap_or_default().to_owned();
            (attr("stroke-dasharray"), attr("stroke-width"), attr("marker-mid"))
        })
        .collect();
    assert_eq!(looks.len(), relation_kinds(story.0).len());
    // Edges are hidden from screen readers, which get the same in the panel and the text view.
    assert_eq!(one(&svg, "g.map-edges").attr("aria-hidden"), Some("true"));
}

#[test]
fn relations_joining_the_same_two_actors_curve_apart() {
    let story = bundled();
    let html = page(story, None);
    let between = |a: &str, b: &str| -> Vec<String> {
        select(&html, "svg.frame-wide g.map-edge")
            .into_iter()
            .filter(|e| {
                let (f, t) = (e.attr("data-from").unwrap(), e.attr("data-to").unwrap());
                (f == a && t == b) || (f == b && t == a)
            })
            .map(|e| one(&e.html, "path.map-edge-line").attr("d").unwrap().to_owned())
            .collect()
    };
    let fan = between("foreign-office", "afghan-taliban");
    assert_eq!(fan.len(), 8);
    assert_eq!(fan.iter().collect::<BTreeSet<_>>().len(), 8, "no two drawn on top of each other");
    assert_eq!(between("pakistan", "afghan-taliban").iter().collect::<BTreeSet<_>>().len(), 2);
}

#[test]
fn the_legend_filters_by_relation_kind_and_actor_kind() {
    let story = bundled();
    let html = page(story, None);
    let relation_buttons = select(&html, "button.filter-button[data-filter=\"relation\"]");
    let kinds = relation_kinds(story.0);
    assert_eq!(relation_buttons.len(), kinds.len());
    for (kind, button) in kinds.iter().zip(&relation_buttons) {
        assert_eq!(button.attr("data-kind"), Some(kind.key()));
        assert_eq!(button.attr("type"), Some("button"));
        assert_eq!(button.attr("aria-pressed"), Some("true"), "shown until pressed");
        assert_eq!(one(&button.html, ".filter-label").text, story.locale.relation_label(*kind));
        assert_eq!(select(&button.html, "svg.line-sample").len(), 1, "each shows its line");
        let count: usize = one(&button.html, ".filter-count").text.parse().unwrap();
        assert_eq!(count, story.relations.iter().filter(|r| r.kind == *kind).count());
    }
    let actor_buttons = select(&html, "button.filter-button[data-filter=\"actor\"]");
    assert_eq!(ids_of(&html, "button.filter-button[data-filter=\"actor\"]", "data-kind"),
        actor_kinds(story.0).iter().map(|k| k.key()).collect::<Vec<_>>());
    for button in &actor_buttons {
        assert_eq!(select(&button.html, "svg.shape-sample").len(), 1, "each shows its shape");
    }
    assert!(one(&html, "button.filter-reset").has("hidden"), "nothing to reset yet");
    // The browser hears each button through its data attributes.
    for kind in &kinds {
        assert_eq!(legend::action("relation", kind.key()), Some(Action::ToggleRelationKind(*kind)));
    }
    for kind in actor_kinds(story.0) {
        assert_eq!(legend::action("actor", kind.key()), Some(Action::ToggleActorKind(kind)));
    }
    assert_eq!(legend::action("reset", ""), Some(Action::ResetFilters));
    assert_eq!(legend::action("relation", "no-such-kind"), None);

    // Hiding accusations hides their lines and unpresses their button.
    let hide_accusations = [Action::ToggleRelationKind(RelationKind::Accuses)];
    let accusations = story.relations.iter().filter(|r| r.kind == RelationKind::Accuses).count();
    assert!(accusations > 0);
    let (nodes, edges) = marks(story, &state_after(story, &hide_accusations));
    for (id, edge) in &edges {
        let relation = story.relation(id).unwrap();
        assert_eq!(edge.hidden, relation.kind == RelationKind::Accuses, "{id}");
        assert_eq!(edge.classes().contains(&("is-hidden", true)), edge.hidden);
    }
    assert!(nodes.iter().all(|(_, n)| !n.hidden));
    // A node's name counts the lines still shown.
    let (_, ttp) = nodes.iter().find(|(id, _)| *id == "ttp").unwrap();
    let shown = story.relations_of("ttp").filter(|r| r.kind != RelationKind::Accuses).count();
    assert_eq!(ttp.name, node_name(&story.locale, story.actor("ttp").unwrap(), shown));
    assert_eq!(one(&html, "button.filter-reset").text, "Show everything");
    // Hiding populations hides their nodes and every line to them.
    let hide_populations = [Action::ToggleActorKind(ActorKind::Population)];
    let populations: Vec<&str> = story.actors.iter().filter(|a| a.kind == ActorKind::Population).map(|a| a.id).collect();
    assert!(!populations.is_empty());
    let (nodes, edges) = marks(story, &state_after(story, &hide_populations));
    for (id, node) in &nodes {
        assert_eq!(node.hidden, populations.contains(id), "{id}");
        // The tab stop never sits on a hidden node.
        assert!(!(node.hidden && node.tab_stop), "{id}");
    }
    assert_eq!(nodes.iter().filter(|(_, n)| n.tab_stop).count(), 1);
    for (id, edge) in &edges {
        let relation = story.relation(id).unwrap();
        assert_eq!(edge.hidden, populations.contains(&relation.from) || populations.contains(&relation.to), "{id}");
    }
}

#[test]
fn selecting_an_actor_lights_it_and_its_neighbours_and_fills_the_panel() {
    let story = bundled();
    let select_ttp = [Action::Select(Selection::Actor("ttp"))];
    let html = map(story, &select_ttp);
    let (nodes, edges) = marks(story, &state_after(story, &select_ttp));
    let neighbours = story.neighbours("ttp");
    for (id, node) in &nodes {
        assert_eq!(node.selected, *id == "ttp", "{id}");
        assert_eq!(node.pressed(), if *id == "ttp" { "true" } else { "false" });
        if *id == "ttp" {
            assert!(!node.faded && !node.neighbour);
            continue;
        }
        assert_eq!(node.neighbour, neighbours.contains(id), "{id}");
        assert_eq!(node.faded, !neighbours.contains(id), "{id}");
    }
    for (id, edge) in &edges {
        let relation = story.relation(id).unwrap();
        let touches = relation.from == "ttp" || relation.to == "ttp";
        assert_eq!(edge.faded, !touches, "{id}");
        assert!(!edge.selected && !edge.hidden);
    }

    let actor = story.actor("ttp").unwrap();
    let panel = one(&html, "#map-detail");
    assert_eq!(one(&panel.html, "h3.map-detail-title").text, actor.name);
    assert_eq!(one(&panel.html, ".map-detail-kind").text, story.locale.actor_kind(actor.kind));
    assert_eq!(one(&panel.html, ".map-detail-about .actor-description").text, actor.description);
    let background = one(&panel.html, "p.background");
    assert_eq!(background.text, format!("Background: {}", actor.background.unwrap()));
    assert_eq!(one(&panel.html, ".background-label").text, "Background: ");
    let items = select(&panel.html, "li.map-detail-relation");
    let relations: Vec<_> = story.relations_of("ttp").collect();
    assert_eq!(items.len(), relations.len());
    for (relation, item) in relations.iter().zip(&items) {
        let button = one(&item.html, "button.relation-button");
        assert_eq!(button.text, story.sentence(relation));
        assert_eq!(button.attr("data-relation"), Some(relation.id));
        let links: Vec<String> = ids_of(&item.html, "a.section-link", "href");
        assert_eq!(links, relation.sections.iter().map(|s| format!("#{s}")).collect::<Vec<_>>());
    }
    let quotes = select(&panel.html, "figure.map-quote");
    let expected = story.quotes_involving("ttp");
    assert_eq!(quotes.len(), expected.len());
    for ((section, quote), figure) in expected.iter().zip(&quotes) {
        assert_eq!(one(&figure.html, "blockquote").text, quote.text);
        assert_eq!(one(&figure.html, "a.section-link").attr("href"), Some(format!("#{}", section.id).as_str()));
    }
    // Two quotes up front, the rest behind a closed disclosure that says how many.
    assert!(expected.len() > 3, "the test needs an actor quoted more than three times");
    let more = one(&panel.html, "details.map-more-quotes");
    assert!(!more.has("open"));
    assert_eq!(one(&more.html, "summary").text, format!("{} more quotes", expected.len() - 2));
    assert_eq!(select(&more.html, "figure.map-quote").len(), expected.len() - 2);
    assert_eq!(select(&panel.html, "button.map-detail-close").len(), 1);
    assert!(one(&html, "p[role=\"status\"]").text.starts_with("Tehrik-i-Taliban Pakistan selected"));
}

#[test]
fn selecting_a_relation_explains_it() {
    let story = bundled();
    let relation = story.relation("afghan-taliban-shelters-ttp").unwrap();
    let select_it = [Action::Select(Selection::Relation(relation.id))];
    let html = map(story, &select_it);
    let (nodes, edges) = marks(story, &state_after(story, &select_it));
    let selected: Vec<&str> = edges.iter().filter(|(_, e)| e.selected).map(|(id, _)| *id).collect();
    assert_eq!(selected, vec![relation.id]);
    assert_eq!(edges.iter().filter(|(_, e)| e.faded).count(), story.relations.len() - 1);
    let lit: Vec<&str> = nodes.iter().filter(|(_, n)| n.neighbour).map(|(id, _)| *id).collect();
    assert_eq!(lit, vec!["afghan-taliban", "ttp"]);
    let panel = one(&html, "#map-detail");
    assert_eq!(one(&panel.html, "h3.map-detail-title").text, story.locale.relation_label(relation.kind));
    assert_eq!(one(&panel.html, ".map-detail-sentence").text, story.sentence(relation));
    assert!(one(&panel.html, ".map-detail-kind").text.contains("a claim, not an established fact"));
    assert_eq!(ids_of(&panel.html, "button.map-detail-actor", "data-actor"), vec![relation.from, relation.to]);
    let links = ids_of(&panel.html, ".map-detail-sections a.section-link", "href");
    assert_eq!(links, relation.sections.iter().map(|s| format!("#{s}")).collect::<Vec<_>>());
    let (_, quote) = story.quote(relation.quote.unwrap()).unwrap();
    assert_eq!(one(&panel.html, "figure.map-quote blockquote").text, quote.text);
    assert!(select(&panel.html, "details").is_empty(), "one quote shows without a disclosure");
    let speaker = story.actor(quote.speaker).unwrap().name;
    assert!(one(&panel.html, "figure.map-quote figcaption").text.starts_with(speaker), "the quote names its speaker");
    assert_eq!(one(&html, "p[role=\"status\"]").text, format!("Relation selected: {}", story.sentence(relation)));
}

/// The panel's longer text is copied in the browser from the page (the text view, the sections): for
/// every actor and relation of both stories, each place the panel copies from is one element of the
/// page, with text.
#[test]
fn every_text_the_panel_copies_is_in_the_page_once() {
    for story in [bundled(), lighthouse()] {
        let page = page(story, None);
        let selections = story.actors.iter().map(|a| Selection::Actor(a.id)).chain(story.relations.iter().map(|r| Selection::Relation(r.id)));
        for selection in selections {
            let html = map_unfilled(story, &[Action::Select(selection)]);
            let sources: Vec<El> = [copies::COPY, copies::CLONE]
                .iter()
                .flat_map(|hook| select(&html, &hook.all()).into_iter().map(move |el| el.attr(hook.name()).unwrap().to_owned()))
                .map(|key| one(&page, &copies::SOURCE.is(&support::decode(&key))))
                .collect();
            assert!(sources.len() >= 3, "{selection:?}: the panel copies its text");
            for source in sources {
                assert!(!source.text.trim().is_empty() || source.tag == "svg", "{selection:?}: {source:?} is empty");
            }
        }
    }
}

#[test]
fn with_nothing_selected_the_panel_invites_a_choice() {
    let html = page(bundled(), None);
    let panel = one(&html, "#map-detail");
    assert!(one(&panel.html, "p.map-hint").text.starts_with("Select an actor"));
    assert!(select(&html, "g.map-node.is-faded").is_empty());
    assert!(select(&html, "g.map-edge.is-faded").is_empty());
    assert_eq!(one(&html, "p[role=\"status\"]").text, "");
}

#[test]
fn the_text_view_says_the_same_and_is_one_click_away() {
    let story = bundled();
    let html = page(story, None);
    let buttons = select(&html, ".map-view-switch button");
    assert_eq!(buttons.iter().map(|b| b.text.as_str()).collect::<Vec<_>>(), vec!["Map", "Text"]);
    assert_eq!(buttons.iter().map(|b| b.attr("aria-pressed").unwrap()).collect::<Vec<_>>(), vec!["true", "false"]);
    let text = one(&html, "div.map-text-view");
    assert!(text.has("hidden"), "in the graph view the text waits behind its button");
    assert!(!one(&html, "div.map-graph").has("hidden"));
    let entries = ids_of(&text.html, "li.actor-entry", "id");
    assert_eq!(entries, story.actors.iter().map(|a| format!("actor-{}", a.id)).collect::<Vec<_>>());
    let sentences: Vec<String> = select(&text.html, "td.relation-sentence").into_iter().map(|t| t.text).collect();
    assert_eq!(sentences, story.relations.iter().map(|r| story.sentence(r)).collect::<Vec<_>>());

    let html = map(story, &[Action::SetMapView(MapView::Text)]);
    assert!(!one(&html, "div.map-text-view").has("hidden"));
    assert!(one(&html, "div.map-graph").has("hidden"));
    // The switch is a frozen part: the browser marks which button is pressed (the e2e keyboard and
    // map tests check it), and the toolbar's part hears them by their hook.
    assert_eq!(ids_of(&html, ".map-view-switch button", "data-view"), [MapView::Graph, MapView::Text].map(|v| v.key()));
    assert_eq!([MapView::Graph, MapView::Text].map(|v| MapView::from_key(v.key())), [Some(MapView::Graph), Some(MapView::Text)]);
}

#[test]
fn the_lighthouse_story_draws_its_own_map() {
    let story = lighthouse();
    let html = page(story, None);
    let nodes = ids_of(&html, "svg.frame-wide g.map-node", "data-actor");
    assert_eq!(nodes, story.actors.iter().map(|a| a.id).collect::<Vec<_>>());
    let edges: BTreeSet<String> = ids_of(&html, "svg.frame-wide g.map-edge", "data-relation").into_iter().collect();
    assert_eq!(edges, story.relations.iter().map(|r| r.id.to_owned()).collect());
    for actor in bundled().actors {
        assert!(select(&html, &format!("#map-node-{}", actor.id)).is_empty(), "{} leaked in", actor.id);
    }
    assert_eq!(select(&html, "button.filter-button[data-filter=\"relation\"]").len(), relation_kinds(story.0).len());
    assert_eq!(select(&html, "svg.frame-wide g.map-node[tabindex=\"0\"]").len(), 1);
    assert_eq!(select(&html, "svg.frame-wide marker").len(), relation_kinds(story.0).len() + relation_kinds(story.0).iter().filter(|k| explainer::ui::actor_map::style::line(**k).mark.is_some()).count());
}

#[test]
fn the_map_renders_the_same_every_time_with_no_inline_style_or_script() {
    let first = page(bundled(), None);
    assert_eq!(first, page(bundled(), None));
    let map = one(&first, "#actor-map").html;
    assert!(map.contains("<svg"));
    assert!(!map.contains(" style="), "no inline styles");
    assert!(!map.contains("<script"));
}

#[test]
fn no_id_repeats_in_a_page_that_holds_both_frames() {
    for story in [bundled(), lighthouse()] {
        let html = page(story, None);
        let mut seen = BTreeSet::new();
        for id in ids_of(&html, "[id]", "id") {
            assert!(seen.insert(id.clone()), "the id {id} repeats");
        }
        assert!(seen.contains("map-node-pakistan") || story.actor("pakistan").is_none());
    }
}

