//! A card as SVG: the story's line above, a big title, the gist, who said it and when, and a picture
//! in a panel beside them. All text is measured with the font that sets it, so it wraps at words,
//! ends with an ellipsis when long, and never leaves its column; lines are set as far apart as their
//! ink needs (Nastaliq's tall words), at least their face's line height.
//!
//! A right-to-left font set (Urdu, Arabic) mirrors the card: the text column on the right, each line
//! anchored at its right edge and embedded right to left (so numbers and Latin names inside it keep
//! their places), the ellipsis at the line's end in reading order (its left), and the panel on the left.

use std::fmt::Write;

use crate::fonts::{Direction, FontSet, Style};
use crate::look::{Colour, Look};
use crate::text::{self, Ink, Lines, Meter};
use crate::{HEIGHT, WIDTH};

/// What one card says and shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    /// The page's language (BCP 47): it picks the fonts.
    pub language: String,
    /// The small line above the title (the story's headline on a section's card).
    pub kicker: String,
    pub title: String,
    /// One sentence: the section's summary, or the story's standfirst.
    pub gist: String,
    /// Who said it and when.
    pub byline: String,
    pub picture: Option<Picture>,
}

/// A drawing for the panel, in its own units.
#[derive(Debug, Clone, PartialEq)]
pub struct Picture {
    /// The part of the drawing to show (left, top, width, height); it is fitted into the panel whole.
    pub view: (f32, f32, f32, f32),
    /// Drawn in order, under the labels.
    pub paths: Vec<Path>,
    pub labels: Vec<Label>,
}

/// One shape or line of a picture.
#[derive(Debug, Clone, PartialEq)]
pub struct Path {
    /// SVG path data, around (0, 0) when `at` moves it.
    pub d: String,
    pub at: (f32, f32),
    pub fill: Option<Colour>,
    pub stroke: Option<Stroke>,
    pub opacity: f32,
    /// An arrowhead at the end, in the stroke's colour.
    pub arrow: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Stroke {
    pub colour: Colour,
    pub width: f32,
    /// `stroke-dasharray`, or solid.
    pub dash: Option<String>,
}

/// A picture's text, in the body font, with a halo of the panel's colour so it reads over lines.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    pub lines: Vec<String>,
    /// The first line's baseline anchor.
    pub x: f32,
    pub y: f32,
    pub line_height: f32,
    pub anchor: Anchor,
    pub size: f32,
    pub colour: Colour,
    pub bold: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    fn key(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// The layout, in pixels of the 1200×630 card, for text that runs left to right; a right-to-left
/// card is its mirror image (the text column on the right, the picture's panel on the left).
pub mod layout {
    pub const MARGIN: f32 = 64.0;
    /// The accent band across the top.
    pub const BAND: f32 = 14.0;
    /// The text column's width beside a picture.
    pub const COLUMN: f32 = 600.0;
    /// The picture's panel: left edge, top, width, height.
    pub const PANEL: (f32, f32, f32, f32) = (712.0, 64.0, 424.0, 502.0);
    pub const PANEL_INSET: f32 = 14.0;
    pub const KICKER_SIZE: f32 = 26.0;
    pub const KICKER_LINES: usize = 2;
    pub const FIRST_BASELINE: f32 = 104.0;
    /// The title's sizes, tried largest first until it fits without an ellipsis.
    pub const TITLE_SIZES: [f32; 4] = [62.0, 56.0, 50.0, 44.0];
    /// The title's lines under a kicker of [`KICKER_LINES`]; one more for each line the kicker leaves,
    /// and fewer when the title's face needs taller lines than there is room for above the rule.
    pub const TITLE_LINES: usize = 3;
    /// From the kicker's last baseline to the title's first: at least this and the title's size, and
    /// at least the font set's gap between their ink (Nastaliq's tall words reach further).
    pub const KICKER_STEP: f32 = 24.0;
    /// From the title's last baseline to the gist's first: at least this, and the set's gap between
    /// their ink.
    pub const GIST_STEP: f32 = 22.0 + GIST_SIZE * 1.2;
    /// Between the ink of a line's glyphs and those of the next line's under them, at least this; the
    /// lines' baselines are set at least the face's line height apart. (Nastaliq's tall letters may
    /// rise between the words of the line above, as a scribe sets them.)
    pub const LINE_GAP: f32 = 1.0;
    pub const GIST_SIZE: f32 = 30.0;
    pub const GIST_LINES: usize = 2;
    pub const BYLINE_SIZE: f32 = 24.0;
    /// The rule above the byline, and the byline's baseline.
    pub const RULE: f32 = 524.0;
    pub const BYLINE_BASELINE: f32 = 570.0;
}

/// One block of text as placed: its lines, in which face and size, and where.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub style: Style,
    pub size: f32,
    pub lines: Lines,
    /// Each line's baseline.
    pub baselines: Vec<f32>,
    /// The measure: its left edge and width. Lines start at its left edge when they run left to
    /// right, at its right edge when they run right to left.
    pub left: f32,
    pub width: f32,
    /// How far the ink of the first line reaches above its baseline, and of the last below its own.
    pub ascent: f32,
    pub descent: f32,
}

impl Block {
    /// The first line's baseline.
    pub fn first(&self) -> Option<f32> {
        self.baselines.first().copied()
    }
    /// The last line's baseline.
    pub fn last(&self) -> Option<f32> {
        self.baselines.last().copied()
    }
}

/// Where each text block went.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    pub kicker: Block,
    pub title: Block,
    pub gist: Block,
    /// Across the card, under the rule.
    pub byline: Block,
    /// The lowest point any text above the rule reaches (its last line's descenders).
    pub text_bottom: f32,
    /// The text column's width…
    pub column: f32,
    /// …and its left edge (on the right of the card when the text runs right to left).
    pub left: f32,
    pub direction: Direction,
}

