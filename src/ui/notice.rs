//! A calm notice for a link the page could not follow.

use story::fragment::Problem;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    pub problem: Option<Problem>,
    pub on_dismiss: Callback<()>,
}

#[function_component]
pub fn Notice(props: &NoticeProps) -> Html {
    let on_dismiss = props.on_dismiss.reform(|_: MouseEvent| ());
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
