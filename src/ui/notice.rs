//! A calm notice for a link the page could not follow.

use story::fragment::Problem;
use yew::prelude::*;

use super::ids;
use crate::web;

/// The notice about `problem`, if any, in the locale's words, in a live region that is always in the page; its button calls
/// `on_dismiss`.
pub fn view(locale: &story::Locale, problem: Option<Problem>, on_dismiss: &Callback<()>) -> Html {
    // The button goes away with the notice: focus moves to the headline above it (scrolled into view),
    // rather than falling back to the start of the page.
    let on_dismiss = on_dismiss.reform(|_: MouseEvent| {
        web::dom::reveal(ids::HEADLINE, ids::HEADLINE);
    });
    html! {
        <div class="notice-region" role="status">
            if let Some(problem) = problem {
                <p class="notice">
                    <span>{ locale.problem(problem) }</span>
                    { " " }
                    <button type="button" class="link-button" onclick={on_dismiss}>{ locale.dismiss }</button>
                </p>
            }
        </div>
    }
}
