//! The reducer's map logic, natively: selection, lighting, filters and what follows a link.

use std::rc::Rc;

use explainer::ui::actor_map::geometry::Frame;
use explainer::ui::state::{Action, Address, FocusTarget, MapState, MapView, Selection, State};
use story::fragment::Target;
use story::{ActorKind, RelationKind, Story};
use yew::Reducible;

fn story() -> &'static Story {
    &explainer::bundled::STORY
}

fn after(actions: &[Action]) -> State {
    let mut state = Rc::new(State::new(story(), None));
    for action in actions {
        state = state.reduce(action.clone());
    }
    (*state).clone()
}

fn relation(id: &str) -> &'static story::Relation {
    story().relation(id).unwrap()
}

#[test]
fn nothing_selected_lights_everything() {
    let state = after(&[]);
    assert!(story().actors.iter().all(|a| state.actor_lit(a.id)));
    assert!(story().relations.iter().all(|r| state.relation_lit(r)));
    assert_eq!(state.map.view, MapView::Graph);
}

#[test]
fn a_selected_actor_lights_itself_its_neighbours_and_its_relations() {
    let state = after(&[Action::Select(Selection::Actor("ttp"))]);
    assert_eq!(state.selected_actor(), Some("ttp"));
    let neighbours = story().neighbours("ttp");
    assert!(!neighbours.is_empty());
    for actor in story().actors {
        assert_eq!(state.actor_lit(actor.id), actor.id == "ttp" || neighbours.contains(&actor.id), "{}", actor.id);
    }
    for r in story().relations {
        assert_eq!(state.relation_lit(r), r.from == "ttp" || r.to == "ttp", "{}", r.id);
    }
}

#[test]
fn a_neighbour_only_through_hidden_relations_is_not_lit() {
    // TTP's only link to the Taliban government is "allegedly shelters".
    let state = after(&[Action::Select(Selection::Actor("ttp")), Action::ToggleRelationKind(RelationKind::AllegedlyShelters)]);
    assert_eq!(state.selected_actor(), Some("ttp"), "hiding a relation kind keeps an actor selected");
    assert!(!state.actor_lit("afghan-taliban"));
    assert!(state.actor_lit("pakistan"));
}

#[test]
fn a_selected_relation_lights_its_two_ends_and_itself() {
    let r = relation("pakistan-designates-bla");
    let state = after(&[Action::Select(Selection::Relation(r.id))]);
    for actor in story().actors {
        assert_eq!(state.actor_lit(actor.id), actor.id == r.from || actor.id == r.to, "{}", actor.id);
    }
    for other in story().relations {
        assert_eq!(state.relation_lit(other), other.id == r.id);
    }
    assert_eq!(after(&[Action::Select(Selection::Relation(r.id)), Action::ClearSelection]).map.selected, None);
}

#[test]
fn selecting_lifts_the_filters_that_would_hide_the_selection() {
    let state = after(&[Action::ToggleActorKind(ActorKind::ArmedGroup), Action::Select(Selection::Actor("ttp"))]);
    assert!(state.map.hidden_kinds.is_empty());
    let r = relation("afghan-taliban-shelters-ttp");
    let state = after(&[
        Action::ToggleRelationKind(RelationKind::AllegedlyShelters),
        Action::ToggleRelationKind(RelationKind::Accuses),
        Action::ToggleActorKind(ActorKind::ArmedGroup),
        Action::ToggleActorKind(ActorKind::Government),
        Action::ToggleActorKind(ActorKind::Population),
        Action::Select(Selection::Relation(r.id)),
    ]);
    assert!(state.relation_visible(r));
    assert_eq!(state.map.hidden_relations, vec![RelationKind::Accuses], "only what hid it is lifted");
    assert_eq!(state.map.hidden_kinds, vec![ActorKind::Population]);
}

#[test]
fn filtering_away_the_selection_clears_it() {
    let r = relation("afghan-taliban-shelters-ttp");
    let selected = Action::Select(Selection::Relation(r.id));
    assert_eq!(after(&[selected.clone(), Action::ToggleRelationKind(RelationKind::AllegedlyShelters)]).map.selected, None);
    assert_eq!(after(&[selected.clone(), Action::ToggleActorKind(ActorKind::ArmedGroup)]).map.selected, None, "an end is hidden");
    assert_eq!(
        after(&[selected, Action::ToggleRelationKind(RelationKind::Accuses)]).map.selected,
        Some(Selection::Relation(r.id)),
        "other kinds leave it alone"
    );
    let actor = Action::Select(Selection::Actor("ttp"));
    assert_eq!(after(&[actor.clone(), Action::ToggleActorKind(ActorKind::ArmedGroup)]).map.selected, None);
    assert_eq!(after(&[actor, Action::ToggleActorKind(ActorKind::Person)]).map.selected, Some(Selection::Actor("ttp")));
}

