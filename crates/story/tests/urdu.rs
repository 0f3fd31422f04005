//! The Urdu fixture (`tests/fixtures/stories/pul/`): a story written in Urdu that brings its own
//! complete Urdu interface (`locale.toml`, no Urdu locale being built in), right to left, with one
//! quote said in English. Its statement is `source.txt`, from which every quote is copied exactly.

#![cfg(feature = "load")]

use std::path::{Path, PathBuf};

use story::load::load_dir;
use story::locale_file::BUILT_IN;
use story::*;

mod common;
use common::{english_left, flat_file};

fn pul_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/stories/pul")
}

fn pul() -> Story {
    load_dir(&pul_dir()).unwrap_or_else(|errors| panic!("the Urdu fixture does not load:\n{errors}"))
}

#[test]
fn the_urdu_story_loads_right_to_left_with_its_own_locale() {
    let story = pul();
    assert_eq!(story.meta.language, "ur");
    assert_eq!(story.locale.language, "ur");
    assert_eq!(story.locale.direction, Direction::Rtl);
    assert_eq!(story.locale.direction.key(), "rtl");
    assert_eq!(story.locale.plurals, PluralRule::OneOther);
    assert_eq!(story.locale.digits, "۰۱۲۳۴۵۶۷۸۹");
    assert_eq!(story.meta.speaker, "baldiya");

    let ids = |items: Vec<&'static str>| items;
    assert_eq!(ids(story.sections.iter().map(|s| s.id).collect()), ["bandish", "aitraz", "fund"]);
    assert_eq!(ids(story.actors.iter().map(|a| a.id).collect()), ["baldiya", "sarwari", "anjuman", "shahrat", "ahaliyan"]);
    assert_eq!(ids(story.places.iter().map(|p| p.id).collect()), ["purana-pul", "phatak-pul", "main-bazaar"]);
    // Sorted by date: a year, a month, then two days.
    assert_eq!(ids(story.events.iter().map(|e| e.id).collect()), ["tameer", "muaina", "tajiron-ki-mulaqat", "bandish-aaghaz"]);
    for section in story.sections {
        assert!((2..=5).contains(&section.points.len()), "section {} has {} points", section.id, section.points.len());
    }
    assert!(story.sections.iter().flat_map(|s| s.points.iter()).any(|p| p.stance == Stance::Alleges));
    assert!(story.actors.iter().any(|a| a.background.is_some()), "a background note");

    // The story's date is written as the Urdu locale writes the statement's day.
    assert_eq!(*story.meta.date, story.locale.date(Date { year: 2025, month: 10, day: 28 }));

    // The browser build gets the locale with the story, right to left.
    let source = codegen::story_static(&story);
    assert!(source.contains("locale: ::story::Locale {language: \"ur\", direction: ::story::Direction::Rtl, plurals: ::story::PluralRule::OneOther"));
}

#[test]
fn every_quote_is_copied_exactly_from_the_source_text() {
    let story = pul();
    let source = std::fs::read_to_string(pul_dir().join("source.txt")).expect("source.txt");
    let quotes: Vec<&Quote> = story.sections.iter().flat_map(|s| s.quotes.iter()).collect();
    assert_eq!(quotes.len(), 2);
    for quote in &quotes {
        assert!(source.contains(*quote.text), "quote {} is not in source.txt verbatim: {:?}", quote.id, *quote.text);
        // Inside its quotation marks there, as a whole.
        assert!(source.contains(&format!("“{}”", *quote.text)), "quote {} is not the whole of a quotation in source.txt", quote.id);
    }
    // The engineer's words are English, in an Urdu page: marked with their language and direction.
    let (section, english) = story.quote("sarwari-piers").unwrap();
    assert_eq!(section.id, "bandish");
    assert_eq!(*english.language, Some("en"));
    assert_eq!(story.other_language(*english.language), Some(("en", Direction::Ltr)));
    let (_, urdu) = story.quote("baldiya-janen").unwrap();
    assert_eq!(story.other_language(*urdu.language), None);
}

