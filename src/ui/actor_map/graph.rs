//! The drawing: actors as shaped nodes at their content positions, relations as directed lines, all in
//! one SVG. Nodes are the map's keyboard widget (one tab stop, roving `tabindex`); lines are for the
//! pointer, and everything they say is also in the detail panel and the text view.
//!
//! Placing labels and curving lines happens on the server only: the drawing is a frozen part, drawn
//! once per frame, both in the page; the styles show the frame that fits (a container query on the
//! map's width) and the browser only marks them, with the same marks (`marks.rs`).

use story::{Actor, Relation, RelationKind, Story};
use yew::prelude::*;

use super::marks::{EdgeMarks, NodeMarks};
use crate::ui::part::{Input, Page, Part, Slot};
use crate::ui::state::{Action, Selection};

#[cfg(feature = "ssr")]
use super::geometry::num;
use super::geometry::{self, Curve, Frame, Label, Point};
#[cfg(feature = "ssr")]
use crate::ui::ids;
use crate::ui::state::State;

/// An actor, placed.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// Its index in the story's actors.
    pub index: usize,
    pub actor: &'static Actor,
    pub centre: Point,
    pub label: Label,
}

/// A relation, drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    pub relation: &'static Relation,
    pub curve: Curve,
}

/// Everything the drawing shows in a frame: every actor and every relation, placed. Filters do not
/// redraw it: the browser hides what they hide, and the rest stays where it is ([`super::marks`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Scene {
    pub frame: Frame,
    /// Every actor, in content order.
    pub nodes: Vec<Node>,
    /// Every relation, grouped by kind (so curves of one kind lie side by side), then in content order.
    pub edges: Vec<Edge>,
}

impl Scene {
    /// Labels are placed around every actor and clear of every line.
    pub fn new(story: &Story, frame: Frame) -> Scene {
        let points: Vec<Point> = story.actors.iter().map(|a| frame.place(a.position)).collect();
        let index = |id: &str| story.actors.iter().position(|a| a.id == id).unwrap_or(0);
        let mut relations: Vec<&'static Relation> = story.relations.iter().collect();
        relations.sort_by_key(|r| r.kind);
        let links: Vec<(usize, usize)> = relations.iter().map(|r| (index(r.from), index(r.to))).collect();
        let curves = geometry::curves(frame, &points, &links);
        let edges: Vec<Edge> = relations.into_iter().zip(curves).map(|(relation, curve)| Edge { relation, curve }).collect();
        let every_line: Vec<Curve> = edges.iter().map(|e| e.curve.clone()).collect();
        let labelled: Vec<(Point, &'static str)> = points.iter().zip(story.actors).map(|(p, a)| (*p, a.short)).collect();
        let labels = geometry::place_labels(frame, &labelled, &every_line);
        let nodes = story
            .actors
            .iter()
            .enumerate()
            .map(|(index, actor)| Node { index, actor, centre: points[index], label: labels[index].clone() })
            .collect();
        Scene { frame, nodes, edges }
    }
}

/// The nodes a state shows, as (actor index, centre) where the frame places them: what the keyboard
/// moves between and the tab stop is chosen from.
pub fn positions(story: &Story, state: &State, frame: Frame) -> Vec<(usize, Point)> {
    story.actors.iter().enumerate().filter(|(_, a)| state.actor_visible(a.id)).map(|(i, a)| (i, frame.place(a.position))).collect()
}

/// The relation kinds a story uses, in the legend's order.
pub fn relation_kinds(story: &Story) -> Vec<RelationKind> {
    RelationKind::ALL.into_iter().filter(|k| story.relations.iter().any(|r| r.kind == *k)).collect()
}

pub const PART: Part = Part {
    name: "actor-graph",
    slot: Slot::Map,
    in_embed: true,
    #[cfg(feature = "ssr")]
    view: |page, state| frozen_view(page.story.0, state),
    mark,
    on,
    start: Part::idle,
};

crate::ui::part::hook! {$
    /// An actor's node, by the actor's id (also on the panel's buttons and the actor links elsewhere).
    pub ACTOR, with_actor: data-actor
}
crate::ui::part::hook! {$
    /// A relation's line, by the relation's id (also on the panel's buttons).
    pub RELATION, with_relation: data-relation
}
crate::ui::part::hook! {$
    /// A frame's drawing, by the frame's key.
    pub FRAME, with_frame: data-frame
}

/// The node that holds the drawing's one tab stop in the state's frame: the selected actor, else
/// the one the keyboard last reached, else the first shown.
pub fn tab_stop(state: &State) -> Option<&'static str> {
    let story = state.story;
    let index_of = |id: &str| story.actors.iter().position(|a| a.id == id);
    let positions = positions(story, state, state.map.frame);
    super::keyboard::tab_stop(&positions, state.selected_actor().and_then(index_of), state.map.reached.and_then(index_of))
        .map(|i| story.actors[i].id)
}

