//! A calm notice for a link the page could not follow.

use story::fragment::Problem;
use yew::prelude::*;

use super::ids;
use crate::web;

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    pub problem: Option<Problem>,
    pub on_dismiss: Callback<()>,
}

#[function_component]
pub fn Notice(props: &NoticeProps) -> Html {
    // The button goes away with the notice: focus moves to the headline above it (scrolled into view),
    // rather than falling back to the start of the page.
    let on_dismiss = props.on_dismiss.reform(|_: MouseEvent| {
        web::dom::reveal(ids::HEADLINE, ids::HEADLINE);
    });
    html! {
        <div class="notice-region" role="status">
            if let Some(problem) = props.problem {
                <p class="notice">
                    <span>{ problem.message() }</span>
                    { " " }
                    <button type="button" class="link-button" onclick={on_dismiss}>{ "Dismiss" }</button>
                </p>
            }
        </div>
    }
}
