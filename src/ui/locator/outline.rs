//! The outline under the markers as SVG path data: land, borders and the points for country names
//! from Natural Earth ([`super::world`]), at the scale that suits the frame, projected onto it,
//! clipped to it and simplified; or, where the frame shows no land at all, a plain grid of parallels
//! and meridians.
//!
//! Coordinates are rounded to whole units (a unit is a pixel of the 640-wide drawing at full size, so
//! the error is at most half a pixel) and written relative to the previous point, so the paths are
//! compact and the same on every platform.

use super::labels::{clip_segment, Rect};
use super::projection::{round, Frame, Point};
use super::world::{world, Bounds, LonLat, Scale, World};

/// How far outside the drawing lines are still kept (the SVG viewport hides the rest).
const MARGIN: f64 = 8.0;
/// Points closer than this to the previous one (in tenths of a unit) are dropped.
const MIN_STEP: i32 = 10;
/// The grid points snap to, in tenths of a unit: whole units.
const SNAP: f64 = 10.0;
/// Douglas-Peucker tolerance, in units: no point of a simplified line is farther than this from the
/// line it stands for.
const TOLERANCE: f64 = 3.0;
/// Land rings smaller than this (in square units, after clipping) are too small to see and dropped.
const MIN_RING_AREA: f64 = 5.0;
/// The largest frame (its longer side, in degrees of latitude) drawn from each scale; larger ones
/// get the small scale.
const LARGE_SPAN: f64 = 16.0;
const MEDIUM_SPAN: f64 = 90.0;
/// Country names stay this far inside the drawing, and a country is named only if this share of the
/// drawing (or more) is its land, or if one of the places is in it (or this close to its coast or
/// border, in units).
const LABEL_INSET: f64 = 6.0;
const MIN_LABEL_SHARE: f64 = 0.004;
const NEAR_PLACE: f64 = 4.0;

