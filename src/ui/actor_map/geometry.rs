//! Where everything goes on the actor map: pure, deterministic geometry, the same natively and in the
//! browser (only `+ - * /` and `sqrt`, which IEEE 754 rounds the same everywhere, and numbers written
//! with one decimal).
//!
//! Actors keep the places the content gives them (0..=100 map units, y down); a [`Frame`] maps those
//! onto a drawing: a wide one for desktops and a tall one for phones, where the same map is stretched
//! down the screen so labels and touch targets stay large.

/// A point in drawing units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: f32,
    pub y: f32,
}

impl Point {
    pub const fn new(x: f32, y: f32) -> Point {
        Point { x, y }
    }
    fn plus(self, other: Point) -> Point {
        Point::new(self.x + other.x, self.y + other.y)
    }
    fn minus(self, other: Point) -> Point {
        Point::new(self.x - other.x, self.y - other.y)
    }
    fn times(self, k: f32) -> Point {
        Point::new(self.x * k, self.y * k)
    }
    fn length(self) -> f32 {
        (self.x * self.x + self.y * self.y).sqrt()
    }
    /// The unit vector in this direction (zero stays zero).
    fn unit(self) -> Point {
        let len = self.length();
        if len == 0.0 {
            self
        } else {
            self.times(1.0 / len)
        }
    }
}

/// A box in drawing units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub left: f32,
    pub top: f32,
    pub right: f32,
    pub bottom: f32,
}

impl Rect {
    pub fn around(centre: Point, half_width: f32, half_height: f32) -> Rect {
        Rect { left: centre.x - half_width, top: centre.y - half_height, right: centre.x + half_width, bottom: centre.y + half_height }
    }
    /// The area two boxes share (0 when they only touch or are apart).
    pub fn overlap(&self, other: &Rect) -> f32 {
        let w = self.right.min(other.right) - self.left.max(other.left);
        let h = self.bottom.min(other.bottom) - self.top.max(other.top);
        if w > 0.0 && h > 0.0 {
            w * h
        } else {
            0.0
        }
    }
    /// The area of this box that lies outside `bounds`.
    pub fn outside(&self, bounds: &Rect) -> f32 {
        self.area() - self.overlap(bounds)
    }
    pub fn contains(&self, p: Point) -> bool {
        p.x >= self.left && p.x <= self.right && p.y >= self.top && p.y <= self.bottom
    }
    pub fn area(&self) -> f32 {
        (self.right - self.left).max(0.0) * (self.bottom - self.top).max(0.0)
    }
}

/// How the map is drawn: which drawing the content's map units are mapped onto.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Frame {
    #[default]
    /// Landscape, for a map at least [`Frame::NARROW_BELOW`] pixels wide.
    Wide,
    /// Portrait, for phones: the same map stretched down, with larger type and targets.
    Narrow,
}

/// The measures of one frame, in drawing units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Measures {
    pub width: f32,
    pub height: f32,
    pub pad_x: f32,
    pub pad_top: f32,
    pub pad_bottom: f32,
    /// The radius of a node's shape.
    pub node_radius: f32,
    /// The radius of a node's invisible touch target.
    pub hit_radius: f32,
    pub font_size: f32,
    /// Labels longer than this many characters break onto two lines at a space.
    pub line_chars: usize,
    /// The widest gap between neighbouring curves joining the same two actors.
    pub curve_spacing: f32,
    /// The widest a fan of curves between two actors may spread, from the middle curve to the outer one.
    pub curve_spread: f32,
}

const WIDE: Measures = Measures {
    width: 800.0,
    height: 560.0,
    pad_x: 72.0,
    pad_top: 36.0,
    pad_bottom: 48.0,
    node_radius: 16.0,
    hit_radius: 22.0,
    font_size: 15.0,
    line_chars: 14,
    curve_spacing: 16.0,
    curve_spread: 24.0,
};

const NARROW: Measures = Measures {
    width: 360.0,
    height: 600.0,
    pad_x: 44.0,
    pad_top: 30.0,
    pad_bottom: 40.0,
    node_radius: 14.0,
    hit_radius: 18.0,
    font_size: 14.0,
    line_chars: 9,
    curve_spacing: 12.0,
    curve_spread: 20.0,
};

impl Frame {
    /// Maps narrower than this (in CSS pixels) show the narrow frame: the container query of
    /// `styles/map.css` that picks the frame, with or without the app.
    pub const NARROW_BELOW: i32 = 600;

