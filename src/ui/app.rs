//! The page: owns the state, wires the browser effects (URL fragment, focus), and lays out the views.

use story::fragment::{self, Problem, Target};
use yew::prelude::*;

use super::actor_map::{self, geometry::Frame, ActorMap};
use super::frozen::{Frozen, Part};
use super::sections::Control;
use super::state::{Action, FocusTarget, MapView, State};
use super::{embed_code, ids, notice, places, sections, share, timeline, StoryRef};
use crate::web;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    pub story: StoryRef,
    /// The section open on first render (a section's own share page).
    #[prop_or_default]
    pub open: Option<AttrValue>,
    /// The way from this page to the site's root, ending in `/`: relative ("./", "../../"), an
    /// absolute path ("/news/explainer/"), or the published https address when known at build time.
    #[prop_or(AttrValue::Static("./"))]
    pub base: AttrValue,
    /// The embed view: no page chrome, compact, and reporting its height to the host page.
    #[prop_or_default]
    pub embed: bool,
    /// The parts of the page that never change: rendered by the server, adopted by the browser.
    pub frozen: Frozen,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let story = props.story;
    let open = props.open.clone();
    // Every action renders the page's frame again, which is small: its parts are frozen, the map
    // renders only when its own state changed (`State::same_map`), and each effect only when what it
    // depends on did. (Comparing whole states would cost the browser bundle more than that render.)
    let state = use_reducer(move || State::new(story.0, open.as_deref()));

    // After hydration: follow the URL fragment (or an embed's `?section=`), and keep following it.
    // A section's share page with neither brings its section into view, as a link to `#<section>`
    // would, unless the reader has already scrolled while the app loaded.
    {
        let dispatch = state.dispatcher();
        let embed = props.embed;
        let shared = props.open.as_deref().and_then(|id| story.section(id)).map(|s| s.id);
        // A fragment the story does not know may still name an element of the page (`#main`, a
        // heading): the browser has scrolled there itself, so that is no bad link.
        let read = move |hash: &str| match fragment::parse(hash, story.0) {
            Target::Invalid(Problem::Unknown) if web::dom::has_element(hash.trim_start_matches('#')) => Target::None,
            target => target,
        };
        use_effect_with((), move |_| {
            web::dom::mark_hydrated();
            share::offer_native();
            let mut target = read(&web::location::fragment());
            // The embed code's `?section=`: an embed of that section by itself.
            let mut only = None;
            if target == Target::None {
                target = fragment::from_query(&web::location::query(), story.0);
                if let (true, Target::Section(id)) = (embed, &target) {
                    only = Some(*id);
                }
            }
            if let (Target::None, Some(id)) = (&target, shared) {
                if web::dom::scrolled_to_top() {
                    target = Target::Section(id);
                }
            }
            // Inside a host's page, opening what the embed code asks for must not steal focus or
            // scroll the host.
            dispatch.dispatch(match only {
                Some(id) => Action::ShowOnly(id),
                None if embed => Action::Show(target),
                None => Action::Follow(target),
            });
            // Find-in-page opened a section's body (hidden until found): the section is open now.
            let found = {
                let dispatch = dispatch.clone();
                web::dom::on_found("data-section", move |id| {
                    if let Some(section) = story.section(&id) {
                        dispatch.dispatch(Action::SetOpen(section.id, true));
                    }
                })
            };
            let listeners = web::location::on_fragment_change(move |hash| dispatch.dispatch(Action::Follow(read(&hash))));
            move || drop((listeners, found))
        });
    }

    // In a host's iframe: report our height whenever it changes.
    use_effect_with(props.embed, |embed| {
        let reporter = (*embed && web::embed::in_frame()).then(web::embed::start).flatten();
        move || drop(reporter)
    });

    // Move focus where the last action asked.
    let map_view = state.map_view;
    use_effect_with(state.focus, move |focus| {
        if let Some((target, _)) = focus {
            let (scroll_to, focus) = match *target {
                FocusTarget::Section(id) => (id.to_owned(), ids::section_toggle(id)),
                // The map's node, with the whole map in view; or the actor's entry in the text view.
                FocusTarget::Actor(id) if map_view == MapView::Graph => {
                    (ids::MAP_DRAWING.to_owned(), ids::actor_node(id, actor_map::shown_frame().unwrap_or(Frame::Wide)))
                }
                FocusTarget::Actor(id) => (ids::actor_entry(id), ids::actor_entry(id)),
                FocusTarget::Event(id) => (ids::event(id), ids::event_button(id)),
                FocusTarget::Place(id) => (ids::place(id), ids::place_button(id)),
            };
            web::dom::reveal(&scroll_to, &focus);
        }
    });

    // The frozen parts follow the state.
    sections::use_marks(story.sections, state.open.clone(), state.only);
    timeline::use_marks(state.selected_event);
    places::use_marks(state.selected_place);
    let (on_embed_change, on_embed_click) = embed_code::use_panel(story, props.base.clone());

    // A section's toggle: opening it puts it in the address, closing it takes it out.
    let toggle = {
        let state = state.clone();
        move |id: &'static str| {
            let opening = !state.is_open(id);
            state.dispatch(Action::Toggle(id));
            if opening {
                web::location::replace_fragment(Some(id));
            } else if web::location::fragment() == format!("#{id}") {
                web::location::replace_fragment(None);
            }
        }
    };
    // A timeline event or a place: a click shows its details (or hides them again) and keeps the URL in
    // step, without moving focus; links between the views follow fragments like any link.
    let pick = |select: fn(Option<&'static str>) -> Action, target: fn(&'static str) -> Target, current: Option<&'static str>| {
        let dispatch = state.dispatcher();
        move |id: &'static str| {
            let next = (current != Some(id)).then_some(id);
            let written = fragment::write(&target(id));
            if next.is_some() {
                web::location::replace_fragment(Some(&written));
            } else if web::location::fragment() == format!("#{written}") {
                web::location::replace_fragment(None);
            }
            dispatch.dispatch(select(next));
        }
    };
    let pick_event = pick(Action::SelectEvent, Target::Event, state.selected_event);
    let pick_place = pick(Action::SelectPlace, Target::Place, state.selected_place);
    // The page's one click handler, for what frozen parts hold. Every in-page link to a part of the
    // story (a section, an actor, an event, a place), wherever it is: follow it in the page, keeping
    // the address in step without piling up history entries; other links (the skip link, a heading)
    // are the browser's. And the buttons of the share rows (`data-share`), the timeline
    // (`data-event`), the places' list and map (`data-place`), the sections (`data-toggle`,
    // `data-sections`) and the actor map's view switch (`data-view`).
    let on_click = {
        let dispatch = state.dispatcher();
        Callback::from(move |e: MouseEvent| {
            if share::follow_click(&e) {
                return;
            }
            if let Some(href) = web::dom::clicked_fragment_link(&e) {
                let target = fragment::parse(&href, story.0);
                if matches!(target, Target::Section(_) | Target::Actor(_) | Target::Event(_) | Target::Place(_)) {
                    e.prevent_default();
                    web::location::replace_fragment(Some(&fragment::write(&target)));
                    dispatch.dispatch(Action::Follow(target));
                }
            } else if let Some(event) = web::dom::clicked_data(&e, "data-event").and_then(|id| story.event(&id)) {
                pick_event(event.id);
            } else if let Some(place) = web::dom::clicked_data(&e, "data-place").and_then(|id| story.place(&id)) {
                pick_place(place.id);
            } else if let Some(section) = web::dom::clicked_data(&e, "data-toggle").and_then(|id| story.section(&id)) {
                toggle(section.id);
            } else if let Some(view) = web::dom::clicked_data(&e, "data-view").and_then(|key| MapView::from_key(&key)) {
                dispatch.dispatch(Action::SetMapView(view));
            } else if let Some(control) = web::dom::clicked_data(&e, "data-sections").and_then(|key| Control::from_key(&key)) {
                // "Show the whole explainer" hides once pressed: focus goes to "Expand all", shown at
                // once to take it (the marks that follow show it too).
                if control == Control::ShowAll {
                    let expand = ".sections-controls [data-sections='expand']";
                    web::dom::set_hidden(expand, false);
                    web::dom::focus_first(expand);
                }
                dispatch.dispatch(match control {
                    Control::ExpandAll => Action::ExpandAll,
                    Control::CollapseAll => Action::CollapseAll,
                    Control::ShowAll => Action::ShowAll,
                });
            }
        })
    };
    let dispatch = state.dispatcher();
    let on_dismiss = Callback::from(move |_| dispatch.dispatch(Action::DismissNotice));

    // The skip link moves focus itself: its target is not a fragment the app follows.
    let on_skip = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        web::dom::reveal("sections-title", "sections-title");
    });
    let embed = props.embed;
    html! {
        <div class="explainer" data-embed={embed.then_some("true")} lang={story.meta.language} onclick={on_click}>
            if !embed {
                <a class="skip-link" href="#sections-title" onclick={on_skip}>{ "Skip to the sections" }</a>
            }
            // First in the page, so a reader who followed a bad link sees why before anything else.
            { notice::view(&story.locale, state.notice, &on_dismiss) }
            { props.frozen.part(Part::Masthead) }
            if !embed {
                { props.frozen.part(Part::Toc) }
            }
            // An embed of one section shows nothing else of the page's main part (styles/embed.css).
            <main id="main" data-only={state.only}>
                <section class="actors" aria-labelledby="actors-title">
                    <h2 id="actors-title">{ "Who is who" }</h2>
                    <ActorMap {story} state={(*state).clone()} on_action={state.dispatcher()} frozen={props.frozen.clone()} />
                </section>
                { props.frozen.part(Part::Sections) }
                { props.frozen.part(Part::Timeline) }
                { props.frozen.part(Part::Places) }
                { props.frozen.part(Part::Glossary) }
            </main>
            <footer class="colophon">
                { props.frozen.part(Part::Colophon) }
                if !embed {
                    <div class="embed-holder" onchange={on_embed_change} onclick={on_embed_click}>{ props.frozen.part(Part::EmbedCode) }</div>
                }
            </footer>
        </div>
    }
}
