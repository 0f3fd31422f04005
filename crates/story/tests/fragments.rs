//! URL fragments against the lighthouse story. The story comes from the generated statics
//! (`fixtures/generated/lighthouse.rs`, checked against the TOML fixture by the `loading` and
//! `codegen_roundtrip` tests), so these tests run without the `load` feature, as the browser build does.

use story::fragment::{is_slug, parse, write, Problem, Target, MAX_LEN};
use story::{Actor, Event, Story};

mod generated {
    // As the browser build has it: text only the server renders is left out.
    macro_rules! server_only {
        ($value:expr, $empty:expr) => {
            ::story::Server::new($empty)
        };
    }
    include!("fixtures/generated/lighthouse.rs");
}

fn story() -> &'static Story {
    &generated::STORY
}

fn invalid(problem: Problem) -> Target {
    Target::Invalid(problem)
}

#[test]
fn no_fragment() {
    assert_eq!(parse("", story()), Target::None);
    assert_eq!(parse("#", story()), Target::None);
}

#[test]
fn sections_with_and_without_the_hash() {
    for id in ["closure", "objections", "next-steps"] {
        assert_eq!(parse(&format!("#{id}"), story()), Target::Section(id));
        assert_eq!(parse(id, story()), Target::Section(id));
    }
}

#[test]
fn actors_events_and_places() {
    for id in ["harrowby-council", "mayor-okafor", "keepers-union", "lights-trust", "harbour-residents"] {
        assert_eq!(parse(&format!("#actor-{id}"), story()), Target::Actor(id));
    }
    assert_eq!(parse("#event-council-vote", story()), Target::Event("council-vote"));
    assert_eq!(parse("#event-last-light", story()), Target::Event("last-light"));
    assert_eq!(parse("#place-kestle-point", story()), Target::Place("kestle-point"));
    assert_eq!(parse("#place-town-hall", story()), Target::Place("town-hall"));
}

#[test]
fn targets_borrow_the_story_ids() {
    let Target::Actor(id) = parse("#actor-%6Cights-trust", story()) else { panic!("not an actor") };
    assert!(std::ptr::eq(id, story().actor("lights-trust").unwrap().id));
}

#[test]
fn percent_encoded_valid_ids() {
    // %6C is "l", %6c the same in lower case, %2D a hyphen.
    assert_eq!(parse("#%6Cights", story()), invalid(Problem::Unknown));
    assert_eq!(parse("#c%6Cosure", story()), Target::Section("closure"));
    assert_eq!(parse("#c%6cosure", story()), Target::Section("closure"));
    assert_eq!(parse("#next%2Dsteps", story()), Target::Section("next-steps"));
    assert_eq!(parse("#actor-%6Cights-trust", story()), Target::Actor("lights-trust"));
    assert_eq!(parse("#%65vent-last-%6Cight", story()), Target::Event("last-light"));
}

#[test]
fn well_formed_but_unknown() {
    for raw in [
        "#no-such-section",
        "#actor-nobody",
        "#event-nothing",
        "#place-nowhere",
        // A real id under the wrong prefix, or an id without its prefix.
        "#event-closure",
        "#place-harrowby-council",
        "#actor-council-vote",
        "#harrowby-council",
        "#kestle-point",
        // A prefix with nothing after it is a slug, but names nothing.
        "#actor",
    ] {
        assert_eq!(parse(raw, story()), invalid(Problem::Unknown), "{raw}");
    }
}

#[test]
fn malformed() {
    for raw in [
        // Uppercase.
        "#Closure",
        "#CLOSURE",
        "#actor-Lights-Trust",
        // Spaces, raw or percent-encoded.
        "#next steps",
        "#next%20steps",
        "#closure ",
        // Broken percent escapes.
        "#%zz",
        "#closure%4",
        "#closure%",
        "#%%41",
        "#%+6",
        // Escapes that decode to bytes that are not UTF-8.
        "#%ff",
        "#closure%C3",
        // Script-like and scheme-like text.
        "#<script>alert(1)</script>",
        "#%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "#javascript:alert(1)",
        // Paths.
        "#../../etc",
        "#..%2F..%2Fetc%2Fpasswd",
        "#closure/objections",
        // Non-ASCII, raw or encoded.
        "#séction",
        "#s%C3%A9ction",
        // NUL and other control characters.
        "#%00",
        "#closure%00",
        "#closure%0A",
        // Query-like.
        "#?a=b",
        "#closure?a=b",
        "#closure&actor=x",
        // Hyphens in the wrong places.
        "#next--steps",
        "#closure-",
        "#-closure",
        "#actor-",
        "#actor--lights-trust",
        // Other characters a slug does not have.
        "#next_steps",
        "#closure.html",
        "##closure",
    ] {
        assert_eq!(parse(raw, story()), invalid(Problem::Malformed), "{raw}");
    }
}

