//! Loading the lighthouse fixture (`tests/fixtures/stories/lighthouse/`), what the queries derive from
//! it, and writing it as Rust source.

#![cfg(feature = "load")]

use std::path::{Path, PathBuf};

use story::codegen::story_static;
use story::load::load_dir;
use story::*;

fn lighthouse_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/stories/lighthouse")
}

fn lighthouse() -> Story {
    load_dir(&lighthouse_dir()).unwrap_or_else(|errors| panic!("the lighthouse fixture does not load:\n{errors}"))
}

fn ids<T>(items: &[T], id: impl Fn(&T) -> &'static str) -> Vec<&'static str> {
    items.iter().map(id).collect()
}

#[test]
fn metadata() {
    let story = lighthouse();
    let meta = &story.meta;
    assert_eq!(meta.headline, "A town switches off its lighthouse");
    assert_eq!(meta.standfirst, "What Harrowby Town Council said about closing the Kestle Point light — and who objects");
    assert!(meta.overview.starts_with("Harrowby Town Council says it will close"));
    assert_eq!(meta.speaker, "harrowby-council");
    assert_eq!(meta.date, "November 2025");
    assert_eq!(meta.language, "en");
    assert_eq!(meta.canonical_url, Some("https://explainer.example/lighthouse/"));
    assert_eq!(
        meta.source,
        Source {
            title: "Statement on the future of Kestle Point lighthouse",
            publisher: "Harrowby Town Council",
            url: Some("https://harrowby.example/news/kestle-point"),
        }
    );
}

#[test]
fn language_defaults_to_english() {
    // The minimal fixtures leave `language` out; they fail validation for other reasons, so load the
    // lighthouse files with the language line removed.
    let sources: Vec<story::load::Source> = story::load::FILES
        .iter()
        .map(|(name, _)| {
            let path = lighthouse_dir().join(name);
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            let text = if *name == "story.toml" { text.replace("language = \"en\"\n", "") } else { text };
            story::load::Source { path, text }
        })
        .collect();
    assert!(!sources[0].text.contains("language"));
    let story = story::load::load_sources(&sources).unwrap();
    assert_eq!(story.meta.language, "en");
}

#[test]
fn sections_in_file_order_with_points_quotes_actors_and_terms() {
    let story = lighthouse();
    assert_eq!(ids(story.sections, |s| s.id), ["closure", "objections", "next-steps"]);
    assert_eq!(ids(story.sections, |s| s.title), ["Why the light goes dark", "The keepers object", "What happens next"]);

    let closure = &story.sections[0];
    assert_eq!(closure.summary, "The council says the lighthouse will close at the end of March because repairs cost more than the town can pay.");
    assert_eq!(closure.actors, ["harrowby-council", "mayor-okafor"]);
    assert_eq!(*closure.terms, ["ais"]);
    assert_eq!(
        *closure.points,
        [
            Point { by: "harrowby-council", stance: Stance::Says, text: "Ships now navigate by satellite and AIS, so the light is no longer needed." },
            Point { by: "mayor-okafor", stance: Stance::Warns, text: "Keeping the tower open would mean raising the town’s council tax." },
        ]
    );
    assert_eq!(
        closure.quotes,
        [Quote {
            id: "okafor-costs",
            text: Server::new("We cannot ask the town to pay for a light that ships no longer need — not at these costs."),
            speaker: "mayor-okafor",
            context: Server::new(Some("at the council meeting")),
            language: Server::new(None),
        }]
    );

    let objections = &story.sections[1];
    assert_eq!(objections.actors, ["keepers-union", "lights-trust", "harrowby-council"]);
    assert_eq!(objections.points.iter().map(|p| (p.by, p.stance)).collect::<Vec<_>>(), [("keepers-union", Stance::Rejects), ("harrowby-council", Stance::Alleges)]);
    assert!(objections.points[1].stance.is_allegation());
    assert!(!objections.points[0].stance.is_allegation());
    // A TOML escape \" inside the quote arrives as a plain double quote; no context given is None.
    assert_eq!(objections.quotes[0].text, "The so-called \"independent\" campaign is paid for by the Trust.");
    assert_eq!(objections.quotes[0].context, None);

    let next = &story.sections[2];
    assert_eq!(*next.terms, [] as [&str; 0]);
    assert_eq!(next.points.len(), 1);
    assert_eq!(next.points[0].text, "The council offers to sell the tower to the Trust for £1.");
    assert_eq!(next.quotes[0].text, "We will look at the offer carefully.\nNothing has been agreed.");
}

#[test]
fn actors_in_file_order() {
    let story = lighthouse();
    assert_eq!(ids(story.actors, |a| a.id), ["harrowby-council", "mayor-okafor", "keepers-union", "lights-trust", "harbour-residents"]);
    assert_eq!(
        story.actors.iter().map(|a| a.kind).collect::<Vec<_>>(),
        [ActorKind::GovernmentBody, ActorKind::Person, ActorKind::Faction, ActorKind::Mediator, ActorKind::Population]
    );
    let keepers = story.actor("keepers-union").unwrap();
    assert_eq!(
        *keepers,
        Actor {
            id: "keepers-union",
            name: "Lighthouse Keepers’ Association",
            short: "Keepers",
            article: Some("the"),
            plural: false,
            kind: ActorKind::Faction,
            description: Server::new("The volunteers who have kept the light since it was automated."),
            background: Server::new(Some("Founded in 1998 when the last paid keeper retired.")),
            position: Position { x: 80.0, y: 60.0 },
            language: None,
        }
    );
    // Integers and floats both read as map positions.
    assert_eq!(story.actor("lights-trust").unwrap().position, Position { x: 25.5, y: 70.0 });
    assert_eq!(story.actor("harrowby-council").unwrap().article, None);
    assert_eq!(story.actor("nobody"), None);
}

#[test]
fn relations_in_file_order() {
    let story = lighthouse();
    assert_eq!(
        ids(story.relations, |r| r.id),
        ["council-urges-trust", "keepers-accuse-council", "trust-backs-keepers", "mayor-speaks-for-council"]
    );
    let alleged = story.relation("trust-backs-keepers").unwrap();
    assert_eq!(
        *alleged,
        Relation {
            id: "trust-backs-keepers",
            from: "lights-trust",
            to: "keepers-union",
            kind: RelationKind::AllegedlyBacks,
            according_to: Some("harrowby-council"),
            detail: Server::new(None),
            sections: &["objections"],
            quote: Some("council-campaign"),
        }
    );
    assert!(alleged.kind.is_allegation());
    assert_eq!(story.relations.iter().filter(|r| r.according_to.is_some()).count(), 1);
    assert_eq!(story.relation("council-urges-trust").unwrap().sections, ["closure", "next-steps"]);
}

#[test]
fn events_are_sorted_by_date() {
    let story = lighthouse();
    // events.toml lists the March 2026 event first.
    let source = std::fs::read_to_string(lighthouse_dir().join("events.toml")).unwrap();
    assert!(source.find("id = \"last-light\"").unwrap() < source.find("id = \"council-vote\"").unwrap());

    assert_eq!(ids(story.events, |e| e.id), ["council-vote", "last-light"]);
    let vote = &story.events[0];
    assert_eq!(vote.date, Date { year: 2025, month: 11, day: 12 });
    assert_eq!((vote.date.iso(), story.locale.date(vote.date)), ("2025-11-12".to_owned(), "12 November 2025".to_owned()));
    assert_eq!(vote.place, Some("town-hall"));
    assert_eq!(*vote.actors, ["harrowby-council", "mayor-okafor"]);
    assert_eq!(*vote.sections, ["closure", "objections"]);
    let last = &story.events[1];
    assert_eq!(last.date, Date { year: 2026, month: 3, day: 0 });
    assert_eq!((last.date.iso(), story.locale.date(last.date)), ("2026-03".to_owned(), "March 2026".to_owned()));
    assert_eq!(last.place, Some("kestle-point"));
}

#[test]
fn places_and_glossary() {
    let story = lighthouse();
    assert_eq!(ids(story.places, |p| p.id), ["kestle-point", "town-hall"]);
    let point = story.place("kestle-point").unwrap();
    assert_eq!((*point.name, *point.kind, point.lat, point.lon), ("Kestle Point", "lighthouse", 50.21, -5.48));
    assert_eq!(*point.sections, ["closure", "next-steps"]);

    assert_eq!(ids(*story.glossary, |t| t.id), ["ais", "listed-building"]);
    let ais = story.term("ais").unwrap();
    assert_eq!((ais.term, ais.expansion), ("AIS", Some("Automatic Identification System")));
    assert_eq!(story.term("listed-building").unwrap().expansion, None);
}

#[test]
fn every_reference_resolves() {
    let story = lighthouse();
    let actor = |id: &str| assert!(story.actor(id).is_some(), "actor {id}");
    let section = |id: &str| assert!(story.section(id).is_some(), "section {id}");
    actor(story.meta.speaker);
    for s in story.sections {
        s.actors.iter().for_each(|a| actor(a));
        s.points.iter().for_each(|p| actor(p.by));
        s.quotes.iter().for_each(|q| actor(q.speaker));
        s.terms.iter().for_each(|t| assert!(story.term(t).is_some(), "term {t}"));
    }
    for r in story.relations {
        actor(r.from);
        actor(r.to);
        r.according_to.into_iter().for_each(actor);
        r.sections.iter().for_each(|s| section(s));
        r.quote.into_iter().for_each(|q| assert!(story.quote(q).is_some(), "quote {q}"));
    }
    for e in story.events {
        e.actors.iter().for_each(|a| actor(a));
        e.sections.iter().for_each(|s| section(s));
        e.place.into_iter().for_each(|p| assert!(story.place(p).is_some(), "place {p}"));
    }
}

#[test]
fn quote_lookup_returns_its_section() {
    let story = lighthouse();
    let (section, quote) = story.quote("trust-reply").unwrap();
    assert_eq!((section.id, quote.speaker), ("next-steps", "lights-trust"));
    let (section, _) = story.quote("council-campaign").unwrap();
    assert_eq!(section.id, "objections");
    assert!(story.quote("closure").is_none());
}

#[test]
fn names_in_sentences() {
    let story = lighthouse();
    assert_eq!(story.name_in_sentence("lights-trust"), "the Coastal Lights Trust");
    assert_eq!(story.name_in_sentence("harrowby-council"), "Harrowby Town Council");
    assert_eq!(story.name_in_sentence("nobody"), "nobody");
    assert_eq!(story.short_name("keepers-union"), "Keepers");
    assert_eq!(story.short_name("nobody"), "nobody");
}

#[test]
fn sentence_for_plain_relations() {
    let story = lighthouse();
    let sentence = |id: &str| story.sentence(story.relation(id).unwrap());
    assert_eq!(sentence("council-urges-trust"), "Harrowby Town Council urges the Coastal Lights Trust to take over the lighthouse by spring.");
    // An article at the start of the sentence is capitalised.
    assert_eq!(sentence("keepers-accuse-council"), "The Lighthouse Keepers’ Association accuses Harrowby Town Council of hiding the survey’s findings.");
    assert_eq!(sentence("mayor-speaks-for-council"), "Mayor Ruth Okafor speaks for Harrowby Town Council.");
}

#[test]
fn sentence_for_an_allegation_names_whose_claim_it_is() {
    let story = lighthouse();
    assert_eq!(
        story.sentence(story.relation("trust-backs-keepers").unwrap()),
        "According to Harrowby Town Council, the Coastal Lights Trust backs the Lighthouse Keepers’ Association."
    );
}

#[test]
fn sentence_edge_cases() {
    let story = lighthouse();
    let base = story.relation("keepers-accuse-council").unwrap().clone();
    // A claim made by the relation's own subject is not attributed twice.
    let own_claim = Relation { according_to: Some("keepers-union"), ..base.clone() };
    assert_eq!(story.sentence(&own_claim), "The Lighthouse Keepers’ Association accuses Harrowby Town Council of hiding the survey’s findings.");
    // A detail that already ends a sentence gets no second full stop.
    let question = Relation { detail: Server::new(Some("of hiding what?")), ..base };
    assert_eq!(story.sentence(&question), "The Lighthouse Keepers’ Association accuses Harrowby Town Council of hiding what?");
}

#[test]
fn relations_of_and_neighbours() {
    let story = lighthouse();
    assert_eq!(
        story.relations_of("harrowby-council").map(|r| r.id).collect::<Vec<_>>(),
        ["council-urges-trust", "keepers-accuse-council", "mayor-speaks-for-council"]
    );
    // Being the source of an allegation (according_to) is not taking part in it.
    assert_eq!(story.neighbours("harrowby-council"), ["lights-trust", "keepers-union", "mayor-okafor"]);
    assert_eq!(story.neighbours("lights-trust"), ["harrowby-council", "keepers-union"]);
    assert_eq!(story.neighbours("keepers-union"), ["harrowby-council", "lights-trust"]);
    assert_eq!(story.neighbours("harbour-residents"), [] as [&str; 0]);
}

#[test]
fn quotes_involving_an_actor() {
    let story = lighthouse();
    let involving = |actor: &str| story.quotes_involving(actor).iter().map(|(s, q)| (s.id, q.id)).collect::<Vec<_>>();
    // Spoken by the actor, or in a section the actor is part of; in section order.
    assert_eq!(involving("mayor-okafor"), [("closure", "okafor-costs")]);
    assert_eq!(involving("harrowby-council"), [("closure", "okafor-costs"), ("objections", "council-campaign")]);
    assert_eq!(involving("lights-trust"), [("objections", "council-campaign"), ("next-steps", "trust-reply")]);
    assert_eq!(involving("harbour-residents"), [("next-steps", "trust-reply")]);
    assert_eq!(involving("nobody"), []);
}

#[test]
fn quotes_involving_includes_quotes_spoken_outside_the_actors_sections() {
    // The keepers are not among the closure section's actors, but a quote of theirs there counts.
    let story = lighthouse();
    let closure = Section {
        quotes: Box::leak(Box::new([Quote { id: "keepers-reply", text: Server::new("The figures are wrong."), speaker: "keepers-union", context: Server::new(None), language: Server::new(None) }])),
        ..story.sections[0].clone()
    };
    assert!(!closure.actors.contains(&"keepers-union"));
    let sections: &'static [Section] = Box::leak(Box::new([closure]));
    let story = Story { sections, ..story };
    let found: Vec<_> = story.quotes_involving("keepers-union").iter().map(|(s, q)| (s.id, q.id)).collect();
    assert_eq!(found, [("closure", "keepers-reply")]);
}

#[test]
fn loading_twice_gives_equal_stories() {
    assert_eq!(lighthouse(), lighthouse());
}

// ---- Code generation. ----

#[test]
fn codegen_defines_the_story_static() {
    let source = story_static(&lighthouse());
    assert!(source.starts_with("// Generated at build time from the story's content folder. Do not edit.\n"));
    assert!(source.contains("pub static STORY: ::story::Story = ::story::Story {"));
    assert!(source.ends_with("};\n"));
    assert_eq!(source.matches("pub static").count(), 1);
    // Every section, actor, relation, event, place and term is written, in the model's order.
    let story = lighthouse();
    let at = |needle: String| source.find(&needle).unwrap_or_else(|| panic!("{needle} not in the generated source"));
    let positions: Vec<usize> = story.sections.iter().map(|s| at(format!("::story::Section {{id: {:?}", s.id))).collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]));
    assert_eq!(source.matches("::story::Actor {").count(), 5);
    assert_eq!(source.matches("::story::Relation {").count(), 4);
    assert_eq!(source.matches("::story::Point {").count(), 5);
    assert_eq!(source.matches("::story::Quote {").count(), 3);
    assert!(at("::story::Event {id: \"council-vote\"".into()) < at("::story::Event {id: \"last-light\"".into()));
    assert!(source.contains("date: ::story::Date {year: 2026, month: 3, day: 0, }"));
    assert!(source.contains("kind: ::story::RelationKind::AllegedlyBacks, according_to: Some(\"harrowby-council\"), sections: "));
    assert!(source.contains("stance: ::story::Stance::Alleges,"));
    assert!(source.contains("kind: ::story::ActorKind::GovernmentBody,"));
    assert!(source.contains("position: ::story::Position {x: 25.5f32, y: 70.0f32, }"));
    assert!(source.contains("lat: 50.21f32, lon: -5.48f32,"));
    assert!(source.contains("terms: server_only!(&[], &[]),"));
    // Text only the server renders is left for the including crate to keep or drop.
    let section = &story.sections[0];
    assert!(source.contains(&format!("summary: server_only!({:?}, \"\")", section.summary)));
    // Inside a server-only list, a key point's text is plain: the list holds it.
    assert!(source.contains(&format!("text: {:?}", section.points[0].text)));
    assert!(source.contains(&format!("title: {:?}", section.title)), "titles are not server-only");
    assert!(source.contains("expansion: Some(\"Automatic Identification System\")"));
    // The actor map's panel copies descriptions, sentences and quotes from the page.
    assert!(source.contains("detail: server_only!(Some(\"of hiding the survey’s findings\"), None)"));
    assert!(source.contains("background: server_only!(Some(\"Founded in 1998 when the last paid keeper retired.\"), None)"));
    assert!(source.contains("context: server_only!(Some(\"at the council meeting\"), None)"));
    assert!(source.contains("name: \"Coastal Lights Trust\", short: \"Trust\""), "names are not server-only");
    // So are the lists only frozen parts show, while what the browser looks up stays.
    assert!(source.contains("points: server_only!(&[::story::Point {"));
    assert!(source.contains("glossary: server_only!(&[::story::Term {"));
    assert!(source.contains("::story::Event {id: \"council-vote\", date: ::story::Date {year: 2025, month: 11, day: 12, }, title: server_only!("));
    assert!(source.contains("quotes: &[::story::Quote {"), "the panel looks quotes up");
    assert!(source.contains("actors: &[\"harrowby-council\", \"mayor-okafor\", ], summary:"), "a section's actors find its quotes");
}

