//! Text set on a card: measured with the shipped font's own shaping (the same shaper, harfrust, that
//! resvg lays the text out with), wrapped at spaces, and ended with an ellipsis at a word boundary
//! when it does not fit. A word is never cut and a line is never wider than its measure. Its ink is
//! measured too, column by column from the glyphs' outlines, so lines of a script whose letters rise
//! and fall as far as Nastaliq's can be set clear of each other.

use crate::fonts::Face;

/// Measures runs of text in one face.
pub struct Meter {
    font: harfrust::FontRef<'static>,
    data: harfrust::ShaperData,
    outlines: Outlines,
}

impl Meter {
    pub fn new(face: &'static Face) -> Result<Meter, String> {
        let font = harfrust::FontRef::new(face.data).map_err(|e| format!("{}: not a font this renderer reads ({e})", face.file))?;
        let data = harfrust::ShaperData::new(&font);
        let outlines = Outlines::new(face.data).ok_or_else(|| format!("{}: no TrueType outlines (glyf and loca tables) to measure", face.file))?;
        Ok(Meter { font, data, outlines })
    }

    fn shape(&self, text: &str) -> (harfrust::GlyphBuffer, f32) {
        let shaper = self.data.shaper(&self.font).build();
        let mut buffer = harfrust::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        (shaper.shape(buffer, harfrust::ShapeOptions::new()), shaper.units_per_em() as f32)
    }

