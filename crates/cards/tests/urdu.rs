//! An Urdu card, as resvg lays it out and draws it: right to left, its letters joined, every line
//! ending at the right edge of its column, the ellipsis at the end of a line in reading order (its
//! left), numbers and Latin names in their places, and no two lines' ink touching. `CARDS_OUT=dir`
//! also writes the PNGs (full size, and 400 px wide) there, to look at.

use cards::compose::{self, layout, Block, Placed};
use cards::fonts::{Direction, FontSet, ARABIC, LATIN, URDU};
use cards::text::{Meter, ELLIPSIS};
use cards::{Anchor, Card, Colour, Label, Look, Path, Picture, Renderer, Stroke, HEIGHT, WIDTH};
use resvg::usvg;

const KICKER: &str = "وضاحت";
const TITLE: &str = "شہر کا پرانا پل مرمت کے لیے بند";
const GIST: &str = "بلدیہ کا کہنا ہے کہ پل کی مرمت ضروری ہے جبکہ تاجر اس فیصلے کی مخالفت کر رہے ہیں۔";
const BYLINE: &str = "بیان: بلدیہ، ۱۲ نومبر ۲۰۲۵";
const LONG_TITLE: &str = "پاکستان اور افغانستان کے درمیان مذاکرات سرحد پار حملوں، پناہ گاہوں اور ثالثوں کے کردار پر اختلافات کے باعث ناکام ہو گئے اور دونوں ملکوں نے ایک دوسرے پر الزام لگایا";

fn look() -> Look {
    Look::from_css(":root { --bg: #fbfaf7; --surface: #fff; --text: #1b1d21; --muted: #52565e; --accent: #0b5cad; --border: #d9d5cc; }", "test.css").unwrap()
}

/// Two actors and a relation, labelled in Urdu, as the explainer draws its map.
fn picture() -> Picture {
    let blue = Colour::parse("#0b5cad").unwrap();
    let node = |at: (f32, f32)| Path {
        d: "M-22 0a22 22 0 1 0 44 0a22 22 0 1 0 -44 0Z".into(),
        at,
        fill: Some(Colour::parse("#e0ecf8").unwrap()),
        stroke: Some(Stroke { colour: blue.clone(), width: 3.0, dash: None }),
        opacity: 1.0,
        arrow: false,
    };
    let label = |text: &str, (x, y): (f32, f32)| Label { lines: vec![text.into()], x, y, line_height: 18.0, anchor: Anchor::Middle, size: 15.0, colour: Colour::parse("#1b1d21").unwrap(), bold: true };
    Picture {
        view: (0.0, 0.0, 200.0, 240.0),
        paths: vec![
            node((60.0, 60.0)),
            node((140.0, 170.0)),
            Path { d: "M78 84L124 146".into(), at: (0.0, 0.0), fill: None, stroke: Some(Stroke { colour: blue.clone(), width: 2.0, dash: Some("4 3".into()) }), opacity: 1.0, arrow: true },
        ],
        labels: vec![label("بلدیہ", (60.0, 104.0)), label("تاجر", (140.0, 214.0))],
    }
}

fn card(title: &str, gist: &str, picture: bool) -> Card {
    Card {
        language: "ur".into(),
        kicker: KICKER.into(),
        title: title.into(),
        gist: gist.into(),
        byline: BYLINE.into(),
        picture: picture.then(self::picture),
    }
}

/// Writes the card's PNG, and the same drawn 400 px wide, to `CARDS_OUT` if it is set.
fn keep(renderer: &Renderer, name: &str, svg: &str, png: &[u8]) {
    let Some(dir) = std::env::var_os("CARDS_OUT") else { return };
    let dir = std::path::Path::new(&dir);
    std::fs::create_dir_all(dir).unwrap();
    std::fs::write(dir.join(format!("{name}.png")), png).unwrap();
    std::fs::write(dir.join(format!("{name}.svg")), svg).unwrap();
    let tree = renderer.tree(svg).unwrap();
    let scale = 400.0 / WIDTH as f32;
    let mut small = resvg::tiny_skia::Pixmap::new(400, (HEIGHT as f32 * scale).round() as u32).unwrap();
    resvg::render(&tree, resvg::tiny_skia::Transform::from_scale(scale, scale), &mut small.as_mut());
    small.save_png(dir.join(format!("{name}-400.png"))).unwrap();
}