impl Placed {
    pub fn blocks(&self) -> [&Block; 4] {
        [&self.kicker, &self.title, &self.gist, &self.byline]
    }

    /// Where a line `width` wide goes in `block`'s measure: its left and right edges.
    pub fn span(&self, block: &Block, width: f32) -> (f32, f32) {
        match self.direction {
            Direction::LeftToRight => (block.left, block.left + width),
            Direction::RightToLeft => (block.left + block.width - width, block.left + block.width),
        }
    }

    /// The x `block`'s lines are anchored at, and the anchor for SVG.
    fn anchor(&self, block: &Block) -> (f32, &'static str) {
        match self.direction {
            Direction::LeftToRight => (block.left, "start"),
            Direction::RightToLeft => (block.left + block.width, "end"),
        }
    }
}

/// Lays out a card's text in `fonts`.
pub fn place(card: &Card, fonts: &'static FontSet) -> Result<Placed, String> {
    use layout::*;
    let column = if card.picture.is_some() { COLUMN } else { WIDTH as f32 - 2.0 * MARGIN };
    let left = match (fonts.direction, card.picture.is_some()) {
        (Direction::RightToLeft, true) => WIDTH as f32 - MARGIN - column,
        _ => MARGIN,
    };
    let meter = |style: Style| Meter::new(fonts.face(style)?);
    let (label, title, body) = (meter(fonts.label)?, meter(fonts.title)?, meter(fonts.body)?);
    for (meter, style, text) in [(&label, fonts.label, &card.kicker), (&title, fonts.title, &card.title), (&body, fonts.body, &card.gist), (&label, fonts.label, &card.byline)] {
        if let Some(c) = meter.missing(text) {
            return Err(format!("the card's font {} has no glyph for {c:?} (U+{:04X}) in {text:?}: add a font set for this script", style.family, c as u32));
        }
    }
    let direction = fonts.direction;
    let block = |style: Style, meter: &Meter, size: f32, lines: Lines, first: f32, (left, width): (f32, f32)| -> Result<Block, String> {
        let line_height = (size * fonts.face(style)?.line_height).round();
        // Each line's ink, and where its left end goes in the measure.
        let inks: Vec<(Ink, f32)> = lines
            .lines
            .iter()
            .map(|line| {
                let at = match direction {
                    Direction::LeftToRight => 0.0,
                    Direction::RightToLeft => width - meter.width(line, size),
                };
                (meter.ink(line, size), at)
            })
            .collect();
        let mut baselines = Vec::with_capacity(inks.len());
        let mut y = first;
        for (i, (ink, at)) in inks.iter().enumerate() {
            if i > 0 {
                let (above, above_at) = &inks[i - 1];
                y += line_height.max(text::clearance(above, *above_at, ink, *at, LINE_GAP).ceil());
            }
            baselines.push(y);
        }
        let (ascent, descent) = (inks.first().map_or(0.0, |i| i.0.reach().0), inks.last().map_or(0.0, |i| i.0.reach().1));
        Ok(Block { style, size, lines, baselines, left, width, ascent, descent })
    };
    let in_column = (left, column);
    let kicker = text::wrap(&card.kicker, column, KICKER_LINES, |t| label.width(t, KICKER_SIZE));
    let kicker = block(fonts.label, &label, KICKER_SIZE, kicker, FIRST_BASELINE, in_column)?;
    let kicker_last = kicker.last().unwrap_or(FIRST_BASELINE);
    let gist = text::wrap(&card.gist, column, GIST_LINES, |t| body.width(t, GIST_SIZE));
    // The title and the gist under it, with the title's lines at `size`.
    let arrange = |size: f32, lines: Lines| -> Result<(Block, Block, f32), String> {
        let ascent = lines.lines.first().map_or(0.0, |l| title.extent(l, size).0);
        let first = kicker_last + (KICKER_STEP + size).max(kicker.descent + fonts.gap + ascent);
        let title = block(fonts.title, &title, size, lines, first, in_column)?;
        let title_last = title.last().unwrap_or(first);
        let ascent = gist.lines.first().map_or(0.0, |l| body.extent(l, GIST_SIZE).0);
        let first = title_last + GIST_STEP.max(title.descent + fonts.gap + ascent);
        let gist = block(fonts.body, &body, GIST_SIZE, gist.clone(), first, in_column)?;
        let bottom = gist.last().unwrap_or(first) + gist.descent;
        Ok((title, gist, bottom))
    };
    // Lines the kicker leaves unused go to the title. It is set at the largest size at which it is
    // whole and the text stays above the rule (by half the set's gap); else at the smallest, in as
    // many lines as keep it there.
    let title_max = TITLE_LINES + KICKER_LINES - kicker.lines.lines.len().clamp(1, KICKER_LINES);
    let wrap_title = |size: f32, max: usize| text::wrap(&card.title, column, max, |t| title.width(t, size));
    let mut arranged = None;
    for &size in &TITLE_SIZES {
        let lines = wrap_title(size, title_max);
        let whole = !lines.shortened;
        let (title, gist, bottom) = arrange(size, lines)?;
        if whole && bottom + fonts.gap / 2.0 <= RULE {
            arranged = Some((title, gist, bottom));
            break;
        }
    }
    let smallest = TITLE_SIZES[TITLE_SIZES.len() - 1];
    let (title, gist, bottom) = match arranged {
        Some(arranged) => arranged,
        None => {
            let mut max = title_max;
            loop {
                let (title, gist, bottom) = arrange(smallest, wrap_title(smallest, max))?;
                if bottom + fonts.gap / 2.0 <= RULE || max <= 1 {
                    break (title, gist, bottom);
                }
                max -= 1;
            }
        }
    };
    let byline = text::wrap(&card.byline, WIDTH as f32 - 2.0 * MARGIN, 1, |t| label.width(t, BYLINE_SIZE));
    let byline = block(fonts.label, &label, BYLINE_SIZE, byline, BYLINE_BASELINE, (MARGIN, WIDTH as f32 - 2.0 * MARGIN))?;
    Ok(Placed { kicker, title, gist, byline, text_bottom: bottom, column, left, direction: fonts.direction })
}

