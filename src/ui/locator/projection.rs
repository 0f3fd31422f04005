//! Latitude and longitude onto the locator map: an equirectangular projection scaled by the cosine of
//! the frame's middle latitude (distances are true along that parallel and along every meridian,
//! which is close enough for a region a few thousand kilometres across).
//!
//! Everything here is pure and deterministic: only `+ - * /` on `f64` (which IEEE 754 rounds the same
//! natively and in WebAssembly), with the cosine computed by its series rather than by the platform's
//! maths library, so the pre-rendered page and the hydrated one draw the same numbers.

/// A point in drawing units (x right, y down).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// The drawing's width in units; the height follows from the region's shape.
pub const WIDTH: f64 = 640.0;
/// The narrowest region shown, in degrees, so one place (or a few close together) still gets context.
const MIN_SPAN: f64 = 0.5;
/// Room around the places, as a share of the region's larger side.
const PAD: f64 = 0.12;
/// The widest and the tallest shape the drawing may take (width / height).
const MAX_RATIO: f64 = 1.8;
const MIN_RATIO: f64 = 1.25;
/// Kilometres per degree of latitude (mean Earth radius 6371 km).
pub const KM_PER_DEGREE: f64 = 111.195;

/// The part of the world the map shows and how it lands on the drawing.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    /// The edges of the drawing, in degrees.
    pub west: f64,
    pub south: f64,
    pub east: f64,
    pub north: f64,
    /// cos(middle latitude): how much a degree of longitude is shortened.
    pub kx: f64,
    /// Drawing units per degree of latitude.
    pub scale: f64,
    pub width: f64,
    pub height: f64,
}

impl Frame {
    /// The frame around places given as `(latitude, longitude)`: their bounding box with padding,
    /// widened or heightened to a drawable shape. `None` without places.
    ///
    /// Places on both sides of the 180° meridian (Fiji, say, at 178°E and 179°W) get the short way
    /// round: the frame then runs east past 180°, and [`Frame::project`] counts western longitudes
    /// from there.
    pub fn around(places: impl IntoIterator<Item = (f64, f64)>) -> Option<Frame> {
        let places: Vec<(f64, f64)> = places.into_iter().collect();
        let (&(lat, _), rest) = places.split_first()?;
        let (mut south, mut north) = (lat, lat);
        for &(lat, _) in rest {
            south = south.min(lat);
            north = north.max(lat);
        }
        let (west, east) = shortest_span(places.iter().map(|&(_, lon)| lon));
        let mid_lat = (south + north) / 2.0;
        let mid_lon = (west + east) / 2.0;
        let kx = cos_deg(mid_lat);
        // Sizes in "projected degrees" (a degree of latitude, or of longitude times kx).
        let mut w = ((east - west) * kx).max(MIN_SPAN);
        let mut h = (north - south).max(MIN_SPAN);
        let pad = w.max(h) * PAD;
        w += 2.0 * pad;
        h += 2.0 * pad;
        if w / h > MAX_RATIO {
            h = w / MAX_RATIO;
        } else if w / h < MIN_RATIO {
            w = h * MIN_RATIO;
        }
        let scale = WIDTH / w;
        let height = round(h * scale);
        // The height is rounded to whole units; the frame keeps exactly that many.
        let h = height / scale;
        let half_lon = w / kx / 2.0;
        // A frame never runs past a pole (there is nothing beyond it): one that would is moved back,
        // by less than the padding, so the places stay inside.
        let centre = if h < 180.0 { mid_lat.clamp(-90.0 + h / 2.0, 90.0 - h / 2.0) } else { mid_lat };
        Some(Frame {
            west: mid_lon - half_lon,
            east: mid_lon + half_lon,
            south: centre - h / 2.0,
            north: centre + h / 2.0,
            kx,
            scale,
            width: WIDTH,
            height,
        })
    }

    /// Where a latitude and longitude (-180..=180) land on the drawing.
    pub fn project(&self, lat: f64, lon: f64) -> Point {
        // A frame across the 180° meridian runs past 180°: western longitudes lie a turn further east.
        let lon = if self.east > 180.0 && lon < self.west { lon + 360.0 } else { lon };
        self.project_unwrapped(lat, lon)
    }

    /// The same for a longitude taken as it is, even a turn or more away from the frame (the
    /// outline draws data from either end of the map's longitudes this way).
    pub fn project_unwrapped(&self, lat: f64, lon: f64) -> Point {
        Point { x: (lon - self.west) * self.kx * self.scale, y: (self.north - lat) * self.scale }
    }

    /// Kilometres per drawing unit (exact along the middle parallel and along meridians).
    pub fn km_per_unit(&self) -> f64 {
        KM_PER_DEGREE / self.scale
    }
}

