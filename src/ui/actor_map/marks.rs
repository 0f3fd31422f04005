//! How the drawing shows a state. The drawing is a frozen part ([`super::graph::PART`]): the server
//! draws it, in both frames, and the browser never draws it again. What changes (the selection, the
//! filters, the tab stop) is a set of marks on its nodes and lines, computed here as pure data that
//! the server writes into the first drawing and the browser puts on the adopted one.

use story::{Actor, Relation};

use crate::ui::part::Look;
use crate::ui::state::{Selection, State};

/// What a screen reader hears for a node: its label (and full name), kind, and how many relations it has.
pub fn node_name(locale: &story::Locale, actor: &Actor, relations: usize) -> String {
    let kind = locale.actor_kind_in_text(actor.kind);
    let count = locale.count(&locale.relation_count, relations as u64, &[]);
    if actor.short == actor.name {
        locale.node_name_short.fill(&[("name", actor.name), ("kind", kind), ("relations", &count)])
    } else {
        locale.node_name.fill(&[("short", actor.short), ("name", actor.name), ("kind", kind), ("relations", &count)])
    }
}

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
        let selected = state.map.selected == Some(Selection::Actor(id));
        let lit = state.actor_lit(id);
        let relations = state.story.relations_of(id).filter(|r| state.relation_visible(r)).count();
        NodeMarks {
            selected,
            neighbour: state.map.selected.is_some() && lit && !selected,
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

    /// The node's look: its classes, tab stop, pressed state and name.
    pub fn look(self) -> Look {
        let look = self.classes().into_iter().fold(Look::default(), |look, (class, on)| look.class(class, on));
        look.attribute("tabindex", Some(self.tabindex().into())).pressed(self.selected).attribute("aria-label", Some(self.name))
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
            selected: state.map.selected == Some(Selection::Relation(relation.id)),
            faded: !state.relation_lit(relation),
            hidden: !state.relation_visible(relation),
        }
    }

    pub fn classes(&self) -> [(&'static str, bool); 3] {
        [("is-selected", self.selected), ("is-faded", self.faded), ("is-hidden", self.hidden)]
    }

    /// The line's look: its classes.
    pub fn look(self) -> Look {
        self.classes().into_iter().fold(Look::default(), |look, (class, on)| look.class(class, on))
    }
}

