//! The bundled story (content/pakistan-afghanistan-talks) loads, validates, and is complete enough
//! for the explainer: all seven sections of the statement in order, attributed points, every actor
//! used somewhere, and enough relations, events, places and glossary terms for the views.

#![cfg(feature = "load")]

use std::collections::BTreeSet;
use std::path::Path;

use story::load::load_dir;
use story::Story;

fn bundled() -> Story {
    let dir =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/pakistan-afghanistan-talks");
    match load_dir(&dir) {
        Ok(story) => story,
        Err(errors) => panic!("the bundled story does not load:\n{errors}"),
    }
}

#[test]
fn has_the_seven_sections_in_statement_order() {
    let story = bundled();
    let ids: Vec<&str> = story.sections.iter().map(|s| s.id).collect();
    assert_eq!(
        ids,
        [
            "talks-collapse",
            "cross-border-terrorism",
            "military-response",
            "negotiation-rounds",
            "pakistani-nationals",
            "taliban-divisions",
            "ethnic-manipulation",
        ]
    );
}

#[test]
fn every_section_has_a_summary_and_two_to_five_points() {
    let story = bundled();
    for section in story.sections {
        assert!(
            !section.summary.trim().is_empty(),
            "section {} has an empty summary",
            section.id
        );
        assert!(
            (2..=5).contains(&section.points.len()),
            "section {} has {} points; it should have 2 to 5",
            section.id,
            section.points.len()
        );
    }
}

#[test]
fn every_actor_is_used_by_a_section_or_a_relation() {
    let story = bundled();
    let mut used: BTreeSet<&str> = BTreeSet::new();
    for section in story.sections {
        used.extend(section.actors.iter().copied());
        used.extend(section.points.iter().map(|p| p.by));
        used.extend(section.quotes.iter().map(|q| q.speaker));
    }
    for relation in story.relations {
        used.extend([relation.from, relation.to]);
        used.extend(relation.according_to);
    }
    let unused: Vec<&str> = story
        .actors
        .iter()
        .map(|a| a.id)
        .filter(|id| !used.contains(id))
        .collect();
    assert!(
        unused.is_empty(),
        "actors not referenced by any section or relation: {unused:?}"
    );
}

#[test]
fn has_enough_actors_relations_events_places_and_terms() {
    let story = bundled();
    assert!(
        story.actors.len() >= 12,
        "only {} actors",
        story.actors.len()
    );
    assert!(
        story.relations.len() >= 18,
        "only {} relations",
        story.relations.len()
    );
    assert!(
        story.events.len() >= 6,
        "only {} events",
        story.events.len()
    );
    assert!(
        story.glossary.len() >= 8,
        "only {} glossary terms",
        story.glossary.len()
    );
    let places: BTreeSet<&str> = story.places.iter().map(|p| p.id).collect();
    for place in [
        "islamabad",
        "kabul",
        "doha",
        "istanbul",
        "torkham",
        "chaman",
    ] {
        assert!(places.contains(place), "place {place} is missing");
    }
}

#[test]
fn the_speaker_and_quote_speakers_are_actors() {
    let story = bundled();
    assert!(story.actor(story.meta.speaker).is_some());
    for section in story.sections {
        for quote in section.quotes {
            assert!(
                story.actor(quote.speaker).is_some(),
                "quote {} has an unknown speaker",
                quote.id
            );
            assert!(
                !quote.text.starts_with(['"', '“']) && !quote.text.ends_with(['"', '”']),
                "quote {} keeps its quotation marks",
                quote.id
            );
        }
    }
}

#[test]
fn allegations_are_attributed() {
    let story = bundled();
    for relation in story.relations {
        if relation.kind.is_allegation() {
            assert!(
                relation.according_to.is_some(),
                "relation {} is an allegation without according_to",
                relation.id
            );
            assert!(
                story.sentence(relation).starts_with("According to "),
                "relation {} does not read as a claim",
                relation.id
            );
        }
    }
}

#[test]
fn plural_actors_take_plural_verbs() {
    let story = bundled();
    let relation = story.relations.iter().find(|r| r.from == "foreign-interests").expect("a relation from the foreign interests");
    let sentence = story.sentence(relation);
    assert!(sentence.contains("unnamed foreign interests back "), "{sentence}");
    assert!(!sentence.contains("interests backs"), "{sentence}");
}
