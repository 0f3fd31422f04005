//! Where the names go on the locator map: a small, deterministic label placer.
//!
//! Each place's name is tried at fixed spots around its marker, nearest first (right, left, the
//! corners, above, below), then on wider rings with a leader line back to the marker. The first spot
//! that stays inside the drawing and clears every marker, every label and leader already placed, and
//! any fixed obstacle (the scale bar) wins. The most crowded places choose first. Text widths are
//! estimated from a table of character widths on the generous side (wide sans-serif fonts), so the
//! real text fits the box it was given.

use super::projection::Point;

/// A box in drawing units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
}

impl Rect {
    pub fn centred(c: Point, width: f64, height: f64) -> Rect {
        Rect { left: c.x - width / 2.0, top: c.y - height / 2.0, right: c.x + width / 2.0, bottom: c.y + height / 2.0 }
    }
    pub fn width(&self) -> f64 {
        self.right - self.left
    }
    pub fn height(&self) -> f64 {
        self.bottom - self.top
    }
    pub fn centre(&self) -> Point {
        Point { x: (self.left + self.right) / 2.0, y: (self.top + self.bottom) / 2.0 }
    }
    /// The box grown by `d` on every side.
    pub fn grow(&self, d: f64) -> Rect {
        Rect { left: self.left - d, top: self.top - d, right: self.right + d, bottom: self.bottom + d }
    }
    /// The area two boxes share (0 when they only touch or are apart).
    pub fn overlap(&self, other: &Rect) -> f64 {
        let w = self.right.min(other.right) - self.left.max(other.left);
        let h = self.bottom.min(other.bottom) - self.top.max(other.top);
        if w > 0.0 && h > 0.0 {
            w * h
        } else {
            0.0
        }
    }
    pub fn contains(&self, other: &Rect) -> bool {
        other.left >= self.left && other.top >= self.top && other.right <= self.right && other.bottom <= self.bottom
    }
    /// The point of the box nearest to `p`.
    fn nearest(&self, p: Point) -> Point {
        Point { x: p.x.clamp(self.left, self.right), y: p.y.clamp(self.top, self.bottom) }
    }
}

/// A straight line between two points (a leader from a marker to its label).
pub type Segment = (Point, Point);

/// How a set of labels is drawn, in drawing units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    pub font_size: f64,
    /// Bold text is a little wider.
    pub bold: bool,
    /// Extra space after each character.
    pub letter_spacing: f64,
    /// Text shown in capitals (CSS `text-transform`), measured as such.
    pub capitals: bool,
    /// The radius of a marker's dot: labels keep clear of it.
    pub marker_radius: f64,
    /// Room between a label and anything else.
    pub gap: f64,
}

impl Style {
    /// A label's box: the text's estimated width and one line's height, plus a little air.
    pub fn size(&self, text: &str) -> (f64, f64) {
        (text_width(text, self) + self.font_size * 0.3, self.font_size * 1.25)
    }
}

/// The estimated width of a line of text, erring wide.
pub fn text_width(text: &str, style: &Style) -> f64 {
    let em: f64 = text
        .chars()
        .map(|c| {
            let c = if style.capitals { c.to_ascii_uppercase() } else { c };
            char_width(c) + style.letter_spacing / style.font_size
        })
        .sum();
    em * style.font_size * if style.bold { 1.07 } else { 1.0 }
}

/// Character widths in ems, about those of DejaVu Sans (one of the widest common sans-serifs).
fn char_width(c: char) -> f64 {
    match c {
        'i' | 'j' | 'l' | 'I' | 'J' | '.' | ',' | ':' | ';' | '\'' | '’' | '|' | '!' => 0.32,
        ' ' | 'f' | 't' | 'r' | '(' | ')' | '-' | '‐' => 0.40,
        'm' => 0.98,
        'w' => 0.82,
        'M' => 0.87,
        'W' => 1.0,
        'A'..='Z' => 0.76,
        '0'..='9' => 0.64,
        'a'..='z' => 0.63,
        '—' => 1.0,
        _ => 0.72,
    }
}

