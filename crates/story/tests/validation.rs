//! Validation of content folders: one small broken fixture per kind of error, under
//! `tests/fixtures/broken/<kind>/`, each checked for the exact file, line, column and message.
//!
//! Most fixtures are the same minimal story (two actors, `council` and `mayor`, and one section,
//! `closure`) with one thing broken; the `several` fixture breaks many things across files at once.

#![cfg(feature = "load")]

use std::path::{Path, PathBuf};

use story::load::{load_dir, Error, Errors};

fn fixture(kind: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/broken").join(kind)
}

/// Loads a broken fixture, which must fail, and returns its errors.
fn errors_of(kind: &str) -> Vec<Error> {
    match load_dir(&fixture(kind)) {
        Ok(_) => panic!("the broken fixture {kind:?} loaded without errors"),
        Err(Errors(errors)) => {
            assert!(!errors.is_empty(), "{kind}: Err with an empty list of errors");
            errors
        }
    }
}

/// The errors as the loader prints them, with the fixture's folder taken off the front of each path
/// (`sections.toml:8:6: …`), so the expectations read like the files.
fn messages(kind: &str) -> Vec<String> {
    let prefix = format!("{}/", fixture(kind).display());
    errors_of(kind)
        .iter()
        .map(|error| {
            let shown = error.to_string();
            shown.strip_prefix(&prefix).unwrap_or_else(|| panic!("{shown:?} does not start with the fixture folder {prefix:?}")).to_owned()
        })
        .collect()
}

fn assert_messages(kind: &str, expected: &[&str]) {
    let actual = messages(kind);
    assert_eq!(actual, expected, "errors of the {kind} fixture");
}

#[test]
fn unknown_actor_reference() {
    assert_messages(
        "unknown-actor",
        &[
            "sections.toml:5:22: unknown actor \"harbour-master\" (known: council, mayor)",
            "sections.toml:8:6: unknown actor \"mayorr\" (known: council, mayor)",
        ],
    );
    // The structured fields agree with the printed form.
    let errors = errors_of("unknown-actor");
    let last = &errors[1];
    assert_eq!(last.file, fixture("unknown-actor").join("sections.toml"));
    assert_eq!((last.line, last.column), (8, 6));
    assert_eq!(last.message, "unknown actor \"mayorr\" (known: council, mayor)");
}

#[test]
fn unknown_section_reference() {
    assert_messages("unknown-section", &["relations.toml:6:24: unknown section \"closures\" (known: closure)"]);
}

#[test]
fn unknown_place_reference() {
    assert_messages("unknown-place", &["events.toml:7:9: unknown place \"town-hall\" (known: kestle-point)"]);
}

#[test]
fn unknown_quote_reference() {
    assert_messages("unknown-quote", &["relations.toml:7:9: unknown quote \"okafor-cost\" (known: okafor-costs)"]);
}

#[test]
fn unknown_term_reference() {
    assert_messages("unknown-term", &["sections.toml:6:29: unknown term \"ais\" (known: listed-building)"]);
}

#[test]
fn duplicate_id() {
    // Reported at the second use, naming the line of the first.
    assert_messages("duplicate-id", &["actors.toml:20:6: duplicate actor id \"council\" (first used on line 2)"]);
}

#[test]
fn id_that_is_not_a_lowercase_ascii_slug() {
    assert_messages(
        "bad-slug",
        &[
            "actors.toml:20:6: actor id \"Harbour_Master\" is not a lowercase ASCII slug (a-z, 0-9 and single hyphens, at most 64 characters)",
            "actors.toml:29:6: actor id \"keepers--union\" is not a lowercase ASCII slug (a-z, 0-9 and single hyphens, at most 64 characters)",
        ],
    );
}

#[test]
fn empty_summary() {
    // Whitespace only counts as empty.
    assert_messages("empty-summary", &["sections.toml:4:11: summary is empty"]);
}

#[test]
fn relation_from_an_actor_to_itself() {
    assert_messages("self-relation", &["relations.toml:4:6: relation \"council-urges-council\" goes from actor \"council\" to itself"]);
}

#[test]
fn event_date_that_does_not_parse() {
    assert_messages(
        "bad-date",
        &[
            "events.toml:3:8: date \"2025-02-30\" has day 30, which month 2 of 2025 does not have",
            "events.toml:10:8: the year in date \"March 2026\" must be 4 digits",
        ],
    );
}