/// The `text` elements of a tree, in document order (the card's own lines first, then the picture's).
fn texts(group: &usvg::Group) -> Vec<&usvg::Text> {
    let mut out = Vec::new();
    for node in group.children() {
        match node {
            usvg::Node::Text(text) => out.push(&**text),
            usvg::Node::Group(group) => out.extend(texts(group)),
            _ => {}
        }
    }
    out
}

/// Each glyph of a laid-out text: the text it sets and its origin's x.
fn glyphs(text: &usvg::Text) -> Vec<(String, u32, f32)> {
    text.layouted().iter().flat_map(|span| span.positioned_glyphs.iter().map(|g| (g.text.clone(), g.id.0 as u32, g.transform().tx))).collect()
}

/// The card's own lines (kicker, title, gist, byline), each with its block.
fn lines(placed: &Placed) -> Vec<(&String, &Block)> {
    placed.blocks().into_iter().flat_map(|block| block.lines.lines.iter().map(move |line| (line, block))).collect()
}

/// Renders `card` and checks its every line, by the layout's measurements and by resvg's: set from
/// the right edge of its measure, never past its left edge, its ink inside the card and clear of
/// every other line's.
fn check(card: &Card, fonts: &'static FontSet, name: &str) -> Placed {
    let renderer = Renderer::for_language(&card.language);
    assert!(std::ptr::eq(renderer.fonts(), fonts), "{name}: {} picks another set", card.language);
    let svg = renderer.svg(card, &look()).unwrap_or_else(|e| panic!("{name}: {e}"));
    let png = renderer.png(card, &look()).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_eq!(cards::png_size(&png), Some((WIDTH, HEIGHT)));
    keep(&renderer, name, &svg, &png);
    let placed = compose::place(card, fonts).unwrap();
    assert_eq!(placed.direction, Direction::RightToLeft);
    assert!(placed.text_bottom <= layout::RULE, "{name}: {}", placed.text_bottom);

    // By the layout's own measurements: right-aligned, within the column.
    let lines = lines(&placed);
    for (line, block) in &lines {
        let width = Meter::new(fonts.face(block.style).unwrap()).unwrap().width(line, block.size);
        let (l, r) = placed.span(block, width);
        assert!((r - (block.left + block.width)).abs() < 0.01, "{name}: {line:?} ends at {r}, not at its column's right edge {}", block.left + block.width);
        assert!(l >= block.left - 0.01, "{name}: {line:?} starts at {l}, left of its column at {}", block.left);
    }

    // As resvg lays them out and draws them.
    let tree = renderer.tree(&svg).unwrap();
    let all = texts(tree.root());
    assert_eq!(all.len(), lines.len() + card.picture.as_ref().map_or(0, |p| p.labels.iter().map(|l| l.lines.len()).sum()), "{name}");
    let (panel_x, _, panel_w, _) = compose::panel(Direction::RightToLeft);
    for ((line, block), text) in lines.iter().zip(&all) {
        let (advance, ink) = (text.bounding_box(), text.stroke_bounding_box());
        let (left, right) = (block.left, block.left + block.width);
        assert!((advance.right() - right).abs() <= 0.5, "{name}: {line:?} is set to {}, not to the column's right edge {right}", advance.right());
        assert!(advance.left() >= left - 1.0, "{name}: {line:?} starts at {}, past the column's left edge {left}", advance.left());
        // The ink may overhang the advance as type does (a Nastaliq gaf's stroke at a line's start, a
        // lam at its end), by a quarter of an em at most: into the margin, never into the picture.
        let overhang = 0.25 * block.size;
        assert!(ink.left() >= left - overhang && ink.right() <= right + overhang, "{name}: {line:?}'s ink spans {}..{}, outside {left}..{right}", ink.left(), ink.right());
        assert!(ink.top() > layout::BAND && ink.bottom() < HEIGHT as f32, "{name}: {line:?}'s ink spans {}..{}", ink.top(), ink.bottom());
        if card.picture.is_some() && !std::ptr::eq(*block, &placed.byline) {
            assert!(ink.left() > panel_x + panel_w + 24.0, "{name}: {line:?} reaches into the picture's panel");
        }
    }
    // Above the rule, all but the byline; the byline below it.
    let (above, byline) = all[..lines.len()].split_at(lines.len() - placed.byline.lines.lines.len());
    for text in above {
        assert!(text.stroke_bounding_box().bottom() < layout::RULE, "{name}: a line's ink reaches {} below the rule", text.stroke_bounding_box().bottom());
    }
    for text in byline {
        assert!(text.stroke_bounding_box().top() > layout::RULE + 2.0, "{name}: the byline's ink reaches {} above the rule", text.stroke_bounding_box().top());
    }
    no_two_lines_touch(&renderer, &svg, lines.len(), name);
    placed
}

