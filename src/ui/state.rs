//! All UI state in one reducer: which sections are open, what is selected on the map, which filters
//! are on, and what the page should do next for focus. Components only render it and dispatch actions.

use std::rc::Rc;

use story::fragment::{Problem, Target};
use story::{ActorKind, RelationKind, Story};

use super::actor_map::geometry::Frame;
use yew::Reducible;

/// What the map has selected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Selection {
    Actor(&'static str),
    Relation(&'static str),
}

/// How the actor map is shown: as a drawing or as its equivalent text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MapView {
    #[default]
    Graph,
    Text,
}

impl MapView {
    /// The name of the view on its button (`actor_map::toolbar::VIEW`).
    pub fn key(self) -> &'static str {
        match self {
            MapView::Graph => "map",
            MapView::Text => "text",
        }
    }

    pub fn from_key(key: &str) -> Option<MapView> {
        [MapView::Graph, MapView::Text].into_iter().find(|v| v.key() == key)
    }
}

/// Somewhere the page should move focus (and scroll) after the next render.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FocusTarget {
    /// A section's heading toggle.
    Section(&'static str),
    /// An actor on the map.
    Actor(&'static str),
    /// A timeline event.
    Event(&'static str),
    /// A place.
    Place(&'static str),
    /// The sections' "Expand all" (after "Show the whole explainer", which hides itself).
    ExpandAll,
    /// The legend's first filter (after "Show everything", which hides itself).
    FirstFilter,
}

/// Everything the actor map shows: the map renders again only when this changes.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MapState {
    pub selected: Option<Selection>,
    pub hidden_relations: Vec<RelationKind>,
    pub hidden_kinds: Vec<ActorKind>,
    pub view: MapView,
    /// The frame of the drawing the styles show (both are in the page; a container query picks).
    pub frame: Frame,
    /// The node the keyboard last reached, which keeps the drawing's one tab stop.
    pub reached: Option<&'static str>,
}

/// What an action does to the page's address (the URL fragment), kept in step without piling up
/// history entries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Address {
    Keep,
    /// Point it at this.
    Set(Target),
    /// Take the fragment out if it points at this.
    Clear(Target),
}

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub story: &'static Story,
    /// One flag per section, in story order.
    pub open: Vec<bool>,
    pub map: MapState,
    /// The timeline event shown with its details.
    pub selected_event: Option<&'static str>,
    /// The place shown with its details (and highlighted on the locator map).
    pub selected_place: Option<&'static str>,
    /// The calm notice shown for a link we could not follow.
    pub notice: Option<Problem>,
    /// A focus request, with a counter so the same target can be asked for twice.
    pub focus: Option<(FocusTarget, u32)>,
    /// The one section an embed shows by itself (the embed code's `?section=`); `None`: everything.
    pub only: Option<&'static str>,
    /// How many actions the state has been through: what the page's effects compare to tell a new
    /// state (comparing whole states would cost the browser bundle more).
    pub revision: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Toggle(&'static str),
    SetOpen(&'static str, bool),
    ExpandAll,
    CollapseAll,
    Select(Selection),
    ClearSelection,
    ToggleRelationKind(RelationKind),
    ToggleActorKind(ActorKind),
    /// Show every kind of actor and relation again.
    ResetFilters,
    SetMapView(MapView),
    /// The styles show this frame of the drawing (the map's width changed).
    SetFrame(Frame),
    /// The keyboard (or focus) reached this actor's node.
    Reach(&'static str),
    /// Show a timeline event's details (`None`: no event).
    SelectEvent(Option<&'static str>),
    /// Show a place's details and highlight it on the map (`None`: no place).
    SelectPlace(Option<&'static str>),
    /// Follow a URL fragment or an in-page link: open, select and focus what it points at.
    Follow(Target),
    /// Like `Follow`, without moving focus (an embed opening at a section inside a host's page).
    Show(Target),
    /// Show this section open and nothing else of the explainer (an embed of one section).
    ShowOnly(&'static str),
    /// Show the whole explainer again after `ShowOnly`.
    ShowAll,
    DismissNotice,
}

impl State {
    /// The state the page is rendered in, on the server and before hydration: nothing selected, and
    /// `open` the only open section (for a section's own page).
    pub fn new(story: &'static Story, open: Option<&str>) -> State {
        State {
            story,
            open: story.sections.iter().map(|s| Some(s.id) == open).collect(),
            map: MapState::default(),
            selected_event: None,
            selected_place: None,
            notice: None,
            focus: None,
            only: None,
            revision: 0,
        }
    }

    pub fn is_open(&self, section: &str) -> bool {
        self.open_at(section).unwrap_or(false)
    }

    /// Whether the section is open, if the story has it.
    pub fn open_at(&self, section: &str) -> Option<bool> {
        self.index(section).map(|i| self.open[i])
    }

    /// What `action` does to the page's address: opening a section, choosing an event, a place or an
    /// actor points it there; closing or choosing again takes it out.
    pub fn address(&self, action: &Action) -> Address {
        let pick = |next: Option<&'static str>, current: Option<&'static str>, target: fn(&'static str) -> Target| match (next, current) {
            (Some(id), _) => Address::Set(target(id)),
            (None, Some(id)) => Address::Clear(target(id)),
            (None, None) => Address::Keep,
        };
        match *action {
            Action::Toggle(id) if self.is_open(id) => Address::Clear(Target::Section(id)),
            Action::Toggle(id) => Address::Set(Target::Section(id)),
            Action::SelectEvent(next) => pick(next, self.selected_event, Target::Event),
            Action::SelectPlace(next) => pick(next, self.selected_place, Target::Place),
            Action::Select(Selection::Actor(id)) => Address::Set(Target::Actor(id)),
            Action::Select(Selection::Relation(_)) | Action::ClearSelection => pick(None, self.selected_actor(), Target::Actor),
            _ => Address::Keep,
        }
    }

    pub fn selected_actor(&self) -> Option<&'static str> {
        match self.map.selected {
            Some(Selection::Actor(id)) => Some(id),
            _ => None,
        }
    }

    /// Whether a relation passes the filters (its kind and both ends' kinds are shown).
    pub fn relation_visible(&self, relation: &story::Relation) -> bool {
        !self.map.hidden_relations.contains(&relation.kind)
            && self.actor_visible(relation.from)
            && self.actor_visible(relation.to)
    }

    pub fn actor_visible(&self, actor: &str) -> bool {
        self.story.actor(actor).is_some_and(|a| !self.map.hidden_kinds.contains(&a.kind))
    }

    /// Whether an actor is lit: nothing is selected, or it is the selection or next to it.
    pub fn actor_lit(&self, actor: &str) -> bool {
        match self.map.selected {
            None => true,
            Some(Selection::Actor(id)) => {
                id == actor
                    || self
                        .story
                        .relations_of(id)
                        .any(|r| self.relation_visible(r) && (r.from == actor || r.to == actor))
            }
            Some(Selection::Relation(id)) => self.story.relation(id).is_some_and(|r| r.from == actor || r.to == actor),
        }
    }

    /// Whether a relation is lit: nothing is selected, or it touches the selected actor, or it is selected.
    pub fn relation_lit(&self, relation: &story::Relation) -> bool {
        match self.map.selected {
            None => true,
            Some(Selection::Actor(id)) => relation.from == id || relation.to == id,
            Some(Selection::Relation(id)) => relation.id == id,
        }
    }

    fn index(&self, section: &str) -> Option<usize> {
        self.story.sections.iter().position(|s| s.id == section)
    }

    /// Lifts the filter that hides this actor's kind.
    fn show_actor(&mut self, id: &str) {
        if let Some(actor) = self.story.actor(id) {
            self.map.hidden_kinds.retain(|k| *k != actor.kind);
        }
    }

    /// Clears a selection that the filters now hide.
    fn drop_hidden_selection(&mut self) {
        let shown = match self.map.selected {
            None => true,
            Some(Selection::Actor(id)) => self.actor_visible(id),
            Some(Selection::Relation(id)) => self.story.relation(id).is_some_and(|r| self.relation_visible(r)),
        };
        if !shown {
            self.map.selected = None;
        }
    }

    fn request_focus(&mut self, target: FocusTarget) {
        let n = self.focus.map_or(0, |(_, n)| n.wrapping_add(1));
        self.focus = Some((target, n));
    }
}

fn toggle<T: PartialEq>(list: &mut Vec<T>, item: T) {
    if let Some(i) = list.iter().position(|x| *x == item) {
        list.remove(i);
    } else {
        list.push(item);
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.revision = self.revision.wrapping_add(1);
        match action {
            Action::Toggle(id) => {
                if let Some(i) = next.index(id) {
                    next.open[i] = !next.open[i];
                }
            }
            Action::SetOpen(id, open) => {
                if let Some(i) = next.index(id) {
                    next.open[i] = open;
                }
            }
            Action::ExpandAll => next.open.iter_mut().for_each(|o| *o = true),
            Action::CollapseAll => next.open.iter_mut().for_each(|o| *o = false),
            Action::Select(selection) => {
                next.map.selected = Some(selection);
                // A selection must stay visible: lift filters that would hide it.
                match selection {
                    Selection::Actor(id) => next.show_actor(id),
                    Selection::Relation(id) => {
                        if let Some(relation) = next.story.relation(id) {
                            next.map.hidden_relations.retain(|k| *k != relation.kind);
                            next.show_actor(relation.from);
                            next.show_actor(relation.to);
                        }
                    }
                }
            }
            Action::ClearSelection => next.map.selected = None,
            Action::ToggleRelationKind(kind) => {
                toggle(&mut next.map.hidden_relations, kind);
                next.drop_hidden_selection();
            }
            Action::ToggleActorKind(kind) => {
                toggle(&mut next.map.hidden_kinds, kind);
                next.drop_hidden_selection();
            }
            Action::ResetFilters => {
                next.map.hidden_relations.clear();
                next.map.hidden_kinds.clear();
                next.request_focus(FocusTarget::FirstFilter);
            }
            Action::SetMapView(view) => next.map.view = view,
            Action::SetFrame(frame) => next.map.frame = frame,
            Action::Reach(id) => next.map.reached = next.story.actor(id).map(|a| a.id),
            Action::SelectEvent(id) => next.selected_event = id.filter(|id| next.story.event(id).is_some()),
            Action::SelectPlace(id) => next.selected_place = id.filter(|id| next.story.place(id).is_some()),
            Action::Follow(target) => {
                next.notice = None;
                // A followed link may lead anywhere in the explainer: all of it is shown again.
                next.only = None;
                match target {
                    Target::None => {}
                    Target::Section(id) => {
                        if let Some(i) = next.index(id) {
                            next.open[i] = true;
                        }
                        next.request_focus(FocusTarget::Section(id));
                    }
                    Target::Actor(id) => {
                        next.map.selected = Some(Selection::Actor(id));
                        next.show_actor(id);
                        next.request_focus(FocusTarget::Actor(id));
                    }
                    Target::Event(id) => {
                        next.selected_event = Some(id);
                        next.request_focus(FocusTarget::Event(id));
                    }
                    Target::Place(id) => {
                        next.selected_place = Some(id);
                        next.request_focus(FocusTarget::Place(id));
                    }
                    Target::Invalid(problem) => next.notice = Some(problem),
                }
            }
            Action::Show(target) => {
                let (focus, only) = (next.focus, next.only);
                let alone = matches!(target, Target::Section(id) if only == Some(id));
                next = (*Rc::new(next).reduce(Action::Follow(target))).clone();
                next.focus = focus;
                // The section an embed shows by itself stays by itself.
                if alone {
                    next.only = only;
                }
            }
            Action::ShowOnly(id) => {
                if let Some(i) = next.index(id) {
                    next.open[i] = true;
                    next.only = Some(next.story.sections[i].id);
                }
            }
            Action::ShowAll => {
                next.only = None;
                next.request_focus(FocusTarget::ExpandAll);
            }
            Action::DismissNotice => next.notice = None,
        }
        Rc::new(next)
    }
}