/// What the map is drawn on.
#[derive(Debug, Clone, PartialEq)]
pub struct Outline {
    pub scale: Scale,
    /// The land as one path (closed rings, to be filled with the even-odd rule).
    pub land: String,
    /// The borders between countries as one path of open lines.
    pub borders: String,
    /// The countries the drawing shows enough of or that hold a place, biggest first, each with the
    /// point inside it (its largest part in the drawing) farthest from that part's edges.
    pub countries: Vec<(&'static str, Point)>,
}

/// The scale of Natural Earth for a frame: finer for smaller frames.
pub fn scale_for(frame: &Frame) -> Scale {
    let span = (frame.north - frame.south).max((frame.east - frame.west) * frame.kx);
    if span <= LARGE_SPAN {
        Scale::Large
    } else if span <= MEDIUM_SPAN {
        Scale::Medium
    } else {
        Scale::Small
    }
}

/// The outline of the world for a frame with these places (projected) on it.
pub fn draw(frame: &Frame, places: &[Point]) -> Outline {
    let world = world(scale_for(frame));
    let view = View::new(frame);
    let mut land = String::new();
    for ring in world.land.iter().flatten() {
        for points in view.rings(world, ring) {
            let clipped = clip_ring(&points, view.clip);
            if clipped.len() < 3 || area(&clipped) < MIN_RING_AREA {
                continue;
            }
            let tenths = decimate(&simplify_ring(&clipped, TOLERANCE));
            if tenths.len() >= 3 {
                write_ring(&mut land, &tenths, &view.seams);
            }
        }
    }
    let mut borders = String::new();
    for &arc in &world.borders {
        let arc = &world.arcs[arc];
        if view.offsets(arc.bounds).next().is_none() {
            continue;
        }
        let (line, bounds) = unwrapped(arc.points.clone());
        for offset in view.offsets(bounds) {
            let points: Vec<Point> = line.iter().map(|&p| view.project(p, offset)).collect();
            for piece in clip_line(&points, view.clip) {
                let tenths = decimate(&simplify(&piece, TOLERANCE));
                if tenths.len() >= 2 {
                    write_line(&mut borders, &tenths);
                }
            }
        }
    }
    Outline { scale: world.scale, land, borders, countries: countries(world, &view, places) }
}

/// The countries worth naming, biggest first (ties by name, so the order is the same every time).
fn countries(world: &'static World, view: &View, places: &[Point]) -> Vec<(&'static str, Point)> {
    let frame = view.frame;
    let inner = [LABEL_INSET, LABEL_INSET, frame.width - LABEL_INSET, frame.height - LABEL_INSET];
    let min_area = MIN_LABEL_SHARE * frame.width * frame.height;
    let mut named: Vec<(&'static str, Point, f64)> = Vec::new();
    for country in &world.countries {
        let mut best: Option<(f64, Vec<Point>)> = None;
        let mut holds_a_place = false;
        for outer in country.polygons.iter().filter_map(|p| p.first()) {
            for points in view.rings(world, outer) {
                let clipped = clip_ring(&points, inner);
                if clipped.len() < 3 {
                    continue;
                }
                holds_a_place |= places.iter().any(|&p| inside(p, &clipped) || edge_distance(p, &clipped) < NEAR_PLACE);
                let a = area(&clipped);
                if a > best.as_ref().map_or(0.0, |b| b.0) {
                    best = Some((a, clipped));
                }
            }
        }
        let Some((a, ring)) = best.filter(|b| b.0 >= min_area || holds_a_place) else { continue };
        if let Some(p) = farthest_inside(&simplify_ring(&ring, 1.0)) {
            named.push((country.name.as_str(), p, a));
        }
    }
    named.sort_by(|a, b| b.2.total_cmp(&a.2).then(a.0.cmp(b.0)));
    named.into_iter().map(|(name, p, _)| (name, p)).collect()
}

/// A frame as the outline sees it: where data must lie to show, and how it is projected.
struct View<'a> {
    frame: &'a Frame,
    /// The clipping box in units: the drawing plus a margin, as (left, top, right, bottom).
    clip: [f64; 4],
    /// The same box in degrees (west, south, east, north; east may be past 180).
    degrees: Bounds,
    /// Where the data's edges are in the drawing, in tenths of a unit as the rings are snapped: the
    /// 180° meridian (each turn of it) and the poles.
    seams: Seams,
}

/// The lines along which the data cuts shapes that go on in reality: land there is not coast.
struct Seams {
    x: Vec<i32>,
    y: Vec<i32>,
}

impl<'a> View<'a> {
    fn new(frame: &'a Frame) -> Self {
        let (mx, my) = (MARGIN / (frame.kx * frame.scale), MARGIN / frame.scale);
        let snap = |v: f64| (round(v * 10.0 / SNAP) * SNAP) as i32;
        let x = (-3..=3).map(|k| snap(frame.project_unwrapped(0.0, 180.0 + 360.0 * f64::from(k)).x)).collect();
        let y = [90.0, -90.0].into_iter().map(|lat| snap(frame.project_unwrapped(lat, 0.0).y)).collect();
        View {
            frame,
            clip: [-MARGIN, -MARGIN, frame.width + MARGIN, frame.height + MARGIN],
            degrees: [frame.west - mx, frame.south - my, frame.east + mx, frame.north + my],
            seams: Seams { x, y },
        }
    }

    /// The turns of longitude (-720 to 720) by which data in these bounds shows in the frame: a
    /// frame across the 180° meridian shows data from both ends of the map's longitudes, and a
    /// shape that runs on past 180° ([`unwrapped`]) may show a turn back.
    fn offsets(&self, [w, s, e, n]: Bounds) -> impl Iterator<Item = f64> {
        let [fw, fs, fe, fn_] = self.degrees;
        let lat = s <= fn_ && n >= fs;
        [-720.0, -360.0, 0.0, 360.0, 720.0].into_iter().filter(move |o| lat && w + o <= fe && e + o >= fw)
    }

    fn project(&self, [lon, lat]: LonLat, offset: f64) -> Point {
        self.frame.project_unwrapped(lat, lon + offset)
    }

