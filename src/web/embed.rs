//! Living in an iframe: tell the host page our height whenever it changes, in the message formats
//! hosts already understand: NPR's pym.js, AMP's `embed-size`, and our own loader's (`embed.js`).
//!
//! The message texts are built and read by pure functions, tested natively; only [`start`] touches
//! the browser. Nothing from a received message is ever navigated to, evaluated or inserted as HTML.

use std::cell::Cell;
use std::rc::Rc;

use gloo_events::EventListener;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The `type` of our own height message: `{ type, height }` and nothing else.
pub const MESSAGE_TYPE: &str = "news-explainer:height";

/// pym.js's message: `pymxPYMx<id>xPYMx<type>xPYMx<value>`.
pub fn pym_message(child_id: &str, kind: &str, value: &str) -> String {
    format!("pymxPYMx{child_id}xPYMx{kind}xPYMx{value}")
}

/// Reads a pym.js message addressed to `child_id`: `Some((type, value))`, or `None` for anything
/// that is not exactly that shape.
pub fn parse_pym_message<'a>(message: &'a str, child_id: &str) -> Option<(&'a str, &'a str)> {
    let rest = message.strip_prefix("pymxPYMx")?;
    let mut parts = rest.split("xPYMx");
    let (id, kind, value) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || id != child_id || kind.is_empty() || value.len() > 32 {
        return None;
    }
    Some((kind, value))
}

/// The pym.js child id the host gave us in our URL (`?childId=…`), if it is a safe token.
pub fn pym_child_id(query: &str) -> Option<String> {
    let query = query.strip_prefix('?').unwrap_or(query);
    let id = query.split('&').find_map(|pair| pair.strip_prefix("childId="))?;
    let ok = !id.is_empty() && id.len() <= 64 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    ok.then(|| id.to_owned())
}

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// Whether this page runs inside a frame.
pub fn in_frame() -> bool {
    window().is_some_and(|w| match (w.parent(), w.self_()) {
        (Ok(Some(parent)), me) => !js_sys::Object::is(&parent, &me),
        _ => false,
    })
}

fn post(parent: &web_sys::Window, message: &JsValue) {
    // Our height is not a secret: any host may read it, so no target origin is needed.
    let _ = parent.post_message(message, "*");
}

fn object(entries: &[(&str, JsValue)]) -> JsValue {
    let object = js_sys::Object::new();
    for (key, value) in entries {
        let _ = js_sys::Reflect::set(&object, &(*key).into(), value);
    }
    object.into()
}

fn send_height(parent: &web_sys::Window, child_id: Option<&str>, height: u32) {
    if let Some(id) = child_id {
        post(parent, &pym_message(id, "height", &height.to_string()).into());
    }
    post(parent, &object(&[("sentinel", "amp".into()), ("type", "embed-size".into()), ("height", height.into())]));
    post(parent, &object(&[("type", MESSAGE_TYPE.into()), ("height", height.into())]));
}

fn document_height() -> u32 {
    window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .map_or(0, |e| e.get_bounding_client_rect().height().ceil().max(0.0) as u32)
}

/// Reports the document's height to the host whenever it changes, and answers pym.js's width
/// messages. Keep the returned guard alive for as long as the page should keep reporting.
///
/// Browsers run no rendering callbacks (a ResizeObserver's) in a cross-origin frame that is off
/// screen, which is where an embed in an article usually starts: so the height is also measured
/// (a layout read, which works anywhere) whenever the app asks ([`Reporter::report`], after each
/// render; the page loads no fonts or images that could change it later). A message goes only when
/// the height really changed.
pub fn start() -> Option<Reporter> {
    let window = window()?;
    let parent = window.parent().ok().flatten()?;
    let query = window.location().search().unwrap_or_default();
    let child_id = pym_child_id(&query);
    let last = Rc::new(Cell::new(u32::MAX));

    let report = {
        let parent = parent.clone();
        let child_id = child_id.clone();
        let last = last.clone();
        Rc::new(move |force: bool| {
            let height = document_height();
            if force || height != last.get() {
                last.set(height);
                send_height(&parent, child_id.as_deref(), height);
            }
        })
    };

    let on_resize = {
        let report = report.clone();
        Closure::<dyn FnMut(js_sys::Array)>::new(move |_entries: js_sys::Array| report(false))
    };
    let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
    if let Some(root) = window.document().and_then(|d| d.document_element()) {
        observer.observe(&root);
    }

    // pym.js hosts send our width and expect our height back.
    let on_message = child_id.map(|id| {
        let report = report.clone();
        EventListener::new(&window, "message", move |event| {
            let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else { return };
            let Some(text) = event.data().as_string() else { return };
            if let Some(("width", _)) = parse_pym_message(&text, &id) {
                report(true);
            }
        })
    });
    Some(Reporter { report, observer, _on_resize: on_resize, _on_message: on_message })
}

/// Keeps the height reporting alive; dropping it stops it.
pub struct Reporter {
    report: Rc<dyn Fn(bool)>,
    observer: web_sys::ResizeObserver,
    _on_resize: Closure<dyn FnMut(js_sys::Array)>,
    _on_message: Option<EventListener>,
}

impl Reporter {
    /// Measures the page now and tells the host if its height changed.
    pub fn report(&self) {
        (self.report)(false);
    }
}

impl Drop for Reporter {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pym_messages_round_trip() {
        let message = pym_message("explainer", "height", "1234");
        assert_eq!(message, "pymxPYMxexplainerxPYMxheightxPYMx1234");
        assert_eq!(parse_pym_message(&message, "explainer"), Some(("height", "1234")));
    }

    #[test]
    fn foreign_or_malformed_pym_messages_are_ignored() {
        for bad in [
            "pymxPYMxotherxPYMxwidthxPYMx600",
            "pymxPYMxexplainerxPYMxwidth",
            "pymxPYMxexplainerxPYMxwidthxPYMx600xPYMxextra",
            "xPYMxexplainerxPYMxwidthxPYMx600",
            "pymxPYMxexplainerxPYMxxPYMx600",
            "",
            "<script>",
        ] {
            assert_eq!(parse_pym_message(bad, "explainer"), None, "{bad}");
        }
        let long = format!("pymxPYMxexplainerxPYMxwidthxPYMx{}", "9".repeat(40));
        assert_eq!(parse_pym_message(&long, "explainer"), None);
    }

    #[test]
    fn the_child_id_comes_from_the_query_and_must_be_a_token() {
        assert_eq!(pym_child_id("?initialWidth=600&childId=news-1&parentTitle=x").as_deref(), Some("news-1"));
        assert_eq!(pym_child_id("?childId=a%22b"), None);
        assert_eq!(pym_child_id("?childId="), None);
        assert_eq!(pym_child_id("?section=x"), None);
        assert_eq!(pym_child_id(&format!("?childId={}", "a".repeat(65))), None);
    }
}
