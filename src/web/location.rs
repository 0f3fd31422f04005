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

/// The page's origin ("https://example.org").
pub fn origin() -> String {
    window().and_then(|w| w.location().origin().ok()).unwrap_or_default()
}

/// Calls `on_change` with the new fragment whenever it changes by navigation: a link, an edited URL,
/// back or forward. Dropping the returned listeners stops it.
pub fn on_fragment_change(on_change: impl Fn(String) + 'static) -> Vec<EventListener> {
    let Some(window) = window() else { return Vec::new() };
    let on_change = std::rc::Rc::new(on_change);
    let last = std::rc::Rc::new(std::cell::RefCell::new(fragment()));
    ["hashchange", "popstate"]
        .into_iter()
        .map(|event| {
            let on_change = on_change.clone();
            let last = last.clone();
            EventListener::new(&window, event, move |_| {
                let now = fragment();
                // hashchange and popstate both fire for one back step; act once.
                if *last.borrow() != now {
                    *last.borrow_mut() = now.clone();
                    on_change(now);
                }
            })
        })
        .collect()
}