/// The west and east ends of the shortest stretch of longitude that holds every one given (in
/// degrees, -180..=180): the complement of the widest gap between neighbours around the globe. When
/// that stretch crosses the 180° meridian, `east` is past 180.
fn shortest_span(lons: impl Iterator<Item = f64>) -> (f64, f64) {
    let mut lons: Vec<f64> = lons.collect();
    lons.sort_by(f64::total_cmp);
    let (first, last) = (lons[0], lons[lons.len() - 1]);
    // The gap across the 180° meridian, from the easternmost round to the westernmost.
    let (mut gap, mut west, mut east) = (first + 360.0 - last, first, last);
    for pair in lons.windows(2) {
        if pair[1] - pair[0] > gap {
            (gap, west, east) = (pair[1] - pair[0], pair[1], pair[0] + 360.0);
        }
    }
    (west, east)
}

/// A scale bar: a round distance and its length in drawing units, about a fifth of the width at most.
pub fn scale_bar(frame: &Frame) -> (u32, f64) {
    const STEPS: [u32; 12] = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000];
    let longest = frame.width / 5.0 * frame.km_per_unit();
    let km = STEPS.iter().rev().copied().find(|&km| f64::from(km) <= longest).unwrap_or(1);
    (km, f64::from(km) / frame.km_per_unit())
}

/// Rounds to the nearest whole number, halves away from zero, with arithmetic only.
pub fn round(v: f64) -> f64 {
    // f64 -> i64 casts truncate toward zero the same on every platform.
    if v >= 0.0 {
        (v + 0.5) as i64 as f64
    } else {
        -((-v + 0.5) as i64 as f64)
    }
}

