//! Locales: the built-in English and Spanish files, a story's own `locale.toml` (overrides, a base,
//! a whole locale of its own), templates in both languages, dates, numbers and directions. The
//! broken locale files are in `validation.rs`, with the other content errors.

#![cfg(feature = "load")]

use std::path::{Path, PathBuf};

use story::load::{load_dir, load_sources, Source, FILES};
use story::locale_file::{built_in, BUILT_IN};
use story::*;

mod common;
use common::{english_left, flat_file};

fn fixture_story(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/stories").join(name)
}

fn english() -> Locale {
    built_in("en").unwrap_or_else(|e| panic!("{e}"))
}

fn spanish() -> Locale {
    built_in("es").unwrap_or_else(|e| panic!("{e}"))
}

/// The lighthouse fixture's files, with `story.toml` changed by `story` and `locale.toml` holding `locale`.
fn lighthouse_with(story: impl Fn(String) -> String, locale: &str) -> Vec<Source> {
    FILES
        .iter()
        .map(|(name, _)| {
            let path = fixture_story("lighthouse").join(name);
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            let text = match *name {
                "story.toml" => story(text),
                "locale.toml" => locale.to_owned(),
                _ => text,
            };
            Source { path, text }
        })
        .collect()
}

/// The verbs the model put between two names, for a singular and a plural subject, in
/// `RelationKind::ALL` order.
const VERBS: [(&str, &str); 12] = [
    ("accuses", "accuse"),
    ("mediates in talks with", "mediate in talks with"),
    ("designates as enemies", "designate as enemies"),
    ("shelters", "shelter"),
    ("backs", "back"),
    ("negotiates with", "negotiate with"),
    ("holds a ceasefire with", "hold a ceasefire with"),
    ("offers to receive", "offer to receive"),
    ("warns", "warn"),
    ("urges", "urge"),
    ("speaks for", "speak for"),
    ("has given aid to", "have given aid to"),
];

#[test]
fn every_built_in_locale_loads_complete() {
    for (language, _) in BUILT_IN {
        let locale = built_in(language).unwrap_or_else(|e| panic!("the built-in locale {language} does not load:\n{e}"));
        assert_eq!(locale.language, language);
        assert_eq!(locale.direction, Direction::Ltr);
        assert_eq!(locale.digits.chars().count(), 10);
        assert!(locale.months.iter().all(|m| !m.is_empty()));
    }
    assert_eq!(english().plurals, PluralRule::OneOther);
    assert_eq!(spanish().plurals, PluralRule::OneManyOther);
}

