//! How the drawing shows a state. The drawing is a frozen part ([`crate::ui::frozen`]): the server
//! draws it, in both frames, and the browser never draws it again. What changes (the selection, the
//! filters, the tab stop) is a set of marks on its nodes and lines, computed here as pure data that
//! the server writes into the first drawing and the browser puts on the adopted one (`apply`).

use story::{Actor, Relation};

use super::graph::node_name;
use crate::ui::state::{Selection, State};

/// The marks of one node: the actor's `g.map-node`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NodeMarks {
    pub selected: bool,
    /// Lit because it deals with the selection.
    pub neighbour: bool,
    pub faded: bool,
    /// Hidden by a filter.
    pub hidden: bool,
    /// Holds the map's one tab stop.
    pub tab_stop: bool,
    /// What a screen reader hears: the name, the kind and how many shown lines it has.
    pub name: String,
}

impl NodeMarks {
    pub fn of(state: &State, actor: &Actor, tab_stop: Option<&str>) -> NodeMarks {
        let id = actor.id;
        let selected = state.selected == Some(Selection::Actor(id));
        let lit = state.actor_lit(id);
        let relations = state.story.relations_of(id).filter(|r| state.relation_visible(r)).count();
        NodeMarks {
            selected,
            neighbour: state.selected.is_some() && lit && !selected,
            faded: !lit,
            hidden: !state.actor_visible(id),
            tab_stop: tab_stop == Some(id),
            name: node_name(&state.story.locale, actor, relations),
        }
    }

    pub fn classes(&self) -> [(&'static str, bool); 4] {
        [("is-selected", self.selected), ("is-neighbour", self.neighbour), ("is-faded", self.faded), ("is-hidden", self.hidden)]
    }

    pub fn tabindex(&self) -> &'static str {
        if self.tab_stop {
            "0"
        } else {
            "-1"
        }
    }

    pub fn pressed(&self) -> &'static str {
        if self.selected {
            "true"
        } else {
            "false"
        }
    }
}

/// The marks of one line: the relation's `g.map-edge`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EdgeMarks {
    pub selected: bool,
    pub faded: bool,
    /// Hidden by a filter.
    pub hidden: bool,
}

impl EdgeMarks {
    pub fn of(state: &State, relation: &Relation) -> EdgeMarks {
        EdgeMarks {
            selected: state.selected == Some(Selection::Relation(relation.id)),
            faded: !state.relation_lit(relation),
            hidden: !state.relation_visible(relation),
        }
    }

    pub fn classes(&self) -> [(&'static str, bool); 3] {
        [("is-selected", self.selected), ("is-faded", self.faded), ("is-hidden", self.hidden)]
    }
}

/// Puts the marks of this state on the drawing in the page.
pub fn apply(state: &State, tab_stop: Option<&str>) {
    use crate::web::dom::{restyle, Look};

    let story = state.story;
    restyle("svg.map-svg g.map-node", "data-actor", |id| {
        let actor = story.actor(id)?;
        let marks = NodeMarks::of(state, actor, tab_stop);
        Some(Look {
            classes: marks.classes().to_vec(),
            attributes: vec![
                ("tabindex", Some(marks.tabindex().into())),
                ("aria-pressed", Some(marks.pressed().into())),
                ("aria-label", Some(marks.name)),
            ],
        })
    });
    restyle("svg.map-svg g.map-edge", "data-relation", |id| {
        let marks = EdgeMarks::of(state, story.relation(id)?);
        Some(Look { classes: marks.classes().to_vec(), attributes: Vec::new() })
    });
}