/// Where one label went.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placed {
    pub rect: Rect,
    /// A line back to the marker, when the label sits away from it.
    pub leader: Option<Segment>,
    /// False when no spot was clear and the least bad one was taken (tests insist this never happens
    /// for the stories we ship).
    pub clear: bool,
}

/// Everything a new label must keep clear of.
struct Taken<'a> {
    markers: &'a [Point],
    labels: Vec<Placed>,
    fixed: &'a [Rect],
    bounds: Rect,
    style: Style,
}

impl Taken<'_> {
    fn marker_box(&self, m: Point) -> Rect {
        Rect::centred(m, 2.0 * self.style.marker_radius, 2.0 * self.style.marker_radius).grow(self.style.gap / 2.0)
    }

    /// How badly a candidate collides (0 when it is clear).
    fn clash(&self, rect: &Rect, leader: Option<Segment>, own: Option<Point>) -> f64 {
        let gap = self.style.gap;
        let mut bad = 0.0;
        if !self.bounds.contains(rect) {
            bad += 1e6 + rect.width() * rect.height() - self.bounds.overlap(rect);
        }
        let padded = rect.grow(gap / 2.0);
        for other in &self.labels {
            bad += padded.overlap(&other.rect.grow(gap / 2.0));
            if let Some(l) = leader {
                bad += 1e3 * f64::from(u8::from(crosses_rect(l, &other.rect.grow(1.0))));
                if let Some(o) = other.leader {
                    bad += 1e3 * f64::from(u8::from(segments_cross(l, o)));
                }
            }
            if let Some(o) = other.leader {
                bad += 1e3 * f64::from(u8::from(crosses_rect(o, &rect.grow(1.0))));
            }
        }
        for &m in self.markers {
            let marker = self.marker_box(m);
            bad += padded.overlap(&marker);
            // A leader may pass over a marker huddled against its own (there is no other way out of a
            // tight cluster), but not over one further away.
            let huddled = own.is_some_and(|o| distance(o, m) < 3.0 * self.style.marker_radius);
            if let (Some(l), false) = (leader, huddled) {
                bad += 1e3 * f64::from(u8::from(crosses_rect(l, &marker)));
            }
            // Without a leader, a label must read as its own marker's: no other marker about as near.
            if let (None, Some(o), false) = (leader, own, huddled) {
                let near = |p: Point| distance(p, rect.nearest(p));
                bad += 1e3 * f64::from(u8::from(near(m) < AMBIGUOUS * near(o)));
            }
        }
        for fixed in self.fixed {
            bad += padded.overlap(fixed);
            if let Some(l) = leader {
                bad += 1e3 * f64::from(u8::from(crosses_rect(l, fixed)));
            }
        }
        bad
    }
}

/// Directions to try, as steps in x and y (each -1..=1); the first eight are tried on every ring.
const DIRECTIONS: [(f64, f64); 16] = [
    (1.0, 0.0),
    (-1.0, 0.0),
    (1.0, -1.0),
    (-1.0, -1.0),
    (1.0, 1.0),
    (-1.0, 1.0),
    (0.0, -1.0),
    (0.0, 1.0),
    (1.0, -0.5),
    (1.0, 0.5),
    (-1.0, -0.5),
    (-1.0, 0.5),
    (0.5, -1.0),
    (-0.5, -1.0),
    (0.5, 1.0),
    (-0.5, 1.0),
];
/// A label without a leader must be this many times nearer its own marker than any other.
const AMBIGUOUS: f64 = 1.5;
/// How many rings of spots to try around a marker.
const RINGS: usize = 8;

