//! The page: owns the state, wires the browser effects (URL fragment, focus), and lays out the parts.
//! Rendering, marking and hearing the parts goes over [`super::PARTS`].

use story::fragment::{self, Problem, Target};
use yew::prelude::*;

use super::actor_map::ActorMap;
use super::frozen::Frozen;
use super::part::{Input, Page, Slot};
use super::sections::{Control, CONTROL};
use super::state::{Action, Address, FocusTarget, MapView, State};
use super::{ids, notice, StoryRef, PARTS};
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
    // Every action renders the page's frame again, which is small: its parts are frozen, and the map
    // renders only when its own state (`State::map`) changed.
    let state = use_reducer(move || State::new(story.0, open.as_deref()));
    let page = Page { story, base: props.base.clone(), embed: props.embed };

    // What every handler does with an action: keep the address in step, then reduce.
    let act = {
        let state = state.clone();
        Callback::from(move |action: Action| {
            match state.address(&action) {
                Address::Keep => {}
                Address::Set(target) => web::location::replace_fragment(Some(&fragment::write(&target))),
                Address::Clear(target) => {
                    if web::location::fragment() == format!("#{}", fragment::write(&target)) {
                        web::location::replace_fragment(None);
                    }
                }
            }
            state.dispatch(action);
        })
    };
    // What the parts make of a reader's event: the first part that hears it says.
    let hear = {
        let page = page.clone();
        let state = state.clone();
        let act = act.clone();
        move |input: &Input| {
            if let Some(action) = PARTS.iter().find_map(|part| (part.on)(&page, &state, input)) {
                act.emit(action);
            }
        }
    };

    // After hydration: start the parts, follow the URL fragment (or an embed's `?section=`), and keep
    // following it. A section's share page with neither brings its section into view, as a link to
    // `#<section>` would, unless the reader has already scrolled while the app loaded.
    {
        let dispatch = state.dispatcher();
        let page = page.clone();
        let hear = hear.clone();
        let shared = props.open.as_deref().and_then(|id| story.section(id)).map(|s| s.id);
        // A fragment the story does not know may still name an element of the page (`#main`, a
        // heading): the browser has scrolled there itself, so that is no bad link.
        let read = move |hash: &str| match fragment::parse(hash, story.0) {
            Target::Invalid(Problem::Unknown) if web::dom::has_element(hash.trim_start_matches('#')) => Target::None,
            target => target,
        };
        use_effect_with((), move |_| {
            web::dom::mark_hydrated();
            PARTS.iter().for_each(|part| (part.start)(&page));
            let embed = page.embed;
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
            let found = web::dom::on_found(move |event| hear(&Input::Found(event)));
            let listeners = web::location::on_fragment_change(move |hash| dispatch.dispatch(Action::Follow(read(&hash))));
            move || drop((listeners, found))
        });
    }

    // In a host's iframe: report our height whenever it changes, and after every render (below).
    // Any page does, not only the embed view: a producer who pastes the page's own address still
    // gets a frame that fits.
    // The host's address may ask for a part of the story (`#news-explainer=…`, which a link copied
    // in the embed gives): it is shown as the embed code's own would be, and brought into the host's
    // view.
    let reporter = use_mut_ref(|| None::<web::embed::Reporter>);
    {
        let reporter = reporter.clone();
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            // A section is brought into the host's view; anything else the fragment names is shown
            // where the embed is.
            let on_target = move |target: Target| {
                let scroll_to = match &target {
                    Target::Section(id) => Some((*id).to_owned()),
                    _ => None,
                };
                dispatch.dispatch(Action::Show(target));
                scroll_to
            };
            *reporter.borrow_mut() = web::embed::in_frame().then(|| web::embed::start(story.0, on_target)).flatten();
            move || drop(reporter.borrow_mut().take())
        });
    }

    // The frozen parts follow the state. The server wrote them in their look for the first state, so
    // hydration touches none of them.
    {
        let hydrated = use_mut_ref(|| false);
        let state = state.clone();
        use_effect_with(state.revision, move |_| {
            if std::mem::replace(&mut *hydrated.borrow_mut(), true) {
                PARTS.iter().for_each(|part| (part.mark)(&state));
            }
            if let Some(reporter) = &*reporter.borrow() {
                reporter.report();
            }
        });
    }

    // Move focus where the last action asked (after the marks, which may have shown its target).
    let map_view = state.map.view;
    let frame = state.map.frame;
    use_effect_with(state.focus, move |focus| {
        if let Some((target, _)) = focus {
            let (scroll_to, focus) = match *target {
                FocusTarget::Section(id) => (id.to_owned(), ids::section_toggle(id)),
                // The map's node, with the whole map in view; or the actor's entry in the text view.
                FocusTarget::Actor(id) if map_view == MapView::Graph => (ids::MAP_DRAWING.to_owned(), ids::actor_node(id, frame)),
                FocusTarget::Actor(id) => (ids::actor_entry(id), ids::actor_entry(id)),
                FocusTarget::Event(id) => (ids::event(id), ids::event_button(id)),
                FocusTarget::Place(id) => (ids::place(id), ids::place_button(id)),
                FocusTarget::ExpandAll => return web::dom::focus_first(&CONTROL.is(Control::ExpandAll.key())),
                FocusTarget::FirstFilter => return web::dom::focus_first(&super::actor_map::legend::FILTER.all()),
            };
            web::dom::reveal(&scroll_to, &focus);
        }
    });

    // The page's click handler. Every in-page link to a part of the story (a section, an actor, an
    // event, a place), wherever it is: followed in the page, keeping the address in step without
    // piling up history entries; other links (the skip link, a heading) are the browser's. Other
    // clicks are the parts'.
    let on_click = {
        let dispatch = state.dispatcher();
        let hear = hear.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(href) = web::dom::clicked_fragment_link(&e) {
                let target = fragment::parse(&href, story.0);
                if matches!(target, Target::Section(_) | Target::Actor(_) | Target::Event(_) | Target::Place(_)) {
                    e.prevent_default();
                    web::location::replace_fragment(Some(&fragment::write(&target)));
                    dispatch.dispatch(Action::Follow(target));
                }
            } else {
                hear(&Input::Click(&e));
            }
        })
    };
    let on_change = Callback::from(move |e: Event| hear(&Input::Change(&e)));
    let dispatch = state.dispatcher();
    let on_dismiss = Callback::from(move |_| dispatch.dispatch(Action::DismissNotice));

    // The skip link moves focus itself: its target is not a fragment the app follows.
    let on_skip = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        web::dom::reveal(ids::SECTIONS_TITLE, ids::SECTIONS_TITLE);
    });
    let embed = props.embed;
    let slot = |slot: Slot| -> Html {
        PARTS.iter().filter(|p| p.slot == slot && (p.in_embed || !embed)).map(|p| props.frozen.part(p)).collect()
    };
    let locale = &story.locale;
    super::mount::with_embed!(embed.then_some("true") => div [class="explainer" lang={story.meta.language} dir={story.locale.direction.key()} onclick={on_click} onchange={on_change}]
            if !embed {
                <a class="skip-link" href={format!("#{}", ids::SECTIONS_TITLE)} onclick={on_skip}>{ locale.skip_to_sections }</a>
            }
            // First in the page, so a reader who followed a bad link sees why before anything else.
            { notice::view(locale, state.notice, &on_dismiss) }
            { slot(Slot::Head) }
            // An embed of one section shows nothing else of the page's main part (styles/embed.css).
            <main id="main" data-only={state.only}>
                <section class="actors" aria-labelledby="actors-title">
                    <h2 id="actors-title">{ locale.who_is_who }</h2>
                    <ActorMap {story} state={(*state).clone()} on_action={act} frozen={props.frozen.clone()} />
                </section>
                { slot(Slot::Main) }
            </main>
            <footer class="colophon">
                { slot(Slot::Foot) }
            </footer>
    )
}