/// Draws each of the first `count` `text` elements of `svg` alone and checks that no pixel has ink
/// from two of them.
fn no_two_lines_touch(renderer: &Renderer, svg: &str, count: usize, name: &str) {
    let open = &svg[..svg.find('>').unwrap() + 1];
    let elements: Vec<&str> = svg.split("<text").skip(1).take(count).map(|rest| &rest[..rest.find("</text>").unwrap()]).collect();
    let masks: Vec<Vec<bool>> = elements
        .iter()
        .map(|element| {
            let tree = renderer.tree(&format!("{open}<text{element}</text></svg>")).unwrap();
            let mut pixmap = resvg::tiny_skia::Pixmap::new(WIDTH, HEIGHT).unwrap();
            resvg::render(&tree, resvg::tiny_skia::Transform::default(), &mut pixmap.as_mut());
            pixmap.pixels().iter().map(|p| p.alpha() > 0).collect()
        })
        .collect();
    for i in 0..masks.len() {
        for j in i + 1..masks.len() {
            let shared = masks[i].iter().zip(&masks[j]).filter(|(a, b)| **a && **b).count();
            assert_eq!(shared, 0, "{name}: lines {i} and {j} share {shared} pixels of ink:\n{}\n{}", elements[i], elements[j]);
        }
    }
}

#[test]
fn an_urdu_card_is_set_right_to_left_from_its_columns_right_edge() {
    let placed = check(&card(TITLE, GIST, true), &URDU, "urdu-card");
    assert_eq!(placed.kicker.lines.lines, [KICKER]);
    assert_eq!(placed.title.lines.lines.concat().replace(' ', ""), TITLE.replace(' ', ""), "the whole title, in its order");
    assert!(!placed.title.lines.shortened && !placed.gist.lines.shortened && !placed.byline.lines.shortened);
    // The text column is on the right, beside the picture's panel on the left: the mirror of a
    // left-to-right card.
    assert_eq!(placed.left + placed.column, WIDTH as f32 - layout::MARGIN);
    assert_eq!(compose::panel(Direction::RightToLeft).0, layout::MARGIN);
    let svg = Renderer::for_language("ur").svg(&card(TITLE, GIST, true), &look()).unwrap();
    assert!(svg.contains(&format!("<rect x=\"{}\" y=\"64\"", layout::MARGIN)), "{svg}");

    // Without a picture, the text takes the card's width, still from the right.
    let placed = check(&card(TITLE, GIST, false), &URDU, "urdu-plain");
    assert_eq!((placed.left, placed.column), (layout::MARGIN, WIDTH as f32 - 2.0 * layout::MARGIN));
}

#[test]
fn a_long_urdu_title_ends_with_an_ellipsis_on_its_left_after_a_whole_word() {
    let card = card(LONG_TITLE, &[GIST; 3].join(" "), true);
    let placed = check(&card, &URDU, "urdu-long");
    let title = &placed.title.lines;
    assert!(title.shortened && title.lines.len() >= 2, "{title:?}");
    assert_eq!(placed.title.size, *layout::TITLE_SIZES.last().unwrap());
    assert!(placed.gist.lines.shortened && placed.gist.lines.lines.len() == layout::GIST_LINES);
    for lines in [title, &placed.gist.lines] {
        let last = lines.lines.last().unwrap();
        assert!(last.ends_with(ELLIPSIS), "{last:?}");
        // Whole words only, in their order.
        let shown: Vec<&str> = lines.lines.iter().flat_map(|l| l.trim_end_matches(ELLIPSIS).split(' ')).collect();
        let source: Vec<&str> = card.title.split(' ').chain(card.gist.split(' ')).collect();
        for word in &shown {
            assert!(source.iter().any(|w| w.trim_end_matches(['،', '۔']) == word.trim_end_matches(['،', '۔'])), "{word:?} was cut");
        }
    }
    // The ellipsis is drawn at the line's left end, where an Urdu reader's eye ends it.
    let renderer = Renderer::for_language("ur");
    let tree = renderer.tree(&renderer.svg(&card, &look()).unwrap()).unwrap();
    let all = texts(tree.root());
    let last_title_line = &all[placed.kicker.lines.lines.len() + title.lines.len() - 1];
    let glyphs = glyphs(last_title_line);
    let (ellipsis, _, x) = glyphs.iter().filter(|g| !g.0.starts_with('\u{202B}')).min_by(|a, b| a.2.total_cmp(&b.2)).unwrap();
    assert_eq!(ellipsis, ELLIPSIS, "the leftmost glyph of {:?} is {ellipsis:?} at {x}", title.lines.last());
}

