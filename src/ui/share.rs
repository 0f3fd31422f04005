//! "Copy link" for one section: copies its share page's address and says so in a polite live region;
//! where the clipboard is refused, shows the link selected in a read-only field. Offers the native
//! share sheet where the browser has one.
//!
//! The row is part of the section body's frozen part ([`view`], on the server); in the browser the
//! page's one click handler passes clicks to [`follow_click`], and [`offer_native`] shows the share
//! button once the app knows the browser has a share sheet.

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::web;

/// The share row of section `id`, whose share page is `url` (absolute, or relative to the page).
#[cfg(feature = "ssr")]
pub fn view(id: &'static str, title: &'static str, url: &str) -> Html {
    html! {
        <div class="share">
            <a class="share-page" href={url.to_owned()}>{ "Page for this section" }</a>
            <button type="button" class="text-button copy-link" data-share="copy" data-url={url.to_owned()}>{ "Copy link" }</button>
            <button type="button" class="text-button share-native" data-share="native" data-url={url.to_owned()} data-title={title} hidden=true>
                { "Share…" }
            </button>
            <span class="share-status" role="status" id={format!("{id}-share-status")}></span>
            <label class="share-fallback" id={format!("{id}-share-fallback")} hidden=true>
                <span>{ "Copy this link:" }</span>
                <input id={format!("{id}-link")} type="text" readonly=true value="" />
            </label>
        </div>
    }
}

/// Shows every section's share button where the browser has a share sheet.
pub fn offer_native() {
    if web::clipboard::can_share() {
        web::dom::set_hidden(".share .share-native", false);
    }
}

/// Follows a click on a share row's button (from the page's one click handler); `false` when the
/// click was not on one.
pub fn follow_click(event: &MouseEvent) -> bool {
    let Some(action) = web::dom::clicked_data(event, "data-share") else { return false };
    let (Some(url), Some(section)) = (web::dom::clicked_data(event, "data-url"), web::dom::clicked_data(event, "data-section")) else {
        return false;
    };
    let url = web::location::absolute(&url);
    if action == "native" {
        let title = web::dom::clicked_data(event, "data-title").unwrap_or_default();
        spawn_local(async move {
            web::clipboard::share(&title, &url).await;
        });
        return true;
    }
    spawn_local(async move {
        let id = |suffix: &str| format!("[id='{section}-{suffix}']");
        if web::clipboard::copy(&url).await {
            web::dom::set_text(&id("share-status"), "Link copied to the clipboard.");
        } else {
            web::dom::set_value(&id("link"), &url);
            web::dom::set_hidden(&id("share-fallback"), false);
            web::dom::select_input(&format!("{section}-link"));
        }
    });
    true
}
