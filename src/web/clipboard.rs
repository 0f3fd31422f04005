//! Copying text and the Web Share API.

use wasm_bindgen_futures::JsFuture;

/// Copies text to the clipboard; `false` when the browser refuses (no permission, sandboxed frame,
/// insecure context, old browser).
pub async fn copy(text: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let navigator = window.navigator();
    // Older browsers and some frames have no `navigator.clipboard` at all.
    let has_clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).is_ok_and(|c| !c.is_undefined() && !c.is_null());
    if !has_clipboard {
        return false;
    }
    JsFuture::from(navigator.clipboard().write_text(text)).await.is_ok()
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