#[test]
fn urdu_titles_of_many_lengths_keep_their_lines_apart_and_in_their_column() {
    let words: Vec<&str> = LONG_TITLE.split(' ').collect();
    for n in [2, 5, 9, 13, 17, 21, words.len()] {
        let n = n.min(words.len());
        for (kicker, picture) in [(KICKER, true), ("شہر کا پرانا پل مرمت کے لیے بند ہونے پر تاجروں اور بلدیہ کے درمیان اختلافات شدت اختیار کر گئے", false)] {
            let card = Card { kicker: kicker.into(), ..card(&words[..n].join(" "), GIST, picture) };
            check(&card, &URDU, &format!("urdu-title-{n}{}", if picture { "" } else { "-wide" }));
        }
    }
}

#[test]
fn numbers_and_latin_names_in_urdu_keep_their_places() {
    let renderer = Renderer::for_language("ur");
    let gist = "بلدیہ نے BBC کو بتایا کہ پل 2025 تک بند رہے گا";
    let card = card(TITLE, gist, true);
    let placed = check(&card, &URDU, "urdu-mixed");
    assert_eq!(placed.gist.lines.lines, [gist]);
    let svg = renderer.svg(&card, &look()).unwrap();
    let tree = renderer.tree(&svg).unwrap();
    let all = texts(tree.root());
    let gist_line = glyphs(all[placed.kicker.lines.lines.len() + placed.title.lines.lines.len()]);
    let byline = glyphs(all[lines(&placed).len() - 1]);
    // The x of the glyphs that set `text` (every one, in visual order).
    let at = |glyphs: &[(String, u32, f32)], text: &str| -> Vec<f32> {
        let mut xs: Vec<f32> = glyphs.iter().filter(|(t, _, _)| text.contains(t.as_str()) && !t.trim().is_empty()).map(|g| g.2).collect();
        xs.sort_by(f32::total_cmp);
        xs
    };
    // Their leftmost and rightmost.
    let span = |glyphs: &[(String, u32, f32)], text: &str| {
        let xs = at(glyphs, text);
        (xs[0], *xs.last().unwrap())
    };
    // "BBC" and "2025" read left to right inside the line, which reads right to left: the words
    // before each are to its right, the words after it to its left.
    let letters: Vec<(&str, f32)> = gist_line.iter().filter(|(t, _, _)| "BC".contains(t.as_str())).map(|(t, _, x)| (t.as_str(), *x)).collect();
    let mut by_x = letters.clone();
    by_x.sort_by(|a, b| a.1.total_cmp(&b.1));
    assert_eq!(by_x.iter().map(|l| l.0).collect::<String>(), "BBC", "{letters:?}");
    let digits: Vec<(&str, f32)> = gist_line.iter().filter(|(t, _, _)| t.chars().all(|c| c.is_ascii_digit()) && !t.is_empty()).map(|(t, _, x)| (t.as_str(), *x)).collect();
    let mut by_x = digits.clone();
    by_x.sort_by(|a, b| a.1.total_cmp(&b.1));
    assert_eq!(by_x.iter().map(|d| d.0).collect::<String>(), "2025", "{digits:?}");
    let (bbc, year) = (span(&gist_line, "BC"), span(&gist_line, "0123456789"));
    assert!(bbc.0 > year.1, "BBC comes before 2025 in the text, so right of it: {bbc:?} {year:?}");
    let first_word = span(&gist_line, "ب"); // بلدیہ, بتایا, بند: the first starts the line at its right
    assert!(first_word.1 > bbc.1, "the line starts right of BBC");
    // The byline: بیان first, on the right; ۱۲ and ۲۰۲۵ read left to right; the year last, on the left.
    let digits: Vec<(&str, f32)> = byline.iter().filter(|(t, _, _)| t.chars().all(|c| ('۰'..='۹').contains(&c)) && !t.is_empty()).map(|(t, _, x)| (t.as_str(), *x)).collect();
    let mut by_x = digits.clone();
    by_x.sort_by(|a, b| a.1.total_cmp(&b.1));
    assert_eq!(by_x.iter().map(|d| d.0).collect::<String>(), "۲۰۲۵۱۲", "the year, leftmost, then the day: {digits:?}");
    let rightmost = byline.iter().filter(|g| !g.0.starts_with('\u{202B}')).max_by(|a, b| a.2.total_cmp(&b.2)).unwrap();
    assert!("بیان".contains(rightmost.0.as_str()), "the byline starts with {:?} on the right", rightmost.0);
}