/// Puts the marks of the state on the (adopted) drawing's nodes and lines, in both frames.
fn mark(state: &State) {
    use crate::web::dom::restyle_within;

    let story = state.story;
    let tab_stop = tab_stop(state);
    restyle_within(FRAME, ACTOR, |id| Some(NodeMarks::of(state, story.actor(id)?, tab_stop).look()));
    restyle_within(FRAME, RELATION, |id| Some(EdgeMarks::of(state, story.relation(id)?).look()));
}

/// A click on a node or a line selects it, or clears it if it was selected (the nodes are toggle
/// buttons).
fn on(page: &Page, state: &State, input: &Input) -> Option<Action> {
    let Input::Click(e) = input else { return None };
    let story = page.story;
    let within = |e: &MouseEvent| FRAME.read(e).is_some();
    if !within(e) {
        return None;
    }
    let selection = if let Some(actor) = ACTOR.read(e).and_then(|id| story.actor(&id)) {
        Selection::Actor(actor.id)
    } else {
        Selection::Relation(RELATION.read(e).and_then(|id| story.relation(&id))?.id)
    };
    Some(if state.map.selected == Some(selection) { Action::ClearSelection } else { Action::Select(selection) })
}

/// The drawing, as the server writes it (a frozen part): both frames, wide and narrow, of which the
/// styles show the one that fits the map's width (`styles/map.css`), with no script and nothing
/// swapped, each in its look for the state. Their ids differ by frame ([`ids::actor_node`]), so
/// none repeats.
#[cfg(feature = "ssr")]
pub fn frozen_view(story: &'static Story, state: &State) -> Html {
    let frame = |frame: Frame| {
        let mut state = state.clone();
        state.map.frame = frame;
        view(story, &state, &Scene::new(story, frame), tab_stop(&state))
    };
    html! {
        <div class="map-frames" id={ids::MAP_DRAWING}>
            { frame(Frame::Wide) }
            { frame(Frame::Narrow) }
        </div>
    }
}

/// The SVG for a scene. `tab_stop` is the one node reachable with Tab.
#[cfg(feature = "ssr")]
fn view(story: &Story, state: &State, scene: &Scene, tab_stop: Option<&'static str>) -> Html {
    let frame = scene.frame;
    let title = ids::map_title(frame);
    html! {
        FRAME.on(frame.key(), html! {
        <svg class={classes!("map-svg", format!("frame-{}", frame.key()))}
            viewBox={frame.view_box()} role="group" aria-labelledby={title.clone()}
            aria-describedby={ids::MAP_KEYS}>
            <title id={title}>{ story.locale.map_title }</title>
            <defs>{ for relation_kinds(story).into_iter().map(|kind| markers(kind, frame)) }</defs>
            <g class="map-edges" aria-hidden="true">
                { for scene.edges.iter().map(|edge| edge_view(story, state, edge, frame)) }
            </g>
            <g class="map-nodes">
                { for scene.nodes.iter().map(|node| node_view(state, node, frame, tab_stop)) }
            </g>
        </svg>
        })
    }
}

