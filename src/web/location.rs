//! The URL: reading the fragment, replacing it without adding history entries, and hearing about
//! navigation (hashchange, back and forward).

use gloo_events::EventListener;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The current fragment, with its `#` (empty when there is none).
pub fn fragment() -> String {
    window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// The current query string, with its `?` (empty when there is none).
pub fn query() -> String {
    window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// Replaces the fragment in place (history.replaceState): `None` removes it. Keeps path and query.
pub fn replace_fragment(fragment: Option<&str>) {
    let Some(window) = window() else { return };
    let location = window.location();
    let path = location.pathname().unwrap_or_default();
    let query = location.search().unwrap_or_default();
    let url = match fragment {
        Some(f) if !f.is_empty() => format!("{path}{query}#{f}"),
        _ => format!("{path}{query}"),
    };
    if location.hash().unwrap_or_default() == url.rsplit_once('#').map(|(_, f)| format!("#{f}")).unwrap_or_default() {
        return;
    }
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&history.state().unwrap_or(wasm_bindgen::JsValue::NULL), "", Some(&url));
    }
}

/// A link made absolute against the page's own address ("../../section/x/" → "https://…/section/x/").
pub fn absolute(url: &str) -> String {
    let here = window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    web_sys::Url::new_with_base(url, &here).map(|u| u.href()).unwrap_or_else(|_| url.to_owned())
}

/// Calls `on_change` with the new fragment whenever it changes by navigation: a link, an edited URL,
/// back or forward (each of which fires `hashchange`, after the browser's own scroll to the fragment,
/// so focus moved then stays put). Dropping the returned listener stops it.
pub fn on_fragment_change(on_change: impl Fn(String) + 'static) -> Option<EventListener> {
    let window = window()?;
    Some(EventListener::new(&window, "hashchange", move |_| on_change(fragment())))
}
