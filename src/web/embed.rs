//! Living in an iframe: tell the host page our height whenever it changes, in the message formats
//! hosts already understand (NPR's pym.js, AMP's `embed-size`, and our own loader's, `embed.js`), and
//! learn the host page's address, so that a link to a section can be the article's own.
//!
//! The message texts are built and read by pure functions, tested natively; only [`start`] touches
//! the browser. A message from the host is read only from the parent window and only in its exact
//! shape; the address it carries is checked ([`story::fragment::read_host`]) and only ever becomes
//! the text of a link the reader copies. Nothing from a message is navigated to, evaluated or
//! inserted as HTML.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo_events::EventListener;
use story::fragment::{self, Target};
use story::Story;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The `type` of our own height message: `{ type, height }` and nothing else.
pub const MESSAGE_TYPE: &str = "news-explainer:height";
/// The `type` of the message that asks our loader for the host's address: `{ type }`.
pub const HELLO_TYPE: &str = "news-explainer:hello";
/// The `type` of the loader's answer, and of what it sends when the host's fragment changes:
/// `{ type, url }`, `url` being the host page's `location.href`.
pub const HOST_TYPE: &str = "news-explainer:host";
/// The `type` of the message that scrolls the host to a point of ours: `{ type, top }`.
pub const SCROLL_TYPE: &str = "news-explainer:scroll";

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

/// Whether a pym.js child id (`?childId=…`, decoded) is a safe token to echo in our messages.
pub fn is_child_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 64 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// A parameter of our URL's query, decoded by the browser.
fn query_param(query: &str, key: &str) -> Option<String> {
    web_sys::UrlSearchParams::new_with_str(query).ok()?.get(key)
}

thread_local! {
    /// The host article's address, without its fragment, once the host has told us.
    static HOST: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// The host article's address that opens `target` in this embed, when the host told us where it is;
/// `None` otherwise (then a link is to our own page).
pub fn host_link(target: &Target) -> Option<String> {
    HOST.with_borrow(|host| host.as_deref().map(|address| fragment::host_link(address, target)))
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

/// Reports the document's height to the host whenever it changes, answers pym.js's width messages,
/// and asks the host for its address. When the host's address asks for a part of the story
/// (`#news-explainer=<fragment>`), `on_target` is called with it and returns the id of the element
/// to bring into the host's view once the page has shown it. Keep the returned guard alive for as
/// long as the page should keep reporting.
///
/// Browsers run no rendering callbacks (a ResizeObserver's) in a cross-origin frame that is off
/// screen, which is where an embed in an article usually starts: so the height is also measured
/// (a layout read, which works anywhere) whenever the app asks ([`Reporter::report`], after each
/// render; the page loads no fonts or images that could change it later). A message goes only when
/// the height really changed.
pub fn start(story: &'static Story, on_target: impl Fn(Target) -> Option<String> + 'static) -> Option<Reporter> {
    let window = window()?;
    let parent = window.parent().ok().flatten()?;
    let query = window.location().search().unwrap_or_default();
    let child_id = query_param(&query, "childId").filter(|id| is_child_id(id));
    let last = Rc::new(Cell::new(u32::MAX));
    let scroll = Rc::new(RefCell::new(None::<String>));

    let report = {
        let parent = parent.clone();
        let child_id = child_id.clone();
        let scroll = scroll.clone();
        Rc::new(move |force: bool| {
            let height = document_height();
            if force || height != last.get() {
                last.set(height);
                send_height(&parent, child_id.as_deref(), height);
            }
            if let Some(top) = scroll.borrow_mut().take().and_then(|id| offset_top(&id)) {
                if let Some(id) = &child_id {
                    post(&parent, &pym_message(id, "scrollToChildPos", &top.to_string()).into());
                }
                post(&parent, &object(&[("type", SCROLL_TYPE.into()), ("top", top.into())]));
            }
        })
    };
    // A host address: kept for links, and what its fragment asks for is shown.
    let follow = {
        let scroll = scroll.clone();
        move |url: &str| {
            let Some((address, target)) = fragment::read_host(url, story) else { return };
            HOST.set(Some(address));
            if target != Target::None {
                *scroll.borrow_mut() = on_target(target);
            }
        }
    };

    let on_resize = {
        let report = report.clone();
        Closure::<dyn FnMut(js_sys::Array)>::new(move |_entries: js_sys::Array| report(false))
    };
    let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
    if let Some(root) = window.document().and_then(|d| d.document_element()) {
        observer.observe(&root);
    }

    // pym.js passes the host's address in our URL.
    if let Some(url) = child_id.as_ref().and_then(|_| query_param(&query, "parentUrl")) {
        follow(&url);
    }
    // pym.js hosts send our width and expect our height back; our loader sends the host's address.
    let on_message = {
        let report = report.clone();
        let parent = parent.clone();
        EventListener::new(&window, "message", move |event| {
            let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else { return };
            let from_parent = event.source().is_some_and(|source| js_sys::Object::is(&source, &parent));
            if !from_parent {
                return;
            }
            let data = event.data();
            if let Some(url) = host_message(&data) {
                follow(&url);
                // Also for a loader that started after us and missed our first height.
                report(true);
            } else if let (Some(id), Some(text)) = (&child_id, data.as_string()) {
                if let Some(("width", _)) = parse_pym_message(&text, id) {
                    report(true);
                }
            }
        })
    };
    post(&parent, &object(&[("type", HELLO_TYPE.into())]));
    Some(Reporter { report, observer, _on_resize: on_resize, _on_message: on_message })
}

/// How many own keys a message that is an object has; `None` for anything else. (An array's keys are
/// its indices: it has no `type` to pass the checks after this one.)
fn keys(data: &JsValue) -> Option<u32> {
    data.is_object().then(|| js_sys::Object::keys(data.unchecked_ref::<js_sys::Object>()).length())
}

fn string_field(data: &JsValue, key: &str) -> Option<String> {
    js_sys::Reflect::get(data, &key.into()).ok().and_then(|v| v.as_string())
}

/// The address in a message from our loader, read in its exact shape `{ type: HOST_TYPE, url }`
/// (two own keys, a string address); `None` for anything else.
fn host_message(data: &JsValue) -> Option<String> {
    if keys(data) != Some(2) || string_field(data, "type")? != HOST_TYPE {
        return None;
    }
    string_field(data, "url")
}

/// Where the element with this id starts, in CSS pixels from the top of our document.
fn offset_top(id: &str) -> Option<u32> {
    let window = window()?;
    let element = window.document()?.get_element_by_id(id)?;
    let top = element.get_bounding_client_rect().top() + window.scroll_y().unwrap_or(0.0);
    Some(top.max(0.0).round() as u32)
}

/// Keeps the height reporting alive; dropping it stops it.
pub struct Reporter {
    report: Rc<dyn Fn(bool)>,
    observer: web_sys::ResizeObserver,
    _on_resize: Closure<dyn FnMut(js_sys::Array)>,
    _on_message: EventListener,
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
    fn a_child_id_must_be_a_token() {
        assert!(is_child_id("news-1") && is_child_id("explainer_pym"));
        for bad in ["", "a\"b", "a b", "<x>", &"a".repeat(65)] {
            assert!(!is_child_id(bad), "{bad}");
        }
    }
}
