//! Every glossary term, in full: background a reader may need.

use yew::prelude::*;

use super::{ids, StoryRef};

#[derive(Properties, PartialEq)]
pub struct GlossaryProps {
    pub story: StoryRef,
}

#[function_component]
pub fn Glossary(props: &GlossaryProps) -> Html {
    html! {
        <section class="glossary" aria-labelledby="glossary-title">
            <h2 id="glossary-title">{ "Terms" }</h2>
            <p class="background-note">{ "Background, not from the statement." }</p>
            <dl>
                { for props.story.glossary.iter().map(|term| html! {
                    <div key={term.id} id={ids::term(term.id)} class="glossary-entry">
                        <dt>
                            { term.term }
                            if let Some(expansion) = term.expansion {
                                <span class="term-expansion">{ " (" }{ expansion }{ ")" }</span>
                            }
                        </dt>
                        <dd>{ term.definition }</dd>
                    </div>
                }) }
            </dl>
        </section>
    }
}
