//! Watching an element's width (the actor map picks its frame from it).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Reports an element's width until dropped.
pub struct WidthWatch {
    observer: web_sys::ResizeObserver,
    _callback: Closure<dyn FnMut(JsValue)>,
}

impl Drop for WidthWatch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Calls `on_width` with the element's width in CSS pixels now and whenever it changes. Watch an
/// element whose size does not depend on what `on_width` changes, or the browser reports a loop.
pub fn watch_width(element: &web_sys::Element, on_width: impl Fn(i32) + 'static) -> Option<WidthWatch> {
    on_width(element.client_width());
    let target = element.clone();
    let callback = Closure::<dyn FnMut(JsValue)>::new(move |_entries: JsValue| on_width(target.client_width()));
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(element);
    Some(WidthWatch { observer, _callback: callback })
}