#[test]
fn urdu_letters_are_joined_as_words_not_set_one_by_one() {
    let renderer = Renderer::for_language("ur");
    for style in [URDU.title, URDU.label, URDU.body] {
        let set = |text: &str| {
            let svg = format!(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1200\" height=\"630\"><text x=\"1100\" y=\"300\" text-anchor=\"end\" font-family=\"{}\" font-weight=\"{}\" font-size=\"60\">&#x202B;{text}</text></svg>",
                style.family, style.weight
            );
            let tree = renderer.tree(&svg).unwrap();
            let text = texts(tree.root())[0];
            let ids: Vec<u32> = glyphs(text).iter().filter(|g| !g.0.trim().is_empty() && !g.0.starts_with('\u{202B}')).map(|g| g.1).collect();
            ids
        };
        // بند: initial ب and medial ن take other shapes than when they stand alone.
        let (joined, alone) = (set("بند"), set("ب ن د"));
        assert_eq!(alone.len(), 3, "{style:?}: {alone:?}");
        assert_ne!(joined[..], alone[..], "{style:?}: بند is set as three isolated letters");
        // Nastaliq draws dots as glyphs of their own, shared by every form: some glyph of the word
        // is none of the isolated letters' (the connected ب and ن).
        assert!(joined.iter().any(|g| !alone.contains(g)), "{style:?}: {joined:?} is made of the isolated letters' glyphs {alone:?}");
    }
}

#[test]
fn other_arabic_script_languages_are_set_in_naskh_right_to_left() {
    for (language, kicker, title, gist, byline) in [
        ("ar", "شرح", "البلدية تغلق الجسر القديم للإصلاح", "تقول البلدية إن إصلاح الجسر ضروري بينما يعارض التجار القرار.", "البيان: البلدية، ١٢ نوفمبر ٢٠٢٥"),
        ("fa", "توضیح", "شهرداری پل قدیمی را برای تعمیر بست", "شهرداری می‌گوید تعمیر پل ضروری است، اما بازاریان مخالف‌اند.", "بیانیه: شهرداری، ۲۱ آبان ۱۴۰۴"),
    ] {
        let card = Card { language: language.into(), kicker: kicker.into(), title: title.into(), gist: gist.into(), byline: byline.into(), picture: Some(picture()) };
        let placed = check(&card, &ARABIC, &format!("{language}-card"));
        assert!(!placed.title.lines.shortened, "{language}: {:?}", placed.title);
    }
}

#[test]
fn latin_languages_keep_the_latin_set_left_to_right() {
    for language in ["en", "en-GB", "es", "es-MX"] {
        assert!(std::ptr::eq(Renderer::for_language(language).fonts(), &LATIN), "{language}");
    }
    assert!(std::ptr::eq(Renderer::for_language("ur").fonts(), &URDU));
    let card = Card {
        language: "es".into(),
        kicker: "Explicación".into(),
        title: "El viejo puente de la ciudad cierra por obras".into(),
        gist: "El ayuntamiento dice que la reparación es necesaria; los comerciantes se oponen.".into(),
        byline: "La declaración: Ayuntamiento, 12 de noviembre de 2025".into(),
        picture: None,
    };
    let svg = Renderer::for_language("es").svg(&card, &look()).unwrap();
    assert!(!svg.contains("text-anchor=\"end\"") && !svg.contains("&#x202B;"), "{svg}");
    assert!(svg.contains("<text x=\"64\""));
    let placed = compose::place(&card, &LATIN).unwrap();
    assert_eq!((placed.left, placed.direction), (layout::MARGIN, Direction::LeftToRight));
}