/// The strings the page shows today, written in the views (src/ui) before they read the locale: the
/// English locale must give each exactly, so that switching a view to it changes no page.
#[test]
fn english_reproduces_the_pages_strings_exactly() {
    let en = english();
    let texts: &[(&str, &str)] = &[
        (en.skip_to_sections, "Skip to the sections"),
        (en.who_is_who, "Who is who"),
        (en.link_too_long, "The link you followed is too long to be a link to this explainer, so the whole explainer is shown."),
        (en.link_malformed, "The link you followed points to a part of this explainer in a form we cannot read, so the whole explainer is shown."),
        (en.link_unknown, "The link you followed points to a part of this explainer that does not exist, so the whole explainer is shown."),
        (en.dismiss, "Dismiss"),
        (en.link_copied, "Link copied to the clipboard."),
        (en.embed_copied, "Embed code copied to the clipboard."),
        (en.embed_refused, "Copying was refused: the code is selected, copy it by hand."),
        (en.pym_comment, "pym.js v1 from your own copy, e.g. npm install pym.js"),
        (en.close, "Close"),
        (en.close_details, "Close the details"),
        (en.details, "Details"),
        (en.panel_hint, "Select an actor or a line on the map to see what the statement says about it."),
        (en.relations, "Relations"),
        (en.relation, "Relation"),
        (en.claim_note, "(a claim, not an established fact)"),
        (en.in_their_words, "In their words"),
        (en.kicker, "Explainer"),
        (en.toc_label, "Sections of the statement"),
        (en.toc_title, "In this statement"),
        (en.sections_title, "The statement, section by section"),
        (en.expand_all, "Expand all"),
        (en.collapse_all, "Collapse all"),
        (en.show_whole, "Show the whole explainer"),
        (en.key_points, "Key points"),
        (en.who_is_involved, "Who is involved"),
        (en.terms, "Terms"),
        (en.background_note, "Background, not from the statement."),
        (en.section_page, "Page for this section"),
        (en.copy_link, "Copy link"),
        (en.share, "Share…"),
        (en.copy_this_link, "Copy this link:"),
        (en.when_it_happened, "When it happened"),
        (en.timeline_hint, "Choose an event for who was involved and where the statement mentions it."),
        (en.who_row, "Who"),
        (en.in_the_statement, "In the statement"),
        (en.where_row, "Where"),
        (en.when_row, "When"),
        (en.where_it_happened, "Where it happened"),
        (en.map_credit.0, "Outline and borders: Natural Earth {scale} (public domain). Borders are approximate, and some are disputed."),
        (en.show_actors_as, "Show the actors as"),
        (en.map_view, "Map"),
        (en.text_view, "Text"),
        (
            en.map_keys,
            "Select an actor to light up who it deals with, or a line to read it. On the map, arrow keys move between actors, Enter or Space selects, Escape clears.",
        ),
        (en.map_title, "Map of who does what to whom"),
        (en.legend_hint, "The key doubles as a filter: press a kind to hide or show it."),
        (en.relations_shown, "Relations shown"),
        (en.actors_shown, "Actors shown"),
        (en.show_everything, "Show everything"),
        (en.actors, "Actors"),
        (en.who_does_what, "Who does what to whom"),
        (en.relations_caption, "Each relation between actors, with the sections that support it"),
        (en.relation_column, "Relation"),
        (en.type_column, "Type"),
        (en.embed_title, "Embed this explainer"),
        (en.embed_show, "Show"),
        (en.embed_whole, "The whole explainer"),
        (en.embed_sizing, "Sizing"),
        (en.embed_loader, "Our loader (any page)"),
        (en.embed_code, "Code"),
        (en.copy_code, "Copy code"),
        (
            en.editorial_note,
            "Summaries and key points are our own words and attribute every claim to whoever made it. Quotes are copied exactly. Background is marked as such.",
        ),
        (en.open_full, "Open the full explainer"),
        (en.opens_in_new_tab, "(opens in a new tab)"),
    ];
    for (locale, today) in texts {
        assert_eq!(locale, today);
    }
    let filled: &[(String, &str)] = &[
        (en.fill(en.page_title, &[("section", "Talks"), ("headline", "H")]), "Talks · H"),
        (en.fill(en.byline, &[("speaker", "S"), ("date", "D")]), "The statement: S, D. Summaries are in our own words; quotes are exact."),
        (en.fill(en.point, &[("attribution", "TTP says"), ("text", "T")]), "TTP says: T"),
        (en.fill(en.quote_with_context, &[("speaker", "S"), ("context", "told Geo News")]), "S, told Geo News"),
        (en.fill(en.background, &[("text", "X")]), "Background: X"),
        (en.fill(en.show_on_map, &[("actor", "TTP")]), "TTP: show on the map"),
        (en.fill(en.from_to, &[("from", "A"), ("to", "B")]), "From A to B"),
        (en.fill(en.in_the_statement_sections, &[("sections", "L")]), "In the statement: L"),
        (en.fill(en.in_sections, &[("sections", "L")]), "In: L"),
        (en.fill(en.relation_selected, &[("sentence", "S.")]), "Relation selected: S."),
        (en.fill(en.embed_section, &[("title", "T")]), "Section: T"),
        (en.fill(en.source, &[("title", "T"), ("publisher", "P")]), "Source: T, P."),
        (en.fill(en.scale_km, &[("n", &en.number(200))]), "200 km"),
        (en.fill(en.node_name, &[("short", "TTP"), ("name", "Tehrik-i-Taliban Pakistan"), ("kind", "armed group"), ("relations", "12 relations")]), "TTP, Tehrik-i-Taliban Pakistan, armed group, 12 relations"),
        (en.fill(en.node_name_short, &[("name", "Pakistan"), ("kind", "state"), ("relations", "1 relation")]), "Pakistan, state, 1 relation"),
        (en.count(&en.relation_count, 1, &[]), "1 relation"),
        (en.count(&en.relation_count, 12, &[]), "12 relations"),
        (en.count(&en.more_quotes, 15, &[]), "15 more quotes"),
        (en.count(&en.actor_selected, 4, &[("name", "TTP")]), "TTP selected; 4 related actors highlighted. Details follow the map."),
        (
            en.count_decimal(&en.schematic_note, 0.5),
            "Schematic: no coastline or borders are drawn for this area. Places are positioned by latitude and longitude on a grid of lines 0.5 degrees apart.",
        ),
        (
            en.count_decimal(&en.schematic_note, 1.0),
            "Schematic: no coastline or borders are drawn for this area. Places are positioned by latitude and longitude on a grid of lines 1 degree apart.",
        ),
        (en.date(Date { year: 2025, month: 11, day: 7 }), "7 November 2025"),
        (en.date(Date { year: 2021, month: 8, day: 0 }), "August 2021"),
        (en.date(Date { year: 2025, month: 0, day: 0 }), "2025"),
    ];
    for (locale, today) in filled {
        assert_eq!(locale, today);
    }
    // The labels and phrases the model used to hold.
    let relation_labels = [
        "Accuses", "Mediates", "Designates as enemy", "Allegedly shelters", "Allegedly backs", "Negotiates with", "Ceasefire with",
        "Offers to receive", "Warns", "Urges", "Speaks for", "Gives aid to",
    ];
    for ((kind, label), (one, many)) in RelationKind::ALL.into_iter().zip(relation_labels).zip(VERBS) {
        assert_eq!(en.relation_label(kind), label);
        let values = [("from", "A"), ("to", "B"), ("detail", "")];
        assert_eq!(en.relation_sentence(kind, false).fill(&values), format!("A {one} B"));
        assert_eq!(en.relation_sentence(kind, true).fill(&values), format!("A {many} B"));
    }
    let kinds = ["State", "Government", "Government body", "Person", "Armed group", "Mediator", "Population", "Faction", "International", "Media"];
    for (kind, label) in ActorKind::ALL.into_iter().zip(kinds) {
        assert_eq!(en.actor_kind(kind), label);
        assert_eq!(en.actor_kind_in_text(kind), label.to_ascii_lowercase());
    }
    for stance in Stance::ALL {
        // The stance's key was its verb.
        assert_eq!(en.stance(stance, false).fill(&[("speaker", "TTP")]), format!("TTP {}", stance.key()));
    }
    assert_eq!(en.stance(Stance::Says, true).fill(&[("speaker", "Pashtuns")]), "Pashtuns say");
}

