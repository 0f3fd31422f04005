//! The statement, section by section, with "expand all" and "collapse all".

use yew::prelude::*;

use super::frozen::Frozen;
use super::section::SectionItem;
use super::StoryRef;

#[derive(Properties, PartialEq)]
pub struct SectionsProps {
    pub story: StoryRef,
    /// One flag per section, in story order.
    pub open: Vec<bool>,
    /// The one section shown by itself (an embed of one section), or `None`: every section.
    #[prop_or_default]
    pub only: Option<&'static str>,
    pub on_toggle: Callback<&'static str>,
    pub on_revealed: Callback<&'static str>,
    pub on_expand_all: Callback<()>,
    pub on_collapse_all: Callback<()>,
    /// Leaves the one-section view for the whole explainer.
    #[prop_or_default]
    pub on_show_all: Callback<()>,
    pub frozen: Frozen,
}

#[function_component]
pub fn Sections(props: &SectionsProps) -> Html {
    let all_open = props.open.iter().all(|o| *o);
    let all_closed = props.open.iter().all(|o| !*o);
    html! {
        <section class="sections" aria-labelledby="sections-title">
            <div class="sections-head">
                // Focusable from script only: the skip link moves focus here.
                <h2 id="sections-title" tabindex="-1">{ "The statement, section by section" }</h2>
                <div class="sections-controls">
                    if props.only.is_some() {
                        <button type="button" class="text-button show-all"
                            onclick={props.on_show_all.reform(|_: MouseEvent| ())}>{ "Show the whole explainer" }</button>
                    } else {
                        // `aria-disabled`, not `disabled`: a button that disables itself when pressed
                        // from the keyboard would drop focus to the page.
                        <button type="button" class="text-button" aria-disabled={all_open.to_string()}
                            onclick={props.on_expand_all.reform(|_: MouseEvent| ())}>{ "Expand all" }</button>
                        <button type="button" class="text-button" aria-disabled={all_closed.to_string()}
                            onclick={props.on_collapse_all.reform(|_: MouseEvent| ())}>{ "Collapse all" }</button>
                    }
                </div>
            </div>
            { for props.story.sections.iter().zip(props.open.iter()).map(|(section, open)| html! {
                <SectionItem key={section.id} {section} open={*open} hidden={props.only.is_some_and(|o| o != section.id)}
                    on_toggle={props.on_toggle.clone()} on_revealed={props.on_revealed.clone()}
                    frozen={props.frozen.clone()} />
            }) }
        </section>
    }
}

/// A section's own share page, from the site's root as this page reaches it.
#[cfg(feature = "ssr")]
pub fn section_page(base: &str, section: &str) -> String {
    format!("{base}section/{section}/")
}
