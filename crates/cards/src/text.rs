//! Text set on a card: measured with the shipped font's own shaping (the same shaper, harfrust, that
//! resvg lays the text out with), wrapped at spaces, and ended with an ellipsis at a word boundary
//! when it does not fit. A word is never cut and a line is never wider than its measure.

use crate::fonts::Face;

/// Measures runs of text in one face.
pub struct Meter {
    font: harfrust::FontRef<'static>,
    data: harfrust::ShaperData,
}

impl Meter {
    pub fn new(face: &'static Face) -> Result<Meter, String> {
        let font = harfrust::FontRef::new(face.data).map_err(|e| format!("{}: not a font this renderer reads ({e})", face.file))?;
        let data = harfrust::ShaperData::new(&font);
        Ok(Meter { font, data })
    }

    /// The advance width of `text` set at `size` pixels, with the font's kerning and ligatures.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let shaper = self.data.shaper(&self.font).build();
        let mut buffer = harfrust::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        let glyphs = shaper.shape(buffer, harfrust::ShapeOptions::new());
        let units: i64 = glyphs.glyph_positions().iter().map(|p| i64::from(p.x_advance)).sum();
        units as f32 * size / shaper.units_per_em() as f32
    }

    /// The first character of `text` this face has no glyph for.
    pub fn missing(&self, text: &str) -> Option<char> {
        let shaper = self.data.shaper(&self.font).build();
        let mut buffer = harfrust::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        let glyphs = shaper.shape(buffer, harfrust::ShapeOptions::new());
        // Clusters are byte offsets; right-to-left runs come out in visual order, so take the first in the text.
        let at = glyphs.glyph_infos().iter().filter(|g| g.glyph_id == 0).map(|g| g.cluster as usize).min()?;
        text[at..].chars().next()
    }
}

/// Text broken into lines.
#[derive(Debug, Clone, PartialEq)]
pub struct Lines {
    pub lines: Vec<String>,
    /// Whether words were left out (the last line then ends with "…").
    pub shortened: bool,
}

pub const ELLIPSIS: &str = "…";

/// Breaks `text` at spaces into at most `max_lines` lines no wider than `width`, as `measure` gives
/// widths. What does not fit is left out, whole words at a time, and the last line shown ends with an
/// ellipsis (after any trailing punctuation is dropped). A word wider than a line on its own ends the
/// text there.
pub fn wrap(text: &str, width: f32, max_lines: usize, measure: impl Fn(&str) -> f32) -> Lines {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut shortened = false;
    for word in text.split_whitespace() {
        let candidate = if current.is_empty() { word.to_owned() } else { format!("{current} {word}") };
        if measure(&candidate) <= width {
            current = candidate;
            continue;
        }
        if current.is_empty() || lines.len() + 1 >= max_lines || measure(word) > width {
            shortened = true;
            break;
        }
        lines.push(std::mem::replace(&mut current, word.to_owned()));
    }
    if !current.is_empty() {
        lines.push(current);
    }
    if shortened {
        let last = lines.pop().unwrap_or_default();
        lines.push(ellipsised(&last, width, &measure));
    }
    Lines { lines, shortened }
}

/// `line` with "…" after it, dropping its last words until that fits.
fn ellipsised(line: &str, width: f32, measure: &impl Fn(&str) -> f32) -> String {
    let mut words: Vec<&str> = line.split(' ').filter(|w| !w.is_empty()).collect();
    loop {
        let kept = words.join(" ");
        let kept = kept.trim_end_matches(|c: char| c.is_whitespace() || ",;:.–—-".contains(c));
        let candidate = format!("{kept}{ELLIPSIS}");
        if words.is_empty() || measure(&candidate) <= width {
            return candidate;
        }
        words.pop();
    }
}

/// The largest of `sizes` (largest first) at which `text` fits in `max_lines` lines of `width`
/// without being shortened, with its lines; if none does, the smallest, shortened.
pub fn fit(text: &str, width: f32, max_lines: usize, sizes: &[f32], meter: &Meter) -> (f32, Lines) {
    let mut best = None;
    for &size in sizes {
        let lines = wrap(text, width, max_lines, |t| meter.width(t, size));
        let done = !lines.shortened;
        best = Some((size, lines));
        if done {
            break;
        }
    }
    best.unwrap_or((0.0, Lines { lines: Vec::new(), shortened: !text.trim().is_empty() }))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character is 1 wide: widths are character counts.
    fn chars(text: &str) -> f32 {
        text.chars().count() as f32
    }

    #[test]
    fn lines_break_at_spaces_within_the_width() {
        let lines = wrap("the quick brown fox jumps over", 11.0, 5, chars);
        assert_eq!(lines.lines, ["the quick", "brown fox", "jumps over"]);
        assert!(!lines.shortened);
    }

    #[test]
    fn what_does_not_fit_ends_in_an_ellipsis_after_a_whole_word() {
        let lines = wrap("the quick brown fox jumps over the lazy dog", 11.0, 2, chars);
        assert_eq!(lines.lines, ["the quick", "brown fox…"]);
        assert!(lines.shortened);
        for line in &lines.lines {
            assert!(chars(line) <= 11.0, "{line}");
        }
    }

    #[test]
    fn the_ellipsis_drops_a_word_when_it_would_overflow_and_eats_trailing_punctuation() {
        // "quick brownie" fits in 13, but not with the ellipsis after it: "brownie" goes.
        assert_eq!(wrap("quick brownie jump", 13.0, 1, chars).lines, ["quick…"]);
        assert_eq!(wrap("talks: then more", 7.0, 1, chars).lines, ["talks…"]);
    }

    #[test]
    fn a_word_wider_than_the_line_is_never_cut() {
        let lines = wrap("an extraordinarily long word", 10.0, 3, chars);
        assert_eq!(lines.lines, ["an…"]);
        assert_eq!(wrap("extraordinarily", 10.0, 3, chars).lines, ["…"]);
    }

    #[test]
    fn empty_text_is_no_lines() {
        assert_eq!(wrap("  ", 10.0, 2, chars), Lines { lines: vec![], shortened: false });
    }

    #[test]
    fn the_shipped_font_measures_wider_text_wider() {
        let set = &crate::fonts::LATIN;
        let meter = Meter::new(set.face(set.body).unwrap()).unwrap();
        let (i, m) = (meter.width("iiii", 20.0), meter.width("MMMM", 20.0));
        assert!(i > 0.0 && m > 2.0 * i, "{i} {m}");
        assert!((meter.width("MMMM", 40.0) - 2.0 * m).abs() < 0.01);
        assert_eq!(meter.width("", 20.0), 0.0);
    }

    #[test]
    fn fit_takes_the_largest_size_that_needs_no_ellipsis() {
        let set = &crate::fonts::LATIN;
        let meter = Meter::new(set.face(set.title).unwrap()).unwrap();
        let text = "A town switches off its lighthouse";
        let (size, lines) = fit(text, 500.0, 2, &[80.0, 60.0, 40.0], &meter);
        assert!(!lines.shortened);
        assert!(size < 80.0, "{size}: {lines:?}");
        assert!(lines.lines.iter().all(|l| meter.width(l, size) <= 500.0));
        let (size, lines) = fit(&text.repeat(6), 500.0, 2, &[80.0, 60.0, 40.0], &meter);
        assert_eq!(size, 40.0);
        assert!(lines.shortened && lines.lines.len() == 2 && lines.lines[1].ends_with(ELLIPSIS));
    }
}