/// The bundled story's relations read as they did when the model built them in English word order.
#[test]
fn the_bundled_storys_sentences_are_unchanged() {
    let story = load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/pakistan-afghanistan-talks")).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(story.locale, english());
    for relation in story.relations {
        let from = story.name_in_sentence(relation.from);
        let plural = story.actor(relation.from).is_some_and(|a| a.plural);
        let (one, many) = VERBS[RelationKind::ALL.iter().position(|k| *k == relation.kind).unwrap()];
        let verb = if plural { many } else { one };
        let mut core = format!("{from} {verb} {}", story.name_in_sentence(relation.to));
        if let Some(detail) = *relation.detail {
            core = format!("{core} {detail}");
        }
        let mut old = match relation.according_to {
            Some(source) if source != relation.from => format!("According to {}, {core}", story.name_in_sentence(source)),
            _ => {
                let mut c = core.clone();
                c[..1].make_ascii_uppercase();
                c
            }
        };
        if !old.ends_with(['.', '?', '!']) {
            old.push('.');
        }
        assert_eq!(story.sentence(relation), old);
    }
}

#[test]
fn a_spanish_story_reads_in_spanish_grammar() {
    let story = load_dir(&fixture_story("faro")).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(story.locale, spanish(), "the story's language picks the built-in locale");
    let sentence = |id: &str| story.sentence(story.relation(id).unwrap());
    // "a el" and "de el" contract where the template meets a name; the article is capitalised.
    assert_eq!(sentence("fareros-acusan"), "La Asociación de Fareros acusa al Ayuntamiento de Harrowby de ocultar el informe.");
    assert_eq!(sentence("alcaldesa-habla"), "La alcaldesa Ruth Okafor habla en nombre del Ayuntamiento de Harrowby.");
    // A plural subject, and an attributed claim.
    assert_eq!(sentence("vecinos-instan"), "Los vecinos del puerto instan al Ayuntamiento de Harrowby a mantener el faro abierto.");
    assert_eq!(sentence("fondo-apoya"), "Según el Ayuntamiento de Harrowby, el Fondo de Faros Costeros apoya a la Asociación de Fareros.");

    let es = &story.locale;
    assert_eq!(es.stance(Stance::Alleges, false).fill(&[("speaker", "Ayuntamiento")]), "Ayuntamiento alega");
    assert_eq!(es.stance(Stance::Urges, true).fill(&[("speaker", "Vecinos")]), "Vecinos instan");
    assert_eq!(es.claim_note, "(una afirmación, no un hecho probado)");
    assert_eq!(es.relation_label(RelationKind::AllegedlyBacks), "Supuestamente apoya");
    assert_eq!(es.actor_kind(ActorKind::ArmedGroup), "Grupo armado");
    assert_eq!(es.problem(fragment::Problem::Unknown), "El enlace que ha seguido apunta a una parte de este explicativo que no existe, así que se muestra el explicativo completo.");

    // Dates at each precision, and numbers with their plural forms (Spanish has one for round millions).
    let dates: Vec<String> = story.events.iter().map(|e| es.date(e.date)).collect();
    assert_eq!(dates, ["12 de noviembre de 2025", "marzo de 2026"]);
    assert_eq!(es.date(Date { year: 2021, month: 0, day: 0 }), "2021");
    assert_eq!(es.count(&es.more_quotes, 1, &[]), "1 cita más");
    assert_eq!(es.count(&es.more_quotes, 3, &[]), "3 citas más");
    assert_eq!(es.count(&es.relation_count, 1_000_000, &[]), "1000000 de relaciones");
    assert!(es.count_decimal(&es.schematic_note, 0.5).ends_with("separadas por 0,5 grados."));
    assert!(es.count_decimal(&es.schematic_note, 1.0).ends_with("separadas por 1 grado."));
}