#[test]
fn too_long() {
    let long = "a".repeat(300);
    assert_eq!(parse(&format!("#{long}"), story()), invalid(Problem::TooLong));
    assert_eq!(parse(&long, story()), invalid(Problem::TooLong));
    // Length is checked before anything else, so a long mess is too long, not malformed.
    assert_eq!(parse(&"<script>".repeat(40), story()), invalid(Problem::TooLong));
    // MAX_LEN counts the fragment without its "#" and before decoding.
    assert_eq!(parse(&format!("#{}", "a".repeat(MAX_LEN)), story()), invalid(Problem::Unknown));
    assert_eq!(parse(&"a".repeat(MAX_LEN + 1), story()), invalid(Problem::TooLong));
    assert_eq!(parse(&"%61".repeat(67), story()), invalid(Problem::TooLong));
}

#[test]
fn problems_have_distinct_messages_for_the_notice() {
    let locale = &story().locale;
    let messages = [Problem::TooLong, Problem::Malformed, Problem::Unknown].map(|p| locale.problem(p));
    assert_ne!(messages[0], messages[1]);
    assert_ne!(messages[1], messages[2]);
    assert_ne!(messages[0], messages[2]);
    for message in messages {
        assert!(message.ends_with("so the whole explainer is shown."), "{message}");
    }
}

#[test]
fn write_round_trips_every_target() {
    let story = story();
    let mut targets: Vec<Target> = Vec::new();
    targets.extend(story.sections.iter().map(|s| Target::Section(s.id)));
    targets.extend(story.actors.iter().map(|a| Target::Actor(a.id)));
    targets.extend(story.events.iter().map(|e| Target::Event(e.id)));
    targets.extend(story.places.iter().map(|p| Target::Place(p.id)));
    assert_eq!(targets.len(), 3 + 5 + 2 + 2);
    for target in targets {
        let fragment = write(&target);
        assert_eq!(parse(&fragment, story), target, "{fragment}");
        assert_eq!(parse(&format!("#{fragment}"), story), target, "#{fragment}");
    }
}

#[test]
fn write_forms() {
    assert_eq!(write(&Target::Section("closure")), "closure");
    assert_eq!(write(&Target::Actor("lights-trust")), "actor-lights-trust");
    assert_eq!(write(&Target::Event("council-vote")), "event-council-vote");
    assert_eq!(write(&Target::Place("town-hall")), "place-town-hall");
    // Nothing to link to: an empty fragment, which reads back as no fragment.
    assert_eq!(write(&Target::None), "");
    assert_eq!(write(&Target::Invalid(Problem::Unknown)), "");
    assert_eq!(parse(&write(&Target::Invalid(Problem::Malformed)), story()), Target::None);
}

#[test]
fn longest_ids_round_trip_with_their_prefixes() {
    // Ids may be 64 characters; with "actor-" or "event-" in front the fragment is longer than that.
    let actor_id: &'static str = Box::leak("k".repeat(64).into_boxed_str());
    let event_id: &'static str = Box::leak(format!("e{}", "-9".repeat(31)).into_boxed_str());
    assert!(is_slug(actor_id) && is_slug(event_id) && event_id.len() == 63);
    let base = story().clone();
    let actors: &'static [Actor] = Box::leak(Box::new([Actor { id: actor_id, ..base.actors[0].clone() }]));
    let events: &'static [Event] = Box::leak(Box::new([Event { id: event_id, ..base.events[0].clone() }]));
    let story = Story { actors, events, ..base };
    for target in [Target::Actor(actor_id), Target::Event(event_id)] {
        assert_eq!(parse(&format!("#{}", write(&target)), &story), target);
    }
    // One character more is no id of this story.
    assert_eq!(parse(&format!("#actor-{actor_id}k"), &story), invalid(Problem::Unknown));
}

