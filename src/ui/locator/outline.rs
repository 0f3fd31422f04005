//! The outline under the markers as SVG path data: land and borders from the basemap, projected onto
//! a frame and clipped to it, or, where there is no basemap, a plain grid of parallels and meridians.
//!
//! Coordinates are rounded to whole units (a unit is a pixel of the 640-wide drawing at full size, so
//! the error is at most half a pixel) and written relative to the previous point, so the paths are
//! compact and the same on every platform.

use super::labels::{clip_segment, Rect};
use super::projection::{round, Basemap, Frame, Point};

/// How far outside the drawing lines are still kept (the SVG viewport hides the rest).
const MARGIN: f64 = 8.0;
/// Points closer than this to the previous one (in tenths of a unit) are dropped.
const MIN_STEP: i32 = 10;
/// The grid points snap to, in tenths of a unit: whole units.
const SNAP: f64 = 10.0;

/// The land as one path (closed rings, to be filled with the even-odd rule).
pub fn land(basemap: &Basemap, frame: &Frame) -> String {
    let mut path = String::new();
    for ring in basemap.land {
        let points: Vec<Point> = ring.iter().map(|p| project(frame, *p)).collect();
        let clipped = clip_ring(&points, frame);
        let tenths = decimate(&clipped);
        if tenths.len() >= 3 {
            write_line(&mut path, &tenths);
            path.push('z');
        }
    }
    path
}

/// The borders between countries as one path of open lines.
pub fn borders(basemap: &Basemap, frame: &Frame) -> String {
    let mut path = String::new();
    for line in basemap.borders {
        let points: Vec<Point> = line.iter().map(|p| project(frame, *p)).collect();
        for piece in clip_line(&points, frame) {
            let tenths = decimate(&piece);
            if tenths.len() >= 2 {
                write_line(&mut path, &tenths);
            }
        }
    }
    path
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

fn project(frame: &Frame, [lon, lat]: [i16; 2]) -> Point {
    frame.project(f64::from(lat) / 100.0, f64::from(lon) / 100.0)
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

/// The clipping box: the drawing plus a margin, as (left, top, right, bottom).
fn clip_box(frame: &Frame) -> [f64; 4] {
    [-MARGIN, -MARGIN, frame.width + MARGIN, frame.height + MARGIN]
}

fn clip_rect(frame: &Frame) -> Rect {
    let [left, top, right, bottom] = clip_box(frame);
    Rect { left, top, right, bottom }
}

/// One side of the clipping box: which side of it is inside, where it is, and whether it is upright.
type Edge = (fn(Point, f64) -> bool, f64, bool);

/// Sutherland-Hodgman: a closed ring clipped to the box.
fn clip_ring(points: &[Point], frame: &Frame) -> Vec<Point> {
    let [l, t, r, b] = clip_box(frame);
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

/// An open line clipped to the box: the pieces inside.
fn clip_line(points: &[Point], frame: &Frame) -> Vec<Vec<Point>> {
    let rect = clip_rect(frame);
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
    use super::super::basemap::BASEMAP;
    use super::*;

    fn frame() -> Frame {
        Frame::around([(30.0, 60.0), (34.0, 70.0)]).unwrap()
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
        let land = land(&BASEMAP, &frame());
        assert!(!land.is_empty() && !land.contains('.'), "whole units only: {}", &land[..land.len().min(80)]);
    }

    #[test]
    fn a_ring_crossing_the_edge_is_cut_at_the_margin() {
        let f = frame();
        let square = [[5000, 2000], [9000, 2000], [9000, 4000], [5000, 4000]];
        let ring: Vec<Point> = square.iter().map(|p| project(&f, *p)).collect();
        let clipped = clip_ring(&ring, &f);
        assert_eq!(clipped.len(), 4, "a ring bigger than the frame becomes the clip box: {clipped:?}");
        for p in clipped {
            assert!(p.x >= -MARGIN - 1e-9 && p.x <= f.width + MARGIN + 1e-9);
            assert!(p.y >= -MARGIN - 1e-9 && p.y <= f.height + MARGIN + 1e-9);
        }
        let outside = [[1000, 1000], [1100, 1000], [1100, 1100]].map(|p| project(&f, p));
        assert!(clip_ring(&outside, &f).is_empty());
    }

    #[test]
    fn a_line_leaving_and_coming_back_is_split() {
        let f = frame();
        let (w, h) = (f.width, f.height);
        let line = [Point { x: 10.0, y: 10.0 }, Point { x: w + 100.0, y: 10.0 }, Point { x: w + 100.0, y: h - 10.0 }, Point { x: 10.0, y: h - 10.0 }];
        let pieces = clip_line(&line, &f);
        assert_eq!(pieces.len(), 2, "{pieces:?}");
        assert_eq!(pieces[0][1].x, w + MARGIN);
        assert_eq!(pieces[1][0].x, w + MARGIN);
    }

    #[test]
    fn the_bundled_outline_stays_in_the_drawing_and_is_compact() {
        let f = Frame::around([(33.68, 73.05), (34.56, 69.21), (25.29, 51.53), (41.01, 28.98)]).unwrap();
        assert!(f.covered_by(BASEMAP.bounds));
        let land = land(&BASEMAP, &f);
        let borders = borders(&BASEMAP, &f);
        assert!(land.starts_with('M') && land.ends_with('z'));
        assert!(land.len() > 1000 && land.len() < 12_000, "land path {} bytes", land.len());
        assert!(borders.len() > 1000 && borders.len() < 12_000, "borders path {} bytes", borders.len());
        for (x, y) in points(&land).into_iter().chain(points(&borders)) {
            assert!((-MARGIN - 0.1..=f.width + MARGIN + 0.1).contains(&x), "x {x}");
            assert!((-MARGIN - 0.1..=f.height + MARGIN + 0.1).contains(&y), "y {y}");
        }
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