/// Every string of the Spanish locale is Spanish: none is the English one left untranslated, but for
/// the few that are the same in both languages (names, punctuation, slots only).
#[test]
fn nothing_in_the_spanish_locale_is_english_by_accident() {
    let (en_values, es_values) = (flat_file(BUILT_IN[0].1), flat_file(BUILT_IN[1].1));
    let same_in_both = [
        "digits", "full_stop", "date_year", "page_title", "point", "quote_with_context", "node_name", "node_name_short", "scale_km", "list_separator",
    ];
    assert_eq!(english_left(&en_values, &es_values, &same_in_both), Vec::<String>::new(), "keys of es.toml with the English text");
}

#[test]
fn a_story_overrides_a_few_strings_and_keeps_the_rest() {
    let sources = lighthouse_with(|s| s, "# Our house style.\nexpand_all = \"Open every section\"\n\n[stance.alleges]\nsingular = \"{speaker} claims\"\n");
    let story = load_sources(&sources).unwrap_or_else(|e| panic!("{e}"));
    let (locale, en) = (&story.locale, english());
    assert_eq!(locale.expand_all, "Open every section");
    assert_eq!(locale.stance(Stance::Alleges, false).fill(&[("speaker", "X")]), "X claims");
    // Everything else is the built-in English.
    assert_eq!(locale.stance(Stance::Alleges, true), en.stance(Stance::Alleges, true));
    let server = ServerText { expand_all: en.expand_all, stances: en.stances, ..locale.server.unwrap().clone() };
    assert_eq!(&server, en.server.unwrap());
    assert_eq!(Locale { server: en.server, ..locale.clone() }, en);
}