/// Every text of the Urdu locale is Urdu: none is the English one left untranslated, but for the few
/// that are the same in both languages (slots and punctuation only), and every key of en.toml is given.
#[test]
fn nothing_in_the_urdu_locale_is_english_by_accident() {
    let en = flat_file(BUILT_IN[0].1);
    let ur = flat_file(&std::fs::read_to_string(pul_dir().join("locale.toml")).expect("locale.toml"));
    let same_in_both = ["page_title", "point", "card_alt"];
    assert_eq!(english_left(&en, &ur, &same_in_both), Vec::<String>::new(), "keys of the Urdu locale.toml with the English text");
    // Every key of en.toml has an Urdu value (plural forms aside: Urdu has English's one and other).
    let missing: Vec<&String> = en.iter().map(|(p, _)| p).filter(|p| !ur.iter().any(|(q, _)| q == *p)).collect();
    assert_eq!(missing, Vec::<&String>::new(), "keys of en.toml missing from the Urdu locale.toml");
    // Latin letters only where a name or code is meant to stay as it is.
    let latin_allowed = ["language", "direction", "plurals", "pym_comment"];
    for (path, value) in &ur {
        if !latin_allowed.contains(&path.as_str()) {
            let without_slots: String = value.split('{').map(|s| s.split_once('}').map_or(s, |(_, rest)| rest)).collect();
            assert!(!without_slots.chars().any(|c| c.is_ascii_alphanumeric()), "{path} has Latin letters or ASCII digits: {value}");
        }
    }
}

#[test]
fn relations_and_points_read_in_urdu_word_order() {
    let story = pul();
    let sentence = |id: &str| story.sentence(story.relation(id).unwrap());
    // Subject, object with its postposition, the detail, the verb last; an Urdu full stop.
    assert_eq!(
        sentence("anjuman-accuses-baldiya"),
        "انجمنِ تاجرانِ نہال پور نے بلدیہ نہال پور پر کئی برس تک پل کی مرمت سے غفلت برتنے کا الزام لگایا ہے۔"
    );
    assert_eq!(sentence("baldiya-appeals-shahrat"), "بلدیہ نہال پور نے صوبائی محکمۂ شاہرات سے مرمت کی رقم فوراً جاری کرنے کی اپیل کی ہے۔");
    assert_eq!(sentence("sarwari-warns-baldiya"), "انجینئر نائلہ سروری نے بلدیہ نہال پور کو ستونوں کی کمزوری کے خطرے سے خبردار کیا ہے۔");
    // A plural subject's sentence is the same (the ergative نے does not agree with it).
    assert_eq!(sentence("baldiya-appeals-ahaliyan"), "بلدیہ نہال پور نے اہلیانِ نہال پور سے پل پر لگی رکاوٹیں نہ ہٹانے کی اپیل کی ہے۔");
    assert_eq!(sentence("baldiya-talks-anjuman"), "بلدیہ نہال پور نے انجمنِ تاجرانِ نہال پور سے بندش کے دوران بازار کے انتظامات پر مذاکرات کیے ہیں۔");
    // A claim, attributed.
    assert_eq!(
        sentence("shahrat-aids-baldiya"),
        "بلدیہ نہال پور کے مطابق، صوبائی محکمۂ شاہرات نے بلدیہ نہال پور کو پل کے معائنے کے خرچ کے لیے امداد دی ہے۔"
    );

    let ur = &story.locale;
    // Without a detail, a sentence still ends in its verb.
    let values = [("from", "الف"), ("to", "ب"), ("detail", "")];
    assert_eq!(ur.fill(ur.relation_sentence(RelationKind::Accuses, false), &values), "الف نے ب پر الزام لگایا ہے");
    assert_eq!(ur.fill(ur.relation_sentence(RelationKind::Urges, true), &values), "الف نے ب سے اپیل کی ہے");
    for kind in RelationKind::ALL {
        let filled = ur.fill(ur.relation_sentence(kind, false), &values);
        assert!(filled.starts_with("الف نے ب"), "{kind:?}: {filled}");
        assert!(filled.ends_with(" ہے") || filled.ends_with(" ہیں"), "{kind:?} does not end in its verb: {filled}");
    }
    assert_eq!(ur.relation_label(RelationKind::AllegedlyBacks), "مبینہ پشت پناہی");
    assert_eq!(ur.actor_kind(ActorKind::GovernmentBody), "سرکاری ادارہ");
    // Key points: the stance's phrase and the point.
    assert_eq!(ur.stance(Stance::Alleges, false).fill(&[("speaker", "انجمنِ تاجران")]), "انجمنِ تاجران کا الزام ہے");
    assert_eq!(ur.stance(Stance::Says, true).fill(&[("speaker", "اہلِ شہر")]), "اہلِ شہر کا کہنا ہے");
    let point = &story.section("aitraz").unwrap().points[1];
    let attribution = ur.stance(point.stance, false).fill(&[("speaker", story.short_name(point.by))]);
    assert!(ur.fill(ur.point, &[("attribution", &attribution), ("text", point.text)]).starts_with("انجمنِ تاجران کا الزام ہے: بلدیہ نے"));
}

