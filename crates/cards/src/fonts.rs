//! The fonts a card is set in: files shipped in this crate (`fonts/`, with their licence), never the
//! machine's, so every machine makes the same bytes.
//!
//! Fonts come in sets, one per writing system, chosen by the page's language: Latin (and Greek and
//! Cyrillic, which Noto covers too), the fallback; Urdu, in Nastaliq; and the other languages written
//! in Arabic script, in Naskh. A locale in another script adds a set here with its own files and
//! languages: nothing else names a family or a file.

/// A typeface in one weight, with its file's bytes.
#[derive(Debug)]
pub struct Face {
    pub family: &'static str,
    pub weight: u16,
    /// The file, for error messages.
    pub file: &'static str,
    pub data: &'static [u8],
    /// From one line's baseline to the next, in ems: the least; lines whose ink reaches further
    /// are set further apart.
    pub line_height: f32,
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
    pub faces: &'static [&'static Face],
    /// The card's big title (the section's title, or the story's headline).
    pub title: Style,
    /// The line above it, and who said it and when.
    pub label: Style,
    /// The gist, and the picture's labels.
    pub body: Style,
    /// The least room, in pixels, between one block's ink and the next's (kicker, title, gist), and
    /// half of it between the last one's and the rule, over the layout's fixed steps. Latin's ink
    /// fits those steps (0); Nastaliq's tall words and sweeping tails need their ink measured, with
    /// some air around it.
    pub gap: f32,
}

const NOTO_SANS: &str = "Noto Sans";
const NOTO_SERIF: &str = "Noto Serif";
const NOTO_NASTALIQ: &str = "Noto Nastaliq Urdu";
const NOTO_NASKH: &str = "Noto Naskh Arabic";

/// Latin, Greek and Cyrillic, as the page sets its headings.
const LATIN_LINE: f32 = 1.22;
/// Naskh: Urdu's letters stay within 0.8 em above the baseline and 0.35 em below; Arabic with vowel
/// marks over a hamza reaches 1.15 em (أُسْرَة), Pashto's tails 0.5 em below (ښځې).
const NASKH_LINE: f32 = 1.6;
/// Nastaliq: words run down from right to left to the baseline, so a long word starting with a tall
/// letter (کشمیر) rises past two ems; its tails (ے, ں) hang 0.7 em below.
const NASTALIQ_LINE: f32 = 2.0;

static NOTO_SERIF_BOLD: Face =
    Face { family: NOTO_SERIF, weight: 700, file: "NotoSerif-Bold.ttf", data: include_bytes!("../fonts/NotoSerif-Bold.ttf"), line_height: LATIN_LINE };
static NOTO_SANS_REGULAR: Face =
    Face { family: NOTO_SANS, weight: 400, file: "NotoSans-Regular.ttf", data: include_bytes!("../fonts/NotoSans-Regular.ttf"), line_height: LATIN_LINE };
static NOTO_SANS_BOLD: Face =
    Face { family: NOTO_SANS, weight: 700, file: "NotoSans-Bold.ttf", data: include_bytes!("../fonts/NotoSans-Bold.ttf"), line_height: LATIN_LINE };
static NOTO_NASTALIQ_BOLD: Face = Face {
    family: NOTO_NASTALIQ,
    weight: 700,
    file: "NotoNastaliqUrdu-Bold.ttf",
    data: include_bytes!("../fonts/NotoNastaliqUrdu-Bold.ttf"),
    line_height: NASTALIQ_LINE,
};
static NOTO_NASKH_REGULAR: Face = Face {
    family: NOTO_NASKH,
    weight: 400,
    file: "NotoNaskhArabic-Regular.ttf",
    data: include_bytes!("../fonts/NotoNaskhArabic-Regular.ttf"),
    line_height: NASKH_LINE,
};
static NOTO_NASKH_BOLD: Face = Face {
    family: NOTO_NASKH,
    weight: 700,
    file: "NotoNaskhArabic-Bold.ttf",
    data: include_bytes!("../fonts/NotoNaskhArabic-Bold.ttf"),
    line_height: NASKH_LINE,
};

/// Noto Serif Bold, Noto Sans Regular and Bold (version 2.015, SIL Open Font License 1.1, from Google
/// Fonts by way of the npm packages @expo-google-fonts/noto-serif and noto-sans 0.4.2; see
/// `fonts/README.md`). Serif titles over sans text, as the page sets its headings.
pub static LATIN: FontSet = FontSet {
    languages: &["*"],
    direction: Direction::LeftToRight,
    faces: &[&NOTO_SERIF_BOLD, &NOTO_SANS_REGULAR, &NOTO_SANS_BOLD],
    title: Style { family: NOTO_SERIF, weight: 700 },
    label: Style { family: NOTO_SANS, weight: 700 },
    body: Style { family: NOTO_SANS, weight: 400 },
    gap: 0.0,
};