/// The card as an SVG document, 1200×630.
pub fn svg(card: &Card, look: &Look, fonts: &'static FontSet) -> Result<String, String> {
    use layout::*;
    let placed = place(card, fonts)?;
    if placed.text_bottom > RULE {
        return Err(format!("the card's text reaches {} px, below its rule at {RULE} px", placed.text_bottom));
    }
    let mut out = String::new();
    let (w, h) = (WIDTH, HEIGHT);
    write!(out, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\">").unwrap();
    write!(out, "<rect width=\"{w}\" height=\"{h}\" fill=\"{}\"/>", look.background.as_str()).unwrap();
    write!(out, "<rect width=\"{w}\" height=\"{BAND}\" fill=\"{}\"/>", look.accent.as_str()).unwrap();

    let text = |out: &mut String, block: &Block, colour: &Colour| {
        let (x, anchor) = placed.anchor(block);
        for (line, y) in block.lines.lines.iter().zip(&block.baselines) {
            write!(out, "<text x=\"{}\" y=\"{}\"", n(x), n(*y)).unwrap();
            if anchor != "start" {
                write!(out, " text-anchor=\"{anchor}\"").unwrap();
            }
            write!(
                out,
                " font-family=\"{}\" font-weight=\"{}\" font-size=\"{}\" fill=\"{}\">{}</text>",
                block.style.family,
                block.style.weight,
                block.size,
                colour.as_str(),
                content(line, fonts.direction)
            )
            .unwrap();
        }
    };
    text(&mut out, &placed.kicker, &look.accent);
    text(&mut out, &placed.title, &look.text);
    text(&mut out, &placed.gist, &look.muted);
    let rule_width = WIDTH as f32 - 2.0 * MARGIN;
    write!(out, "<rect x=\"{MARGIN}\" y=\"{RULE}\" width=\"{rule_width}\" height=\"2\" fill=\"{}\"/>", look.border.as_str()).unwrap();
    text(&mut out, &placed.byline, &look.text);

    if let Some(picture) = &card.picture {
        let (x, y, pw, ph) = panel(fonts.direction);
        write!(
            out,
            "<rect x=\"{x}\" y=\"{y}\" width=\"{pw}\" height=\"{ph}\" rx=\"12\" fill=\"{}\" stroke=\"{}\" stroke-width=\"2\"/>",
            look.surface.as_str(),
            look.border.as_str()
        )
        .unwrap();
        picture_svg(&mut out, picture, (x + PANEL_INSET, y + PANEL_INSET, pw - 2.0 * PANEL_INSET, ph - 2.0 * PANEL_INSET), look, fonts);
    }
    out.push_str("</svg>");
    Ok(out)
}