/// The cosine of an angle in degrees (|deg| <= 90 is all a latitude needs; others are reduced),
/// from its Taylor series: accurate to about 1e-12, and the same bits on every platform.
pub fn cos_deg(deg: f64) -> f64 {
    let mut d = deg % 360.0;
    if d < 0.0 {
        d += 360.0;
    }
    // Fold into 0..=90 keeping track of the sign: cos(180 - a) = -cos(a), cos(360 - a) = cos(a).
    let (a, sign) = match d {
        d if d <= 90.0 => (d, 1.0),
        d if d <= 180.0 => (180.0 - d, -1.0),
        d if d <= 270.0 => (d - 180.0, -1.0),
        d => (360.0 - d, 1.0),
    };
    let x = a * (std::f64::consts::PI / 180.0);
    let x2 = x * x;
    // 1 - x²/2! + x⁴/4! - … to x¹⁸/18!, summed from the smallest term.
    let mut term = 1.0;
    let mut terms = [0.0; 10];
    for (k, slot) in terms.iter_mut().enumerate() {
        *slot = term;
        let n = (2 * k + 1) as f64;
        term = -term * x2 / (n * (n + 1.0));
    }
    sign * terms.iter().rev().sum::<f64>()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, eps: f64) -> bool {
        (a - b).abs() <= eps
    }

    #[test]
    fn cosine_matches_the_platform_within_a_hair() {
        for tenth in -3600..=3600 {
            let deg = f64::from(tenth) / 10.0;
            let want = (deg.to_radians()).cos();
            assert!(close(cos_deg(deg), want, 1e-11), "cos({deg}) = {} want {want}", cos_deg(deg));
        }
        assert_eq!(cos_deg(0.0), 1.0);
        assert!(close(cos_deg(60.0), 0.5, 1e-14));
        assert!(close(cos_deg(90.0), 0.0, 1e-14));
    }

    #[test]
    fn places_across_the_180th_meridian_take_the_short_way_round() {
        assert_eq!(shortest_span([28.98, 73.05, 51.53].into_iter()), (28.98, 73.05));
        assert_eq!(shortest_span([178.4, -179.9, 177.0].into_iter()), (177.0, 180.1));
        // Suva (Fiji) and Apia (Samoa): 7 degrees apart across the meridian, not 350.
        let frame = Frame::around([(-18.14, 178.44), (-13.83, -171.76)]).unwrap();
        assert!(frame.east > 180.0 && frame.west < 178.44, "{frame:?}");
        assert!((frame.east - frame.west) < 20.0, "{frame:?}");
        let (suva, apia) = (frame.project(-18.14, 178.44), frame.project(-13.83, -171.76));
        for p in [suva, apia] {
            assert!(p.x > 0.0 && p.x < frame.width && p.y > 0.0 && p.y < frame.height, "{p:?} in {frame:?}");
        }
        assert!(apia.x > suva.x, "Apia lies east of Suva");
        assert_eq!(frame.project_unwrapped(-13.83, -171.76 + 360.0), apia);
    }

    #[test]
    fn rounding_is_half_away_from_zero() {
        assert_eq!(round(2.5), 3.0);
        assert_eq!(round(2.49), 2.0);
        assert_eq!(round(-2.5), -3.0);
        assert_eq!(round(-0.4), 0.0);
    }

    /// Islamabad, Kabul, Doha, Istanbul, Torkham, Chaman.
    const BUNDLED: [(f64, f64); 6] =
        [(33.68, 73.05), (34.56, 69.21), (25.29, 51.53), (41.01, 28.98), (34.10, 71.09), (30.92, 66.45)];

    #[test]
    fn every_place_lands_inside_the_drawing_with_room_to_spare() {
        let frame = Frame::around(BUNDLED).unwrap();
        assert_eq!(frame.width, WIDTH);
        let ratio = frame.width / frame.height;
        assert!((MIN_RATIO - 0.01..=MAX_RATIO + 0.01).contains(&ratio), "ratio {ratio}");
        for (lat, lon) in BUNDLED {
            let p = frame.project(lat, lon);
            assert!(p.x > 0.05 * frame.width && p.x < 0.95 * frame.width, "{lat},{lon} -> {p:?}");
            assert!(p.y > 0.05 * frame.height && p.y < 0.95 * frame.height, "{lat},{lon} -> {p:?}");
        }
        // The frame's corners are the drawing's corners.
        let nw = frame.project(frame.north, frame.west);
        let se = frame.project(frame.south, frame.east);
        assert!(close(nw.x, 0.0, 1e-9) && close(nw.y, 0.0, 1e-9));
        assert!(close(se.x, frame.width, 1e-9) && close(se.y, frame.height, 1e-9), "{se:?}");
    }

    #[test]
    fn north_is_up_east_is_right_and_order_is_kept() {
        let frame = Frame::around(BUNDLED).unwrap();
        let istanbul = frame.project(41.01, 28.98);
        let doha = frame.project(25.29, 51.53);
        let islamabad = frame.project(33.68, 73.05);
        assert!(istanbul.x < doha.x && doha.x < islamabad.x, "west to east");
        assert!(istanbul.y < islamabad.y && islamabad.y < doha.y, "north to south");
    }

    #[test]
    fn distances_are_true_along_the_middle_parallel_and_meridians() {
        let frame = Frame::around(BUNDLED).unwrap();
        let mid = (frame.north + frame.south) / 2.0;
        // One degree of latitude anywhere, and one degree of longitude times cos(mid) on the middle parallel.
        let a = frame.project(30.0, 60.0);
        let b = frame.project(31.0, 60.0);
        assert!(close((a.y - b.y) * frame.km_per_unit(), KM_PER_DEGREE, 1e-9));
        let c = frame.project(mid, 60.0);
        let d = frame.project(mid, 61.0);
        let km = (d.x - c.x) * frame.km_per_unit();
        assert!(close(km, KM_PER_DEGREE * mid.to_radians().cos(), 1e-6), "{km}");
        // Kabul to Islamabad on the map and as the crow flies (haversine) agree within 2%.
        let (k, i) = (frame.project(34.56, 69.21), frame.project(33.68, 73.05));
        let km = ((k.x - i.x).powi(2) + (k.y - i.y).powi(2)).sqrt() * frame.km_per_unit();
        let (p1, p2, dl) = (34.56_f64.to_radians(), 33.68_f64.to_radians(), (73.05_f64 - 69.21).to_radians());
        let h = ((p2 - p1) / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
        let true_km = 2.0 * 6371.0 * h.sqrt().asin();
        assert!((km / true_km - 1.0).abs() < 0.02, "Kabul-Islamabad {km} km on the map, {true_km} km true");
    }

    #[test]
    fn one_place_or_places_close_together_get_a_region_around_them() {
        let one = Frame::around([(50.21, -5.48)]).unwrap();
        assert!(one.north - one.south >= MIN_SPAN, "{one:?}");
        let p = one.project(50.21, -5.48);
        assert!(close(p.x, one.width / 2.0, 1e-9) && close(p.y, one.height / 2.0, 1.0), "{p:?}");
        let two = Frame::around([(50.21, -5.48), (50.19, -5.42)]).unwrap();
        let (a, b) = (two.project(50.21, -5.48), two.project(50.19, -5.42));
        assert!(b.x - a.x > 25.0, "close places are still told apart: {a:?} {b:?}");
        assert!(Frame::around([]).is_none());
    }

    #[test]
    fn tall_and_wide_regions_are_brought_to_a_drawable_shape() {
        let tall = Frame::around([(0.0, 10.0), (40.0, 10.5)]).unwrap();
        assert!(close(tall.width / tall.height, MIN_RATIO, 0.01), "{tall:?}");
        let wide = Frame::around([(10.0, 0.0), (10.5, 90.0)]).unwrap();
        assert!(close(wide.width / wide.height, MAX_RATIO, 0.01), "{wide:?}");
        // The projection is the same shape either way: a degree of latitude keeps its length.
        let p = tall.project(20.0, 10.0);
        let q = tall.project(21.0, 10.0);
        assert!(close(p.y - q.y, tall.scale, 1e-9));
    }

    #[test]
    fn the_scale_bar_is_a_round_distance_and_at_most_a_fifth_of_the_width() {
        let frame = Frame::around(BUNDLED).unwrap();
        let (km, units) = scale_bar(&frame);
        assert!([500, 1000].contains(&km), "{km}");
        assert!(units <= frame.width / 5.0 && units > frame.width / 15.0, "{units}");
        assert!(close(units * frame.km_per_unit(), f64::from(km), 1e-9));
        let small = Frame::around([(50.21, -5.48), (50.19, -5.42)]).unwrap();
        let (km, _) = scale_bar(&small);
        assert!([5, 10].contains(&km), "{km}");
    }
}
