//! Copying text and the Web Share API.

use wasm_bindgen_futures::JsFuture;

/// Copies text to the clipboard; `false` when the browser refuses (no permission, sandboxed frame,
/// insecure context, old browser).
pub async fn copy(text: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let navigator = window.navigator();
    // Older browsers and some frames have no `navigator.clipboard` at all.
    let has_clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).is_ok_and(|c| !c.is_undefined() && !c.is_null());
    if !has_clipboard || refused_to_frame(&window) {
        return false;
    }
    JsFuture::from(navigator.clipboard().write_text(text)).await.is_ok()
}

/// Whether the frame's permissions policy refuses it the clipboard (a cross-origin frame without
/// `allow="clipboard-write"`), where the browser says so (`document.featurePolicy`, Chromium): asking
/// anyway would log an error in the host's console.
fn refused_to_frame(window: &web_sys::Window) -> bool {
    use wasm_bindgen::JsCast;
    let get = |object: &wasm_bindgen::JsValue, key: &str| js_sys::Reflect::get(object, &key.into()).ok();
    let Some(policy) = window.document().and_then(|d| get(&d, "featurePolicy")).filter(|p| p.is_object()) else {
        return false;
    };
    let allows = get(&policy, "allowsFeature").filter(|f| f.is_function());
    allows.and_then(|f| f.unchecked_into::<js_sys::Function>().call1(&policy, &"clipboard-write".into()).ok()).is_some_and(|allowed| allowed.is_falsy())
}

/// Copies the page's selection with the older `execCommand`, which a frame may use where the
/// clipboard API is refused to it; `false` when the browser refuses that too.
pub fn copy_selection() -> bool {
    use wasm_bindgen::JsCast;
    let document = web_sys::window().and_then(|w| w.document());
    // A page's document is always an HTML document.
    document.is_some_and(|d| d.unchecked_into::<web_sys::HtmlDocument>().exec_command("copy").unwrap_or(false))
}

/// Whether the browser offers a native share sheet.
pub fn can_share() -> bool {
    web_sys::window().is_some_and(|w| {
        js_sys::Reflect::get(&w.navigator(), &"share".into()).is_ok_and(|f| f.is_function())
    })
}

/// Opens the native share sheet; `false` if it failed or the reader cancelled.
pub async fn share(title: &str, url: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(url);
    let promise = window.navigator().share_with_data(&data);
    JsFuture::from(promise).await.is_ok()
}

