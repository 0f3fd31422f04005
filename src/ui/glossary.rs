//! Every glossary term, in full: background a reader may need. A frozen part ([`super::part`]):
//! rendered on the server only.

use super::part::{Part, Slot};

pub const PART: Part = Part::still("glossary", Slot::Main, true, #[cfg(feature = "ssr")] |page, _| view(page.story));

#[cfg(feature = "ssr")]
use yew::prelude::*;

#[cfg(feature = "ssr")]
use super::{ids, StoryRef};

#[cfg(feature = "ssr")]
pub fn view(story: StoryRef) -> Html {
    html! {
        <section class="glossary" aria-labelledby="glossary-title">
            <h2 id="glossary-title">{ story.locale.terms }</h2>
            <p class="background-note">{ story.locale.background_note }</p>
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