/// A line as a `text` element's content. Right-to-left text starts with a right-to-left embedding
/// (RLE, U+202B), which holds to the end of the line: resvg orders every line as a left-to-right
/// paragraph and takes no `direction`, so without it a Latin name or a number in an Urdu line would
/// swap the words either side of it. (No closing PDF: resvg counts the zero-width mark as a pixel wide
/// at the line's right edge.) The anchor stays physical, as resvg and browsers read `text-anchor`
/// without a `direction`: `end` is the right.
fn content(line: &str, direction: Direction) -> String {
    match direction {
        Direction::LeftToRight => escape(line),
        Direction::RightToLeft => format!("&#x202B;{}", escape(line)),
    }
}

/// The panel's drawing area (width, height): a picture's view is fitted into it whole.
pub fn picture_size() -> (f32, f32) {
    let (_, _, w, h) = panel(Direction::LeftToRight);
    (w - 2.0 * layout::PANEL_INSET, h - 2.0 * layout::PANEL_INSET)
}

/// The picture's panel (left, top, width, height): it stops above the rule, beside the text on the
/// side the lines end on (the left, when they run right to left).
pub fn panel(direction: Direction) -> (f32, f32, f32, f32) {
    let (x, y, w, h) = layout::PANEL;
    let x = match direction {
        Direction::LeftToRight => x,
        Direction::RightToLeft => WIDTH as f32 - x - w,
    };
    (x, y, w, h.min(layout::RULE - 18.0 - y))
}

