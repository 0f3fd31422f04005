mod support;
use explainer::ui::frozen::Part;
use explainer::ui::StoryRef;
use support::*;
#[test]
fn measure() {
    let tag = std::env::var("TAG").unwrap_or("after".into());
    let load = |d: &str| { let s = story::load::load_dir(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(d)).unwrap(); StoryRef(Box::leak(Box::new(s))) };
    for (name, story) in [("bundled", bundled()), ("lighthouse", lighthouse()), ("pacific", load("tests/fixtures/world/pacific")), ("finnmark", load("tests/fixtures/world/finnmark")), ("andes", load("tests/fixtures/world/andes")), ("gibraltar", load("tests/fixtures/world/gibraltar"))] {
        let html = frozen(story, false).html(Part::Places).to_owned();
        let s = html.find("<svg").unwrap(); let e = html.find("</svg>").unwrap() + 6;
        std::fs::write(format!("/tmp/w20/{tag}-{name}.svg"), &html[s..e]).unwrap();
        std::fs::write(format!("/tmp/w20/{tag}-{name}-places.html"), &html).unwrap();
    }
}