    pub fn measures(self) -> &'static Measures {
        match self {
            Frame::Wide => &WIDE,
            Frame::Narrow => &NARROW,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Frame::Wide => "wide",
            Frame::Narrow => "narrow",
        }
    }

    /// The SVG `viewBox`.
    pub fn view_box(self) -> String {
        let m = self.measures();
        format!("0 0 {} {}", num(m.width), num(m.height))
    }

    /// Where a content position (map units) lands in the drawing.
    pub fn place(self, position: story::Position) -> Point {
        let m = self.measures();
        let x = m.pad_x + position.x / 100.0 * (m.width - 2.0 * m.pad_x);
        let y = m.pad_top + position.y / 100.0 * (m.height - m.pad_top - m.pad_bottom);
        Point::new(x, y)
    }

    fn bounds(self) -> Rect {
        let m = self.measures();
        Rect { left: 0.0, top: 0.0, right: m.width, bottom: m.height }
    }
}

/// A number as written in SVG, to a tenth of a unit (see [`crate::ui::svg`]).
pub fn num(value: f32) -> String {
    crate::ui::svg::num(f64::from(value))
}

/// Splits a label in two at the space nearest its middle when it is longer than `max_chars`.
pub fn wrap(label: &str, max_chars: usize) -> Vec<&str> {
    if label.chars().count() <= max_chars {
        return vec![label];
    }
    let middle = label.len() / 2;
    let split = label
        .match_indices(' ')
        .map(|(i, _)| i)
        .min_by_key(|i| i.abs_diff(middle));
    match split {
        Some(i) => vec![&label[..i], &label[i + 1..]],
        None => vec![label],
    }
}

/// A generous estimate of how wide a line of the map's bold labels is, in drawing units: widths in em
/// close to DejaVu Sans Bold, the widest of the usual system fonts, so labels fit in narrower ones too.
pub fn text_width(text: &str, font_size: f32) -> f32 {
    let ems: f32 = text
        .chars()
        .map(|c| match c {
            'i' | 'l' | 'j' | 'I' | '|' | '!' | ' ' => 0.35,
            '.' | ',' | '’' | '\'' | ':' | ';' => 0.38,
            '-' => 0.42,
            't' | 'f' => 0.48,
            'r' => 0.5,
            'm' => 1.04,
            'w' => 0.92,
            'M' | 'W' => 1.05,
            c if c.is_uppercase() => 0.78,
            _ => 0.7,
        })
        .sum();
    ems * font_size
}

/// Which side of its node a label sits on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Below,
    Above,
    Right,
    Left,
}

impl Side {
    /// The order sides are tried in: under the node reads best.
    pub const PREFERENCE: [Side; 4] = [Side::Below, Side::Above, Side::Right, Side::Left];

    /// The SVG `text-anchor` for a label on this side.
    pub fn anchor(self) -> &'static str {
        match self {
            Side::Below | Side::Above => "middle",
            Side::Right => "start",
            Side::Left => "end",
        }
    }
}

/// A node's label, placed: its lines, where they go relative to the node's centre, and the box it
/// covers in the drawing.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    pub lines: Vec<&'static str>,
    pub side: Side,
    /// The anchor point of the first line's baseline, relative to the node's centre.
    pub x: f32,
    pub y: f32,
    /// The distance between baselines.
    pub line_height: f32,
    /// The box the label covers, in drawing coordinates.
    pub bounds: Rect,
}

