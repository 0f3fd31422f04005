//! "Embed": the code a newsroom pastes into an article to embed the explainer, whole or at one
//! section, with our auto-height loader or with pym.js, and a copy button.

use yew::platform::spawn_local;
use yew::prelude::*;

use super::StoryRef;
use crate::web;

#[derive(Properties, PartialEq)]
pub struct EmbedCodeProps {
    pub story: StoryRef,
    /// The way to the site's root, ending in `/`.
    pub base: AttrValue,
}

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

#[function_component]
pub fn EmbedCode(props: &EmbedCodeProps) -> Html {
    let story = props.story;
    // The site's address is known only in the browser (or from --site-url): resolved after hydration.
    let root = use_state(|| props.base.to_string());
    {
        let root = root.clone();
        let base = props.base.clone();
        use_effect_with(base, move |base| root.set(web::location::absolute(base)));
    }
    let section = use_state(|| None::<&'static str>);
    let flavour = use_state(|| Flavour::Loader);
    let copied = use_state(|| None::<bool>);
    let code = snippet(&root, story.meta.headline, *section, *flavour);

    let on_section = {
        let section = section.clone();
        let copied = copied.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            section.set(story.section(&value).map(|s| s.id));
            copied.set(None);
        })
    };
    let set_flavour = |f: Flavour| {
        let flavour = flavour.clone();
        let copied = copied.clone();
        Callback::from(move |_: Event| {
            flavour.set(f);
            copied.set(None);
        })
    };
    let on_copy = {
        let code = code.clone();
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            let code = code.clone();
            let copied = copied.clone();
            spawn_local(async move {
                let ok = web::clipboard::copy(&code).await;
                if !ok {
                    web::dom::select_input("embed-code");
                }
                copied.set(Some(ok));
            });
        })
    };
    html! {
        <details class="embed">
            <summary>{ "Embed this explainer" }</summary>
            <div class="embed-body">
                <label class="embed-field">
                    <span>{ "Show" }</span>
                    <select onchange={on_section}>
                        <option value="" selected={section.is_none()}>{ "The whole explainer" }</option>
                        { for story.sections.iter().map(|s| html! {
                            <option value={s.id} selected={*section == Some(s.id)}>{ format!("Section: {}", s.title) }</option>
                        }) }
                    </select>
                </label>
                <fieldset class="embed-field">
                    <legend>{ "Sizing" }</legend>
                    <label><input type="radio" name="embed-flavour" checked={*flavour == Flavour::Loader}
                        onchange={set_flavour(Flavour::Loader)} />{ " Our loader (any page)" }</label>
                    <label><input type="radio" name="embed-flavour" checked={*flavour == Flavour::Pym}
                        onchange={set_flavour(Flavour::Pym)} />{ " pym.js" }</label>
                </fieldset>
                <label class="embed-field">
                    <span>{ "Code" }</span>
                    <textarea id="embed-code" readonly=true rows="4" spellcheck="false" value={code.clone()} />
                </label>
                <p class="embed-actions">
                    <button type="button" class="text-button" onclick={on_copy}>{ "Copy code" }</button>
                    <span role="status" class="share-status">
                        { match *copied {
                            Some(true) => "Embed code copied to the clipboard.",
                            Some(false) => "Copying was refused: the code is selected, copy it by hand.",
                            None => "",
                        } }
                    </span>
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
