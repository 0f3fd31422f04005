//! Focus, scrolling and page-level markers.

use wasm_bindgen::JsCast;

use crate::ui::part::{Disclosure, Hook, Look};

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
            Err(element) => element
                .dyn_into::<web_sys::SvgElement>()
                .ok()
                .map(Focusable::Svg),
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
    let (Some(container), Some(target)) = (container, Focusable::find(focus)) else {
        return false;
    };
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
    web_sys::window()
        .and_then(|w| w.scroll_y().ok())
        .is_some_and(|y| y <= 0.0)
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
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
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
    let Some(element) = document().and_then(|d| d.get_element_by_id(id)) else {
        return;
    };
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
    if event.default_prevented()
        || event.button() != 0
        || event.ctrl_key()
        || event.meta_key()
        || event.shift_key()
        || event.alt_key()
    {
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
    event
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest(selector)
        .ok()?
}

/// Gives each element with the hook `hook` the look `look` returns for the hook's value (none: left
/// as it is), touching only what differs: marking markup the app adopted but does not render.
pub fn restyle(hook: Hook, mut look: impl FnMut(&str) -> Option<Look>) {
    restyle_with(&hook.all(), hook, &mut look);
}

/// [`restyle`] for the elements with the hook `hook` inside elements with the hook `scope`.
pub fn restyle_within(scope: Hook, hook: Hook, mut look: impl FnMut(&str) -> Option<Look>) {
    restyle_with(&format!("{} {}", scope.all(), hook.all()), hook, &mut look);
}

/// [`restyle`]'s one body, not one copy per caller in the browser bundle.
fn restyle_with(selector: &str, hook: Hook, look: &mut dyn FnMut(&str) -> Option<Look>) {
    for_each(selector, |element| {
        if let Some(look) = element
            .get_attribute(hook.name())
            .and_then(|value| look(&value))
        {
            restyle_element(&element, look);
        }
    });
}

/// [`restyle`] for elements told apart by two hooks: `look` gets both values (the second empty where
/// an element lacks it).
pub fn restyle_pair(first: Hook, second: Hook, mut look: impl FnMut(&str, &str) -> Option<Look>) {
    for_each(&first.all(), |element| {
        let Some(one) = element.get_attribute(first.name()) else { return };
        let two = element.get_attribute(second.name()).unwrap_or_default();
        if let Some(look) = look(&one, &two) {
            restyle_element(&element, look);
        }
    });
}

/// Gives one element a look, touching only what differs.
fn restyle_element(element: &web_sys::Element, look: Look) {
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
}

/// Which variant of a part drawn in several (the actor map's frames, all in the page) the styles
/// show: the value of the hook `hook` on the first element that has it and a box, if one has.
pub fn shown_variant(hook: Hook) -> Option<String> {
    let found = document()?.query_selector_all(&hook.all()).ok()?;
    (0..found.length())
        .filter_map(|i| found.item(i)?.dyn_into::<web_sys::Element>().ok())
        .find(|element| element.get_bounding_client_rect().width() > 0.0)
        .and_then(|element| element.get_attribute(hook.name()))
}

/// Marks a list of disclosures the app adopted (a frozen part) for the chosen item: of the buttons
/// with the hook `hook`, the one whose value is `chosen` is open, every other one closed; each button,
/// the element it controls (`aria-controls`) and its list item take [`Disclosure`]'s looks, and an
/// element with the hook that controls nothing (a marker) takes the item's.
pub fn mark_disclosures(hook: Hook, chosen: Option<&str>) {
    let Some(document) = document() else { return };
    let apply = |element: &web_sys::Element, look: Look| restyle_element(element, look);
    for_each(&hook.all(), |button| {
        let looks = Disclosure::new(
            chosen.is_some() && button.get_attribute(hook.name()).as_deref() == chosen,
        );
        // Not a button (a marker on the locator map): marked as a list item is.
        if !button.has_attribute("aria-controls") {
            apply(&button, looks.item);
            return;
        }
        if let Some(details) = button
            .get_attribute("aria-controls")
            .and_then(|id| document.get_element_by_id(&id))
        {
            apply(&details, looks.details);
        }
        if let Some(item) = button.closest("li").ok().flatten() {
            apply(&item, looks.item);
        }
        apply(&button, looks.button);
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
    element
        .dyn_ref::<web_sys::HtmlTextAreaElement>()
        .map(|area| area.value())
}

/// Sets the value of the text area or input matching `selector`.
pub fn set_value(selector: &str, value: &str) {
    let Some(element) = first(selector) else {
        return;
    };
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

/// Calls `found` with the event whenever find-in-page reveals an element of the page that was hidden
/// until found (`beforematch`, heard as it goes down to its target), until the returned listener is
/// dropped.
pub fn on_found(found: impl Fn(&web_sys::Event) + 'static) -> Option<gloo_events::EventListener> {
    let document = document()?;
    let options = gloo_events::EventListenerOptions::run_in_capture_phase();
    Some(gloo_events::EventListener::new_with_options(&document, "beforematch", options, move |event| found(event)))
}

/// Fills the elements inside `root` that name a source with copies of the page's text there: an
/// element with a hook of `targets` gets copies of the children of the first element whose hook
/// `source` has the same value, or (`true`) a copy of that element itself. This is how a live part
/// shows text the browser build does not carry (`ui::copies`). Copies lose their ids, so that no id
/// repeats; a source that is not there leaves the element empty.
pub fn fill_copies(root: &str, targets: [(Hook, bool); 2], source: Hook) {
    let Some(document) = document() else { return };
    for (hook, whole) in targets {
        for_each(&format!("{root} {}", hook.all()), |target| {
            let found = target.get_attribute(hook.name()).and_then(|key| document.query_selector(&source.is(&key)).ok().flatten());
            let copy = found.and_then(|s| s.clone_node_with_deep(true).ok()).and_then(|c| c.dyn_into::<web_sys::Element>().ok());
            target.set_text_content(None);
            let Some(copy) = copy else { return };
            each_element(copy.query_selector_all("[id]").ok(), &mut |element| {
                element.remove_attribute("id").ok();
            });
            if whole {
                copy.remove_attribute("id").ok();
                copy.remove_attribute(source.name()).ok();
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
    each_element(
        document().and_then(|d| d.query_selector_all(selector).ok()),
        f,
    );
}

/// Calls `f` on every element of a node list (a query's result), if there is one.
fn each_element(found: Option<web_sys::NodeList>, f: &mut dyn FnMut(web_sys::Element)) {
    let Some(found) = found else { return };
    for i in 0..found.length() {
        if let Some(element) = found
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            f(element);
        }
    }
}
