//! Rendered-HTML tests: the page and its components, rendered natively with Yew's server renderer.

mod support;

use support::{bundled, lighthouse, one, page, page_at, render, select};

#[test]
fn page_has_the_headline_and_every_section_in_order() {
    let story = bundled();
    let html = page(story, None);
    assert_eq!(one(&html, "h1").text, story.meta.headline);
    let ids: Vec<String> = select(&html, "section.section").iter().map(|s| s.attr("id").unwrap().to_owned()).collect();
    let expected: Vec<&str> = story.sections.iter().map(|s| s.id).collect();
    assert_eq!(ids, expected);
    let titles: Vec<String> = select(&html, "h3.section-heading .section-title").into_iter().map(|t| t.text).collect();
    assert_eq!(titles, story.sections.iter().map(|s| s.title).collect::<Vec<_>>());
}

#[test]
fn sections_follow_the_accordion_pattern_and_stay_in_the_page_when_closed() {
    let story = bundled();
    let html = page(story, None);
    let toggles = select(&html, "h3.section-heading button");
    assert_eq!(toggles.len(), story.sections.len());
    for (section, toggle) in story.sections.iter().zip(&toggles) {
        let id = section.id;
        assert_eq!(toggle.attr("type"), Some("button"));
        assert_eq!(toggle.attr("aria-expanded"), Some("false"), "{id}");
        assert_eq!(toggle.attr("aria-controls"), Some(format!("{id}-body").as_str()));
        let body = one(&html, &format!("#{id}-body"));
        assert_eq!(body.attr("hidden"), Some("until-found"), "{id} body must be hidden until found, not removed");
        // Closed, yet its key points are in the HTML for find-in-page, print and readers without scripts.
        let points: Vec<String> = select(&body.html, "li.point").into_iter().map(|p| p.text).collect();
        assert_eq!(points.len(), section.points.len());
        for (point, text) in section.points.iter().zip(&points) {
            assert!(text.ends_with(point.text), "{id}: {text:?} should end with {:?}", point.text);
        }
        let summary = select(&html, &format!("#{id} p.summary"));
        assert_eq!(summary[0].text, *section.summary);
    }
}

#[test]
fn a_section_page_renders_its_section_open() {
    let story = bundled();
    let first = story.sections[0].id;
    let second = story.sections[1].id;
    let html = page(story, Some(second));
    assert_eq!(one(&html, &format!("#{second}-toggle")).attr("aria-expanded"), Some("true"));
    assert!(!one(&html, &format!("#{second}-body")).has("hidden"));
    assert_eq!(one(&html, &format!("#{first}-toggle")).attr("aria-expanded"), Some("false"));
    // The table of contents marks the open section, and only that one.
    let marked: Vec<String> = select(&html, ".toc a.is-open").iter().map(|a| a.attr("href").unwrap().to_owned()).collect();
    assert_eq!(marked, vec![format!("#{second}")]);
    assert!(select(&page(story, None), ".toc a.is-open").is_empty(), "the main page opens none");
}

#[test]
fn quotes_are_blockquotes_with_their_speaker_and_points_are_attributed() {
    let story = bundled();
    let html = page(story, None);
    let figures = select(&html, "figure.quote");
    let quotes: Vec<_> = story.sections.iter().flat_map(|s| s.quotes.iter()).collect();
    assert_eq!(figures.len(), quotes.len());
    for (quote, figure) in quotes.iter().zip(&figures) {
        assert_eq!(one(&figure.html, "blockquote").text, *quote.text, "quotes are copied exactly");
        let speaker = story.actor(quote.speaker).unwrap().name;
        assert_eq!(one(&figure.html, ".quote-speaker").text, speaker);
    }
    for section in story.sections {
        let points = select(&html, &format!("#{}-body li.point", section.id));
        for (point, li) in section.points.iter().zip(&points) {
            let attribution = one(&li.html, ".attribution").text;
            let phrase = story.locale.stance(point.stance, false).fill(&[("speaker", story.short_name(point.by))]);
            assert!(attribution.starts_with(&phrase), "{attribution}");
            if point.stance == story::Stance::Alleges {
                assert!(attribution.contains("(a claim, not an established fact)"));
            }
        }
    }
}

