//! A glossary term that explains itself on tap, click or keyboard (a native disclosure), marked as
//! background because the definition is not from the statement.

use story::Term;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TermProps {
    pub term: &'static Term,
}

#[function_component]
pub fn TermItem(props: &TermProps) -> Html {
    let term = props.term;
    html! {
        <details class="term">
            <summary>
                <abbr>{ term.term }</abbr>
                if let Some(expansion) = term.expansion {
                    <span class="term-expansion">{ " (" }{ expansion }{ ")" }</span>
                }
            </summary>
            <p><span class="background-label">{ "Background: " }</span>{ term.definition }</p>
        </details>
    }
}