/// Places every node's label on the side of its node where it covers the least of the other nodes,
/// the labels placed before it, the lines (`curves`) and the drawing's edge; the first free side in
/// [`Side::PREFERENCE`] wins. `nodes` are node centres with their label text, in content order (which
/// decides ties).
pub fn place_labels(frame: Frame, nodes: &[(Point, &'static str)], curves: &[Curve]) -> Vec<Label> {
    let m = frame.measures();
    let bounds = frame.bounds();
    let node_boxes: Vec<Rect> = nodes.iter().map(|(p, _)| Rect::around(*p, m.hit_radius, m.hit_radius)).collect();
    let line_points: Vec<Point> = curves.iter().flat_map(|c| c.samples(4.0)).collect();
    let mut placed: Vec<Label> = Vec::with_capacity(nodes.len());
    for (i, (centre, text)) in nodes.iter().enumerate() {
        let lines = wrap(text, m.line_chars);
        let candidates = Side::PREFERENCE.map(|side| label_on(side, *centre, &lines, m));
        let cost = |label: &Label| {
            let nodes: f32 = node_boxes.iter().enumerate().filter(|(j, _)| *j != i).map(|(_, b)| b.overlap(&label.bounds)).sum();
            let labels: f32 = placed.iter().map(|l| l.bounds.overlap(&label.bounds)).sum();
            // Covering a node or a label is far worse than crossing a line (the label's halo keeps it
            // legible over lines): each 4 units of line under the label cost as much as 2×2 units of
            // overlap.
            let crossed = line_points.iter().filter(|p| label.bounds.contains(**p)).count() as f32 * 4.0;
            nodes + labels + crossed + 4.0 * label.bounds.outside(&bounds)
        };
        let mut best = 0;
        let mut best_cost = f32::INFINITY;
        for (k, candidate) in candidates.iter().enumerate() {
            let c = cost(candidate);
            if c < best_cost {
                best = k;
                best_cost = c;
            }
            if c == 0.0 {
                break;
            }
        }
        placed.push(candidates[best].clone());
    }
    placed
}

fn label_on(side: Side, centre: Point, lines: &[&'static str], m: &Measures) -> Label {
    let line_height = m.font_size * 1.15;
    let width = lines.iter().map(|l| text_width(l, m.font_size)).fold(0.0, f32::max) + 4.0;
    let height = line_height * lines.len() as f32;
    // Clear of the node's shape (up to 1.2 radii) and most of its focus ring.
    let gap = m.node_radius * 1.2 + 5.0;
    // Offsets of the box's centre and of the first baseline from the node's centre.
    let ascent = m.font_size * 0.8;
    let (box_dx, box_dy, x) = match side {
        Side::Below => (0.0, gap + height / 2.0, 0.0),
        Side::Above => (0.0, -gap - height / 2.0, 0.0),
        Side::Right => (gap + width / 2.0, 0.0, gap),
        Side::Left => (-gap - width / 2.0, 0.0, -gap),
    };
    let top = box_dy - height / 2.0;
    let box_centre = centre.plus(Point::new(box_dx, box_dy));
    Label {
        lines: lines.to_vec(),
        side,
        x,
        y: top + (line_height - m.font_size) / 2.0 + ascent,
        line_height,
        bounds: Rect::around(box_centre, width / 2.0, height / 2.0),
    }
}

/// One drawn relation: a quadratic curve (straight when it is alone between its two actors), split at
/// its middle so a mark can sit there, and trimmed to stop short of both nodes so the arrowhead shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Curve {
    pub start: Point,
    /// The control point of the whole curve (the path splits it in two at the middle).
    pub control: Point,
    pub middle: Point,
    pub end: Point,
    /// SVG path data: `M start Q c1 middle Q c2 end`.
    pub d: String,
}

impl Curve {
    /// The point at `t` (0 at the start, 1 at the end).
    pub fn at(&self, t: f32) -> Point {
        let u = 1.0 - t;
        self.start.times(u * u).plus(self.control.times(2.0 * u * t)).plus(self.end.times(t * t))
    }

    /// Points along the curve about `step` units apart, ends included.
    pub fn samples(&self, step: f32) -> Vec<Point> {
        let length = self.start.minus(self.middle).length() + self.middle.minus(self.end).length();
        let n = ((length / step) as usize).max(1);
        (0..=n).map(|i| self.at(i as f32 / n as f32)).collect()
    }
}

/// Between the ends of neighbouring curves of a fan, at a node: a tilt of atan(0.4), about 22°.
const END_LEAN: f32 = 0.4;
/// The most the outer end of a fan tilts from the middle one: atan(1.2), about 50°.
const END_SPREAD: f32 = 1.2;

/// Draws relations between placed nodes. `links` are (from, to) indexes into `points`, in drawing
/// order. Links that join the same two nodes (either way) fan out as curves, in the order given, so
/// none of them overlap, and their ends spread around the nodes; a lone link is straight.
pub fn curves(frame: Frame, points: &[Point], links: &[(usize, usize)]) -> Vec<Curve> {
    let m = frame.measures();
    let pair = |(a, b): (usize, usize)| if a <= b { (a, b) } else { (b, a) };
    links
        .iter()
        .enumerate()
        .map(|(i, link)| {
            let key = pair(*link);
            let siblings: Vec<usize> = links.iter().enumerate().filter(|(_, l)| pair(**l) == key).map(|(j, _)| j).collect();
            let n = siblings.len();
            let rank = siblings.iter().position(|j| *j == i).unwrap_or(0);
            let spacing = if n > 1 { m.curve_spacing.min(2.0 * m.curve_spread / (n - 1) as f32) } else { 0.0 };
            let offset = (rank as f32 - (n - 1) as f32 / 2.0) * spacing;
            // Offsets are measured in the pair's own frame (from its lower index to its higher), so
            // links in both directions share one fan.
            let (low, high) = (points[key.0], points[key.1]);
            let normal = {
                let along = high.minus(low).unit();
                Point::new(-along.y, along.x)
            };
            let (from, to) = (points[link.0], points[link.1]);
            // The ends of a fan spread around each node too, so its arrowheads do not pile up: each
            // end leaves its node tilted towards the curve's side (a tilt of `lean` is atan(lean)).
            let lean = if n > 1 { (rank as f32 - (n - 1) as f32 / 2.0) * END_LEAN.min(2.0 * END_SPREAD / (n - 1) as f32) } else { 0.0 };
            let leave = |at: Point, toward: Point| toward.minus(at).unit().plus(normal.times(lean)).unit();
            let start = from.plus(leave(from, to).times(m.node_radius + 4.0));
            let end = to.plus(leave(to, from).times(m.node_radius + 6.0));
            // Bend the trimmed curve so its middle sits exactly `offset` off the line between the centres.
            let middle = from.plus(to).times(0.5).plus(normal.times(offset));
            let control = middle.times(4.0).minus(start).minus(end).times(0.5);
            let c1 = start.plus(control).times(0.5);
            let c2 = control.plus(end).times(0.5);
            let p = |p: Point| format!("{} {}", num(p.x), num(p.y));
            let d = format!("M{} Q{} {} Q{} {}", p(start), p(c1), p(middle), p(c2), p(end));
            Curve { start, control, middle, end, d }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pos(x: f32, y: f32) -> story::Position {
        story::Position { x, y }
    }

    #[test]
    fn frames_map_the_corners_inside_the_padding() {
        for frame in [Frame::Wide, Frame::Narrow] {
            let m = frame.measures();
            assert_eq!(frame.place(pos(0.0, 0.0)), Point::new(m.pad_x, m.pad_top));
            assert_eq!(frame.place(pos(100.0, 100.0)), Point::new(m.width - m.pad_x, m.height - m.pad_bottom));
        }
        assert_eq!(Frame::Wide.view_box(), "0 0 800 560");
    }

    #[test]
    fn narrow_maps_get_the_tall_frame() {
        // The styles pick the frame at the width this module names.
        let css = include_str!("../../../styles/map.css");
        let query = format!("@container (max-width: {}.98px) {{\n  .map-svg.frame-wide {{\n    display: none;", Frame::NARROW_BELOW - 1);
        assert!(css.contains(&query), "styles/map.css shows the narrow frame below {} px", Frame::NARROW_BELOW);
        let narrow = Frame::Narrow.measures();
        assert!(narrow.height > narrow.width, "the phone frame is portrait");
    }

    #[test]
    fn numbers_have_at_most_one_decimal_and_no_negative_zero() {
        assert_eq!(num(1.0), "1");
        assert_eq!(num(2.25), "2.3");
        assert_eq!(num(-0.01), "0");
        assert_eq!(num(-3.46), "-3.5");
    }

    #[test]
    fn long_labels_break_at_the_space_nearest_the_middle() {
        assert_eq!(wrap("TTP", 9), vec!["TTP"]);
        assert_eq!(wrap("Int’l community", 9), vec!["Int’l", "community"]);
        assert_eq!(wrap("Khawaja Asif", 9), vec!["Khawaja", "Asif"]);
        assert_eq!(wrap("Hard-liners", 9), vec!["Hard-liners"], "no space: one line");
        assert_eq!(wrap("a b c d e f", 5), vec!["a b c", "d e f"]);
    }

    #[test]
    fn a_label_goes_below_unless_something_is_there() {
        let frame = Frame::Wide;
        let a = Point::new(200.0, 200.0);
        let alone = place_labels(frame, &[(a, "Alone")], &[]);
        assert_eq!(alone[0].side, Side::Below);
        assert!(alone[0].bounds.top > a.y + frame.measures().node_radius);
        // A node right under it pushes the label above.
        let under = Point::new(200.0, 240.0);
        let both = place_labels(frame, &[(a, "Top"), (under, "Under")], &[]);
        assert_eq!(both[0].side, Side::Above);
        assert_eq!(both[1].side, Side::Below);
        // At the bottom edge a label goes above rather than off the drawing.
        let low = Point::new(400.0, 550.0);
        assert_eq!(place_labels(frame, &[(low, "Low")], &[])[0].side, Side::Above);
        // A line leaving straight down pushes it off too.
        let down = curves(frame, &[a, Point::new(200.0, 400.0)], &[(0, 1)]);
        assert_eq!(place_labels(frame, &[(a, "Alone")], &down)[0].side, Side::Above);
    }

    #[test]
    fn a_curve_passes_through_its_ends_and_its_middle() {
        let frame = Frame::Wide;
        let c = &curves(frame, &[Point::new(0.0, 0.0), Point::new(100.0, 0.0)], &[(0, 1), (1, 0)])[0];
        assert_eq!(c.at(0.0), c.start);
        assert_eq!(c.at(1.0), c.end);
        let mid = c.at(0.5);
        assert!((mid.x - c.middle.x).abs() < 0.01 && (mid.y - c.middle.y).abs() < 0.01, "{mid:?} {c:?}");
        let samples = c.samples(4.0);
        assert!(samples.len() >= 15, "about 60 units in steps of 4: {}", samples.len());
        assert_eq!(samples[0], c.start);
    }

    #[test]
    fn lone_links_are_straight_and_shared_pairs_fan_out() {
        let frame = Frame::Wide;
        let points = [Point::new(100.0, 100.0), Point::new(300.0, 100.0), Point::new(100.0, 300.0)];
        let curves = curves(frame, &points, &[(0, 1), (1, 0), (0, 2)]);
        // The lone link is straight: its middle is on the line, and it is trimmed at both ends.
        let lone = &curves[2];
        assert_eq!(lone.middle.x, 100.0);
        assert!(lone.start.y > 100.0 + frame.measures().node_radius);
        assert!(lone.end.y < 300.0 - frame.measures().node_radius);
        // The two links between 0 and 1, one each way, bend to opposite sides.
        let (a, b) = (&curves[0], &curves[1]);
        assert!((a.middle.y - 100.0) * (b.middle.y - 100.0) < 0.0, "{a:?} {b:?}");
        assert!(((a.middle.y - b.middle.y).abs() - frame.measures().curve_spacing).abs() < 0.01);
        assert!(a.d.starts_with('M') && a.d.matches('Q').count() == 2);
    }

    #[test]
    fn a_large_fan_stays_within_its_spread() {
        let frame = Frame::Narrow;
        let m = frame.measures();
        let points = [Point::new(50.0, 50.0), Point::new(250.0, 50.0)];
        let links = vec![(0, 1); 8];
        let curves = curves(frame, &points, &links);
        let offsets: Vec<f32> = curves.iter().map(|c| c.middle.y - 50.0).collect();
        assert!(offsets.windows(2).all(|w| w[1] > w[0]), "fanned in order: {offsets:?}");
        assert!(offsets.iter().all(|o| o.abs() <= m.curve_spread + 0.01), "{offsets:?}");
    }

    #[test]
    fn the_ends_of_a_fan_spread_around_the_node() {
        let frame = Frame::Wide;
        let m = frame.measures();
        let (a, b) = (Point::new(100.0, 100.0), Point::new(400.0, 100.0));
        let curves = curves(frame, &[a, b], &[(0, 1); 8]);
        // Every arrowhead sits on the same ring around the target, in the fan's order, and the
        // neighbours are apart (2 units apart when only the middles fanned out, 3.7 to 7.4 now).
        let ends: Vec<Point> = curves.iter().map(|c| c.end).collect();
        for end in &ends {
            assert!((end.minus(b).length() - (m.node_radius + 6.0)).abs() < 0.01, "{end:?}");
        }
        assert!(ends.windows(2).all(|w| w[1].y > w[0].y), "in order: {ends:?}");
        let gaps: Vec<f32> = ends.windows(2).map(|w| w[1].minus(w[0]).length()).collect();
        assert!(gaps.iter().all(|g| *g > 3.5), "{gaps:?}");
        // The outer ends lean at most atan(END_SPREAD) from the line between the nodes.
        let outer = ends[7].minus(b);
        assert!(outer.y / -outer.x <= END_SPREAD + 0.01, "{outer:?}");
        // Each curve still leaves on its own side, the middle one of an odd fan straight.
        let lone = &super::curves(frame, &[a, b], &[(0, 1)])[0];
        assert_eq!(lone.end, Point::new(400.0 - m.node_radius - 6.0, 100.0));
    }
}