#[test]
fn url_with_a_scheme_other_than_https() {
    assert_messages(
        "non-https-url",
        &[
            "story.toml:6:17: URL \"javascript:alert(1)\" must be an https:// address",
            "story.toml:11:7: URL \"http://harrowby.example/news/kestle-point\" must be an https:// address",
        ],
    );
}

#[test]
fn missing_required_field() {
    // Pointed at the [[actor]] header of the entry that lacks it.
    assert_messages("missing-field", &["actors.toml:10:1: missing field `short`"]);
}

#[test]
fn unknown_field() {
    assert_messages(
        "unknown-field",
        &["sections.toml:4:1: unknown field `sumary`, expected one of `id`, `title`, `summary`, `actors`, `terms`, `point`, `quote`"],
    );
}

#[test]
fn unknown_enum_values() {
    assert_messages(
        "unknown-enum",
        &[
            "actors.toml:14:8: unknown actor kind \"company\" (known: state, government, government-body, person, armed-group, mediator, population, faction, international, media)",
            "relations.toml:5:8: unknown relation kind \"blames\" (known: accuses, mediates, designates-enemy, allegedly-shelters, allegedly-backs, negotiates-with, ceasefire-with, offers-to-receive, warns, urges, speaks-for, aids)",
            "sections.toml:9:10: unknown stance \"claims\" (known: says, alleges, warns, confirms, rejects, offers, urges, reports)",
        ],
    );
}

#[test]
fn toml_syntax_error() {
    // The unterminated string on line 3 is reported at the end of that line.
    assert_messages("toml-syntax", &["sections.toml:3:33: invalid basic string, expected `\"`"]);
}

#[test]
fn missing_required_file() {
    let errors = errors_of("missing-file");
    assert_eq!(errors.len(), 1, "{errors:?}");
    let error = &errors[0];
    let path = fixture("missing-file").join("actors.toml");
    assert_eq!(error.file, path);
    // A problem with the file as a whole has no line or column, and prints without them.
    assert_eq!((error.line, error.column), (0, 0));
    assert_eq!(error.message, "cannot read this required file: No such file or directory (os error 2)");
    assert_eq!(error.to_string(), format!("{}: cannot read this required file: No such file or directory (os error 2)", path.display()));
}

#[test]
fn an_optional_file_that_exists_but_cannot_be_read_is_an_error() {
    // The lighthouse story with a directory where its glossary file should be.
    let lighthouse = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/stories/lighthouse");
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("story-unreadable-optional");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("glossary.toml")).unwrap();
    for name in ["story.toml", "sections.toml", "actors.toml", "relations.toml", "events.toml", "places.toml"] {
        std::fs::copy(lighthouse.join(name), dir.join(name)).unwrap();
    }
    let Err(Errors(errors)) = load_dir(&dir) else { panic!("a directory named glossary.toml was read as a file") };
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].file, dir.join("glossary.toml"));
    assert_eq!((errors[0].line, errors[0].column), (0, 0));
    // Not called "required": the glossary is optional, only unreadable.
    assert_eq!(errors[0].message, "cannot read this file: Is a directory (os error 21)");
}

