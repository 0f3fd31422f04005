//! "Embed": the code a newsroom pastes into an article to embed the explainer, whole or at one
//! section, with our auto-height loader or with pym.js, and a copy button.

use yew::platform::spawn_local;
use yew::prelude::*;

use super::StoryRef;
use crate::web;

#[derive(Clone, Copy, PartialEq)]
pub enum Flavour {
    Loader,
    Pym,
}

/// The embed snippet for a site root (absolute, ending in `/`) and an optional section.
pub fn snippet(root: &str, title: &str, section: Option<&str>, flavour: Flavour) -> String {
    let src = match section {
        Some(id) => format!("{root}embed/?section={id}"),
        None => format!("{root}embed/"),
    };
    let title = crate::page::escape(title);
    match flavour {
        Flavour::Loader => format!(
            "<iframe data-news-explainer src=\"{src}\" title=\"{title}\" width=\"100%\" height=\"900\" loading=\"lazy\" style=\"border:0\"></iframe>\n<script src=\"{root}embed.js\" async></script>"
        ),
        Flavour::Pym => format!(
            "<div data-pym-src=\"{src}\" data-pym-title=\"{title}\"></div>\n<!-- pym.js v1 from your own copy, e.g. npm install pym.js -->\n<script src=\"/path/to/pym.v1.min.js\"></script>"
        ),
    }
}

/// What the panel in the page (a frozen part, [`view`]) does, as the handlers of `change` and `click`
/// events from inside it. The form's own controls hold the choices; on any change the app writes the
/// snippet for them (with the site's absolute address, known only in the browser) into the code box,
/// and the copy button copies it.
#[hook]
pub fn use_panel(story: StoryRef, base: AttrValue) -> (Callback<Event>, Callback<MouseEvent>) {
    // Called only from effects and events: it reads the page.
    let code = move || {
        let root = web::location::absolute(&base);
        let section = web::dom::value_of(SECTION).and_then(|id| story.section(&id)).map(|s| s.id);
        let flavour = if web::dom::value_of(PYM).is_some() { Flavour::Pym } else { Flavour::Loader };
        snippet(&root, story.meta.headline, section, flavour)
    };
    {
        // The server wrote the snippet with the page's relative address: the absolute one replaces it.
        let code = code.clone();
        use_effect_with((), move |_| web::dom::set_value(CODE, &code()));
    }
    let onchange = {
        let code = code.clone();
        Callback::from(move |_: Event| {
            web::dom::set_value(CODE, &code());
            web::dom::set_text(STATUS, "");
        })
    };
    let onclick = Callback::from(move |e: MouseEvent| {
        if web::dom::clicked_data(&e, "data-copy").is_none() {
            return;
        }
        let code = code();
        spawn_local(async move {
            let ok = web::clipboard::copy(&code).await;
            if !ok {
                web::dom::select_input("embed-code");
            }
            web::dom::set_text(STATUS, if ok { "Embed code copied to the clipboard." } else { "Copying was refused: the code is selected, copy it by hand." });
        });
    });
    (onchange, onclick)
}

/// The form's controls, as the browser finds them.
const SECTION: &str = "#embed-section";
const PYM: &str = "input[name='embed-flavour'][value='pym']:checked";
const CODE: &str = "#embed-code";
const STATUS: &str = "#embed-status";

/// The panel as the server renders it: the whole explainer, with our loader, for the page's address.
#[cfg(feature = "ssr")]
pub fn view(story: StoryRef, base: &str) -> Html {
    html! {
        <details class="embed">
            <summary>{ "Embed this explainer" }</summary>
            <div class="embed-body">
                <label class="embed-field">
                    <span>{ "Show" }</span>
                    <select id="embed-section">
                        <option value="" selected=true>{ "The whole explainer" }</option>
                        { for story.sections.iter().map(|s| html! {
                            <option value={s.id}>{ format!("Section: {}", s.title) }</option>
                        }) }
                    </select>
                </label>
                <fieldset class="embed-field">
                    <legend>{ "Sizing" }</legend>
                    <label><input type="radio" name="embed-flavour" value="loader" checked=true />{ " Our loader (any page)" }</label>
                    <label><input type="radio" name="embed-flavour" value="pym" />{ " pym.js" }</label>
                </fieldset>
                <label class="embed-field">
                    <span>{ "Code" }</span>
                    <textarea id="embed-code" readonly=true rows="4" spellcheck="false"
                        value={snippet(base, story.meta.headline, None, Flavour::Loader)} />
                </label>
                <p class="embed-actions">
                    <button type="button" class="text-button" data-copy="embed">{ "Copy code" }</button>
                    <span role="status" class="share-status" id="embed-status"></span>
                </p>
            </div>
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_loader_snippet_points_at_the_embed_page_and_the_loader() {
        let code = snippet("https://example.org/x/", "A \"title\"", Some("intro"), Flavour::Loader);
        assert!(code.starts_with("<iframe data-news-explainer src=\"https://example.org/x/embed/?section=intro\" title=\"A &quot;title&quot;\""));
        assert!(code.ends_with("<script src=\"https://example.org/x/embed.js\" async></script>"));
    }

    #[test]
    fn the_pym_snippet_uses_auto_init() {
        let code = snippet("https://example.org/", "T", None, Flavour::Pym);
        assert!(code.starts_with("<div data-pym-src=\"https://example.org/embed/\" data-pym-title=\"T\"></div>"));
    }
}