/// The arrowhead and, if the kind has one, the middle mark, as markers coloured by the kind's class
/// (one set per frame, each frame's own ids).
#[cfg(feature = "ssr")]
fn markers(kind: RelationKind, frame: Frame) -> Html {
    use super::style::{self, arrow_id, mark_id, rel_class};

    let class = classes!("map-marker", rel_class(kind));
    html! {
        <>
            <marker id={arrow_id(kind, frame)} class={class.clone()} viewBox="0 0 10 10" refX="9" refY="5"
                markerWidth="11" markerHeight="11" markerUnits="userSpaceOnUse" orient="auto">
                <path class="map-arrow-shape" d={style::ARROW_PATH} />
            </marker>
            if let Some(mark) = style::line(kind).mark {
                <marker id={mark_id(kind, frame)} {class} viewBox="-7 -7 14 14" refX="0" refY="0"
                    markerWidth="14" markerHeight="14" markerUnits="userSpaceOnUse" orient="auto">
                    <path class={classes!("map-mark-shape", format!("mark-{}", mark.key()))} d={mark.path()} />
                </marker>
            }
        </>
    }
}

#[cfg(feature = "ssr")]
fn edge_view(story: &Story, state: &State, edge: &Edge, frame: Frame) -> Html {
    use super::style::{self, arrow_id, mark_id, rel_class};

    let relation = edge.relation;
    let id = relation.id;
    let line = style::line(relation.kind);
    let look = EdgeMarks::of(state, relation).look();
    let class = classes!("map-edge", rel_class(relation.kind));
    RELATION.on(id, look.on(html! {
        <g {class} data-from={relation.from} data-to={relation.to}>
            <title>{ story.sentence(relation) }</title>
            <path class="map-edge-hit" d={edge.curve.d.clone()} />
            <path class="map-edge-line" d={edge.curve.d.clone()} stroke-width={num(line.width)}
                stroke-dasharray={line.dash} marker-end={format!("url(#{})", arrow_id(relation.kind, frame))}
                marker-mid={line.mark.map(|_| format!("url(#{})", mark_id(relation.kind, frame)))} />
        </g>
    }))
}

#[cfg(feature = "ssr")]
fn node_view(state: &State, node: &Node, frame: Frame, tab_stop: Option<&str>) -> Html {
    use super::style::{self, kind_class};

    let actor = node.actor;
    let id = actor.id;
    let look = NodeMarks::of(state, actor, tab_stop).look();
    let class = classes!("map-node", kind_class(actor.kind));
    let label = &node.label;
    let m = frame.measures();
    // Shapes reach out to 1.2 radii (the diamond); the rings go round that.
    let outer = m.node_radius * 1.2;
    ACTOR.on(id, look.on(html! {
        <g id={ids::actor_node(id, frame)} {class} role="button"
            transform={format!("translate({} {})", num(node.centre.x), num(node.centre.y))}>
            <circle class="map-node-hit" r={num(m.hit_radius)} />
            <circle class="map-node-halo" r={num(outer + 3.0)} />
            <path class="map-node-shape" d={style::shape(actor.kind, m.node_radius)} />
            <circle class="map-node-ring" r={num(outer + 5.5)} />
            // The lines are joined by a word space that takes no room (the size is on the lines), so
            // the label reads "Foreign backers", not "Foreignbackers", to find-in-page, copying and
            // speech input (which must find the visible label in the accessible name).
            <text class="map-node-label" x={num(label.x)} y={num(label.y)} text-anchor={label.side.anchor()} font-size="0">
                { for label.lines.iter().enumerate().map(|(i, line)| html! {
                    <>
                        if i > 0 { { " " } }
                        <tspan x={num(label.x)} dy={(i > 0).then(|| num(label.line_height))} font-size={num(m.font_size)}>{ *line }</tspan>
                    </>
                }) }
            </text>
        </g>
    }))
}
