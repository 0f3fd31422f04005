//! In-browser tests (wasm-bindgen-test in headless Chromium): the page is rendered with Yew's server
//! renderer inside the browser, then hydrated, exactly as the pre-rendered site is; then we click and
//! navigate as a reader would. Run with `cargo xtask test --only browser`.
#![cfg(target_arch = "wasm32")]

use explainer::ui::frozen::Frozen;
use explainer::ui::StoryRef;
use explainer::{App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::platform::time::sleep;
use yew::{scheduler, AttrValue, LocalServerRenderer, Renderer};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn props(open: Option<&'static str>, frozen: Frozen) -> AppProps {
    AppProps { story: StoryRef(&explainer::bundled::STORY), open: open.map(AttrValue::from), base: AttrValue::from("./"), embed: false, frozen }
}

/// Elements hydration must adopt: live ones (the footer) and frozen ones (a section, its toggle, the
/// headline, a key point, a glossary entry), which the browser never renders itself.
const ADOPTED: [&str; 6] = ["h1", "section.section", ".section-toggle", "footer", "li.point", ".glossary-entry dd"];

/// Server-renders the app into a fresh mount element and hydrates it; returns the mount element.
async fn hydrated(open: Option<&'static str>) -> web_sys::Element {
    // The test page's own fragment must not be taken for a reader's link.
    let _ = web_sys::window().unwrap().history().unwrap().replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("?"));
    // As the pre-renderer does: the frozen parts first, then the page that holds them.
    let frozen = Frozen::render(StoryRef(&explainer::bundled::STORY), "./", open, false).await;
    let html = LocalServerRenderer::<App>::with_props(props(open, frozen)).render().await;
    let mount = document().create_element("div").unwrap();
    mount.set_inner_html(&html);
    document().body().unwrap().append_child(&mount).unwrap();
    let server_nodes: Vec<web_sys::Node> = ADOPTED
        .iter()
        .map(|s| mount.query_selector(s).unwrap().unwrap().into())
        .collect();
    // As the browser app does: the frozen parts are adopted from the page.
    Renderer::<App>::with_root_and_props(mount.clone(), props(open, Frozen::adopted())).hydrate();
    scheduler::flush().await;
    // Hydration adopts the server's elements instead of replacing them (a mismatch would panic).
    for (selector, node) in ADOPTED.iter().zip(&server_nodes) {
        let now: web_sys::Node = mount.query_selector(selector).unwrap().unwrap().into();
        assert!(now.is_same_node(Some(node)), "{selector} was replaced, not hydrated");
    }
    assert_eq!(mount.query_selector(".notice").unwrap(), None, "no notice without a fragment");
    mount
}

fn element(mount: &web_sys::Element, selector: &str) -> web_sys::HtmlElement {
    mount.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}")).dyn_into().unwrap()
}

#[wasm_bindgen_test]
async fn hydrates_the_server_html_and_marks_the_page() {
    let mount = hydrated(None).await;
    assert_eq!(document().document_element().unwrap().get_attribute("data-hydrated").as_deref(), Some("true"));
    let sections = mount.query_selector_all("section.section").unwrap().length();
    assert_eq!(sections as usize, explainer::bundled::STORY.sections.len());
    mount.remove();
}

#[wasm_bindgen_test]
async fn clicking_a_toggle_opens_and_closes_its_section() {
    let mount = hydrated(None).await;
    let id = explainer::bundled::STORY.sections[0].id;
    let toggle = element(&mount, &format!("#{id}-toggle"));
    let body = element(&mount, &format!("#{id}-body"));
    assert_eq!(toggle.get_attribute("aria-expanded").as_deref(), Some("false"));
    assert!(body.has_attribute("hidden"));
    let entry = element(&mount, &format!(".toc a[href='#{id}']"));
    assert!(!entry.class_list().contains("is-open"));
    toggle.click();
    scheduler::flush().await;
    assert_eq!(toggle.get_attribute("aria-expanded").as_deref(), Some("true"));
    assert!(!body.has_attribute("hidden"));
    assert!(entry.class_list().contains("is-open"), "the table of contents marks the open section");
    assert_eq!(web_sys::window().unwrap().location().hash().unwrap(), format!("#{id}"));
    toggle.click();
    scheduler::flush().await;
    assert_eq!(toggle.get_attribute("aria-expanded").as_deref(), Some("false"));
    assert!(!entry.class_list().contains("is-open"));
    assert_eq!(web_sys::window().unwrap().location().hash().unwrap(), "");
    mount.remove();
}