fn picture_svg(out: &mut String, picture: &Picture, (x, y, w, h): (f32, f32, f32, f32), look: &Look, fonts: &FontSet) {
    let (vx, vy, vw, vh) = picture.view;
    write!(out, "<svg x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" viewBox=\"{} {} {} {}\">", n(x), n(y), n(w), n(h), n(vx), n(vy), n(vw), n(vh)).unwrap();
    // One arrowhead marker per colour used.
    let mut arrows: Vec<&Colour> = Vec::new();
    for path in &picture.paths {
        if let (true, Some(stroke)) = (path.arrow, &path.stroke) {
            if !arrows.contains(&&stroke.colour) {
                arrows.push(&stroke.colour);
            }
        }
    }
    if !arrows.is_empty() {
        out.push_str("<defs>");
        for colour in &arrows {
            write!(
                out,
                "<marker id=\"arrow-{}\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"11\" markerHeight=\"11\" markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"M0 0L10 5L0 10L2.5 5Z\" fill=\"{}\"/></marker>",
                &colour.as_str()[1..],
                colour.as_str()
            )
            .unwrap();
        }
        out.push_str("</defs>");
    }
    for path in &picture.paths {
        write!(out, "<path d=\"{}\"", escape(&path.d)).unwrap();
        if path.at != (0.0, 0.0) {
            write!(out, " transform=\"translate({} {})\"", n(path.at.0), n(path.at.1)).unwrap();
        }
        match &path.fill {
            Some(fill) => write!(out, " fill=\"{}\"", fill.as_str()).unwrap(),
            None => out.push_str(" fill=\"none\""),
        }
        if let Some(stroke) = &path.stroke {
            write!(out, " stroke=\"{}\" stroke-width=\"{}\" stroke-linejoin=\"round\"", stroke.colour.as_str(), n(stroke.width)).unwrap();
            if let Some(dash) = &stroke.dash {
                write!(out, " stroke-dasharray=\"{}\"", escape(dash)).unwrap();
            }
            if path.arrow {
                write!(out, " marker-end=\"url(#arrow-{})\"", &stroke.colour.as_str()[1..]).unwrap();
            }
        }
        if path.opacity < 1.0 {
            write!(out, " opacity=\"{}\"", n(path.opacity)).unwrap();
        }
        out.push_str("/>");
    }
    for label in &picture.labels {
        let style = if label.bold { fonts.label } else { fonts.body };
        for (i, line) in label.lines.iter().enumerate() {
            write!(
                out,
                "<text x=\"{}\" y=\"{}\" text-anchor=\"{}\" font-family=\"{}\" font-weight=\"{}\" font-size=\"{}\" fill=\"{}\" stroke=\"{}\" stroke-width=\"{}\" stroke-linejoin=\"round\" paint-order=\"stroke\">{}</text>",
                n(label.x),
                n(label.y + i as f32 * label.line_height),
                label.anchor.key(),
                style.family,
                style.weight,
                n(label.size),
                label.colour.as_str(),
                look.surface.as_str(),
                n(label.size * 0.3),
                content(line, fonts.direction)
            )
            .unwrap();
        }
    }
    out.push_str("</svg>");
}

/// A number for SVG, to a tenth.
fn n(value: f32) -> String {
    let tenths = (value * 10.0).round() / 10.0;
    if tenths == tenths.trunc() {
        format!("{}", tenths as i64)
    } else {
        format!("{tenths:.1}")
    }
}

