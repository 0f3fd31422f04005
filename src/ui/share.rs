//! "Copy link" for one section: copies its share page's address and says so in a polite live region;
//! where the clipboard is refused, shows the link selected in a read-only field. Offers the native
//! share sheet where the browser has one.

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::web;

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    /// The section's id, for element ids.
    pub id: &'static str,
    pub title: &'static str,
    /// The share page: absolute (`https://…`) or relative to this page.
    pub url: AttrValue,
}

#[derive(Clone, PartialEq)]
enum Status {
    Idle,
    Copied,
    /// The clipboard was refused: the link is shown to copy by hand.
    Shown(String),
}


#[function_component]
pub fn Share(props: &ShareProps) -> Html {
    let status = use_state(|| Status::Idle);
    let can_share = use_state(|| false);
    {
        let can_share = can_share.clone();
        use_effect_with((), move |_| can_share.set(web::clipboard::can_share()));
    }
    let field_id = format!("{}-link", props.id);
    {
        let field_id = field_id.clone();
        let shown = matches!(*status, Status::Shown(_));
        use_effect_with(shown, move |shown| {
            if *shown {
                web::dom::select_input(&field_id);
            }
        });
    }
    let on_copy = {
        let status = status.clone();
        let url = props.url.clone();
        Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            let url = web::location::absolute(&url);
            spawn_local(async move {
                if web::clipboard::copy(&url).await {
                    status.set(Status::Copied);
                } else {
                    status.set(Status::Shown(url));
                }
            });
        })
    };
    let on_share = {
        let url = props.url.clone();
        let title = props.title;
        Callback::from(move |_: MouseEvent| {
            let url = web::location::absolute(&url);
            spawn_local(async move {
                web::clipboard::share(title, &url).await;
            });
        })
    };
    html! {
        <div class="share">
            <a class="share-page" href={props.url.clone()}>{ "Page for this section" }</a>
            <button type="button" class="text-button copy-link" onclick={on_copy}>{ "Copy link" }</button>
            if *can_share {
                <button type="button" class="text-button share-native" onclick={on_share}>{ "Share…" }</button>
            }
            <span class="share-status" role="status">
                if *status == Status::Copied { { "Link copied to the clipboard." } }
            </span>
            if let Status::Shown(url) = &*status {
                <label class="share-fallback">
                    <span>{ "Copy this link:" }</span>
                    <input id={field_id} type="text" readonly=true value={url.clone()} />
                </label>
            }
        </div>
    }
}
