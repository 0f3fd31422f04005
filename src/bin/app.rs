//! The browser entry point: hydrates the pre-rendered page in `#app`.

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

#[cfg(target_arch = "wasm32")]
fn main() {
    use explainer::ui::mount::{BASE, EMBED, ID, OPEN};
    use explainer::ui::{frozen::Frozen, StoryRef};
    use explainer::{App, AppProps};
    use wasm_bindgen::JsCast;
    use yew::AttrValue;

    let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(ID)) else { return };
    // The pre-renderer records how the page was rendered on the mount element, outside the app's tree.
    let open = root.get_attribute(OPEN.name()).map(AttrValue::from);
    let base = root.get_attribute(BASE.name()).map_or(AttrValue::Static("./"), AttrValue::from);
    let embed = root.has_attribute(EMBED.name());
    // The app only hydrates: the page's unchanging parts exist only as the pre-renderer wrote them.
    if root.has_child_nodes() {
        let props = AppProps { story: StoryRef(&explainer::bundled::STORY), open, base, embed, frozen: Frozen::adopted() };
        // Hydrating in a task of its own, after the one that compiled and started the wasm: two
        // shorter tasks block the page less than one long one (BENCHMARKS.md).
        let hydrate = wasm_bindgen::closure::Closure::once_into_js(move || {
            yew::Renderer::<App>::with_root_and_props(root, props).hydrate();
        });
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(hydrate.unchecked_ref());
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is the browser build's entry point; build it with `cargo xtask dist` (Trunk).");
}
