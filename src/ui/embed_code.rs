//! "Embed": the code a newsroom pastes into an article to embed the explainer, whole or at one
//! section, with our auto-height loader or with pym.js, and a copy button.

use yew::platform::spawn_local;
#[cfg(feature = "ssr")]
use yew::prelude::*;

use super::part::{Input, Page, Part, Slot};
use super::state::{Action, State};
use super::ids;
#[cfg(feature = "ssr")]
use super::StoryRef;
use crate::web;

#[derive(Clone, Copy, PartialEq)]
pub enum Flavour {
    Loader,
    Pym,
}

impl Flavour {
    fn key(self) -> &'static str {
        match self {
            Flavour::Loader => "loader",
            Flavour::Pym => "pym",
        }
    }
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
            "<iframe data-news-explainer src=\"{src}\" title=\"{title}\" allow=\"clipboard-write\" width=\"100%\" height=\"900\" style=\"border:0\"></iframe>\n<script src=\"{root}embed.js\" async></script>"
        ),
        Flavour::Pym => format!(
            "<div data-pym-src=\"{src}\" data-pym-title=\"{title}\"></div>\n<!-- pym.js v1 from your own copy, e.g. npm install pym.js -->\n<script src=\"/path/to/pym.v1.min.js\"></script>"
        ),
    }
}

pub const PART: Part = Part {
    name: "embed-code",
    slot: Slot::Foot,
    in_embed: false,
    #[cfg(feature = "ssr")]
    view: |page, _| view(page.story, &page.base),
    mark: Part::unmarked,
    on,
    start: write_code,
};

/// The form's controls, by id, and the copy button, by its hook.
const SECTION: &str = "embed-section";
const FLAVOUR: &str = "embed-flavour";
const CODE: &str = "embed-code";
const STATUS: &str = "embed-status";
crate::ui::part::hook! {$
    COPY, with_copy: data-embed-copy
}

/// The snippet for the form's choices, with the site's absolute address (known only in the
/// browser): read from the page, so called only from effects and events.
fn code(page: &Page) -> String {
    let story = page.story;
    let root = web::location::absolute(&page.base);
    let section = web::dom::value_of(&ids::selector(SECTION)).and_then(|id| story.section(&id)).map(|s| s.id);
    let pym = format!("input[name='{FLAVOUR}'][value='{}']:checked", Flavour::Pym.key());
    let flavour = if web::dom::value_of(&pym).is_some() { Flavour::Pym } else { Flavour::Loader };
    snippet(&root, story.meta.headline, section, flavour)
}

/// The server wrote the snippet with the page's relative address: the absolute one replaces it.
fn write_code(page: &Page) {
    web::dom::set_value(&ids::selector(CODE), &code(page));
}

/// The form's own controls hold the choices: on any change the code box gets the snippet for them,
/// and the copy button copies it.
fn on(page: &Page, _: &State, input: &Input) -> Option<Action> {
    match input {
        Input::Change(_) => {
            write_code(page);
            web::dom::set_text(&ids::selector(STATUS), "");
        }
        Input::Click(e) if COPY.read(e).is_some() => {
            let code = code(page);
            let locale = &page.story.0.locale;
            spawn_local(async move {
                let ok = web::clipboard::copy(&code).await;
                if !ok {
                    web::dom::select_input(CODE);
                }
                web::dom::set_text(&ids::selector(STATUS), if ok { locale.embed_copied } else { locale.embed_refused });
            });
        }
        _ => {}
    }
    None
}

/// The panel as the server renders it: the whole explainer, with our loader, for the page's address.
#[cfg(feature = "ssr")]
fn view(story: StoryRef, base: &str) -> Html {
    let locale = &story.locale;
    let flavour = |flavour: Flavour, label: &'static str| html! {
        <label><input type="radio" name={FLAVOUR} value={flavour.key()} checked={flavour == Flavour::Loader} />{ " " }{ label }</label>
    };
    html! {
        <div class="embed-holder">
        <details class="embed">
            <summary>{ locale.embed_title }</summary>
            <div class="embed-body">
                <label class="embed-field">
                    <span>{ locale.embed_show }</span>
                    <select id={SECTION}>
                        <option value="" selected=true>{ locale.embed_whole }</option>
                        { for story.sections.iter().map(|s| html! {
                            <option value={s.id}>{ locale.embed_section.fill(&[("title", s.title)]) }</option>
                        }) }
                    </select>
                </label>
                <fieldset class="embed-field">
                    <legend>{ locale.embed_sizing }</legend>
                    { flavour(Flavour::Loader, locale.embed_loader) }
                    { flavour(Flavour::Pym, "pym.js") }
                </fieldset>
                <label class="embed-field">
                    <span>{ locale.embed_code }</span>
                    <textarea id={CODE} readonly=true rows="4" spellcheck="false"
                        value={snippet(base, story.meta.headline, None, Flavour::Loader)} />
                </label>
                <p class="embed-actions">
                    { COPY.on("", html! { <button type="button" class="text-button">{ locale.copy_code }</button> }) }
                    <span role="status" class="share-status" id={STATUS}></span>
                </p>
            </div>
        </details>
        </div>
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