/// Urdu: titles in Noto Nastaliq Urdu Bold (3.007), the hand Urdu is printed and read in; the
/// kicker, byline, gist and the picture's labels in Noto Naskh Arabic Bold and Regular (2.021), which
/// stays clear at their smaller sizes (and the picture's labels are placed for lines of a Latin
/// height, which Nastaliq's would overrun). SIL Open Font License 1.1, from Google Fonts by way of the
/// npm packages @expo-google-fonts/noto-nastaliq-urdu 0.4.2 and noto-naskh-arabic 0.4.5; see
/// `fonts/README.md`. Both cover ASCII, so Latin names and Western digits in Urdu text need no other
/// font. One limit: resvg shapes text without its language, so in Naskh the digits ۴ ۶ ۷ take their
/// Persian forms (Nastaliq's are Urdu's).
pub static URDU: FontSet = FontSet {
    languages: &["ur"],
    direction: Direction::RightToLeft,
    faces: &[&NOTO_NASTALIQ_BOLD, &NOTO_NASKH_REGULAR, &NOTO_NASKH_BOLD],
    title: Style { family: NOTO_NASTALIQ, weight: 700 },
    label: Style { family: NOTO_NASKH, weight: 700 },
    body: Style { family: NOTO_NASKH, weight: 400 },
    gap: 22.0,
};

/// Arabic, Persian, Pashto, Sindhi and Uyghur: Noto Naskh Arabic Regular and Bold (2.021, SIL Open
/// Font License 1.1, from @expo-google-fonts/noto-naskh-arabic 0.4.5; see `fonts/README.md`), which
/// covers all their letters (Nastaliq Urdu lacks some of Sindhi's and Uyghur's).
pub static ARABIC: FontSet = FontSet {
    languages: &["ar", "fa", "ps", "sd", "ug"],
    direction: Direction::RightToLeft,
    faces: &[&NOTO_NASKH_REGULAR, &NOTO_NASKH_BOLD],
    title: Style { family: NOTO_NASKH, weight: 700 },
    label: Style { family: NOTO_NASKH, weight: 700 },
    body: Style { family: NOTO_NASKH, weight: 400 },
    gap: 22.0,
};

/// Every set, most specific first; the last is the fallback.
pub static SETS: &[&FontSet] = &[&URDU, &ARABIC, &LATIN];

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
            .copied()
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
        assert!(std::ptr::eq(FontSet::for_language("es"), &LATIN));
        assert!(std::ptr::eq(FontSet::for_language("es-419"), &LATIN));
        assert!(std::ptr::eq(FontSet::for_language("ur"), &URDU));
        assert!(std::ptr::eq(FontSet::for_language("ur-PK"), &URDU));
        assert!(std::ptr::eq(FontSet::for_language("UR_in"), &URDU));
        for tag in ["ar", "ar-EG", "fa", "fa-IR", "ps", "sd", "ug"] {
            assert!(std::ptr::eq(FontSet::for_language(tag), &ARABIC), "{tag}");
        }
        assert_eq!(URDU.direction, Direction::RightToLeft);
        assert_eq!(ARABIC.direction, Direction::RightToLeft);
        assert_eq!(LATIN.direction, Direction::LeftToRight);
    }

    #[test]
    fn the_arabic_script_sets_cover_their_languages_letters_and_urdus_punctuation() {
        // Urdu's own letters and marks, the full stop and comma, both kinds of digits, and Latin.
        let urdu = "ٹڈڑںھہۃیےۓ ۔،؛؟ ۰۱۲۳۴۵۶۷۸۹ 0123456789 BBC …";
        for style in [URDU.title, URDU.label, URDU.body] {
            let meter = crate::text::Meter::new(URDU.face(style).unwrap()).unwrap();
            assert_eq!(meter.missing(urdu), None, "{style:?}");
        }
        // Persian, Pashto, Sindhi, Uyghur and Arabic letters and digits.
        let others = "پچژگک ټځڅډړږښګڼۍې ڀٺٻٽٿڃڄڇڊڌڍڏڙڦڪڳڱڻ ەۆۇۈۋېى ١٢٣٤ ة ى";
        for style in [ARABIC.title, ARABIC.label, ARABIC.body] {
            let meter = crate::text::Meter::new(ARABIC.face(style).unwrap()).unwrap();
            assert_eq!(meter.missing(others), None, "{style:?}");
        }
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