#[test]
fn actor_links_in_sections_point_at_the_actor() {
    let story = bundled();
    let html = page(story, None);
    for section in story.sections {
        let links = select(&html, &format!("#{}-body a.actor-link", section.id));
        let actors: Vec<&str> = links.iter().map(|l| l.attr("data-actor").unwrap()).collect();
        assert_eq!(actors, section.actors);
        for link in &links {
            assert_eq!(link.attr("href").unwrap(), format!("#actor-{}", link.attr("data-actor").unwrap()));
        }
    }
}

#[test]
fn another_story_renders_through_the_same_components() {
    let story = lighthouse();
    let html = page(story, None);
    assert_eq!(one(&html, "h1").text, story.meta.headline);
    assert_eq!(select(&html, "section.section").len(), story.sections.len());
    for section in bundled().sections {
        assert!(select(&html, &format!("#{}", section.id)).is_empty(), "the bundled story's {} leaked in", section.id);
    }
    let sentences: Vec<String> = select(&html, ".relations-table td.relation-sentence").into_iter().map(|t| t.text).collect();
    let expected: Vec<String> = story.relations.iter().map(|r| story.sentence(r)).collect();
    for sentence in expected {
        assert!(sentences.contains(&sentence), "relation sentence {sentence:?} not shown");
    }
}

#[test]
fn data_text_is_escaped_never_injected() {
    // A story whose texts hold tags, `<`, `>`, `&` and quotes (tests/fixtures/markup).
    let story = support::story_at("tests/fixtures/markup");
    for html in [page(story, None), page(story, Some("closure")), support::embed_page(story)] {
        assert!(!html.contains("<script") && !html.contains("<b>") && !html.contains("<em>") && !html.contains("<dark>"), "no tag from data");
        for tag in ["script", "b", "em", "i", "dark"] {
            assert!(select(&html, tag).is_empty(), "no {tag} element may come from data");
        }
        // Each text reads back exactly as written, as text.
        assert_eq!(one(&html, "h1").text, story.meta.headline);
        let section = story.section("closure").unwrap();
        assert_eq!(one(&html, "#closure .summary").text, *section.summary);
        assert_eq!(one(&html, "#closure .section-title").text, section.title);
        let quote = &section.quotes[0];
        assert_eq!(support::decode(&one(&html, &format!("#quote-{} blockquote p", quote.id)).html), *quote.text);
        // In attributes too: a relation's sentence on its line names the actor with `<` and `"`.
        let council = story.actor("harrowby-council").unwrap().name;
        assert!(select(&html, "g.map-node").iter().any(|n| n.attr("aria-label").is_some_and(|l| support::decode(l).contains(council))));
    }
    let html = page(story, None);
    assert!(select(&html, ".place-name").iter().any(|p| p.text == *story.places[0].name));
    assert!(select(&html, ".event-title").iter().any(|t| t.text == *story.events[0].title));
}