#[test]
fn a_story_can_start_from_another_built_in_locale() {
    // An English story that wants a Spanish interface (and one string of its own).
    let sources = lighthouse_with(|s| s, "base = \"es\"\ndismiss = \"Entendido\"\n");
    let story = load_sources(&sources).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(story.locale.language, "es");
    assert_eq!(story.locale.dismiss, "Entendido");
    assert_eq!(story.locale.expand_all, spanish().expand_all);
    // A regional tag takes its language's built-in locale.
    let sources = lighthouse_with(|s| s.replace("language = \"en\"", "language = \"es-MX\""), "");
    assert_eq!(load_sources(&sources).unwrap().locale, spanish());
}

#[test]
fn a_story_in_a_language_without_a_built_in_locale_brings_its_own() {
    // A whole locale of its own (its text left English here: what matters is the keys); its direction
    // comes from its language.
    let whole = BUILT_IN[0].1.replace("language = \"en\"", "language = \"ur\"");
    let sources = lighthouse_with(|s| s.replace("language = \"en\"", "language = \"ur\""), &whole);
    let story = load_sources(&sources).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((story.locale.language, story.locale.direction, story.locale.plurals), ("ur", Direction::Rtl, PluralRule::OneOther));
    assert_eq!(story.locale.direction.key(), "rtl");
    // A locale may say its direction and plural rule itself.
    let said = whole.replace("# direction = \"ltr\"", "direction = \"ltr\"");
    let sources = lighthouse_with(|s| s.replace("language = \"en\"", "language = \"ur\""), &said);
    assert_eq!(load_sources(&sources).unwrap().locale.direction, Direction::Ltr);
}

#[test]
fn quotes_and_names_in_another_language_carry_it() {
    let story = load_dir(&fixture_story("faro")).unwrap();
    let (_, english_quote) = story.quote("fareros-cifras").unwrap();
    assert_eq!(english_quote.language, Some("en"));
    assert_eq!(story.other_language(*english_quote.language), Some(("en", Direction::Ltr)));
    let (_, spanish_quote) = story.quote("okafor-costes").unwrap();
    assert_eq!(story.other_language(*spanish_quote.language), None);
    assert_eq!(story.other_language(Some("es")), None, "the page's own language needs no mark");
    assert_eq!(story.other_language(Some("ur")), Some(("ur", Direction::Rtl)));
    assert_eq!(story.actor("ayuntamiento").unwrap().language, None);
}

#[test]
fn the_generated_story_carries_the_locale() {
    // The code generator writes the locale with the story; what only the server renders as one
    // server_only! part, which the browser build leaves out (None).
    let story = load_dir(&fixture_story("faro")).unwrap();
    let source = codegen::story_static(&story);
    assert!(source.contains("locale: ::story::Locale {language: \"es\", direction: ::story::Direction::Ltr, plurals: ::story::PluralRule::OneManyOther"));
    let (live, server) = source.split_once("server: server_only!(Some(&::story::ServerText {").expect("the server's part");
    // Live: the notice's sentences. Server only: the key points' heading, the month names, the stances.
    assert!(live.contains("dismiss: \"Cerrar el aviso\""));
    assert!(!live.contains("Puntos clave") && !live.contains("enero"));
    assert!(server.contains("key_points: \"Puntos clave\""));
    assert!(server.contains("months: [\"enero\", "));
    assert!(server.contains("stances: [::story::Forms {singular: ::story::Template(\"{speaker} afirma\")"));
    assert!(server.contains("}), None)"));
    // Read through the locale as its own fields; empty where the server's part is left out.
    let browser = Locale { server: Server::new(None), ..story.locale.clone() };
    assert_eq!((story.locale.key_points, browser.key_points, browser.dismiss), ("Puntos clave", "", "Cerrar el aviso"));
}