#[test]
fn filters_toggle_and_reset() {
    let state = after(&[Action::ToggleRelationKind(RelationKind::Warns), Action::ToggleActorKind(ActorKind::Mediator)]);
    assert!(!state.actor_visible("turkey"));
    assert!(state.actor_visible("pakistan"));
    assert!(!state.relation_visible(relation("warns-backers-of-militants")));
    assert!(!state.relation_visible(relation("turkey-mediates-pakistan")), "an end is hidden");
    assert!(state.relation_visible(relation("pakistan-designates-ttp")));
    let again = after(&[
        Action::ToggleRelationKind(RelationKind::Warns),
        Action::ToggleActorKind(ActorKind::Mediator),
        Action::ToggleRelationKind(RelationKind::Warns),
    ]);
    assert!(again.map.hidden_relations.is_empty(), "a second press shows it again");
    let reset = after(&[Action::ToggleRelationKind(RelationKind::Warns), Action::ToggleActorKind(ActorKind::Mediator), Action::ResetFilters]);
    assert!(reset.map.hidden_relations.is_empty() && reset.map.hidden_kinds.is_empty());
}

#[test]
fn following_an_actor_link_selects_it_shows_it_and_asks_for_focus() {
    let state = after(&[Action::ToggleActorKind(ActorKind::ArmedGroup), Action::Follow(Target::Actor("bla"))]);
    assert_eq!(state.map.selected, Some(Selection::Actor("bla")));
    assert!(state.actor_visible("bla"));
    assert!(matches!(state.focus, Some((FocusTarget::Actor("bla"), _))));
    // Following the same link twice asks for focus twice.
    let twice = after(&[Action::Follow(Target::Actor("bla")), Action::Follow(Target::Actor("bla"))]);
    assert_ne!(twice.focus, state.focus);
}

#[test]
fn the_view_switch_changes_only_the_view() {
    let state = after(&[Action::Select(Selection::Actor("ttp")), Action::SetMapView(MapView::Text)]);
    assert_eq!(state.map.view, MapView::Text);
    assert_eq!(state.map.selected, Some(Selection::Actor("ttp")));
    assert_eq!(after(&[Action::SetMapView(MapView::Text), Action::SetMapView(MapView::Graph)]).map.view, MapView::Graph);
}

#[test]
fn an_embed_of_one_section_shows_it_alone_until_a_link_or_the_button_shows_all() {
    let id = story().sections[2].id;
    let state = after(&[Action::ShowOnly(id)]);
    assert_eq!(state.only, Some(id));
    assert!(state.is_open(id));
    assert_eq!(state.focus, None, "inside a host's page, no focus moves");
    // An unknown section changes nothing.
    assert_eq!(after(&[Action::ShowOnly("no-such-section")]).only, None);
    // Toggling the section keeps the view; following a link or the button leaves it.
    assert_eq!(after(&[Action::ShowOnly(id), Action::Toggle(id)]).only, Some(id));
    assert_eq!(after(&[Action::ShowOnly(id), Action::Follow(Target::Actor("ttp"))]).only, None);
    assert_eq!(after(&[Action::ShowOnly(id), Action::ShowAll]).only, None);
    assert!(after(&[Action::ShowOnly(id), Action::ShowAll]).is_open(id), "the section stays open");
}

#[test]
fn an_action_keeps_the_address_in_step() {
    let section = story().sections[0].id;
    let event = story().events[0].id;
    let closed = after(&[]);
    assert_eq!(closed.address(&Action::Toggle(section)), Address::Set(Target::Section(section)), "opening points the address at it");
    let open = after(&[Action::Toggle(section)]);
    assert_eq!(open.address(&Action::Toggle(section)), Address::Clear(Target::Section(section)), "closing takes it out");
    assert_eq!(closed.address(&Action::SelectEvent(Some(event))), Address::Set(Target::Event(event)));
    let chosen = after(&[Action::SelectEvent(Some(event))]);
    assert_eq!(chosen.address(&Action::SelectEvent(None)), Address::Clear(Target::Event(event)));
    assert_eq!(closed.address(&Action::SelectEvent(None)), Address::Keep, "nothing to take out");
    assert_eq!(closed.address(&Action::Select(Selection::Actor("ttp"))), Address::Set(Target::Actor("ttp")));
    let selected = after(&[Action::Select(Selection::Actor("ttp"))]);
    assert_eq!(selected.address(&Action::ClearSelection), Address::Clear(Target::Actor("ttp")));
    assert_eq!(selected.address(&Action::ExpandAll), Address::Keep, "opening every section names none");
}

#[test]
fn controls_that_hide_themselves_send_focus_on() {
    let only = after(&[Action::ShowOnly(story().sections[1].id), Action::ShowAll]);
    assert_eq!(only.focus.map(|(t, _)| t), Some(FocusTarget::ExpandAll));
    let reset = after(&[Action::ToggleActorKind(ActorKind::Mediator), Action::ResetFilters]);
    assert_eq!(reset.focus.map(|(t, _)| t), Some(FocusTarget::FirstFilter));
}

#[test]
fn the_map_state_is_one_value_that_starts_empty() {
    assert_eq!(after(&[]).map, MapState::default());
    let moved = after(&[Action::SetFrame(Frame::Narrow), Action::Reach("ttp"), Action::Reach("no-such-actor")]);
    assert_eq!(moved.map.frame, Frame::Narrow);
    assert_eq!(moved.map.reached, None, "an unknown actor is not reached");
    assert_eq!(after(&[Action::Reach("ttp")]).map.reached, Some("ttp"));
    // Opening a section changes the page, not the map.
    assert_eq!(after(&[Action::ExpandAll]).map, MapState::default());
    assert_ne!(after(&[Action::ExpandAll]).revision, after(&[]).revision, "every action is a new state");
}