#[wasm_bindgen_test]
async fn a_section_page_hydrates_with_its_section_open() {
    let id = explainer::bundled::STORY.sections[2].id;
    let mount = hydrated(Some(id)).await;
    assert_eq!(element(&mount, &format!("#{id}-toggle")).get_attribute("aria-expanded").as_deref(), Some("true"));
    mount.remove();
}

#[wasm_bindgen_test]
async fn a_fragment_change_opens_and_focuses_the_section_and_a_bad_one_shows_a_notice() {
    let mount = hydrated(None).await;
    let id = explainer::bundled::STORY.sections[3].id;
    web_sys::window().unwrap().location().set_hash(id).unwrap();
    // hashchange is dispatched asynchronously.
    sleep(std::time::Duration::from_millis(50)).await;
    scheduler::flush().await;
    let toggle = element(&mount, &format!("#{id}-toggle"));
    assert_eq!(toggle.get_attribute("aria-expanded").as_deref(), Some("true"));
    assert_eq!(document().active_element().map(|e| e.id()), Some(format!("{id}-toggle")));

    web_sys::window().unwrap().location().set_hash("%3Cscript%3E").unwrap();
    sleep(std::time::Duration::from_millis(50)).await;
    scheduler::flush().await;
    let notice = element(&mount, ".notice-region").text_content().unwrap_or_default();
    assert!(notice.contains("so the whole explainer is shown"), "{notice}");
    web_sys::window().unwrap().location().set_hash("").unwrap();
    mount.remove();
}

/// The map's panel shows text the browser build does not carry by copying it from the page
/// (`ui::copies::fill`, the real one): an actor's kind and description from the text view, a
/// relation's sentence, and no id twice.
#[wasm_bindgen_test]
async fn the_panel_copies_its_text_from_the_page() {
    let mount = hydrated(None).await;
    let text = |selector: &str| element(&mount, selector).text_content().unwrap_or_default().trim().to_owned();
    web_sys::window().unwrap().location().set_hash("actor-ttp").unwrap();
    sleep(std::time::Duration::from_millis(50)).await;
    scheduler::flush().await;
    let about = text("#actor-ttp .actor-about");
    assert!(!about.is_empty());
    assert_eq!(text("#map-detail .map-detail-about"), about, "the description, copied from the text view");
    assert_eq!(text("#map-detail .map-detail-kind"), text("#actor-ttp .kind-badge"));
    // Each relation's button reads its sentence from the text view's table.
    let button = element(&mount, "#map-detail button.relation-button");
    let relation = button.get_attribute("data-relation").unwrap();
    let sentence = text(&format!("#relation-{relation} .relation-sentence"));
    assert!(!sentence.is_empty());
    assert_eq!(button.text_content().unwrap_or_default().trim(), sentence);
    button.click();
    scheduler::flush().await;
    assert_eq!(text("#map-detail .map-detail-sentence"), sentence, "the selected relation, in words");
    assert!(element(&mount, "#map-detail .map-detail-sample").query_selector("svg.line-sample").unwrap().is_some(), "its line, cloned");
    // Copies carry no ids, so none repeats.
    let ids = mount.query_selector_all("#map-detail [id]").unwrap();
    for i in 0..ids.length() {
        let id = ids.item(i).unwrap().dyn_into::<web_sys::Element>().unwrap().id();
        assert_eq!(mount.query_selector_all(&format!("[id='{id}']")).unwrap().length(), 1, "{id} repeats");
    }
    web_sys::window().unwrap().location().set_hash("").unwrap();
    mount.remove();
}
