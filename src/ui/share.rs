//! "Copy link" for one section: copies its share page's address (in an article that embeds the
//! explainer and told it its address, the article's, opening the section) and says so in a polite live region;
//! where the clipboard is refused, shows the link selected in a read-only field. Offers the native
//! share sheet where the browser has one.
//!
//! The row is part of the sections' frozen part ([`view`], on the server); in the browser that part
//! passes clicks to [`follow_click`], and [`offer_native`] shows the share button once the app knows
//! the browser has a share sheet.

use yew::platform::spawn_local;
use yew::prelude::*;

use super::ids;
use super::section::SECTION;
use crate::web;

crate::ui::part::hook! {$
    /// A share row's buttons, by what they do: `copy` or `native`.
    pub SHARE, with_share: data-share
}
crate::ui::part::hook! {$
    /// The address a share button gives.
    URL, with_url: data-url
}
crate::ui::part::hook! {$
    /// The title the native share sheet gets.
    TITLE, with_title: data-title
}
#[cfg(feature = "ssr")]
const COPY: &str = "copy";
const NATIVE: &str = "native";

/// The share row of section `id`, whose share page is `url` (absolute, or relative to the page). In
/// the embed view (`embed`), the link to that page opens outside the host's frame.
#[cfg(feature = "ssr")]
pub fn view(locale: &story::Locale, id: &'static str, title: &'static str, url: &str, embed: bool) -> Html {
    let copy = html! { <button type="button" class="text-button copy-link">{ locale.copy_link }</button> };
    let native = html! { <button type="button" class="text-button share-native" hidden=true>{ locale.share }</button> };
    html! {
        <div class="share">
            { super::links::leaving(locale, embed, html! { <a class="share-page" href={url.to_owned()}>{ locale.section_page }</a> }) }
            { SHARE.on(COPY, URL.on(url.to_owned(), copy)) }
            { SHARE.on(NATIVE, URL.on(url.to_owned(), TITLE.on(title, native))) }
            <span class="share-status" role="status" id={ids::share_status(id)}></span>
            <label class="share-fallback" id={ids::share_fallback(id)} hidden=true>
                <span>{ locale.copy_this_link }</span>
                <input id={ids::share_link(id)} type="text" readonly=true value="" />
            </label>
        </div>
    }
}

/// Shows every section's share button where the browser has a share sheet.
pub fn offer_native() {
    if web::clipboard::can_share() {
        web::dom::set_hidden(&SHARE.is(NATIVE), false);
    }
}

/// Follows a click on a share row's button (for the sections' part); `false` when the click was not
/// on one.
pub fn follow_click(story: &'static story::Story, event: &MouseEvent) -> bool {
    let locale = &story.locale;
    let Some(action) = SHARE.read(event) else { return false };
    let (Some(url), Some(section)) = (URL.read(event), SECTION.read(event)) else {
        return false;
    };
    // In an article that told us its address, the link is the article's, opening this section.
    let in_host = story.section(&section).and_then(|s| web::embed::host_link(&story::fragment::Target::Section(s.id)));
    let url = in_host.unwrap_or_else(|| web::location::absolute(&url));
    if action == NATIVE {
        let title = TITLE.read(event).unwrap_or_default();
        spawn_local(async move {
            web::clipboard::share(&title, &url).await;
        });
        return true;
    }
    spawn_local(async move {
        if !web::clipboard::copy(&url).await {
            // The link, selected in a field: copied from there with the older command where the
            // clipboard API is refused (a frame without `allow="clipboard-write"`, as pym.js makes
            // it), else left there for the reader to copy.
            web::dom::set_value(&ids::selector(&ids::share_link(&section)), &url);
            web::dom::set_hidden(&ids::selector(&ids::share_fallback(&section)), false);
            web::dom::select_input(&ids::share_link(&section));
            if !web::clipboard::copy_selection() {
                return;
            }
        }
        web::dom::set_text(&ids::selector(&ids::share_status(&section)), locale.link_copied);
    });
    true
}