#[test]
fn the_embed_view_has_no_page_chrome_and_links_to_the_full_explainer() {
    let story = bundled();
    let html = support::embed_page(story);
    assert!(select(&html, ".toc").is_empty());
    assert!(select(&html, ".skip-link").is_empty());
    assert!(select(&html, "details.embed").is_empty(), "no embed code inside an embed");
    assert!(select(&html, ".byline").is_empty());
    assert_eq!(one(&html, "h1").text, story.meta.headline);
    let full = select(&html, ".colophon a").into_iter().find(|a| a.text.starts_with("Open the full explainer")).expect("a link to the full explainer");
    assert_eq!(full.attr("href"), Some("../"));
    assert_eq!(full.attr("target"), Some("_blank"));
    assert_eq!(select(&html, "section.section").len(), story.sections.len());
    // Every link that leaves the explainer opens outside the host's frame, and says so; the
    // in-page links stay in it.
    let links = select(&html, "a");
    assert!(links.len() > 50);
    for link in &links {
        let href = link.attr("href").unwrap_or_default();
        if !href.starts_with('#') {
            assert_eq!((link.attr("target"), link.attr("rel")), (Some("_blank"), Some("noopener")), "{href}");
            assert!(link.text.ends_with("(opens in a new tab)"), "{href}: {}", link.text);
        }
    }
    assert_eq!(select(&html, "a.share-page").len(), story.sections.len());
    // On the explainer's own page, they open in place.
    let page = page(story, None);
    assert!(select(&page, "a.share-page").iter().all(|a| a.attr("target").is_none()));
}

#[test]
fn the_full_page_offers_embed_code_for_the_whole_explainer_or_a_section() {
    let story = bundled();
    let html = page(story, None);
    let panel = one(&html, "details.embed");
    let options: Vec<String> = select(&panel.html, "option").into_iter().map(|o| o.attr("value").unwrap_or_default().to_owned()).collect();
    let mut expected = vec![String::new()];
    expected.extend(story.sections.iter().map(|s| s.id.to_owned()));
    assert_eq!(options, expected);
    let code = one(&panel.html, "textarea");
    assert!(code.has("readonly"));
    assert!(support::decode(&code.text).contains("<iframe data-news-explainer src=\"./embed/\""), "{}", code.text);
    assert!(support::decode(&code.text).contains("<script src=\"./embed.js\" async></script>"));
}

#[test]
fn frozen_parts_are_in_the_server_page_and_left_to_the_page_in_the_browser() {
    use explainer::ui::frozen::Frozen;
    use explainer::{App, AppProps};
    use yew::AttrValue;

    for story in [bundled(), lighthouse()] {
        let section = &story.sections[0];
        let point = section.points[0].text;
        // The server page holds every frozen part: the summary, the key points, the glossary.
        let server = page(story, None);
        assert!(one(&server, &format!("#{} .summary", section.id)).text.contains(*section.summary));
        assert!(select(&server, &format!("#{}-body li.point", section.id)).iter().any(|p| p.text.contains(point)));
        // What the browser app renders by itself (hydrating, it adopts the server's nodes for these):
        // the live parts (the actor map's toolbar and panel, the footer), and none of the frozen text.
        let browser = render::<App>(AppProps { story, open: None, base: AttrValue::from("./"), embed: false, frozen: Frozen::adopted() });
        assert!(browser.contains("Select an actor or a line on the map"), "live: the actor map's panel");
        assert_eq!(select(&browser, "footer").len(), 1, "live: the footer");
        assert!(!browser.contains(point), "frozen: the key points");
        assert!(!browser.contains(section.title), "frozen: the sections");
        assert!(select(&browser, "li.point").is_empty());
        assert!(select(&browser, "section.section").is_empty());
    }
}

#[test]
fn paper_shows_the_published_address_of_the_page_and_of_each_section() {
    let story = bundled();
    let site = "https://example.org/news/explainer/";
    let html = page_at(story, site, None);
    let addresses: Vec<String> = select(&html, "p.print-address").into_iter().map(|p| p.text).collect();
    let mut expected = vec![format!("Online: {site}")];
    expected.extend(story.sections.iter().map(|s| format!("{site}section/{}/", s.id)));
    assert_eq!(addresses, expected);
    // Each section's comes right after its title.
    let section = one(&html, &format!("section#{}", story.sections[0].id));
    let after_title = section.html.split("</h3>").nth(1).unwrap().trim_start();
    assert!(after_title.starts_with("<p class=\"print-address\">"), "{}", &after_title[..80]);
    // A build that does not know its address prints none (a relative link means nothing on paper).
    assert!(select(&page(story, None), "p.print-address").is_empty());
}
