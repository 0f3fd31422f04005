//! Every glossary term, in full: background a reader may need. A frozen part (see
//! [`super::frozen`]): rendered on the server only.

use yew::prelude::*;

use super::{ids, StoryRef};

pub fn view(story: StoryRef) -> Html {
    html! {
        <section class="glossary" aria-labelledby="glossary-title">
            <h2 id="glossary-title">{ "Terms" }</h2>
            <p class="background-note">{ "Background, not from the statement." }</p>
            <dl>
                { for story.glossary.iter().map(|term| html! {
                    <div id={ids::term(term.id)} class="glossary-entry">
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
