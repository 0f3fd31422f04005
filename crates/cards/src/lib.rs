//! Share cards: the picture a chat app or a social network shows for a link to a page. One PNG of
//! 1200×630 per page, made at build time by the native pre-renderer; never part of the browser bundle.
//!
//! A [`Card`] (what the page is about, and a [`Picture`] of it) is laid out as SVG ([`compose`]) in
//! the page's own colours ([`Look`], read from its stylesheet) and the fonts shipped in `fonts/`
//! ([`FontSet`]), then rendered by resvg with a font database holding only those fonts. The same input
//! makes the same bytes on every machine.

pub mod compose;
pub mod fonts;
pub mod look;
pub mod text;

use std::sync::Arc;

pub use compose::{Anchor, Card, Label, Path, Picture, Stroke};
pub use fonts::FontSet;
pub use look::{Colour, Look};

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

/// Renders cards in one font set: it holds the font database (the set's files only).
pub struct Renderer {
    fonts: &'static FontSet,
    options: resvg::usvg::Options<'static>,
}

impl Renderer {
    pub fn new(fonts: &'static FontSet) -> Renderer {
        let mut db = resvg::usvg::fontdb::Database::new();
        for face in fonts.faces {
            db.load_font_data(face.data.to_vec());
        }
        let options = resvg::usvg::Options { fontdb: Arc::new(db), font_family: fonts.body.family.to_owned(), ..Default::default() };
        Renderer { fonts, options }
    }

    /// The renderer for a card's language.
    pub fn for_language(language: &str) -> Renderer {
        Renderer::new(FontSet::for_language(language))
    }

    pub fn fonts(&self) -> &'static FontSet {
        self.fonts
    }

    /// The card as SVG.
    pub fn svg(&self, card: &Card, look: &Look) -> Result<String, String> {
        compose::svg(card, look, self.fonts)
    }

    /// The card as a PNG file's bytes.
    pub fn png(&self, card: &Card, look: &Look) -> Result<Vec<u8>, String> {
        self.png_of_svg(&self.svg(card, look)?)
    }

    /// Any SVG parsed and its text laid out, with this renderer's fonts: what the PNG draws.
    pub fn tree(&self, svg: &str) -> Result<resvg::usvg::Tree, String> {
        resvg::usvg::Tree::from_str(svg, &self.options).map_err(|e| format!("the card's SVG does not parse: {e}"))
    }

    /// Any 1200×630 SVG as a PNG, with this renderer's fonts.
    pub fn png_of_svg(&self, svg: &str) -> Result<Vec<u8>, String> {
        let tree = self.tree(svg)?;
        let mut pixmap = resvg::tiny_skia::Pixmap::new(WIDTH, HEIGHT).ok_or("no 1200×630 pixmap")?;
        resvg::render(&tree, resvg::tiny_skia::Transform::default(), &mut pixmap.as_mut());
        pixmap.encode_png().map_err(|e| format!("the card does not encode as PNG: {e}"))
    }
}

/// The width and height a PNG file's header gives, or `None` if it is not a PNG.
pub fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    const SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";
    if bytes.len() < 24 || &bytes[..8] != SIGNATURE || &bytes[12..16] != b"IHDR" {
        return None;
    }
    let word = |at: usize| u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    Some((word(16), word(20)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_card_renders_to_a_1200_by_630_png_the_same_every_time() {
        let look = Look::from_css(":root { --bg: #fbfaf7; --surface: #fff; --text: #1b1d21; --muted: #52565e; --accent: #0b5cad; --border: #d9d5cc; }", "test.css").unwrap();
        let card = Card {
            language: "en".into(),
            kicker: "Explainer".into(),
            title: "A town switches off its lighthouse".into(),
            gist: "What the council said, and who objects.".into(),
            byline: "The statement: Harrowby Town Council, November 2025".into(),
            picture: None,
        };
        let renderer = Renderer::for_language("en");
        let png = renderer.png(&card, &look).unwrap();
        assert_eq!(png_size(&png), Some((WIDTH, HEIGHT)));
        assert_eq!(png, renderer.png(&card, &look).unwrap());
        // Text was drawn: a card without it is smaller (flat colour compresses to almost nothing).
        let blank = renderer.png(&Card { kicker: String::new(), title: String::new(), gist: String::new(), byline: String::new(), ..card }, &look).unwrap();
        assert!(png.len() > blank.len() + 5_000, "{} vs {}", png.len(), blank.len());
    }

    #[test]
    fn png_size_reads_the_header_and_refuses_other_files() {
        let mut header = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        header.extend_from_slice(&1200u32.to_be_bytes());
        header.extend_from_slice(&630u32.to_be_bytes());
        assert_eq!(png_size(&header), Some((1200, 630)));
        assert_eq!(png_size(b"GIF89a............................"), None);
    }
}