#[test]
fn dates_and_numbers_are_written_in_urdu() {
    let story = pul();
    let ur = &story.locale;
    let dates: Vec<String> = story.events.iter().map(|e| ur.date(e.date)).collect();
    assert_eq!(dates, ["۱۹۶۲ء", "ستمبر ۲۰۲۵ء", "۲۵ اکتوبر ۲۰۲۵ء", "۳ نومبر ۲۰۲۵ء"]);
    assert_eq!(ur.count(&ur.relation_count, 1, &[]), "۱ تعلق");
    assert_eq!(ur.count(&ur.relation_count, 12, &[]), "۱۲ تعلقات");
    assert_eq!(ur.count(&ur.more_quotes, 3, &[]), "مزید ۳ اقتباسات");
    assert_eq!(ur.count(&ur.actor_selected, 1, &[("name", "بلدیہ")]), "بلدیہ منتخب ہے؛ ۱ متعلقہ کردار نمایاں ہے۔ تفصیلات نقشے کے بعد ہیں۔");
    assert_eq!(ur.fill(ur.scale_km, &[("n", &ur.number(200))]), "۲۰۰ کلومیٹر");
    assert!(ur.count_decimal(&ur.schematic_note, 0.5).ends_with("۰٫۵ درجے کے فاصلے پر ہیں۔"));
    assert_eq!(ur.fill(ur.byline, &[("speaker", "بلدیہ نہال پور"), ("date", &story.meta.date)]), "بیان: بلدیہ نہال پور، ۲۸ اکتوبر ۲۰۲۵ء۔ خلاصے ہمارے اپنے الفاظ میں ہیں؛ اقتباسات لفظ بہ لفظ ہیں۔");
}

/// What a reader sees of the content is in Urdu script: no Latin letters or ASCII digits (but for the
/// English quote), and none of the Arabic letters Urdu writes otherwise (ك ه ي ى, Arabic-Indic digits).
#[test]
fn the_content_is_written_in_urdu_script() {
    let story = pul();
    let mut texts: Vec<(String, &str)> = vec![
        ("headline".into(), story.meta.headline),
        ("standfirst".into(), *story.meta.standfirst),
        ("overview".into(), *story.meta.overview),
        ("date".into(), *story.meta.date),
        ("source.title".into(), story.meta.source.title),
        ("source.publisher".into(), story.meta.source.publisher),
    ];
    for s in story.sections {
        texts.push((format!("{}.title", s.id), s.title));
        texts.push((format!("{}.summary", s.id), *s.summary));
        texts.extend(s.points.iter().map(|p| (format!("{}.point", s.id), p.text)));
        for q in s.quotes {
            if q.language.is_none() {
                texts.push((format!("{}.text", q.id), *q.text));
            }
            texts.extend(q.context.map(|c| (format!("{}.context", q.id), c)));
        }
    }
    for a in story.actors {
        texts.extend([(format!("{}.name", a.id), a.name), (format!("{}.short", a.id), a.short), (format!("{}.description", a.id), *a.description)]);
        texts.extend(a.background.map(|b| (format!("{}.background", a.id), b)));
    }
    for r in story.relations {
        texts.extend(r.detail.map(|d| (format!("{}.detail", r.id), d)));
    }
    for e in story.events {
        texts.extend([(format!("{}.title", e.id), *e.title), (format!("{}.description", e.id), *e.description)]);
    }
    for p in story.places {
        texts.extend([(format!("{}.name", p.id), *p.name), (format!("{}.kind", p.id), *p.kind), (format!("{}.description", p.id), *p.description)]);
    }
    for t in story.glossary.iter() {
        texts.extend([(format!("{}.term", t.id), t.term), (format!("{}.definition", t.id), t.definition)]);
        texts.extend(t.expansion.map(|x| (format!("{}.expansion", t.id), x)));
    }
    let arabic_only = |c: char| matches!(c, 'ك' | 'ه' | 'ي' | 'ى') || ('\u{0660}'..='\u{0669}').contains(&c);
    for (what, text) in &texts {
        assert!(!text.chars().any(|c| c.is_ascii_alphanumeric()), "{what} has Latin letters or ASCII digits: {text}");
        assert!(!text.chars().any(arabic_only), "{what} has an Arabic letter Urdu writes otherwise: {text}");
        assert!(text.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)), "{what} is not in Urdu script: {text}");
    }
}

#[test]
fn the_statements_date_in_urdu_reads_back_for_share_tags() {
    let story = pul();
    let date = story.locale.read_date(&story.meta.date).expect("the date reads in the locale's digits");
    assert_eq!(story.locale.date(date), *story.meta.date);
    assert_eq!(date.iso(), "2025-10-28");
}