#[test]
fn repairing_the_one_broken_thing_makes_a_fixture_load() {
    // The single-kind fixtures are broken only where their tests say: undo that and they load.
    let repairs: [(&str, &str, &str, &str); 25] = [
        ("unknown-actor", "sections.toml", "\"mayorr\"", "\"mayor\""),
        ("unknown-actor", "sections.toml", ", \"harbour-master\"", ""),
        ("unknown-section", "relations.toml", ", \"closures\"", ""),
        ("unknown-quote", "relations.toml", "\"okafor-cost\"", "\"okafor-costs\""),
        ("unknown-term", "sections.toml", ", \"ais\"", ""),
        ("empty-summary", "sections.toml", "summary = \"   \"", "summary = \"Repairs cost too much.\""),
        ("self-relation", "relations.toml", "to = \"council\"", "to = \"mayor\""),
        ("non-https-url", "story.toml", "javascript:alert(1)", "https://explainer.example/"),
        ("non-https-url", "story.toml", "http://", "https://"),
        ("unknown-field", "sections.toml", "sumary", "summary"),
        ("toml-syntax", "sections.toml", "goes dark\n", "goes dark\"\n"),
        ("allegation-without-source", "relations.toml", "kind = \"allegedly-backs\"", "kind = \"allegedly-backs\"\naccording_to = \"council\""),
        ("section-prefix", "sections.toml", "\"actor-council\"", "\"notes\""),
        ("locale-unknown-key", "locale.toml", "expand_al ", "expand_all "),
        ("locale-unknown-key", "locale.toml", "stance.sayz", "stance.says"),
        ("locale-missing-key", "locale.toml", "collapse_all = ", "expand_all = \"Expand all\"\ncollapse_all = "),
        ("locale-missing-key", "locale.toml", "singular = \"{speaker} warns\"\n", "singular = \"{speaker} warns\"\nplural = \"{speaker} warn\"\n"),
        ("locale-bad-template", "locale.toml", "{speakr}", "{speaker}"),
        ("locale-bad-template", "locale.toml", "{all", "all"),
        ("locale-bad-template", "locale.toml", "{to}\"", "{to} {detail}\""),
        ("locale-no-built-in", "story.toml", "language = \"fr\"", "language = \"es\""),
        ("locale-plural-form", "locale.toml", " two = \"two more quotes\",", ""),
        ("locale-unknown-base", "locale.toml", "\"english\"", "\"en\""),
        ("bad-language", "sections.toml", "\"French\"", "\"fr\""),
        ("bad-language", "story.toml", "language = \"English (UK)\"", "language = \"en-GB\""),
    ];
    let mut repaired: Vec<(&str, Vec<story::load::Source>)> = Vec::new();
    for (kind, file, broken, fixed) in repairs {
        if repaired.last().map(|(k, _)| *k) != Some(kind) {
            let sources = story::load::FILES
                .iter()
                .map(|(name, _)| {
                    let path = fixture(kind).join(name);
                    let text = std::fs::read_to_string(&path).unwrap_or_default();
                    story::load::Source { path, text }
                })
                .collect();
            repaired.push((kind, sources));
        }
        let source = repaired.last_mut().unwrap().1.iter_mut().find(|s| s.path.ends_with(file)).unwrap();
        assert!(source.text.contains(broken), "{kind}/{file} does not contain {broken:?}");
        source.text = source.text.replacen(broken, fixed, 1);
    }
    for (kind, sources) in &repaired {
        if let Err(errors) = story::load::load_sources(sources) {
            panic!("the {kind} fixture, repaired, still fails:\n{errors}");
        }
    }
}

#[test]
fn allegation_relation_without_according_to() {
    assert_messages(
        "allegation-without-source",
        &["relations.toml:5:8: relation \"mayor-backs-council\" is an allegation (allegedly-backs), so it must say whose: add according_to = \"<actor id>\""],
    );
}

#[test]
fn section_id_starting_with_a_link_prefix() {
    assert_messages(
        "section-prefix",
        &["sections.toml:2:6: section id \"actor-council\" must not start with \"actor-\", which links use for other things"],
    );
}

#[test]
fn map_position_out_of_range() {
    assert_messages(
        "map-position",
        &["actors.toml:16:5: map position x = 120 is outside 0 to 100", "actors.toml:17:5: map position y = -5 is outside 0 to 100"],
    );
}

#[test]
fn several_errors_across_files_are_all_reported_sorted_by_file_and_line() {
    let expected = [
        "actors.toml:17:5: map position y = 101 is outside 0 to 100",
        "events.toml:3:8: date \"2025-13\" has month 13, which is not 01 to 12",
        // The only place is dropped for its unknown field, so no place is known here.
        "events.toml:7:9: unknown place \"town-hall\" (known: none)",
        "glossary.toml:7:6: duplicate term id \"listed-building\" (first used on line 2)",
        "places.toml:9:1: unknown field `elevation`, expected one of `id`, `name`, `kind`, `lat`, `lon`, `description`, `sections`",
        "relations.toml:4:6: relation \"mayor-backs-mayor\" goes from actor \"mayor\" to itself",
        "relations.toml:5:8: relation \"mayor-backs-mayor\" is an allegation (allegedly-backs), so it must say whose: add according_to = \"<actor id>\"",
        "sections.toml:3:9: title is empty",
        "sections.toml:6:10: unknown term \"café\" (known: listed-building)",
        // Columns count characters: the "é" before this is one column, though two bytes.
        "sections.toml:6:18: unknown term \"ais\" (known: listed-building)",
        "story.toml:4:11: unknown actor \"counsil\" (known: council, mayor)",
    ];
    assert_messages("several", &expected);

    let errors = errors_of("several");
    assert_eq!(errors.len(), 11);
    // Sorted by file, then line, then column, with no repeats.
    let keys: Vec<_> = errors.iter().map(|e| (e.file.clone(), e.line, e.column)).collect();
    let mut sorted = keys.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(keys, sorted);

    // The summary the build prints: a count, then each error on its own indented line.
    let dir = fixture("several");
    let printed = load_dir(&dir).unwrap_err().to_string();
    let mut lines = printed.lines();
    assert_eq!(lines.next(), Some("11 problems in the story content:"));
    for (line, message) in lines.by_ref().zip(expected) {
        assert_eq!(line, format!("  {}/{message}", dir.display()));
    }
    assert_eq!(lines.next(), None);
}

