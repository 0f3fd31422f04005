//! Focus, scrolling and page-level markers.

use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// The first element of the page that matches `selector`.
fn first(selector: &str) -> Option<web_sys::Element> {
    document()?.query_selector(selector).ok().flatten()
}

/// An element that can take focus: HTML, or SVG (the actor map's nodes).
enum Focusable {
    Html(web_sys::HtmlElement),
    Svg(web_sys::SvgElement),
}

impl Focusable {
    fn find(id: &str) -> Option<Focusable> {
        Focusable::of(document()?.get_element_by_id(id)?)
    }

    fn of(element: web_sys::Element) -> Option<Focusable> {
        match element.dyn_into::<web_sys::HtmlElement>() {
            Ok(html) => Some(Focusable::Html(html)),
            Err(element) => element.dyn_into::<web_sys::SvgElement>().ok().map(Focusable::Svg),
        }
    }

    /// Moves focus here without scrolling the page.
    fn focus_in_place(&self) {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = match self {
            Focusable::Html(e) => e.focus_with_options(&options),
            Focusable::Svg(e) => e.focus_with_options(&options),
        };
    }
}

/// Scrolls the element `scroll_to` to the top of the view (instantly when the reader prefers reduced
/// motion) and moves focus to the element `focus` inside it. Returns whether both were found.
pub fn reveal(scroll_to: &str, focus: &str) -> bool {
    let container = document().and_then(|d| d.get_element_by_id(scroll_to));
    let (Some(container), Some(target)) = (container, Focusable::find(focus)) else { return false };
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Start);
    if !prefers_reduced_motion() {
        options.set_behavior(web_sys::ScrollBehavior::Smooth);
    }
    container.scroll_into_view_with_scroll_into_view_options(&options);
    target.focus_in_place();
    true
}

/// Whether the page has an element with this id.
pub fn has_element(id: &str) -> bool {
    !id.is_empty() && document().and_then(|d| d.get_element_by_id(id)).is_some()
}

/// Whether the page is scrolled to its very top (the reader has not scrolled yet).
pub fn scrolled_to_top() -> bool {
    web_sys::window().and_then(|w| w.scroll_y().ok()).is_some_and(|y| y <= 0.0)
}

/// Moves focus without scrolling the page (roving focus inside a widget).
pub fn focus(id: &str) {
    if let Some(element) = Focusable::find(id) {
        element.focus_in_place();
    }
}

/// Moves focus to the first element matching `selector`, as [`focus`] does.
pub fn focus_first(selector: &str) {
    if let Some(element) = first(selector).and_then(Focusable::of) {
        element.focus_in_place();
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

/// Selects the text of an input or a text area (the link or the code shown when the clipboard is
/// refused).
pub fn select_input(id: &str) {
    let Some(element) = document().and_then(|d| d.get_element_by_id(id)) else { return };
    if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
        let _ = input.focus();
        input.select();
    } else if let Some(area) = element.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        let _ = area.focus();
        area.select();
    }
}

/// The fragment (`#…`) of the in-page link a plain click landed in: a primary-button click with no
/// modifier key (those open new tabs and windows, which the browser does itself), not yet handled.
pub fn clicked_fragment_link(event: &web_sys::MouseEvent) -> Option<String> {
    if event.default_prevented() || event.button() != 0 || event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key() {
        return None;
    }
    clicked_closest(event, "a[href^='#']")?.get_attribute("href")
}

/// The `attribute` of the element an event (a click, a key, a focus) happened in, or of its closest
/// ancestor that has one.
pub fn clicked_data(event: &web_sys::Event, attribute: &str) -> Option<String> {
    clicked_closest(event, &format!("[{attribute}]"))?.get_attribute(attribute)
}

/// The element an event happened in, or its closest ancestor, that matches `selector`.
fn clicked_closest(event: &web_sys::Event, selector: &str) -> Option<web_sys::Element> {
    event.target()?.dyn_into::<web_sys::Element>().ok()?.closest(selector).ok()?
}

