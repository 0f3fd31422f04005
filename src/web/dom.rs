//! Focus, scrolling and page-level markers.

use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

fn html_element(id: &str) -> Option<web_sys::HtmlElement> {
    document()?.get_element_by_id(id)?.dyn_into::<web_sys::HtmlElement>().ok()
}

/// Scrolls the element `scroll_to` to the top of the view (instantly when the reader prefers reduced
/// motion) and moves focus to the element `focus` inside it. Returns whether both were found.
pub fn reveal(scroll_to: &str, focus: &str) -> bool {
    let (Some(container), Some(target)) = (html_element(scroll_to), html_element(focus)) else { return false };
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Start);
    if !prefers_reduced_motion() {
        options.set_behavior(web_sys::ScrollBehavior::Smooth);
    }
    container.scroll_into_view_with_scroll_into_view_options(&options);
    let focus_options = web_sys::FocusOptions::new();
    focus_options.set_prevent_scroll(true);
    let _ = target.focus_with_options(&focus_options);
    true
}

/// Moves focus without scrolling (roving focus inside a widget).
pub fn focus(id: &str) {
    if let Some(element) = html_element(id) {
        let _ = element.focus();
    }
}

pub fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten())
        .is_some_and(|m| m.matches())
}

/// Marks the page as taken over by the app (`<html data-hydrated="true">`), for styles and tests.
pub fn mark_hydrated() {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-hydrated", "true");
    }
}

/// Selects the text of an input (the link shown when the clipboard is refused).
pub fn select_input(id: &str) {
    if let Some(input) = document().and_then(|d| d.get_element_by_id(id)).and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()) {
        let _ = input.focus();
        input.select();
    }
}