    /// A ring projected once for each turn of longitude in which it shows.
    fn rings(&self, world: &World, ring: &[i32]) -> Vec<Vec<Point>> {
        if self.offsets(world.ring_bounds(ring)).next().is_none() {
            return Vec::new();
        }
        let (mut points, mut bounds) = unwrapped(world.ring(ring));
        if let (Some(&[first, _]), Some(&[last, _])) = (points.first(), points.last()) {
            if (last - first).abs() > 180.0 {
                // The ring goes once round the globe (Antarctica's coast): it holds a pole, so it
                // closes along that pole's line.
                let pole = if points.iter().map(|p| p[1]).sum::<f64>() < 0.0 { -90.0 } else { 90.0 };
                points.extend([[last, pole], [first, pole]]);
                bounds = [bounds[0], bounds[1].min(pole), bounds[2], bounds[3].max(pole)];
            }
        }
        let offsets: Vec<f64> = self.offsets(bounds).collect();
        offsets.into_iter().map(|o| points.iter().map(|&p| self.project(p, o)).collect()).collect()
    }
}

/// A line whose longitudes run on without a jump: a shape that crosses the 180° meridian in the data
/// (from 179.9° to -179.9°, say) goes on past 180° instead (to 180.1°), so it is drawn whole rather
/// than as two pieces joined by a line across the map. Returns the line and its bounds. A ring that
/// goes round the globe then ends a turn away from where it starts.
fn unwrapped(mut points: Vec<LonLat>) -> (Vec<LonLat>, Bounds) {
    let mut turn = 0.0;
    let mut previous = points.first().map_or(0.0, |p| p[0]);
    let mut bounds = [f64::INFINITY, f64::INFINITY, f64::NEG_INFINITY, f64::NEG_INFINITY];
    let mut previous_lat = points.first().map_or(0.0, |p| p[1]);
    for p in &mut points {
        let lon = p[0];
        // An edge along a pole's line is a real edge of the flat map (the data's shapes that hold a
        // pole run along it), not a jump across the meridian.
        let polar = p[1].abs() > 89.9 && previous_lat.abs() > 89.9;
        if lon - previous > 180.0 && !polar {
            turn -= 360.0;
        } else if previous - lon > 180.0 && !polar {
            turn += 360.0;
        }
        previous = lon;
        previous_lat = p[1];
        p[0] = lon + turn;
        bounds = [bounds[0].min(p[0]), bounds[1].min(p[1]), bounds[2].max(p[0]), bounds[3].max(p[1])];
    }
    (points, bounds)
}

/// The area of a ring (either way round).
fn area(points: &[Point]) -> f64 {
    let mut sum = 0.0;
    for (i, a) in points.iter().enumerate() {
        let b = points[(i + 1) % points.len()];
        sum += a.x * b.y - b.x * a.y;
    }
    sum.abs() / 2.0
}

fn distance_to_segment(p: Point, a: Point, b: Point) -> f64 {
    let (vx, vy) = (b.x - a.x, b.y - a.y);
    let len2 = vx * vx + vy * vy;
    let t = if len2 == 0.0 { 0.0 } else { (((p.x - a.x) * vx + (p.y - a.y) * vy) / len2).clamp(0.0, 1.0) };
    let (dx, dy) = (p.x - (a.x + t * vx), p.y - (a.y + t * vy));
    (dx * dx + dy * dy).sqrt()
}

/// Douglas-Peucker on an open line (both ends kept).
fn simplify(points: &[Point], tolerance: f64) -> Vec<Point> {
    if points.len() <= 2 {
        return points.to_vec();
    }
    let mut keep = vec![false; points.len()];
    keep[0] = true;
    keep[points.len() - 1] = true;
    let mut stack = vec![(0, points.len() - 1)];
    while let Some((i, j)) = stack.pop() {
        let mut far = None;
        let mut best = tolerance;
        for k in i + 1..j {
            let d = distance_to_segment(points[k], points[i], points[j]);
            if d > best {
                best = d;
                far = Some(k);
            }
        }
        if let Some(k) = far {
            keep[k] = true;
            stack.push((i, k));
            stack.push((k, j));
        }
    }
    points.iter().zip(keep).filter(|(_, k)| *k).map(|(p, _)| *p).collect()
}

/// A closed ring simplified: split at its point farthest from the first, so both halves are lines.
/// The result is open (its last point is not the first again).
fn simplify_ring(points: &[Point], tolerance: f64) -> Vec<Point> {
    let open = match (points.first(), points.last()) {
        (Some(a), Some(b)) if points.len() > 1 && a == b => &points[..points.len() - 1],
        _ => points,
    };
    if open.len() < 4 {
        return open.to_vec();
    }
    let d2 = |p: &Point| (p.x - open[0].x).powi(2) + (p.y - open[0].y).powi(2);
    let far = (1..open.len()).fold(1, |best, k| if d2(&open[k]) > d2(&open[best]) { k } else { best });
    let mut closed_tail = open[far..].to_vec();
    closed_tail.push(open[0]);
    let mut out = simplify(&open[..=far], tolerance);
    let tail = simplify(&closed_tail, tolerance);
    out.extend_from_slice(&tail[1..tail.len() - 1]);
    out
}

/// How far a point is from the nearest edge of a ring.
fn edge_distance(p: Point, ring: &[Point]) -> f64 {
    (0..ring.len()).map(|k| distance_to_segment(p, ring[k], ring[(k + 1) % ring.len()])).fold(f64::INFINITY, f64::min)
}

/// Whether a point is inside a ring (even-odd rule).
fn inside(p: Point, ring: &[Point]) -> bool {
    let mut inside = false;
    for (i, a) in ring.iter().enumerate() {
        let b = ring[(i + 1) % ring.len()];
        if (a.y > p.y) != (b.y > p.y) && p.x < a.x + (p.y - a.y) / (b.y - a.y) * (b.x - a.x) {
            inside = !inside;
        }
    }
    inside
}

/// The point inside a ring farthest from its edges (near enough: the best of a grid over the ring's
/// box, then of a finer grid around that point), or `None` for a ring with nothing inside.
fn farthest_inside(ring: &[Point]) -> Option<Point> {
    if ring.len() < 3 {
        return None;
    }
    let edge_distance = |p: Point| edge_distance(p, ring);
    let best_of = |left: f64, top: f64, right: f64, bottom: f64, steps: u32| -> Option<(Point, f64)> {
        let mut best: Option<(Point, f64)> = None;
        for i in 0..=steps {
            for j in 0..=steps {
                let p = Point { x: left + (right - left) * f64::from(i) / f64::from(steps), y: top + (bottom - top) * f64::from(j) / f64::from(steps) };
                if !inside(p, ring) {
                    continue;
                }
                let d = edge_distance(p);
                if best.is_none_or(|b| d > b.1) {
                    best = Some((p, d));
                }
            }
        }
        best
    };
    let (l, t, r, b) = ring.iter().fold((f64::INFINITY, f64::INFINITY, f64::NEG_INFINITY, f64::NEG_INFINITY), |(l, t, r, b), p| (l.min(p.x), t.min(p.y), r.max(p.x), b.max(p.y)));
    const STEPS: u32 = 32;
    let (p, _) = best_of(l, t, r, b, STEPS)?;
    let (cx, cy) = ((r - l) / f64::from(STEPS), (b - t) / f64::from(STEPS));
    best_of(p.x - cx, p.y - cy, p.x + cx, p.y + cy, 8).map(|(p, _)| p)
}

/// Parallels and meridians at a round step that gives a handful of lines; returns the step in
/// degrees and the path.
pub fn graticule(frame: &Frame) -> (f64, String) {
    const STEPS: [f64; 8] = [0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0];
    let span = (frame.north - frame.south).max(frame.east - frame.west);
    let step = STEPS.into_iter().find(|s| span / s <= 8.0).unwrap_or(30.0);
    let mut path = String::new();
    let first = |from: f64| round(from / step + 0.5) * step;
    let mut lat = first(frame.south);
    while lat < frame.north {
        let y = round(frame.project(lat, frame.west).y * 10.0) as i32;
        write_line(&mut path, &[(0, y), (round(frame.width * 10.0) as i32, y)]);
        lat += step;
    }
    let mut lon = first(frame.west);
    while lon < frame.east {
        let x = round(frame.project(frame.north, lon).x * 10.0) as i32;
        write_line(&mut path, &[(x, 0), (x, round(frame.height * 10.0) as i32)]);
        lon += step;
    }
    (step, path)
}

/// Points in tenths of a unit, snapped to whole units ([`SNAP`]), without runs of points closer than
/// [`MIN_STEP`] (the last point is always kept, so lines still meet).
fn decimate(points: &[Point]) -> Vec<(i32, i32)> {
    let mut out: Vec<(i32, i32)> = Vec::with_capacity(points.len());
    for (i, p) in points.iter().enumerate() {
        let snap = |v: f64| (round(v * 10.0 / SNAP) * SNAP) as i32;
        let t = (snap(p.x), snap(p.y));
        let last = i + 1 == points.len();
        match out.last() {
            Some(&(x, y)) if (t.0 - x).abs().max((t.1 - y).abs()) < MIN_STEP && !(last && (x, y) != t) => {}
            _ => out.push(t),
        }
    }
    out
}

/// Appends a closed ring in tenths. Where the data cuts land (along the 180° meridian, where Natural
/// Earth splits Russia, say, or along a pole's line), the cut is no coast: the ring then starts just
/// after its longest run of edges along a cut and ends just before it, without `z`, so the fill
/// still closes it along the cut but the stroke (the coastline) leaves the cut out.
fn write_ring(path: &mut String, tenths: &[(i32, i32)], seams: &Seams) {
    let n = tenths.len();
    // The cut an edge runs along, if any: (true, x) along a meridian, (false, y) along a pole's line.
    let seam = |i: usize| {
        let (a, b) = (tenths[i], tenths[(i + 1) % n]);
        if a.0 == b.0 && seams.x.contains(&a.0) {
            Some((true, a.0))
        } else if a.1 == b.1 && seams.y.contains(&a.1) {
            Some((false, a.1))
        } else {
            None
        }
    };
    // The longest run of edges along one cut (one straight line, so the fill's closing edge is the
    // run itself), a meridian before a pole's line (which is at the drawing's edge anyway), as
    // (first edge, length, along a meridian), going round the ring.
    let mut best: Option<(usize, usize, bool)> = None;
    if (0..n).any(|i| seam(i).is_none()) {
        for start in (0..n).filter(|&i| seam(i).is_some() && seam((i + n - 1) % n) != seam(i)) {
            let len = (0..n).take_while(|&k| seam((start + k) % n) == seam(start)).count();
            let meridian = seam(start).is_some_and(|s| s.0);
            if best.is_none_or(|b| (len, meridian) > (b.1, b.2)) {
                best = Some((start, len, meridian));
            }
        }
    }
    match best {
        Some((start, len, _)) => {
            let from = (start + len) % n;
            let ring: Vec<(i32, i32)> = (0..=n - len).map(|k| tenths[(from + k) % n]).collect();
            write_line(path, &ring);
        }
        None => {
            write_line(path, tenths);
            path.push('z');
        }
    }
}

/// Appends `M x y l dx dy dx dy …` for a line in tenths.
fn write_line(path: &mut String, tenths: &[(i32, i32)]) {
    let Some(&(x0, y0)) = tenths.first() else { return };
    path.push('M');
    push_numbers(path, &[x0, y0]);
    let mut numbers = Vec::with_capacity(tenths.len() * 2);
    for pair in tenths.windows(2) {
        numbers.push(pair[1].0 - pair[0].0);
        numbers.push(pair[1].1 - pair[0].1);
    }
    if !numbers.is_empty() {
        path.push('l');
        push_numbers(path, &numbers);
    }
}

/// Writes numbers given in tenths ("12.3", "-.5", "4"), separated by a space unless a minus sign does it.
fn push_numbers(path: &mut String, tenths: &[i32]) {
    for (i, &t) in tenths.iter().enumerate() {
        let text = tenths_text(t);
        if i > 0 && !text.starts_with('-') {
            path.push(' ');
        }
        path.push_str(&text);
    }
}

pub use crate::ui::svg::tenths_text;

/// One side of the clipping box: which side of it is inside, where it is, and whether it is upright.
type Edge = (fn(Point, f64) -> bool, f64, bool);

/// Sutherland-Hodgman: a closed ring clipped to a box (left, top, right, bottom).
fn clip_ring(points: &[Point], [l, t, r, b]: [f64; 4]) -> Vec<Point> {
    let edges: [Edge; 4] = [
        (|p, v| p.x >= v, l, true),
        (|p, v| p.x <= v, r, true),
        (|p, v| p.y >= v, t, false),
        (|p, v| p.y <= v, b, false),
    ];
    let mut out = points.to_vec();
    for (inside, v, vertical) in edges {
        let input = std::mem::take(&mut out);
        for (i, &cur) in input.iter().enumerate() {
            let prev = input[(i + input.len() - 1) % input.len()];
            let cross = || {
                if vertical {
                    let k = (v - prev.x) / (cur.x - prev.x);
                    Point { x: v, y: prev.y + (cur.y - prev.y) * k }
                } else {
                    let k = (v - prev.y) / (cur.y - prev.y);
                    Point { x: prev.x + (cur.x - prev.x) * k, y: v }
                }
            };
            match (inside(prev, v), inside(cur, v)) {
                (true, true) => out.push(cur),
                (true, false) => out.push(cross()),
                (false, true) => {
                    out.push(cross());
                    out.push(cur);
                }
                (false, false) => {}
            }
        }
        if out.is_empty() {
            break;
        }
    }
    out
}

/// An open line clipped to a box (left, top, right, bottom): the pieces inside.
fn clip_line(points: &[Point], [left, top, right, bottom]: [f64; 4]) -> Vec<Vec<Point>> {
    let rect = Rect { left, top, right, bottom };
    let inside = |p: Point| rect.contains(&Rect { left: p.x, top: p.y, right: p.x, bottom: p.y });
    let mut pieces: Vec<Vec<Point>> = Vec::new();
    let mut current: Vec<Point> = Vec::new();
    for pair in points.windows(2) {
        let (a, c) = (pair[0], pair[1]);
        let Some((from, to)) = clip_segment(a, c, &rect) else {
            if !current.is_empty() {
                pieces.push(std::mem::take(&mut current));
            }
            continue;
        };
        if current.is_empty() {
            current.push(from);
        }
        current.push(to);
        if !inside(c) {
            pieces.push(std::mem::take(&mut current));
        }
    }
    if current.len() >= 2 {
        pieces.push(current);
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame() -> Frame {
        Frame::around([(30.0, 60.0), (34.0, 70.0)]).unwrap()
    }

    fn clip(f: &Frame) -> [f64; 4] {
        View::new(f).clip
    }

    /// The rings of a land path, in units (closed or not: the fill closes them either way).
    fn rings(path: &str) -> Vec<Vec<Point>> {
        path.split('M').filter(|r| !r.is_empty()).map(|r| points(&format!("M{r}")).into_iter().map(|(x, y)| Point { x, y }).collect()).collect()
    }

    /// Whether a latitude and longitude is on the land of an outline (even-odd over all its rings).
    fn on_land(outline: &Outline, f: &Frame, lat: f64, lon: f64) -> bool {
        let p = f.project(lat, lon);
        rings(&outline.land).iter().filter(|r| inside(p, r)).count() % 2 == 1
    }

    /// Every absolute point a path visits (M then l steps), in units.
    fn points(path: &str) -> Vec<(f64, f64)> {
        let mut out = Vec::new();
        for command in path.split('M').filter(|c| !c.is_empty()) {
            let command = command.trim_end_matches('z');
            let (start, steps) = command.split_once('l').unwrap_or((command, ""));
            let numbers = |s: &str| -> Vec<f64> {
                s.replace('-', " -").split_whitespace().map(|n| n.parse::<f64>().unwrap()).collect()
            };
            let s = numbers(start);
            let (mut x, mut y) = (s[0], s[1]);
            out.push((x, y));
            for d in numbers(steps).chunks(2) {
                x += d[0];
                y += d[1];
                out.push((x, y));
            }
        }
        out
    }

    #[test]
    fn numbers_are_written_in_tenths_compactly() {
        assert_eq!(tenths_text(123), "12.3");
        assert_eq!(tenths_text(-5), "-.5");
        assert_eq!(tenths_text(40), "4");
        assert_eq!(tenths_text(0), "0");
        let mut path = String::new();
        write_line(&mut path, &[(10, 20), (15, 20), (15, -30)]);
        assert_eq!(path, "M1 2l.5 0 0-5");
    }

    #[test]
    fn the_outline_snaps_to_whole_units() {
        let snapped = decimate(&[Point { x: 1.26, y: 2.74 }, Point { x: 4.5, y: -0.4 }, Point { x: 4.7, y: -0.2 }]);
        // The last point snaps onto the one before it: one point, not two.
        assert_eq!(snapped, [(10, 30), (50, 0)]);
        let outline = draw(&frame(), &[]);
        for path in [&outline.land, &outline.borders] {
            assert!(!path.is_empty() && !path.contains('.'), "whole units only: {}", &path[..path.len().min(80)]);
        }
    }

    #[test]
    fn a_ring_crossing_the_edge_is_cut_at_the_margin() {
        let f = frame();
        let square = [[50.0, 20.0], [90.0, 20.0], [90.0, 40.0], [50.0, 40.0]];
        let ring: Vec<Point> = square.iter().map(|&[lon, lat]| f.project(lat, lon)).collect();
        let clipped = clip_ring(&ring, clip(&f));
        assert_eq!(clipped.len(), 4, "a ring bigger than the frame becomes the clip box: {clipped:?}");
        for p in clipped {
            assert!(p.x >= -MARGIN - 1e-9 && p.x <= f.width + MARGIN + 1e-9);
            assert!(p.y >= -MARGIN - 1e-9 && p.y <= f.height + MARGIN + 1e-9);
        }
        let outside = [[10.0, 10.0], [11.0, 10.0], [11.0, 11.0]].map(|[lon, lat]| f.project(lat, lon));
        assert!(clip_ring(&outside, clip(&f)).is_empty());
    }

    #[test]
    fn a_line_leaving_and_coming_back_is_split() {
        let f = frame();
        let (w, h) = (f.width, f.height);
        let line = [Point { x: 10.0, y: 10.0 }, Point { x: w + 100.0, y: 10.0 }, Point { x: w + 100.0, y: h - 10.0 }, Point { x: 10.0, y: h - 10.0 }];
        let pieces = clip_line(&line, clip(&f));
        assert_eq!(pieces.len(), 2, "{pieces:?}");
        assert_eq!(pieces[0][1].x, w + MARGIN);
        assert_eq!(pieces[1][0].x, w + MARGIN);
    }

    #[test]
    fn the_bundled_outline_stays_in_the_drawing_and_is_compact() {
        let f = Frame::around([(33.68, 73.05), (34.56, 69.21), (25.29, 51.53), (41.01, 28.98)]).unwrap();
        let outline = draw(&f, &[]);
        assert_eq!(outline.scale, Scale::Medium);
        let (land, borders) = (&outline.land, &outline.borders);
        assert!(land.starts_with('M') && land.ends_with('z'));
        assert!(land.len() > 1000 && land.len() < 12_000, "land path {} bytes", land.len());
        assert!(borders.len() > 1000 && borders.len() < 12_000, "borders path {} bytes", borders.len());
        for (x, y) in points(land).into_iter().chain(points(borders)) {
            assert!((-MARGIN - 0.1..=f.width + MARGIN + 0.1).contains(&x), "x {x}");
            assert!((-MARGIN - 0.1..=f.height + MARGIN + 0.1).contains(&y), "y {y}");
        }
        // Land where the places are, sea in the Gulf and the Caspian.
        for (lat, lon) in [(33.68, 73.05), (34.56, 69.21), (39.93, 32.85), (32.0, 53.0)] {
            assert!(on_land(&outline, &f, lat, lon), "{lat},{lon} is land");
        }
        for (lat, lon) in [(27.0, 51.0), (42.0, 50.5)] {
            assert!(!on_land(&outline, &f, lat, lon), "{lat},{lon} is sea");
        }
        let named: Vec<&str> = outline.countries.iter().map(|c| c.0).collect();
        assert_eq!(named[0], "Iran", "biggest first: {named:?}");
        assert!(named.contains(&"Pakistan") && named.contains(&"Afghanistan"), "{named:?}");
    }

    #[test]
    fn the_scale_follows_the_size_of_the_frame() {
        let continent = Frame::around([(70.0, -10.0), (35.0, 40.0), (-35.0, 20.0)]).unwrap();
        assert_eq!(scale_for(&continent), Scale::Small);
        assert_eq!(scale_for(&Frame::around([(33.68, 73.05), (41.01, 28.98)]).unwrap()), Scale::Medium);
        assert_eq!(scale_for(&Frame::around([(36.14, -5.35)]).unwrap()), Scale::Large);
        let outline = draw(&continent, &[]);
        assert!(on_land(&outline, &continent, 48.85, 2.35) && !on_land(&outline, &continent, 45.0, -20.0));
    }

    #[test]
    fn a_frame_across_the_180th_meridian_has_land_on_both_sides() {
        // Suva (Fiji, 178°E) and Apia (Samoa, 172°W).
        let f = Frame::around([(-18.14, 178.44), (-13.83, -171.76)]).unwrap();
        let outline = draw(&f, &[]);
        assert!(on_land(&outline, &f, -17.8, 178.0), "Viti Levu");
        assert!(on_land(&outline, &f, -13.9, -171.8), "Upolu");
        assert!(!on_land(&outline, &f, -16.0, -175.0), "open sea");
        // Fiji's land crosses the meridian in the data: it is drawn whole, not joined to the far
        // end of the map by lines across the sea.
        assert!(!on_land(&outline, &f, -16.6, 174.5), "open sea west of Fiji");
        let named: Vec<&str> = outline.countries.iter().map(|c| c.0).collect();
        assert!(named.contains(&"Fiji"), "{named:?}");
        for (x, y) in points(&outline.land) {
            assert!((-MARGIN - 0.1..=f.width + MARGIN + 0.1).contains(&x) && (-MARGIN - 0.1..=f.height + MARGIN + 0.1).contains(&y), "{x},{y}");
        }
    }

    #[test]
    fn russia_crossing_the_meridian_far_away_is_drawn_where_it_is() {
        // Tromsø, Hammerfest and Kirkenes: Russia's land runs on to Chukotka, across the meridian.
        let f = Frame::around([(69.65, 18.96), (70.66, 23.68), (69.73, 30.05)]).unwrap();
        let outline = draw(&f, &[]);
        assert!(!on_land(&outline, &f, 71.8, 22.0), "the Barents Sea");
        assert!(on_land(&outline, &f, 69.3, 31.0), "Russia by Pechenga");
        assert!(outline.countries.iter().any(|c| c.0 == "Russia"), "{:?}", outline.countries);
    }

    #[test]
    fn where_the_data_cuts_land_at_the_meridian_no_coast_is_drawn() {
        // Chukotka (Russia) is cut in two at 180° in the data; Alaska is across the strait.
        let f = Frame::around([(64.73, 177.5), (65.6, -168.1)]).unwrap();
        let outline = draw(&f, &[]);
        assert!(on_land(&outline, &f, 66.6, 179.5) && on_land(&outline, &f, 66.6, -179.5), "both sides of the cut");
        let seam = round(f.project(66.0, 180.0).x) as i32;
        let open = outline.land.split('M').filter(|r| !r.is_empty() && !r.ends_with('z')).count();
        assert!(open >= 2, "the two pieces leave their cut unstroked: {open} open rings");
        for ring in rings(&outline.land) {
            for pair in ring.windows(2) {
                let on_cut = pair[0].x == pair[1].x && pair[0].x as i32 == seam && (pair[0].y - pair[1].y).abs() > 2.0;
                assert!(!on_cut, "a stroked edge along the cut at x = {seam}: {pair:?}");
            }
        }
        let named: Vec<&str> = outline.countries.iter().map(|c| c.0).collect();
        assert!(named.contains(&"Russia") && named.contains(&"United States of America"), "{named:?}");
    }

    #[test]
    fn a_frame_at_the_south_pole_is_land_to_the_pole() {
        let f = Frame::around([(-89.99, 0.0), (-85.0, 160.0)]).unwrap();
        assert!(f.south >= -90.0, "the frame stops at the pole: {f:?}");
        let outline = draw(&f, &[]);
        for (lat, lon) in [(-89.5, 0.0), (-87.0, 100.0), (-86.0, 10.0)] {
            assert!(on_land(&outline, &f, lat, lon), "{lat},{lon} is Antarctica");
        }
    }

    #[test]
    fn a_frame_near_the_pole_is_drawn() {
        // Longyearbyen and Ny-Ålesund, Svalbard, at 78-79°N.
        let f = Frame::around([(78.22, 15.65), (78.92, 11.93)]).unwrap();
        let outline = draw(&f, &[]);
        assert!(on_land(&outline, &f, 78.7, 16.0) && !on_land(&outline, &f, 78.22, 13.2), "Spitsbergen and the Isfjorden's mouth");
        assert!(outline.countries.iter().any(|c| c.0 == "Norway"), "{:?}", outline.countries);
    }

    #[test]
    fn lines_are_simplified_within_the_tolerance_and_names_go_inside() {
        // A tent with a little noise on both slopes.
        let line: Vec<Point> = (0..=20).map(|i| Point { x: f64::from(i), y: 0.3 * f64::from(10 - (i - 10_i32).abs()) + 0.1 * f64::from(i % 2) }).collect();
        let simple = simplify(&line, 0.5);
        assert_eq!(simple, [line[0], line[10], line[20]]);
        let square = [Point { x: 0.0, y: 0.0 }, Point { x: 40.0, y: 0.0 }, Point { x: 40.0, y: 20.0 }, Point { x: 0.0, y: 20.0 }];
        let p = farthest_inside(&square).unwrap();
        assert!((p.y - 10.0).abs() < 1.0 && p.x > 9.0 && p.x < 31.0, "{p:?}");
        assert_eq!(area(&square), 800.0);
    }

    #[test]
    fn the_graticule_has_a_handful_of_round_lines() {
        let f = Frame::around([(50.21, -5.48), (50.19, -5.42)]).unwrap();
        let (step, path) = graticule(&f);
        assert!([0.1, 0.2].contains(&step), "{step}");
        let lines = path.matches('M').count();
        assert!((4..=16).contains(&lines), "{lines} lines: {path}");
    }
}