/// Puts `class` on the elements matching `selector` whose `attribute` is `value`, and takes it off the
/// others: marking the chosen item in markup the app adopted but does not render (a frozen part).
pub fn mark_one(selector: &str, attribute: &str, value: Option<&str>, class: &str) {
    for_each(selector, |element| {
        let on = value.is_some() && element.get_attribute(attribute).as_deref() == value;
        let _ = element.class_list().toggle_with_force(class, on);
    });
}

/// Shows the elements matching `selector` whose `attribute` is one of `shown`, and hides the others
/// (`hidden`): filtering markup the app adopted but does not render (a frozen part).
pub fn show_only(selector: &str, attribute: &str, shown: &[&str]) {
    for_each(selector, |element| {
        let show = element.get_attribute(attribute).is_some_and(|value| shown.contains(&value.as_str()));
        let _ = element.toggle_attribute_with_force("hidden", !show);
    });
}

/// How [`restyle`] leaves one element: classes on or off, attributes set (`Some`) or removed (`None`).
pub struct Look {
    pub classes: Vec<(&'static str, bool)>,
    pub attributes: Vec<(&'static str, Option<String>)>,
}

impl Look {
    /// A toggle button pressed or not (`aria-pressed`), and nothing else.
    pub fn pressed(pressed: bool) -> Look {
        Look { classes: Vec::new(), attributes: vec![("aria-pressed", Some(pressed.to_string()))] }
    }
}

/// Gives each element matching `selector` the look `look` returns for its `attribute` (none: left as
/// it is), touching only what differs: marking markup the app adopted but does not render.
pub fn restyle(selector: &str, attribute: &str, mut look: impl FnMut(&str) -> Option<Look>) {
    restyle_with(selector, attribute, &mut look);
}

/// [`restyle`]'s one body, not one copy per caller in the browser bundle.
fn restyle_with(selector: &str, attribute: &str, look: &mut dyn FnMut(&str) -> Option<Look>) {
    for_each(selector, |element| {
        let Some(look) = element.get_attribute(attribute).and_then(|value| look(&value)) else { return };
        let list = element.class_list();
        for (class, on) in look.classes {
            if list.contains(class) != on {
                let _ = list.toggle_with_force(class, on);
            }
        }
        for (name, value) in look.attributes {
            if element.get_attribute(name) != value {
                let _ = match value {
                    Some(value) => element.set_attribute(name, &value),
                    None => element.remove_attribute(name),
                };
            }
        }
    });
}

/// Which variant of a part drawn in several (the actor map's frames, all in the page) the styles
/// show: the `attribute` of the first element matching `selector` that has a box, if one has.
pub fn shown_variant(selector: &str, attribute: &str) -> Option<String> {
    let found = document()?.query_selector_all(selector).ok()?;
    (0..found.length())
        .filter_map(|i| found.item(i)?.dyn_into::<web_sys::Element>().ok())
        .find(|element| element.get_bounding_client_rect().width() > 0.0)
        .and_then(|element| element.get_attribute(attribute))
}

/// Marks a list of disclosures the app adopted (a frozen part) for the chosen item: of the buttons
/// matching `buttons`, the one whose `attribute` is `chosen` is expanded, the element it controls
/// (`aria-controls`) shown and its list item marked `is-selected`; every other one is closed.
pub fn mark_disclosures(buttons: &str, attribute: &str, chosen: Option<&str>) {
    let Some(document) = document() else { return };
    for_each(buttons, |button| {
        let open = chosen.is_some() && button.get_attribute(attribute).as_deref() == chosen;
        let _ = button.set_attribute("aria-expanded", if open { "true" } else { "false" });
        if let Some(details) = button.get_attribute("aria-controls").and_then(|id| document.get_element_by_id(&id)) {
            let _ = details.toggle_attribute_with_force("hidden", !open);
        }
        if let Some(item) = button.closest("li").ok().flatten() {
            let _ = item.class_list().toggle_with_force("is-selected", open);
        }
    });
}

/// The value of the form control matching `selector` (an input, a select, a text area), if there is one.
pub fn value_of(selector: &str) -> Option<String> {
    let element = first(selector)?;
    if let Some(select) = element.dyn_ref::<web_sys::HtmlSelectElement>() {
        return Some(select.value());
    }
    if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
        return Some(input.value());
    }
    element.dyn_ref::<web_sys::HtmlTextAreaElement>().map(|area| area.value())
}

/// Sets the value of the text area or input matching `selector`.
pub fn set_value(selector: &str, value: &str) {
    let Some(element) = first(selector) else { return };
    if let Some(area) = element.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.set_value(value);
    } else if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
        input.set_value(value);
    }
}