/// Places one label per marker (`texts[i]` belongs to `markers[i]`), inside `bounds`, clear of the
/// `fixed` boxes. Returns the labels in the markers' order.
pub fn place_labels(markers: &[Point], texts: &[&str], style: Style, bounds: Rect, fixed: &[Rect]) -> Vec<Placed> {
    assert_eq!(markers.len(), texts.len(), "one text per marker");
    let mut taken = Taken { markers, labels: Vec::new(), fixed, bounds, style };
    let mut out: Vec<Option<Placed>> = vec![None; markers.len()];
    for i in crowded_first(markers, style.font_size * 6.0) {
        let m = markers[i];
        let (w, h) = style.size(texts[i]);
        let mut best: Option<(f64, Placed)> = None;
        'search: for ring in 0..RINGS {
            let reach = style.marker_radius + style.gap + ring as f64 * style.font_size * 0.9;
            let directions = if ring == 0 { &DIRECTIONS[..8] } else { &DIRECTIONS[..] };
            for &(dx, dy) in directions {
                let centre = Point { x: m.x + dx * (reach + w / 2.0), y: m.y + dy * (reach + h / 2.0) };
                let rect = Rect::centred(centre, w, h);
                let leader = (ring > 0).then(|| leader_to(m, &rect, style.marker_radius)).flatten();
                let bad = taken.clash(&rect, leader, Some(m));
                let placed = Placed { rect, leader, clear: bad == 0.0 };
                if best.is_none_or(|(b, _)| bad < b) {
                    best = Some((bad, placed));
                }
                if bad == 0.0 {
                    break 'search;
                }
            }
        }
        let (_, placed) = best.expect("at least one spot is tried");
        taken.labels.push(placed);
        out[i] = Some(placed);
    }
    out.into_iter().map(|p| p.expect("every marker gets a label")).collect()
}

/// Places names centred on given points (country names), each only if it is clear of everything
/// already there and of the names before it; `None` for names left out.
pub fn place_names(
    points: &[Point],
    texts: &[&str],
    style: Style,
    bounds: Rect,
    markers: &[Point],
    labels: &[Placed],
    fixed: &[Rect],
) -> Vec<Option<Rect>> {
    let mut taken = Taken { markers, labels: labels.to_vec(), fixed, bounds, style };
    points
        .iter()
        .zip(texts)
        .map(|(&p, text)| {
            let (w, h) = style.size(text);
            // The point itself, then one or two lines above or below it, then a little to either side.
            let spots = [0.0, -0.4, 0.4].into_iter().flat_map(|kx| {
                [0.0, -1.0, 1.0, -2.0, 2.0].map(|ky| Rect::centred(Point { x: p.x + kx * w, y: p.y + ky * h }, w, h))
            });
            let rect = spots.into_iter().find(|r| taken.clash(r, None, None) == 0.0)?;
            taken.labels.push(Placed { rect, leader: None, clear: true });
            Some(rect)
        })
        .collect()
}

/// Marker indices, those with the most neighbours within `radius` first (ties in their own order).
fn crowded_first(markers: &[Point], radius: f64) -> Vec<usize> {
    let neighbours = |i: usize| {
        markers.iter().enumerate().filter(|&(j, m)| j != i && distance(*m, markers[i]) < radius).count()
    };
    let mut order: Vec<usize> = (0..markers.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(neighbours(i)));
    order
}

/// A leader from the marker's edge to the nearest point of its label, if the label is not touching it.
fn leader_to(m: Point, rect: &Rect, radius: f64) -> Option<Segment> {
    let end = rect.nearest(m);
    let d = distance(m, end);
    (d > radius + 2.0).then(|| {
        let k = radius / d;
        (Point { x: m.x + (end.x - m.x) * k, y: m.y + (end.y - m.y) * k }, end)
    })
}

pub fn distance(a: Point, b: Point) -> f64 {
    ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).sqrt()
}

/// The part of the segment `a`-`b` inside a box (Liang-Barsky), if any.
pub fn clip_segment(a: Point, b: Point, r: &Rect) -> Option<Segment> {
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let (mut t0, mut t1) = (0.0_f64, 1.0_f64);
    for (p, q) in [(-dx, a.x - r.left), (dx, r.right - a.x), (-dy, a.y - r.top), (dy, r.bottom - a.y)] {
        if p == 0.0 {
            if q < 0.0 {
                return None;
            }
        } else {
            let t = q / p;
            if p < 0.0 {
                t0 = t0.max(t);
            } else {
                t1 = t1.min(t);
            }
        }
    }
    (t0 <= t1).then_some((Point { x: a.x + dx * t0, y: a.y + dy * t0 }, Point { x: a.x + dx * t1, y: a.y + dy * t1 }))
}

