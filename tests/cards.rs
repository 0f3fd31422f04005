//! The share cards of every page of the bundled story and of the lighthouse story: each a PNG of
//! 1200×630, well under the 300 KB that chat apps drop previews above. `CARDS_OUT=dir` also writes
//! them there, to look at.

mod support;

use explainer::card;
use story::Story;
use support::{bundled, lighthouse};

/// Well under the build's limit (`card::LIMIT`, 300 KB, where WhatsApp drops link previews).
const LIMIT: usize = card::LIMIT * 2 / 3;

fn every_card(story: &'static Story) -> Vec<(String, cards::Card)> {
    let mut all = vec![("index".to_owned(), card::story_card(story).unwrap())];
    for section in story.sections {
        all.push((format!("section-{}", section.id), card::section_card(story, section).unwrap()));
    }
    all
}

#[test]
fn a_cards_alt_text_says_what_it_shows() {
    for story in [bundled(), lighthouse()] {
        let every: Vec<&str> = story.actors.iter().map(|a| a.id).collect();
        let top = card::alt(story.0, &card::story_card(story.0).unwrap(), &every);
        assert_eq!(top.matches(story.meta.headline).count(), 1, "{top}");
        for section in story.sections {
            let alt = card::alt(story.0, &card::section_card(story.0, section).unwrap(), section.actors);
            assert!(alt.starts_with(&format!("“{}”, from the explainer “{}”", section.title, story.meta.headline)), "{alt}");
            let first = story.actor(section.actors[0]).unwrap();
            assert!(alt.contains(first.name), "{alt} does not name {}", first.name);
        }
    }
}

#[test]
fn every_page_of_every_story_has_a_1200_by_630_card_under_the_limit() {
    let look = card::look().unwrap();
    for story in [bundled(), lighthouse()] {
        let renderer = cards::Renderer::for_language(story.meta.language);
        for (name, card) in every_card(story.0) {
            let png = renderer.png(&card, &look).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(cards::png_size(&png), Some((1200, 630)), "{name}");
            assert!(png.len() < LIMIT, "{name}: {} bytes", png.len());
            if let Some(dir) = std::env::var_os("CARDS_OUT") {
                let dir = std::path::Path::new(&dir).join(story.meta.headline.split(' ').next().unwrap_or("story"));
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(dir.join(format!("{name}.png")), &png).unwrap();
                std::fs::write(dir.join(format!("{name}.svg")), renderer.svg(&card, &look).unwrap()).unwrap();
                println!("{name}: {} bytes", png.len());
            }
        }
    }
}