#[test]
fn slugs() {
    for yes in ["a", "closure", "next-steps", "a1", "2025", "a-b-c", "x-1-y", &"z".repeat(64)] {
        assert!(is_slug(yes), "{yes:?} should be a slug");
    }
    for no in [
        "",
        "-",
        "-a",
        "a-",
        "a--b",
        "A",
        "Closure",
        "a_b",
        "a b",
        "a.b",
        "a/b",
        "é",
        "séction",
        "a\0",
        " a",
        &"z".repeat(65),
    ] {
        assert!(!is_slug(no), "{no:?} should not be a slug");
    }
}

#[test]
fn embed_queries_follow_the_same_rules_as_fragments() {
    use story::fragment::{from_query, Problem, Target};
    let story = story();
    let section = story.sections[0].id;
    let actor = story.actors[0].id;
    assert_eq!(from_query(&format!("?section={section}"), story), Target::Section(section));
    assert_eq!(from_query(&format!("?childId=x&section={section}&parentTitle=y"), story), Target::Section(section));
    assert_eq!(from_query(&format!("actor={actor}"), story), Target::Actor(actor));
    assert_eq!(from_query("?initialWidth=600&childId=explainer", story), Target::None);
    assert_eq!(from_query("", story), Target::None);
    assert_eq!(from_query("?section=%3Cscript%3E", story), Target::Invalid(Problem::Malformed));
    assert_eq!(from_query("?section=nope", story), Target::Invalid(Problem::Unknown));
    assert_eq!(from_query("?section=", story), Target::None);
}

#[test]
fn a_host_address_speaks_to_the_embed_in_a_fragment_of_its_own() {
    use story::fragment::{host_link, read_host, write_in_host, Problem, Target};
    let story = story();
    let section = story.sections[0].id;
    let link = host_link("https://news.example/2025/11/talks", &Target::Section(section));
    assert_eq!(link, format!("https://news.example/2025/11/talks#news-explainer={section}"));
    assert_eq!(read_host(&link, story), Some(("https://news.example/2025/11/talks".to_owned(), Target::Section(section))));
    assert_eq!(write_in_host(&Target::Section(section)), format!("news-explainer={section}"));
    // The host's own anchors and query stay the host's.
    assert_eq!(read_host("https://news.example/a?page=2#comments", story), Some(("https://news.example/a?page=2".to_owned(), Target::None)));
    assert_eq!(read_host(&format!("https://news.example/a#{section}"), story), Some(("https://news.example/a".to_owned(), Target::None)));
    assert_eq!(read_host("http://localhost:8080/", story), Some(("http://localhost:8080/".to_owned(), Target::None)));
    // Ours, but naming nothing the story has: the embed says so calmly, as for its own fragments.
    assert_eq!(read_host("https://news.example/a#news-explainer=nope", story).map(|h| h.1), Some(Target::Invalid(Problem::Unknown)));
    assert_eq!(read_host("https://news.example/a#news-explainer=%3Cb%3E", story).map(|h| h.1), Some(Target::Invalid(Problem::Malformed)));
    assert_eq!(read_host("https://news.example/a#news-explainer=", story).map(|h| h.1), Some(Target::None));
}

#[test]
fn anything_but_a_plain_web_address_is_no_host() {
    use story::fragment::{read_host, MAX_HOST_LEN};
    let story = story();
    for bad in [
        "",
        "javascript:alert(1)//https://x",
        "data:text/html,<b>",
        "https://",
        "file:///etc/passwd",
        "https://news.example/a b",
        "https://news.example/\n",
        "//news.example/a",
        "news.example/a",
    ] {
        assert_eq!(read_host(bad, story), None, "{bad:?}");
    }
    let long = format!("https://news.example/{}", "a".repeat(MAX_HOST_LEN));
    assert_eq!(read_host(&long, story), None);
}