/// Whether a segment passes through the inside of a box (running along an edge or touching a corner
/// does not count).
pub fn crosses_rect((a, b): Segment, r: &Rect) -> bool {
    clip_segment(a, b, &r.grow(-1e-9)).is_some_and(|(p, q)| p != q)
}

/// Whether two segments cross (touching at an end does not count).
pub fn segments_cross((a, b): Segment, (c, d): Segment) -> bool {
    let turn = |p: Point, q: Point, r: Point| (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
    let (d1, d2) = (turn(c, d, a), turn(c, d, b));
    let (d3, d4) = (turn(a, b, c), turn(a, b, d));
    d1 * d2 < 0.0 && d3 * d4 < 0.0
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    const STYLE: Style = Style { font_size: 15.0, bold: true, letter_spacing: 0.0, capitals: false, marker_radius: 5.0, gap: 3.0 };
    const BOUNDS: Rect = Rect { left: 0.0, top: 0.0, right: 640.0, bottom: 400.0 };

    fn p(x: f64, y: f64) -> Point {
        Point { x, y }
    }

    /// Every guarantee the map relies on, for any set of labels.
    pub(crate) fn assert_clear(markers: &[Point], placed: &[Placed], style: &Style, bounds: &Rect, what: &str) {
        for (i, a) in placed.iter().enumerate() {
            assert!(a.clear, "{what}: label {i} found no clear spot");
            assert!(bounds.contains(&a.rect), "{what}: label {i} leaves the drawing: {:?}", a.rect);
            for (j, b) in placed.iter().enumerate().skip(i + 1) {
                assert_eq!(a.rect.overlap(&b.rect), 0.0, "{what}: labels {i} and {j} overlap");
                if let (Some(la), Some(lb)) = (a.leader, b.leader) {
                    assert!(!segments_cross(la, lb), "{what}: leaders {i} and {j} cross");
                }
            }
            for (j, m) in markers.iter().enumerate() {
                let dot = Rect::centred(*m, 2.0 * style.marker_radius, 2.0 * style.marker_radius);
                assert_eq!(a.rect.overlap(&dot), 0.0, "{what}: label {i} covers marker {j}");
                let near = |m: &Point| distance(*m, a.rect.nearest(*m));
                if a.leader.is_none() && j != i && distance(*m, markers[i]) >= 3.0 * style.marker_radius {
                    assert!(near(m) >= AMBIGUOUS * near(&markers[i]), "{what}: label {i} is as near marker {j} as its own");
                }
            }
        }
    }

    #[test]
    fn a_lone_label_sits_right_of_its_marker() {
        let placed = place_labels(&[p(100.0, 100.0)], &["Kabul"], STYLE, BOUNDS, &[]);
        let r = placed[0].rect;
        assert!(r.left > 100.0 && r.left < 100.0 + 2.0 * STYLE.marker_radius + STYLE.gap, "{r:?}");
        assert!((r.centre().y - 100.0).abs() < 1e-9);
        assert_eq!(placed[0].leader, None);
    }

    #[test]
    fn a_label_at_the_right_edge_goes_left() {
        let placed = place_labels(&[p(630.0, 100.0)], &["Islamabad"], STYLE, BOUNDS, &[]);
        assert!(placed[0].rect.right < 630.0, "{:?}", placed[0].rect);
        assert_clear(&[p(630.0, 100.0)], &placed, &STYLE, &BOUNDS, "edge");
    }

    #[test]
    fn a_tight_cluster_gets_clear_labels_with_leaders() {
        // Seven places within a few units of each other, two of them on the same spot.
        let markers = [p(300.0, 200.0), p(306.0, 203.0), p(296.0, 208.0), p(310.0, 195.0), p(303.0, 210.0), p(300.0, 200.0), p(290.0, 199.0)];
        let texts = ["Islamabad", "Rawalpindi", "Torkham", "Peshawar", "Chaman", "Same spot", "Kabul"];
        let placed = place_labels(&markers, &texts, STYLE, BOUNDS, &[]);
        assert_clear(&markers, &placed, &STYLE, &BOUNDS, "cluster");
        assert!(placed.iter().any(|l| l.leader.is_some()), "a crowd needs leaders");
        for l in placed.iter().filter_map(|l| l.leader) {
            assert!(distance(l.0, l.1) > 0.0);
        }
    }

    #[test]
    fn a_label_never_sits_nearer_another_marker_than_its_own() {
        // Right of A would be next to B; left of A is clear.
        let markers = [p(300.0, 200.0), p(330.0, 196.0)];
        let placed = place_labels(&markers, &["Alpha", "Beta"], STYLE, BOUNDS, &[]);
        assert_clear(&markers, &placed, &STYLE, &BOUNDS, "pair");
        for (i, label) in placed.iter().enumerate().filter(|(_, l)| l.leader.is_none()) {
            let near = |m: Point| distance(m, label.rect.nearest(m));
            let (own, other) = (near(markers[i]), near(markers[1 - i]));
            assert!(other >= AMBIGUOUS * own, "label {i}: own marker {own} away, the other {other}");
        }
    }

    #[test]
    fn labels_keep_off_fixed_obstacles() {
        let scale_bar = Rect { left: 0.0, top: 360.0, right: 200.0, bottom: 400.0 };
        // Right of the marker would touch the bar: the label moves up.
        let markers = [p(100.0, 352.0)];
        let placed = place_labels(&markers, &["Chaman"], STYLE, BOUNDS, &[scale_bar]);
        assert_eq!(placed[0].rect.overlap(&scale_bar), 0.0, "{:?}", placed[0].rect);
        assert!(placed[0].clear);
    }

    #[test]
    fn placement_is_deterministic() {
        let markers = [p(300.0, 200.0), p(306.0, 203.0), p(296.0, 208.0)];
        let texts = ["A", "B", "C"];
        assert_eq!(place_labels(&markers, &texts, STYLE, BOUNDS, &[]), place_labels(&markers, &texts, STYLE, BOUNDS, &[]));
    }

    #[test]
    fn names_are_left_out_rather_than_overlap() {
        let markers = [p(300.0, 200.0)];
        let labels = place_labels(&markers, &["Kabul"], STYLE, BOUNDS, &[]);
        let names = place_names(
            &[p(300.0, 200.0), p(100.0, 100.0), p(104.0, 100.0), p(-60.0, 5.0)],
            &["Afghanistan", "Iran", "Iraq", "Edge"],
            Style { font_size: 11.0, bold: false, letter_spacing: 1.5, capitals: true, ..STYLE },
            BOUNDS,
            &markers,
            &labels,
            &[],
        );
        // Afghanistan moves off the marker (a line up or down); Iraq moves off Iran; Edge is outside.
        let afghanistan = names[0].expect("moved, not dropped");
        assert_eq!(afghanistan.overlap(&labels[0].rect), 0.0);
        let (iran, iraq) = (names[1].unwrap(), names[2].unwrap());
        assert_eq!(iran.overlap(&iraq), 0.0);
        assert_eq!(names[3], None);
    }

    #[test]
    fn widths_err_wide_and_scale_with_the_font() {
        let w = text_width("Islamabad", &STYLE);
        assert!(w > 9.0 * 0.55 * 15.0, "{w}");
        let big = text_width("Islamabad", &Style { font_size: 30.0, ..STYLE });
        assert!((big - 2.0 * w).abs() < 1e-9);
        let caps = Style { capitals: true, bold: false, ..STYLE };
        assert!(text_width("iran", &caps) > text_width("iran", &Style { bold: false, ..STYLE }));
    }

    #[test]
    fn segment_tests() {
        let r = Rect { left: 0.0, top: 0.0, right: 10.0, bottom: 10.0 };
        assert!(crosses_rect((p(-5.0, 5.0), p(15.0, 5.0)), &r));
        assert!(!crosses_rect((p(-5.0, -5.0), p(15.0, -5.0)), &r));
        assert!(!crosses_rect((p(-5.0, 0.0), p(15.0, 0.0)), &r), "running along an edge is outside");
        assert!(segments_cross((p(0.0, 0.0), p(10.0, 10.0)), (p(0.0, 10.0), p(10.0, 0.0))));
        assert!(!segments_cross((p(0.0, 0.0), p(10.0, 10.0)), (p(10.0, 10.0), p(20.0, 0.0))));
    }
}