#[test]
fn codegen_is_deterministic() {
    let story = lighthouse();
    let first = story_static(&story);
    assert_eq!(first, story_static(&story));
    // And independent of the load: a second load of the same folder writes the same source.
    assert_eq!(first, story_static(&lighthouse()));
}

#[test]
fn codegen_escapes_text_as_rust_string_literals() {
    let source = story_static(&lighthouse());
    // Double quotes and newlines are escaped...
    assert!(source.contains(r#"text: server_only!("The so-called \"independent\" campaign is paid for by the Trust.""#));
    assert!(source.contains(r#"text: server_only!("We will look at the offer carefully.\nNothing has been agreed.""#));
    // ...so no raw newline appears anywhere but the ends of the two lines.
    assert_eq!(source.matches('\n').count(), 2);
    // Printable non-ASCII characters are written as they are.
    assert!(source.contains("name: \"Lighthouse Keepers’ Association\""));
    assert!(source.contains("\"We cannot ask the town to pay for a light that ships no longer need — not at these costs.\""));
    assert!(source.contains("for £1."));
}

#[test]
fn codegen_escapes_backslashes_and_invisible_characters() {
    let mut story = lighthouse();
    story.meta.headline = "back\\slash\ttab \u{200B}zero-width \u{0}nul 'single' \"double\"\r\n";
    let source = story_static(&story);
    assert!(source.contains(r#"headline: "back\\slash\ttab \u{200b}zero-width \0nul 'single' \"double\"\r\n", "#), "{}", &source[..300]);
}

#[test]
fn generated_fixture_source_is_current() {
    // tests/fixtures/generated/lighthouse.rs is compiled by the codegen_roundtrip and fragments tests.
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/generated/lighthouse.rs");
    let source = story_static(&lighthouse());
    if std::env::var_os("UPDATE_GENERATED").is_some() {
        std::fs::write(&path, &source).unwrap();
    }
    let on_disk = std::fs::read_to_string(&path).unwrap();
    assert!(
        on_disk == source,
        "{} is stale: rewrite it with UPDATE_GENERATED=1 cargo test -p story --features load --test loading generated",
        path.display()
    );
}