/// Text for SVG content or an attribute value.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fonts::{LATIN, URDU};

    fn look() -> Look {
        Look::from_css(":root { --bg: #fbfaf7; --surface: #fff; --text: #1b1d21; --muted: #52565e; --accent: #0b5cad; --border: #d9d5cc; }", "test.css").unwrap()
    }

    fn card(kicker: &str, title: &str, gist: &str) -> Card {
        Card {
            language: "en".into(),
            kicker: kicker.into(),
            title: title.into(),
            gist: gist.into(),
            byline: "The statement: Harrowby Town Council, November 2025".into(),
            picture: Some(Picture { view: (0.0, 0.0, 100.0, 100.0), paths: vec![], labels: vec![] }),
        }
    }

    #[test]
    fn every_line_fits_its_column_and_the_text_stays_above_the_rule_however_long() {
        let long = "Pakistan–Afghanistan talks break down over cross-border attacks, sanctuaries and the mediators’ role in the region ".repeat(4);
        let placed = place(&card(&long, &long, &long), &LATIN).unwrap();
        let width = |style, text: &str, size| Meter::new(LATIN.face(style).unwrap()).unwrap().width(text, size);
        assert_eq!(placed.kicker.lines.lines.len(), layout::KICKER_LINES);
        assert_eq!(placed.title.lines.lines.len(), layout::TITLE_LINES);
        // Under a one-line kicker, the title may take the line the kicker leaves.
        let placed_short = place(&card("Explainer", &long, &long), &LATIN).unwrap();
        assert_eq!(placed_short.title.lines.lines.len(), layout::TITLE_LINES + layout::KICKER_LINES - 1);
        assert!(placed_short.text_bottom <= layout::RULE, "{}", placed_short.text_bottom);
        assert_eq!(placed.title.size, *layout::TITLE_SIZES.last().unwrap());
        assert_eq!(placed.gist.lines.lines.len(), layout::GIST_LINES);
        for (lines, style, size) in [
            (&placed.kicker.lines, LATIN.label, layout::KICKER_SIZE),
            (&placed.title.lines, LATIN.title, placed.title.size),
            (&placed.gist.lines, LATIN.body, layout::GIST_SIZE),
        ] {
            assert!(lines.shortened && lines.lines.last().unwrap().ends_with(text::ELLIPSIS));
            for line in &lines.lines {
                assert!(width(style, line, size) <= placed.column, "{line:?} overflows");
                // Never cut mid-word: every word shown (but the ellipsised one's punctuation) is in the source.
                for word in line.trim_end_matches(text::ELLIPSIS).split(' ') {
                    assert!(long.split(' ').any(|w| w.trim_end_matches([',', '’']) == word.trim_end_matches([',', '’'])), "{word:?} was cut");
                }
            }
        }
        assert!(placed.text_bottom <= layout::RULE, "{}", placed.text_bottom);
        assert!(svg(&card(&long, &long, &long), &look(), &LATIN).is_ok());
    }

    #[test]
    fn titles_of_every_length_stay_above_the_rule() {
        let words: Vec<&str> = "Pakistan says the talks failed because the Taliban government would not act against militant groups on its soil".split(' ').collect();
        for kicker in ["Explainer", "A headline long enough to take the kicker's two lines on every card we make today"] {
            for n in 1..=words.len() {
                let placed = place(&card(kicker, &words[..n].join(" "), &words.join(" ")), &LATIN).unwrap();
                assert!(placed.text_bottom <= layout::RULE, "{n} words: {}", placed.text_bottom);
            }
        }
    }

    #[test]
    fn a_short_title_is_set_large_and_whole() {
        let placed = place(&card("A town switches off its lighthouse", "The keepers object", "They say the light still guides boats."), &LATIN).unwrap();
        assert_eq!(placed.title.size, layout::TITLE_SIZES[0]);
        assert_eq!(placed.title.lines.lines, ["The keepers object"]);
        assert!(!placed.gist.lines.shortened);
    }

    #[test]
    fn text_the_fonts_cannot_show_is_an_error_not_a_blank() {
        let error = place(&card("Kicker", "قاعدة", "gist"), &LATIN).unwrap_err();
        assert!(error.contains("no glyph for 'ق'"), "{error}");
    }

    #[test]
    fn text_is_escaped_and_set_in_the_sets_families() {
        let svg = svg(&card("Q&A <live>", "\"Quoted\"", "gist"), &look(), &LATIN).unwrap();
        assert!(svg.contains(">Q&amp;A &lt;live&gt;</text>"), "{svg}");
        assert!(svg.contains("&quot;Quoted&quot;"));
        assert!(svg.contains("font-family=\"Noto Serif\" font-weight=\"700\""));
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1200\" height=\"630\""));
    }

    fn urdu(kicker: &str, title: &str, gist: &str, picture: bool) -> Card {
        Card {
            language: "ur".into(),
            kicker: kicker.into(),
            title: title.into(),
            gist: gist.into(),
            byline: "بیان: بلدیہ، ۱۲ نومبر ۲۰۲۵".into(),
            picture: picture.then(|| Picture { view: (0.0, 0.0, 100.0, 100.0), paths: vec![], labels: vec![] }),
        }
    }

    const URDU_WORDS: &str = "پاکستان کا کہنا ہے کہ مذاکرات اس لیے ناکام ہوئے کیونکہ طالبان حکومت نے اپنی سرزمین پر شدت پسند گروہوں کے خلاف کارروائی نہیں کی اور کشمیر کے مسئلے پر بھی اختلافات برقرار رہے";

    /// Checks that each block's lines are at least its face's line height apart with their ink clear
    /// of each other's, and each block's ink clear of the next's by the layout's gap.
    fn lines_and_blocks_keep_apart(placed: &Placed, fonts: &'static FontSet, what: &str) {
        let blocks = placed.blocks();
        for block in blocks {
            let meter = Meter::new(fonts.face(block.style).unwrap()).unwrap();
            let line_height = (block.size * fonts.face(block.style).unwrap().line_height).round();
            // Each line's ink, and where its left end is on the card.
            let inks: Vec<(Ink, f32)> = block.lines.lines.iter().map(|l| (meter.ink(l, block.size), placed.span(block, meter.width(l, block.size)).0)).collect();
            for i in 1..inks.len() {
                let pitch = block.baselines[i] - block.baselines[i - 1];
                assert!(pitch >= line_height - 0.01, "{what}: lines {i} and {} are {pitch} apart, under {line_height}", i - 1);
                // Column by column on the card: no ink of the lower line within the gap of the upper's.
                let ((above, above_left), (below, below_left)) = (&inks[i - 1], &inks[i]);
                for (k, &(up, _)) in below.columns.iter().enumerate() {
                    let x = below_left + (below.start + k as i32) as f32;
                    let near = (x - above_left).floor() as i32 - above.start;
                    for j in (near - 3).max(0)..(near + 4).min(above.columns.len() as i32) {
                        let (other, down) = (above_left + (above.start + j) as f32, above.columns[j as usize].1);
                        if (x - other).abs() <= 1.0 + layout::LINE_GAP && up > f32::NEG_INFINITY && down > f32::NEG_INFINITY {
                            let clear = pitch - down - up;
                            assert!(clear >= layout::LINE_GAP - 0.01, "{what}: {:?} and {:?} come {clear} px apart at x {x}", block.lines.lines[i - 1], block.lines.lines[i]);
                        }
                    }
                }
            }
        }
        for pair in blocks[..3].windows(2) {
            let (Some(above), Some(below)) = (pair[0].last(), pair[1].first()) else { continue };
            let clear = (below - pair[1].ascent) - (above + pair[0].descent);
            assert!(clear >= fonts.gap - 0.01, "{what}: {:?} comes {clear} px under {:?}", pair[1].lines.lines, pair[0].lines.lines);
        }
        assert!(placed.text_bottom + fonts.gap / 2.0 <= layout::RULE, "{what}: {}", placed.text_bottom);
        // The byline's ink stays between the rule and the card's edge.
        let byline = &placed.byline;
        assert!(byline.baselines[0] - byline.ascent > layout::RULE + 2.0 && byline.baselines[0] + byline.descent < HEIGHT as f32, "{what}: {byline:?}");
    }

    #[test]
    fn urdu_titles_of_every_length_stay_above_the_rule_their_lines_and_blocks_apart() {
        let words: Vec<&str> = URDU_WORDS.split(' ').collect();
        for kicker in ["وضاحت", "شہر کا پرانا پل مرمت کے لیے بند ہونے پر تاجروں اور بلدیہ کے درمیان اختلافات شدت اختیار کر گئے ہیں"] {
            for picture in [true, false] {
                // Every third length, and the whole: Nastaliq is slow to shape in a debug build.
                for n in (1..=words.len()).step_by(3).chain([words.len()]) {
                    let card = urdu(kicker, &words[..n].join(" "), URDU_WORDS, picture);
                    let placed = place(&card, &URDU).unwrap();
                    lines_and_blocks_keep_apart(&placed, &URDU, &format!("{n} words"));
                    assert!(placed.title.lines.lines.len() >= 1);
                    for block in placed.blocks() {
                        let meter = Meter::new(URDU.face(block.style).unwrap()).unwrap();
                        for line in &block.lines.lines {
                            let (left, right) = placed.span(block, meter.width(line, block.size));
                            assert!(left >= block.left - 0.01 && (right - (block.left + block.width)).abs() < 0.01, "{line:?}: {left}..{right}");
                        }
                    }
                    assert!(svg(&card, &look(), &URDU).is_ok());
                }
            }
        }
        // A short title is set large and whole; a long one at the smallest size, ending in an ellipsis.
        let placed = place(&urdu("وضاحت", "پل بند", "بلدیہ کا فیصلہ", true), &URDU).unwrap();
        assert_eq!((placed.title.size, &placed.title.lines.lines[..]), (layout::TITLE_SIZES[0], &["پل بند".to_owned()][..]));
        let placed = place(&urdu("وضاحت", &URDU_WORDS.repeat(2), URDU_WORDS, true), &URDU).unwrap();
        assert_eq!(placed.title.size, *layout::TITLE_SIZES.last().unwrap());
        assert!(placed.title.lines.shortened && placed.title.lines.lines.last().unwrap().ends_with(text::ELLIPSIS));
    }

    #[test]
    fn latin_lines_and_blocks_keep_apart_too() {
        let long = "Énergie: Pakistan–Afghanistan talks break down over cross-border attacks, sanctuaries and the mediators’ role ".repeat(3);
        for (kicker, title) in [("Explainer", "The keepers object"), (long.as_str(), long.as_str()), ("Explainer", long.as_str())] {
            let placed = place(&card(kicker, title, &long), &LATIN).unwrap();
            lines_and_blocks_keep_apart(&placed, &LATIN, title);
            // Latin's blocks are kept apart by the layout's fixed steps.
            for pair in placed.blocks()[..3].windows(2) {
                let clear = (pair[1].first().unwrap() - pair[1].ascent) - (pair[0].last().unwrap() + pair[0].descent);
                assert!(clear >= 12.0, "{clear}");
            }
        }
    }

    #[test]
    fn a_right_to_left_card_is_the_mirror_of_a_left_to_right_one() {
        let card = urdu("وضاحت", "شہر کا پرانا پل مرمت کے لیے بند", "بلدیہ کا کہنا ہے کہ پل کی مرمت ضروری ہے۔", true);
        let placed = place(&card, &URDU).unwrap();
        assert_eq!(placed.direction, Direction::RightToLeft);
        // The column on the right, its lines anchored at its right edge; the panel on the left.
        assert_eq!((placed.left, placed.column), (WIDTH as f32 - layout::MARGIN - layout::COLUMN, layout::COLUMN));
        let (panel_left, _, panel_width, _) = panel(Direction::RightToLeft);
        assert_eq!(panel_left, layout::MARGIN);
        assert_eq!(panel_left + panel_width + (layout::PANEL.0 - layout::MARGIN - layout::COLUMN), placed.left, "the same gutter as left to right");
        let svg = svg(&card, &look(), &URDU).unwrap();
        assert!(svg.contains(&format!("<rect x=\"{}\" y=\"64\" width=\"424\"", layout::MARGIN)), "{svg}");
        let lines: Vec<&str> = svg.split("<text ").skip(1).collect();
        assert_eq!(lines.len(), placed.blocks().iter().map(|b| b.lines.lines.len()).sum::<usize>());
        for line in &lines {
            assert!(line.starts_with("x=\"1136\" "), "{line}");
            assert!(line.contains(" text-anchor=\"end\" ") && line.contains(">&#x202B;"), "{line}");
        }
        // Without a picture the text takes the card's width, still from its right margin.
        let placed = place(&Card { picture: None, ..card }, &URDU).unwrap();
        assert_eq!((placed.left, placed.column), (layout::MARGIN, WIDTH as f32 - 2.0 * layout::MARGIN));
        assert_eq!(placed.span(&placed.title, 100.0), (WIDTH as f32 - layout::MARGIN - 100.0, WIDTH as f32 - layout::MARGIN));
        // A left-to-right card is as it was: anchored at the left margin, no anchor or embedding written.
        let svg = super::svg(&self::card("Explainer", "The keepers object", "gist"), &look(), &LATIN).unwrap();
        assert!(svg.contains("<text x=\"64\" y=\"104\" font-family=\"Noto Sans\"") && !svg.contains("text-anchor=\"end\"") && !svg.contains("&#x202B;"), "{svg}");
        assert!(svg.contains("<rect x=\"712\" y=\"64\""), "{svg}");
    }

    #[test]
    fn numbers_are_written_to_a_tenth() {
        assert_eq!(n(12.0), "12");
        assert_eq!(n(12.345), "12.3");
        assert_eq!(n(-0.04), "0");
    }
}
