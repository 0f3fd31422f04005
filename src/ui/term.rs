//! A glossary term that explains itself on tap, click or keyboard (a native disclosure), marked as
//! background because the definition is not from the statement.

use story::Term;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TermProps {
    pub term: &'static Term,
    pub locale: &'static story::Locale,
}

#[function_component]
pub fn TermItem(props: &TermProps) -> Html {
    let (term, locale) = (props.term, props.locale);
    html! {
        <details class="term">
            <summary>
                <abbr>{ term.term }</abbr>
                if let Some(expansion) = term.expansion {
                    <span class="term-expansion">{ " (" }{ expansion }{ ")" }</span>
                }
            </summary>
            <p>{ super::links::labelled(locale.background, "background-label", |_| html! { <>{ term.definition }</> }) }</p>
        </details>
    }
}
