//! The statement, section by section, with "expand all" and "collapse all".
//!
//! A frozen part ([`super::frozen`]): the server renders every section (open on its own share page),
//! and the browser marks them for the state ([`mark`], [`super::section::mark`]). The page's one click
//! handler hears the toggles (`data-toggle`) and the controls (`data-sections`).

use yew::prelude::*;

use story::Section;
#[cfg(feature = "ssr")]
use super::StoryRef;

/// Marks the sections in the page (a frozen part, [`view`]) for the state: `open` has one flag per
/// section, in story order; `only` is the one section shown by itself (an embed of one section), or
/// `None`: every section.
#[hook]
pub fn use_marks(sections: &'static [Section], open: Vec<bool>, only: Option<&'static str>) {
    use_effect_with((open, only), move |(open, only)| {
        super::section::mark(sections, open, *only);
        mark(open, *only);
    });
}

/// What the controls' buttons (`data-sections`) ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Control {
    ExpandAll,
    CollapseAll,
    /// Leave the one-section view for the whole explainer.
    ShowAll,
}

impl Control {
    pub fn key(self) -> &'static str {
        match self {
            Control::ExpandAll => "expand",
            Control::CollapseAll => "collapse",
            Control::ShowAll => "show-all",
        }
    }

    pub fn from_key(key: &str) -> Option<Control> {
        [Control::ExpandAll, Control::CollapseAll, Control::ShowAll].into_iter().find(|c| c.key() == key)
    }
}

/// Marks the (adopted) controls: "Expand all" and "Collapse all" say when they have nothing to do
/// (`aria-disabled`, not `disabled`: a button that disables itself when pressed from the keyboard
/// would drop focus to the page); in the one-section view only "Show the whole explainer" shows.
fn mark(open: &[bool], only: Option<&str>) {
    use crate::web::dom::{restyle, Look};

    let all_open = open.iter().all(|o| *o);
    let all_closed = open.iter().all(|o| !*o);
    restyle(".sections-controls [data-sections]", "data-sections", |key| {
        let (shown, disabled) = match Control::from_key(key)? {
            Control::ExpandAll => (only.is_none(), Some(all_open)),
            Control::CollapseAll => (only.is_none(), Some(all_closed)),
            Control::ShowAll => (only.is_some(), None),
        };
        let mut attributes = vec![("hidden", (!shown).then(String::new))];
        if let Some(disabled) = disabled {
            attributes.push(("aria-disabled", Some(disabled.to_string())));
        }
        Some(Look { classes: Vec::new(), attributes })
    });
}

/// The sections as the server renders them: `open` is the section a share page opens.
#[cfg(feature = "ssr")]
pub fn view(story: StoryRef, open: Option<&str>, base: &str) -> Html {
    let control = |control: Control, label: &'static str, disabled: Option<bool>, hidden: bool| {
        let class = classes!("text-button", (control == Control::ShowAll).then_some("show-all"));
        html! {
            <button type="button" {class} data-sections={control.key()} aria-disabled={disabled.map(|d| d.to_string())} {hidden}>
                { label }
            </button>
        }
    };
    let all_open = story.sections.iter().all(|s| open == Some(s.id));
    html! {
        <section class="sections" aria-labelledby="sections-title">
            <div class="sections-head">
                // Focusable from script only: the skip link moves focus here.
                <h2 id="sections-title" tabindex="-1">{ "The statement, section by section" }</h2>
                <div class="sections-controls">
                    { control(Control::ExpandAll, "Expand all", Some(all_open), false) }
                    { control(Control::CollapseAll, "Collapse all", Some(open.is_none()), false) }
                    { control(Control::ShowAll, "Show the whole explainer", None, true) }
                </div>
            </div>
            { for story.sections.iter().map(|section| {
                super::section::view(story, section, open == Some(section.id), &section_page(base, section.id))
            }) }
        </section>
    }
}

/// A section's own share page, from the site's root as this page reaches it.
#[cfg(feature = "ssr")]
pub fn section_page(base: &str, section: &str) -> String {
    format!("{base}section/{section}/")
}
