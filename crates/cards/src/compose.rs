//! A card as SVG: the story's line above, a big title, the gist, who said it and when, and a picture
//! in a panel beside them. All text is measured with the font that sets it, so it wraps at words,
//! ends with an ellipsis when long, and never leaves its column.

use std::fmt::Write;

use crate::fonts::{FontSet, Style};
use crate::look::{Colour, Look};
use crate::text::{self, Lines, Meter};
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

/// The layout, in pixels of the 1200×630 card.
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
    /// The title's lines under a kicker of [`KICKER_LINES`]; one more for each line the kicker leaves.
    pub const TITLE_LINES: usize = 3;
    pub const GIST_SIZE: f32 = 30.0;
    pub const GIST_LINES: usize = 2;
    pub const BYLINE_SIZE: f32 = 24.0;
    /// The rule above the byline, and the byline's baseline.
    pub const RULE: f32 = 524.0;
    pub const BYLINE_BASELINE: f32 = 570.0;
}

/// Where each text block went: (first baseline, last baseline, font size, lines).
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    pub kicker: (f32, Lines),
    pub title: (f32, f32, Lines),
    pub gist: (f32, Lines),
    pub byline: Lines,
    /// The lowest point any text above the rule reaches (its last line's descenders).
    pub text_bottom: f32,
    pub column: f32,
}

/// Lays out a card's text in `fonts`.
pub fn place(card: &Card, fonts: &'static FontSet) -> Result<Placed, String> {
    use layout::*;
    let column = if card.picture.is_some() { COLUMN } else { WIDTH as f32 - 2.0 * MARGIN };
    let meter = |style: Style| Meter::new(fonts.face(style)?);
    let (label, title, body) = (meter(fonts.label)?, meter(fonts.title)?, meter(fonts.body)?);
    for (meter, style, text) in [(&label, fonts.label, &card.kicker), (&title, fonts.title, &card.title), (&body, fonts.body, &card.gist), (&label, fonts.label, &card.byline)] {
        if let Some(c) = meter.missing(text) {
            return Err(format!("the card's font {} has no glyph for {c:?} (U+{:04X}) in {text:?}: add a font set for this script", style.family, c as u32));
        }
    }
    let kicker = text::wrap(&card.kicker, column, KICKER_LINES, |t| label.width(t, KICKER_SIZE));
    let kicker_last = FIRST_BASELINE + (kicker.lines.len().max(1) - 1) as f32 * line_height(KICKER_SIZE);
    // Lines the kicker leaves unused go to the title.
    let title_max = TITLE_LINES + KICKER_LINES - kicker.lines.len().clamp(1, KICKER_LINES);
    let (title_size, title_lines) = text::fit(&card.title, column, title_max, &TITLE_SIZES, &title);
    let title_first = kicker_last + 24.0 + title_size;
    let title_last = title_first + (title_lines.lines.len().max(1) - 1) as f32 * line_height(title_size);
    let gist = text::wrap(&card.gist, column, GIST_LINES, |t| body.width(t, GIST_SIZE));
    let gist_first = title_last + 22.0 + GIST_SIZE * 1.2;
    let gist_last = gist_first + (gist.lines.len().max(1) - 1) as f32 * line_height(GIST_SIZE);
    let byline = text::wrap(&card.byline, WIDTH as f32 - 2.0 * MARGIN, 1, |t| label.width(t, BYLINE_SIZE));
    Ok(Placed {
        kicker: (FIRST_BASELINE, kicker),
        title: (title_first, title_size, title_lines),
        gist: (gist_first, gist),
        byline,
        text_bottom: gist_last + 0.3 * GIST_SIZE,
        column,
    })
}

fn line_height(size: f32) -> f32 {
    (size * 1.22).round()
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

    let block = |out: &mut String, lines: &Lines, first: f32, size: f32, style: Style, colour: &Colour| {
        for (i, line) in lines.lines.iter().enumerate() {
            let y = first + i as f32 * line_height(size);
            write!(
                out,
                "<text x=\"{MARGIN}\" y=\"{}\" font-family=\"{}\" font-weight=\"{}\" font-size=\"{size}\" fill=\"{}\">{}</text>",
                n(y),
                style.family,
                style.weight,
                colour.as_str(),
                escape(line)
            )
            .unwrap();
        }
    };
    block(&mut out, &placed.kicker.1, placed.kicker.0, KICKER_SIZE, fonts.label, &look.accent);
    let (title_first, title_size, title_lines) = &placed.title;
    block(&mut out, title_lines, *title_first, *title_size, fonts.title, &look.text);
    block(&mut out, &placed.gist.1, placed.gist.0, GIST_SIZE, fonts.body, &look.muted);
    let rule_width = WIDTH as f32 - 2.0 * MARGIN;
    write!(out, "<rect x=\"{MARGIN}\" y=\"{RULE}\" width=\"{rule_width}\" height=\"2\" fill=\"{}\"/>", look.border.as_str()).unwrap();
    block(&mut out, &placed.byline, BYLINE_BASELINE, BYLINE_SIZE, fonts.label, &look.text);

    if let Some(picture) = &card.picture {
        let (x, y, pw, ph) = panel();
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

/// The panel's drawing area (width, height): a picture's view is fitted into it whole.
pub fn picture_size() -> (f32, f32) {
    let (_, _, w, h) = panel();
    (w - 2.0 * layout::PANEL_INSET, h - 2.0 * layout::PANEL_INSET)
}

/// The picture's panel (left, top, width, height): it stops above the rule.
fn panel() -> (f32, f32, f32, f32) {
    let (x, y, w, h) = layout::PANEL;
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
                escape(line)
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
    use crate::fonts::LATIN;

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
        assert_eq!(placed.kicker.1.lines.len(), layout::KICKER_LINES);
        assert_eq!(placed.title.2.lines.len(), layout::TITLE_LINES);
        // Under a one-line kicker, the title may take the line the kicker leaves.
        let placed_short = place(&card("Explainer", &long, &long), &LATIN).unwrap();
        assert_eq!(placed_short.title.2.lines.len(), layout::TITLE_LINES + layout::KICKER_LINES - 1);
        assert!(placed_short.text_bottom <= layout::RULE, "{}", placed_short.text_bottom);
        assert_eq!(placed.title.1, *layout::TITLE_SIZES.last().unwrap());
        assert_eq!(placed.gist.1.lines.len(), layout::GIST_LINES);
        for (lines, style, size) in [
            (&placed.kicker.1, LATIN.label, layout::KICKER_SIZE),
            (&placed.title.2, LATIN.title, placed.title.1),
            (&placed.gist.1, LATIN.body, layout::GIST_SIZE),
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
        assert_eq!(placed.title.1, layout::TITLE_SIZES[0]);
        assert_eq!(placed.title.2.lines, ["The keepers object"]);
        assert!(!placed.gist.1.shortened);
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

    #[test]
    fn numbers_are_written_to_a_tenth() {
        assert_eq!(n(12.0), "12");
        assert_eq!(n(12.345), "12.3");
        assert_eq!(n(-0.04), "0");
    }
}