#[test]
fn a_single_problem_is_counted_in_the_singular() {
    let printed = load_dir(&fixture("empty-summary")).unwrap_err().to_string();
    let dir = fixture("empty-summary");
    assert_eq!(printed, format!("1 problem in the story content:\n  {}/sections.toml:4:11: summary is empty\n", dir.display()));
}

#[test]
fn every_broken_fixture_is_tested_here() {
    // A new folder under fixtures/broken must get its own test above.
    let mut found: Vec<String> = std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/broken"))
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .collect();
    found.sort();
    let tested = [
        "allegation-without-source",
        "bad-date",
        "bad-language",
        "bad-slug",
        "duplicate-id",
        "empty-summary",
        "locale-bad-template",
        "locale-missing-key",
        "locale-no-built-in",
        "locale-plural-form",
        "locale-unknown-base",
        "locale-unknown-key",
        "map-position",
        "missing-field",
        "missing-file",
        "non-https-url",
        "section-prefix",
        "self-relation",
        "several",
        "toml-syntax",
        "unknown-actor",
        "unknown-enum",
        "unknown-field",
        "unknown-place",
        "unknown-quote",
        "unknown-section",
        "unknown-term",
    ];
    assert_eq!(found, tested);
}


// ---- Locale files (see `story::locale_file`). ----

#[test]
fn locale_key_unknown_or_misspelt() {
    // Reported where the key is written, with the nearest known key.
    assert_messages(
        "locale-unknown-key",
        &[
            "locale.toml:3:1: unknown key \"expand_al\"; did you mean \"expand_all\"?",
            "locale.toml:6:1: unknown key \"stance.sayz.singular\"; did you mean \"stance.says.singular\"?",
        ],
    );
}

#[test]
fn locale_key_missing_from_a_whole_locale() {
    // A story whose language has no built-in locale gives every key; what it leaves out is named, with
    // the English text to translate. (A missing key has no line of its own: the file's start.)
    assert_messages(
        "locale-missing-key",
        &[
            "locale.toml:1:1: missing key \"expand_all\" (in English: \"Expand all\")",
            "locale.toml:1:1: missing key \"stance.warns.plural\" (in English: \"{speaker} warn\")",
        ],
    );
}

#[test]
fn locale_template_with_a_bad_slot() {
    // A slot its key does not have, a brace never closed, a slot left out (which would lose content).
    assert_messages(
        "locale-bad-template",
        &[
            "locale.toml:1:10: \"byline\" leaves out {speaker}: every slot of it must appear in the text",
            "locale.toml:1:26: \"byline\" has no slot {speakr} (its slots: {speaker}, {date})",
            "locale.toml:2:22: \"expand_all\" has a \"{\" that is never closed",
            "locale.toml:5:12: \"relation_kind.accuses.singular\" leaves out {detail}: every slot of it must appear in the text",
        ],
    );
}

#[test]
fn locale_for_a_language_with_none_built_in() {
    assert_messages(
        "locale-no-built-in",
        &["story.toml:6:12: no built-in locale for language \"fr\" (built in: en, es): add a locale.toml to the story folder that translates every key of locales/en.toml, or that starts from one with base = \"en\""],
    );
}

#[test]
fn locale_plural_form_the_language_does_not_have() {
    assert_messages("locale-plural-form", &["locale.toml:1:41: \"more_quotes.two\": the plural rule \"one-other\" has no \"two\" form (its forms: one, other)"]);
}

#[test]
fn locale_base_that_is_not_built_in() {
    assert_messages("locale-unknown-base", &["locale.toml:1:8: no built-in locale \"english\" to start from (built in: en, es)"]);
}

#[test]
fn language_that_is_not_a_language_tag() {
    assert_messages(
        "bad-language",
        &[
            "sections.toml:16:12: language \"French\" is not a language tag such as \"en\", \"es-MX\" or \"ur\"",
            "story.toml:6:12: language \"English (UK)\" is not a language tag such as \"en\", \"es-MX\" or \"ur\"",
        ],
    );
}