    /// The advance width of `text` set at `size` pixels, with the font's kerning and ligatures.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let (glyphs, units_per_em) = self.shape(text);
        let units: i64 = glyphs.glyph_positions().iter().map(|p| i64::from(p.x_advance)).sum();
        units as f32 * size / units_per_em
    }

    /// The ink of `text` set at `size` pixels, column by column: its glyphs' outlines where the
    /// shaper puts them, so a Nastaliq word's rise to the right counts, and so do marks stacked over
    /// its letters, each where it is along the line.
    pub fn ink(&self, text: &str, size: f32) -> Ink {
        let (glyphs, units_per_em) = self.shape(text);
        let scale = size / units_per_em;
        let mut pen = 0i32;
        let mut boxes = Vec::new();
        // The shaper gives glyphs in visual order, left to right, whatever the text's direction.
        for (info, position) in glyphs.glyph_infos().iter().zip(glyphs.glyph_positions()) {
            let at = [1.0, 0.0, 0.0, 1.0, (pen + position.x_offset) as f32, position.y_offset as f32];
            self.outlines.boxes(info.glyph_id, at, 0, &mut boxes);
            pen += position.x_advance;
        }
        Ink::of(boxes.iter().map(|&[x0, y0, x1, y1]| [x0 * scale, y0 * scale, x1 * scale, y1 * scale]))
    }

    /// How far the ink of `text` set at `size` pixels reaches above its baseline and below it (both
    /// positive, 0 for no ink).
    pub fn extent(&self, text: &str, size: f32) -> (f32, f32) {
        self.ink(text, size).reach()
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

/// A line's ink as a profile: in each pixel-wide column along it, from its left end (its start when
/// it runs left to right, its end when right to left), how far the ink reaches above the baseline and
/// below it (positive up and down; minus infinity where a column has none).
#[derive(Debug, Clone, PartialEq)]
pub struct Ink {
    /// The first column's left edge, in whole pixels from the line's left end (a tail may reach left of it).
    pub start: i32,
    /// Each column's reach (up, down).
    pub columns: Vec<(f32, f32)>,
}

impl Ink {
    /// The ink of boxes (left, bottom, right, top; y up) around the pieces of a line's outlines.
    pub fn of(boxes: impl Iterator<Item = [f32; 4]> + Clone) -> Ink {
        let (start, end) = boxes.clone().fold((i32::MAX, i32::MIN), |(s, e), [x0, _, x1, _]| (s.min(x0.floor() as i32), e.max(x1.floor() as i32)));
        if start > end {
            return Ink { start: 0, columns: Vec::new() };
        }
        let mut columns = vec![(f32::NEG_INFINITY, f32::NEG_INFINITY); (end - start + 1) as usize];
        for [x0, y0, x1, y1] in boxes {
            for column in &mut columns[(x0.floor() as i32 - start) as usize..=(x1.floor() as i32 - start) as usize] {
                *column = (column.0.max(y1), column.1.max(-y0));
            }
        }
        Ink { start, columns }
    }

    /// How far it reaches above the baseline and below it, anywhere (0 for none).
    pub fn reach(&self) -> (f32, f32) {
        self.columns.iter().fold((0.0f32, 0.0f32), |(up, down), c| (up.max(c.0), down.max(c.1)))
    }
}

/// How far below one line's baseline the next's must be for no ink of `below` to come within `gap`
/// of ink of `above`, across or down (the lines' left ends at `above_left` and `below_left`); 0 where
/// neither has ink over the other.
pub fn clearance(above: &Ink, above_left: f32, below: &Ink, below_left: f32, gap: f32) -> f32 {
    let mut least = 0.0f32;
    let shift = below_left - above_left;
    let reach = gap.ceil() as i32 + 1;
    for (i, &(up, _)) in below.columns.iter().enumerate() {
        if up == f32::NEG_INFINITY {
            continue;
        }
        // The column's left edge from `above`'s left end, and the columns of `above` within the gap of it.
        let x = (below.start + i as i32) as f32 + shift;
        let first = (x.floor() as i32 - reach - above.start).max(0);
        let last = (x.floor() as i32 + reach - above.start).min(above.columns.len() as i32 - 1);
        for j in first..=last {
            let down = above.columns[j as usize].1;
            if down > f32::NEG_INFINITY {
                least = least.max(down + up + gap);
            }
        }
    }
    least
}

/// The outline boxes of a TrueType font's glyphs, read from its `glyf` table through `loca`.
struct Outlines {
    data: &'static [u8],
    glyf: usize,
    loca: usize,
    /// `loca` holds 32-bit offsets (else 16-bit halves).
    long: bool,
    glyphs: u32,
}

impl Outlines {
    fn new(data: &'static [u8]) -> Option<Outlines> {
        let u16_at = |at: usize| Some(u16::from_be_bytes(data.get(at..at + 2)?.try_into().ok()?));
        let u32_at = |at: usize| Some(u32::from_be_bytes(data.get(at..at + 4)?.try_into().ok()?));
        let table = |tag: &[u8; 4]| (0..usize::from(u16_at(4)?)).map(|i| 12 + 16 * i).find(|&at| data.get(at..at + 4) == Some(tag)).and_then(|at| u32_at(at + 8)).map(|o| o as usize);
        let (head, maxp) = (table(b"head")?, table(b"maxp")?);
        Some(Outlines { data, glyf: table(b"glyf")?, loca: table(b"loca")?, long: u16_at(head + 50)? == 1, glyphs: u32::from(u16_at(maxp + 4)?) })
    }

    /// Boxes around the pieces of a glyph's outline (left, bottom, right, top, in font units, y up),
    /// moved by `at` (an affine transform a b c d e f: x' = a x + c y + e, y' = b x + d y + f): each
    /// straight piece's, and each curve's with its control point. Together they hold the outline.
    fn boxes(&self, glyph: u32, at: [f32; 6], depth: u8, out: &mut Vec<[f32; 4]>) -> Option<()> {
        if glyph >= self.glyphs || depth > 8 {
            return None;
        }
        let read = |at: usize, n: usize| self.data.get(at..at + n);
        let u16_at = |at: usize| Some(u16::from_be_bytes(read(at, 2)?.try_into().ok()?));
        let i16_at = |at: usize| Some(i16::from_be_bytes(read(at, 2)?.try_into().ok()?));
        let offset = |i: usize| -> Option<usize> {
            Some(if self.long { u32::from_be_bytes(read(self.loca + 4 * i, 4)?.try_into().ok()?) as usize } else { 2 * usize::from(u16_at(self.loca + 2 * i)?) })
        };
        let (start, end) = (offset(glyph as usize)?, offset(glyph as usize + 1)?);
        if end <= start {
            return None;
        }
        let g = self.glyf + start;
        let contours = i16_at(g)?;
        let [a, b, c, d, e, f] = at;
        let point = |x: f32, y: f32| (a * x + c * y + e, b * x + d * y + f);
        if contours < 0 {
            // A composite: other glyphs, each moved (point-matched ones are left where they are).
            let mut p = g + 10;
            loop {
                let (flags, component) = (u16_at(p)?, u16_at(p + 2)?);
                p += 4;
                let (dx, dy) = if flags & 0x0001 != 0 {
                    p += 4;
                    (i16_at(p - 4)? as f32, i16_at(p - 2)? as f32)
                } else {
                    p += 2;
                    (*read(p - 2, 1)?.first()? as i8 as f32, *read(p - 1, 1)?.first()? as i8 as f32)
                };
                let (dx, dy) = if flags & 0x0002 != 0 { (dx, dy) } else { (0.0, 0.0) };
                let f2dot14 = |at: usize| Some(i16_at(at)? as f32 / 16384.0);
                let (ca, cb, cc, cd) = if flags & 0x0008 != 0 {
                    p += 2;
                    let s = f2dot14(p - 2)?;
                    (s, 0.0, 0.0, s)
                } else if flags & 0x0040 != 0 {
                    p += 4;
                    (f2dot14(p - 4)?, 0.0, 0.0, f2dot14(p - 2)?)
                } else if flags & 0x0080 != 0 {
                    p += 8;
                    (f2dot14(p - 8)?, f2dot14(p - 6)?, f2dot14(p - 4)?, f2dot14(p - 2)?)
                } else {
                    (1.0, 0.0, 0.0, 1.0)
                };
                // This transform after the component's own.
                let (e2, f2) = point(dx, dy);
                let moved = [a * ca + c * cb, b * ca + d * cb, a * cc + c * cd, b * cc + d * cd, e2, f2];
                self.boxes(u32::from(component), moved, depth + 1, out);
                if flags & 0x0020 == 0 {
                    return Some(());
                }
            }
        }
        // A simple glyph: its contours' ends, its instructions (skipped), flags, then x and y deltas.
        let contours = contours as usize;
        let ends: Vec<usize> = (0..contours).map(|i| u16_at(g + 10 + 2 * i).map(usize::from)).collect::<Option<_>>()?;
        let points = ends.last().map_or(0, |e| e + 1);
        let mut p = g + 10 + 2 * contours;
        p += 2 + usize::from(u16_at(p)?);
        let mut flags = Vec::with_capacity(points);
        while flags.len() < points {
            let flag = *read(p, 1)?.first()?;
            p += 1;
            let repeat = if flag & 0x08 != 0 {
                p += 1;
                usize::from(*read(p - 1, 1)?.first()?)
            } else {
                0
            };
            for _ in 0..=repeat {
                flags.push(flag);
            }
        }
        flags.truncate(points);
        let mut coordinates = |short: u8, same: u8| -> Option<Vec<f32>> {
            let mut value = 0i32;
            let mut out = Vec::with_capacity(points);
            for &flag in &flags {
                if flag & short != 0 {
                    let delta = i32::from(*read(p, 1)?.first()?);
                    p += 1;
                    value += if flag & same != 0 { delta } else { -delta };
                } else if flag & same == 0 {
                    value += i32::from(i16_at(p)?);
                    p += 2;
                }
                out.push(value as f32);
            }
            Some(out)
        };
        let xs = coordinates(0x02, 0x10)?;
        let ys = coordinates(0x04, 0x20)?;
        let mut first = 0;
        for &last in &ends {
            let n = last + 1 - first;
            let at = |i: usize| point(xs[first + i % n], ys[first + i % n]);
            let on = |i: usize| flags[first + i % n] & 0x01 != 0;
            for i in 0..n {
                // Each piece from a point to the next; an off-curve point's curve lies within the box of
                // it and its neighbours (the curve's ends are on the lines to them).
                let mut box_of = vec![at(i), at(i + 1)];
                if !on(i) {
                    box_of.push(at(i + n - 1));
                }
                let (x0, x1) = box_of.iter().fold((f32::MAX, f32::MIN), |(l, r), p| (l.min(p.0), r.max(p.0)));
                let (y0, y1) = box_of.iter().fold((f32::MAX, f32::MIN), |(l, r), p| (l.min(p.1), r.max(p.1)));
                out.push([x0, y0, x1, y1]);
            }
            first = last + 1;
        }
        Some(())
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
        let kept = kept.trim_end_matches(|c: char| c.is_whitespace() || ",;:.–—-،؛۔".contains(c));
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
        // Urdu's comma and full stop go too.
        assert_eq!(wrap("بلدیہ، پل بند۔ اور", 9.0, 1, chars).lines, ["بلدیہ…"]);
        assert_eq!(wrap("پل بند۔ اور", 7.0, 1, chars).lines, ["پل بند…"]);
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
    fn the_extent_of_text_is_where_its_ink_reaches() {
        let set = &crate::fonts::LATIN;
        let meter = Meter::new(set.face(set.body).unwrap()).unwrap();
        let (x_up, x_down) = meter.extent("xxx", 100.0);
        let (cap_up, _) = meter.extent("XXX", 100.0);
        let (accent_up, _) = meter.extent("ÉÉ", 100.0);
        let (_, g_down) = meter.extent("ggg", 100.0);
        assert!(x_up > 45.0 && x_up < 60.0 && x_down.abs() < 2.0, "{x_up} {x_down}");
        assert!(cap_up > x_up && accent_up > cap_up && accent_up < 100.0, "{cap_up} {accent_up}");
        assert!(g_down > 15.0 && g_down < 30.0, "{g_down}");
        assert_eq!(meter.extent("", 100.0), (0.0, 0.0));
        assert_eq!(meter.extent("   ", 100.0), (0.0, 0.0));
        // Nastaliq's words rise to the right: a long one starting with a tall letter reaches far higher
        // than a short one.
        let urdu = &crate::fonts::URDU;
        let nastaliq = Meter::new(urdu.face(urdu.title).unwrap()).unwrap();
        let (short, _) = nastaliq.extent("بند", 100.0);
        let (long, _) = nastaliq.extent("کشمیر", 100.0);
        assert!(long > 1.5 * short && long > 180.0, "{short} {long}");
        // Its columns run from the line's left end to its right, within its advance; where there is
        // no ink (between words, inside an "H") they are empty.
        let ink = meter.ink("H i", 100.0);
        let width = meter.width("H i", 100.0);
        let columns = ink.start..ink.start + ink.columns.len() as i32;
        assert!(columns.start >= 0 && columns.start < 15 && columns.end as f32 <= width + 1.0 && columns.end as f32 > width - 15.0, "{columns:?} {width}");
        let empty = ink.columns.iter().filter(|c| c.0 == f32::NEG_INFINITY).count();
        assert!(empty > 20, "the space between H and i: {empty} empty columns");
        let h = meter.extent("H", 100.0).0;
        let middle = ink.columns.iter().take(40).filter(|c| c.0 > 0.0 && c.0 < 0.7 * h).count();
        assert!(middle > 10, "the H's bar holds the ink at mid-height between its stems: {middle}");
    }

    #[test]
    fn lines_clear_each_others_ink_where_one_is_under_the_other() {
        // Two boxes of ink above: 0..10 px reaching 3 down, 20..30 px reaching 9 down.
        let above = Ink::of([[0.0, -3.0, 9.5, 8.0], [20.0, -9.0, 29.5, 8.0]].into_iter());
        let tall = |left: f32, right: f32| Ink::of([[left, 0.0, right, 12.0]].into_iter());
        // Under the first only: its descent, the tall box's ascent and the gap.
        assert_eq!(clearance(&above, 0.0, &tall(0.0, 9.5), 0.0, 1.0), 16.0);
        // Under the second, which reaches lower (the line moved 20 px right).
        assert_eq!(clearance(&above, 0.0, &tall(0.0, 9.5), 20.0, 1.0), 22.0);
        // Between them, with room either side: under neither.
        assert_eq!(clearance(&above, 0.0, &tall(13.0, 15.5), 0.0, 1.0), 0.0);
        // …but within a gap of one is under it.
        assert_eq!(clearance(&above, 0.0, &tall(13.0, 15.5), 0.0, 3.0), 18.0);
        assert_eq!(clearance(&Ink::of(std::iter::empty()), 0.0, &tall(0.0, 10.0), 0.0, 1.0), 0.0);
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