/// Sets the text of the element matching `selector` (as text, never as HTML).
pub fn set_text(selector: &str, text: &str) {
    if let Some(element) = first(selector) {
        element.set_text_content(Some(text));
    }
}

/// Calls `found` with the `attribute` of the closest element that has one whenever find-in-page
/// reveals an element of the page that was hidden until found (`beforematch`, heard as it goes down
/// to its target), until the returned listener is dropped.
pub fn on_found(attribute: &'static str, found: impl Fn(String) + 'static) -> Option<gloo_events::EventListener> {
    let document = document()?;
    let options = gloo_events::EventListenerOptions::run_in_capture_phase();
    Some(gloo_events::EventListener::new_with_options(&document, "beforematch", options, move |event| {
        if let Some(value) = clicked_data(event, attribute) {
            found(value);
        }
    }))
}

/// Fills the elements inside `root` that name a source with copies of the page's text there: an
/// element with `data-copy` gets copies of the children of the first element its selector matches, one
/// with `data-clone` a copy of that element itself. This is how a live part shows text the browser
/// build does not carry, read from the frozen part that shows it (the actor map's panel, from the text
/// view and the sections). Copies lose their ids, so that no id repeats; a source that is not there
/// leaves the element empty.
pub fn fill_copies(root: &str) {
    let Some(document) = document() else { return };
    for (attribute, whole) in [("data-copy", false), ("data-clone", true)] {
        for_each(&format!("{root} [{attribute}]"), |target| {
            let source = target.get_attribute(attribute).and_then(|s| document.query_selector(&s).ok().flatten());
            let copy = source.and_then(|s| s.clone_node_with_deep(true).ok()).and_then(|c| c.dyn_into::<web_sys::Element>().ok());
            target.set_text_content(None);
            let Some(copy) = copy else { return };
            each_element(copy.query_selector_all("[id]").ok(), &mut |element| {
                element.remove_attribute("id").ok();
            });
            if whole {
                copy.remove_attribute("id").ok();
                target.append_child(&copy).ok();
            } else {
                while let Some(child) = copy.first_child() {
                    target.append_child(&child).ok();
                }
            }
        });
    }
}

/// Hides or shows (`hidden`) every element matching `selector`.
pub fn set_hidden(selector: &str, hidden: bool) {
    for_each(selector, |element| {
        let _ = element.toggle_attribute_with_force("hidden", hidden);
    });
}

/// Calls `f` on every element of the page that matches `selector`.
fn for_each(selector: &str, mut f: impl FnMut(web_sys::Element)) {
    for_each_with(selector, &mut f);
}

/// [`for_each`]'s one body, not one copy per caller in the browser bundle.
fn for_each_with(selector: &str, f: &mut dyn FnMut(web_sys::Element)) {
    each_element(document().and_then(|d| d.query_selector_all(selector).ok()), f);
}

/// Calls `f` on every element of a node list (a query's result), if there is one.
fn each_element(found: Option<web_sys::NodeList>, f: &mut dyn FnMut(web_sys::Element)) {
    let Some(found) = found else { return };
    for i in 0..found.length() {
        if let Some(element) = found.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
            f(element);
        }
    }
}
