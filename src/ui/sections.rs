//! The statement, section by section ([`super::section`]), with "Expand all" and "Collapse all", and
//! "Show the whole explainer" for an embed of one section.

#[cfg(feature = "ssr")]
use yew::prelude::*;

use super::part::{Input, Look, Page, Part, Slot};
use super::section::{self, SECTION, TOGGLE};
use super::state::{Action, State};

pub const PART: Part = Part {
    name: "sections",
    slot: Slot::Main,
    in_embed: true,
    #[cfg(feature = "ssr")]
    view,
    mark,
    on,
    start: |_| super::share::offer_native(),
};

crate::ui::part::hook! {$
    /// The controls' buttons, by what they ask for ([`Control::key`]).
    pub CONTROL, with_control: data-sections
}

/// What the controls' buttons ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Control {
    ExpandAll,
    CollapseAll,
    /// Leave the one-section view for the whole explainer.
    ShowAll,
}

impl Control {
    pub const ALL: [Control; 3] = [Control::ExpandAll, Control::CollapseAll, Control::ShowAll];

    pub fn key(self) -> &'static str {
        match self {
            Control::ExpandAll => "expand",
            Control::CollapseAll => "collapse",
            Control::ShowAll => "show-all",
        }
    }

    pub fn from_key(key: &str) -> Option<Control> {
        Control::ALL.into_iter().find(|c| c.key() == key)
    }

    /// The button's look for the state: "Expand all" and "Collapse all" say when they have nothing to
    /// do (`aria-disabled`, not `disabled`: a button that disables itself when pressed from the
    /// keyboard would drop focus to the page); in the one-section view only "Show the whole
    /// explainer" shows.
    pub fn look(self, state: &State) -> Look {
        let (shown, disabled) = match self {
            Control::ExpandAll => (state.only.is_none(), Some(state.open.iter().all(|o| *o))),
            Control::CollapseAll => (state.only.is_none(), Some(state.open.iter().all(|o| !*o))),
            Control::ShowAll => (state.only.is_some(), None),
        };
        let look = Look::default().hidden(!shown);
        match disabled {
            Some(disabled) => look.attribute("aria-disabled", Some(disabled.to_string())),
            None => look,
        }
    }

    fn action(self) -> Action {
        match self {
            Control::ExpandAll => Action::ExpandAll,
            Control::CollapseAll => Action::CollapseAll,
            Control::ShowAll => Action::ShowAll,
        }
    }
}

/// Marks the (adopted) sections and controls for the state.
fn mark(state: &State) {
    section::mark(state);
    crate::web::dom::restyle(CONTROL, |key| Some(Control::from_key(key)?.look(state)));
}

/// A section's toggle opens or closes it; a control does what it says; find-in-page opens the section
/// it found text in.
fn on(page: &Page, _: &State, input: &Input) -> Option<Action> {
    let story = page.story;
    match input {
        Input::Click(e) => {
            if super::share::follow_click(story.0, e) {
                return None;
            }
            if let Some(section) = TOGGLE.read(e).and_then(|id| story.section(&id)) {
                return Some(Action::Toggle(section.id));
            }
            CONTROL.read(e).and_then(|key| Control::from_key(&key)).map(Control::action)
        }
        Input::Found(e) => SECTION.read(e).and_then(|id| story.section(&id)).map(|s| Action::SetOpen(s.id, true)),
        Input::Change(_) => None,
    }
}

/// The sections as the server renders them, in their look for the state.
#[cfg(feature = "ssr")]
fn view(page: &Page, state: &State) -> Html {
    let story = page.story;
    let locale = &story.locale;
    let control = |control: Control, label: &'static str| {
        let class = classes!("text-button", (control == Control::ShowAll).then_some("show-all"));
        CONTROL.on(control.key(), control.look(state).on(html! { <button type="button" {class}>{ label }</button> }))
    };
    html! {
        <section class="sections" aria-labelledby={super::ids::SECTIONS_TITLE}>
            <div class="sections-head">
                // Focusable from script only: the skip link moves focus here.
                <h2 id={super::ids::SECTIONS_TITLE} tabindex="-1">{ locale.sections_title }</h2>
                <div class="sections-controls">
                    { control(Control::ExpandAll, locale.expand_all) }
                    { control(Control::CollapseAll, locale.collapse_all) }
                    { control(Control::ShowAll, locale.show_whole) }
                </div>
            </div>
            { for story.sections.iter().map(|s| section::view(story, state, s, &section_page(&page.base, s.id), page.embed)) }
        </section>
    }
}

/// A section's own share page, from the site's root as this page reaches it.
#[cfg(feature = "ssr")]
pub fn section_page(base: &str, section: &str) -> String {
    format!("{base}section/{section}/")
}
