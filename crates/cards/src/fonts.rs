//! The fonts a card is set in: files shipped in this crate (`fonts/`, with their licence), never the
//! machine's, so every machine makes the same bytes.
//!
//! Fonts come in sets, one per writing system, chosen by the page's language. Today there is one set,
//! for Latin (and Greek and Cyrillic, which Noto covers too). A locale in another script (Urdu, say)
//! adds a set here with its own files and languages: nothing else names a family or a file.

/// A typeface in one weight, with its file's bytes.
#[derive(Debug)]
pub struct Face {
    pub family: &'static str,
    pub weight: u16,
    /// The file, for error messages.
    pub file: &'static str,
    pub data: &'static [u8],
}

/// The family and weight of one kind of text on a card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    pub family: &'static str,
    pub weight: u16,
}

/// Which way lines run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    LeftToRight,
    RightToLeft,
}

/// The faces for one writing system, and which of them sets each kind of text.
#[derive(Debug)]
pub struct FontSet {
    /// BCP 47 primary language subtags this set is for; `"*"` is the fallback for any other.
    pub languages: &'static [&'static str],
    pub direction: Direction,
    pub faces: &'static [Face],
    /// The card's big title (the section's title, or the story's headline).
    pub title: Style,
    /// The line above it, and who said it and when.
    pub label: Style,
    /// The gist, and the picture's labels.
    pub body: Style,
}

const NOTO_SANS: &str = "Noto Sans";
const NOTO_SERIF: &str = "Noto Serif";

/// Noto Serif Bold, Noto Sans Regular and Bold (version 2.015, SIL Open Font License 1.1, from Google
/// Fonts by way of the npm packages @expo-google-fonts/noto-serif and noto-sans 0.4.2; see
/// `fonts/README.md`). Serif titles over sans text, as the page sets its headings.
pub static LATIN: FontSet = FontSet {
    languages: &["*"],
    direction: Direction::LeftToRight,
    faces: &[
        Face { family: NOTO_SERIF, weight: 700, file: "NotoSerif-Bold.ttf", data: include_bytes!("../fonts/NotoSerif-Bold.ttf") },
        Face { family: NOTO_SANS, weight: 400, file: "NotoSans-Regular.ttf", data: include_bytes!("../fonts/NotoSans-Regular.ttf") },
        Face { family: NOTO_SANS, weight: 700, file: "NotoSans-Bold.ttf", data: include_bytes!("../fonts/NotoSans-Bold.ttf") },
    ],
    title: Style { family: NOTO_SERIF, weight: 700 },
    label: Style { family: NOTO_SANS, weight: 700 },
    body: Style { family: NOTO_SANS, weight: 400 },
};

/// Every set, most specific first; the last is the fallback.
pub static SETS: &[&FontSet] = &[&LATIN];

impl FontSet {
    /// The set for a BCP 47 language tag ("en", "en-GB", "ur"): the first whose languages name its
    /// primary subtag, else the fallback.
    pub fn for_language(tag: &str) -> &'static FontSet {
        let primary = tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        SETS.iter()
            .find(|set| set.languages.iter().any(|l| *l == primary))
            .or_else(|| SETS.iter().find(|set| set.languages.contains(&"*")))
            .copied()
            .unwrap_or(&LATIN)
    }

    /// The face that sets text of this style.
    pub fn face(&'static self, style: Style) -> Result<&'static Face, String> {
        self.faces
            .iter()
            .find(|f| f.family == style.family && f.weight == style.weight)
            .ok_or_else(|| format!("the font set has no {} at weight {}", style.family, style.weight))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_picks_its_set_and_others_fall_back() {
        assert!(std::ptr::eq(FontSet::for_language("en"), &LATIN));
        assert!(std::ptr::eq(FontSet::for_language("en-GB"), &LATIN));
        assert!(std::ptr::eq(FontSet::for_language(""), &LATIN));
    }

    #[test]
    fn every_style_of_every_set_has_a_face_that_is_a_font() {
        for set in SETS {
            for style in [set.title, set.label, set.body] {
                let face = set.face(style).unwrap();
                // TrueType fonts start with 0x00010000 (or "true"); OpenType CFF with "OTTO".
                assert!(matches!(&face.data[..4], [0, 1, 0, 0] | b"true" | b"OTTO"), "{} is not a font file", face.file);
            }
        }
    }
}
