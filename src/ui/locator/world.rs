//! The world the locator map is drawn on: Natural Earth's land, countries and borders at three scales,
//! read from the TopoJSON files in `data/world/` (see its README for their source, version, licence and
//! how to refresh them). The files are compiled into the native pre-renderer only (this module, like
//! all of `locator`, exists under the `ssr` feature), and each scale is decoded the first time a map
//! needs it.
//!
//! TopoJSON in brief: the shapes share their lines ("arcs"), stored once each as quantized integers,
//! every point after the first as a step from the one before. A polygon's ring lists the arcs it
//! follows by index (`~i` for arc `i` walked backwards). An arc used by two countries is a border
//! between them; the `land` object is the countries merged, so its rings are the coastlines.

use std::sync::OnceLock;

use serde_json::Value;

/// A point as `[longitude, latitude]` in degrees.
pub type LonLat = [f64; 2];

/// A box as `[west, south, east, north]` in degrees.
pub type Bounds = [f64; 4];

/// The scales of Natural Earth the map can be drawn from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scale {
    /// 1:110m: a continent or more.
    Small,
    /// 1:50m: a region.
    Medium,
    /// 1:10m: a country, a coast, a city.
    Large,
}

impl Scale {
    pub const ALL: [Scale; 3] = [Scale::Small, Scale::Medium, Scale::Large];

    /// The data file, relative to the repository.
    pub fn file(self) -> &'static str {
        match self {
            Scale::Small => "data/world/countries-110m.json",
            Scale::Medium => "data/world/countries-50m.json",
            Scale::Large => "data/world/countries-10m.json",
        }
    }

    /// How Natural Earth names the scale ("1:50m").
    pub fn name(self) -> &'static str {
        match self {
            Scale::Small => "1:110m",
            Scale::Medium => "1:50m",
            Scale::Large => "1:10m",
        }
    }

    fn text(self) -> &'static str {
        match self {
            Scale::Small => include_str!("../../../data/world/countries-110m.json"),
            Scale::Medium => include_str!("../../../data/world/countries-50m.json"),
            Scale::Large => include_str!("../../../data/world/countries-10m.json"),
        }
    }
}

/// A line of the topology, in degrees, with its bounding box.
#[derive(Debug)]
pub struct Arc {
    pub points: Vec<LonLat>,
    pub bounds: Bounds,
}

/// A closed ring, as the arcs it follows (`!i`, i.e. `-i - 1`, for arc `i` walked backwards).
pub type Ring = Vec<i32>;

/// A polygon: its outer ring, then its holes.
pub type Polygon = Vec<Ring>;

#[derive(Debug)]
pub struct Country {
    pub name: String,
    pub polygons: Vec<Polygon>,
}

/// One scale of the world, decoded.
#[derive(Debug)]
pub struct World {
    pub scale: Scale,
    pub arcs: Vec<Arc>,
    /// The land (the countries merged): rings are coastlines, and holes are lakes or seas inside land.
    pub land: Vec<Polygon>,
    pub countries: Vec<Country>,
    /// The arcs two or more countries share, in index order.
    pub borders: Vec<usize>,
}

impl World {
    /// The points of a ring, in order, closed (the last point is the first).
    pub fn ring(&self, ring: &[i32]) -> Vec<LonLat> {
        let mut points: Vec<LonLat> = Vec::new();
        for &i in ring {
            let (arc, backwards) = if i >= 0 { (i as usize, false) } else { (!i as usize, true) };
            let arc = &self.arcs[arc].points;
            let skip = usize::from(!points.is_empty());
            if backwards {
                points.extend(arc.iter().rev().skip(skip));
            } else {
                points.extend(arc.iter().skip(skip));
            }
        }
        points
    }

    /// The bounding box of a ring.
    pub fn ring_bounds(&self, ring: &[i32]) -> Bounds {
        ring.iter().fold([f64::INFINITY, f64::INFINITY, f64::NEG_INFINITY, f64::NEG_INFINITY], |b, &i| {
            let a = self.arcs[if i >= 0 { i as usize } else { !i as usize }].bounds;
            [b[0].min(a[0]), b[1].min(a[1]), b[2].max(a[2]), b[3].max(a[3])]
        })
    }
}

/// The world at a scale, decoded once per process.
pub fn world(scale: Scale) -> &'static World {
    static WORLDS: [OnceLock<World>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let slot = match scale {
        Scale::Small => &WORLDS[0],
        Scale::Medium => &WORLDS[1],
        Scale::Large => &WORLDS[2],
    };
    // The files are part of the build and every scale is decoded by the tests, so a failure here is
    // a broken checkout, not a content error: say which file and what is wrong with it.
    slot.get_or_init(|| decode(scale, scale.text()).unwrap_or_else(|e| panic!("{}: {e}", scale.file())))
}

/// Decodes a TopoJSON topology with the objects `land` and `countries` (world-atlas's layout).
pub fn decode(scale: Scale, text: &str) -> Result<World, String> {
    let topo: Value = serde_json::from_str(text).map_err(|e| format!("line {}, column {}: {e}", e.line(), e.column()))?;
    let pair = |v: &Value, what: &str| -> Result<[f64; 2], String> {
        match v.as_array().map(|a| a.as_slice()) {
            Some([a, b]) => Ok([a.as_f64().ok_or(format!("{what}: not a number"))?, b.as_f64().ok_or(format!("{what}: not a number"))?]),
            _ => Err(format!("{what}: not a pair of numbers")),
        }
    };
    let transform = topo.get("transform").ok_or("no transform (the topology must be quantized)")?;
    let [kx, ky] = pair(&transform["scale"], "transform.scale")?;
    let [dx, dy] = pair(&transform["translate"], "transform.translate")?;
    let mut arcs = Vec::new();
    for (n, arc) in topo["arcs"].as_array().ok_or("no arcs")?.iter().enumerate() {
        let steps = arc.as_array().ok_or(format!("arc {n}: not a list"))?;
        let (mut x, mut y) = (0.0, 0.0);
        let mut points = Vec::with_capacity(steps.len());
        let mut bounds = [f64::INFINITY, f64::INFINITY, f64::NEG_INFINITY, f64::NEG_INFINITY];
        for step in steps {
            let [sx, sy] = pair(step, &format!("arc {n}"))?;
            x += sx;
            y += sy;
            let p = [x * kx + dx, y * ky + dy];
            bounds = [bounds[0].min(p[0]), bounds[1].min(p[1]), bounds[2].max(p[0]), bounds[3].max(p[1])];
            points.push(p);
        }
        if points.len() < 2 {
            return Err(format!("arc {n}: fewer than two points"));
        }
        arcs.push(Arc { points, bounds });
    }
    let geometries = |object: &str| -> Result<&Vec<Value>, String> {
        topo["objects"][object]["geometries"].as_array().ok_or(format!("no objects.{object}.geometries"))
    };
    let polygons = |g: &Value, what: &str| -> Result<Vec<Polygon>, String> {
        let ring = |r: &Value| -> Result<Ring, String> {
            r.as_array()
                .ok_or(format!("{what}: a ring is not a list"))?
                .iter()
                .map(|i| match i.as_i64() {
                    Some(i) if i >= -(arcs.len() as i64) && i < arcs.len() as i64 => Ok(i as i32),
                    _ => Err(format!("{what}: arc index {i} out of range")),
                })
                .collect()
        };
        let polygon = |p: &Value| -> Result<Polygon, String> {
            p.as_array().ok_or(format!("{what}: a polygon is not a list"))?.iter().map(ring).collect()
        };
        match g["type"].as_str() {
            Some("Polygon") => Ok(vec![polygon(&g["arcs"])?]),
            Some("MultiPolygon") => g["arcs"].as_array().ok_or(format!("{what}: no arcs"))?.iter().map(polygon).collect(),
            // A country without a shape at this scale.
            None => Ok(Vec::new()),
            Some(other) => Err(format!("{what}: unexpected geometry type {other}")),
        }
    };
    let mut land = Vec::new();
    for g in geometries("land")? {
        land.extend(polygons(g, "land")?);
    }
    let mut countries = Vec::new();
    for (n, g) in geometries("countries")?.iter().enumerate() {
        let name = g["properties"]["name"].as_str().ok_or(format!("country {n}: no name"))?;
        countries.push(Country { name: name.to_owned(), polygons: polygons(g, name)? });
    }
    // Borders: arcs that more than one country follows.
    let mut users: Vec<Option<usize>> = vec![None; arcs.len()];
    let mut shared = vec![false; arcs.len()];
    for (c, country) in countries.iter().enumerate() {
        for &i in country.polygons.iter().flatten().flatten() {
            let a = if i >= 0 { i as usize } else { !i as usize };
            match users[a] {
                None => users[a] = Some(c),
                Some(other) if other != c => shared[a] = true,
                Some(_) => {}
            }
        }
    }
    let borders = (0..arcs.len()).filter(|&a| shared[a]).collect();
    Ok(World { scale, arcs, land, countries, borders })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_scale_decodes_with_land_countries_and_borders() {
        for scale in Scale::ALL {
            let w = world(scale);
            assert!(!w.land.is_empty() && w.countries.len() > 170 && w.borders.len() > 100, "{}", scale.name());
            for country in ["Pakistan", "Norway", "Fiji", "Peru", "Chile"] {
                assert!(w.countries.iter().any(|c| c.name == country && !c.polygons.is_empty()), "{country} at {}", scale.name());
            }
            // Every land ring closes on itself.
            for ring in w.land.iter().flatten() {
                let points = w.ring(ring);
                assert_eq!(points.first(), points.last(), "{}", scale.name());
            }
        }
        assert!(world(Scale::Large).countries.iter().any(|c| c.name == "Gibraltar"), "the 1:10m data has the smallest countries");
    }

    #[test]
    fn a_broken_file_is_named_with_its_problem() {
        let e = decode(Scale::Small, "{\"arcs\": [").unwrap_err();
        assert!(e.starts_with("line 1, column"), "{e}");
        let e = decode(Scale::Small, r#"{"transform": {"scale": [1, 1], "translate": [0, 0]}, "arcs": [[[0, 0], [1, 1]]],
            "objects": {"land": {"geometries": [{"type": "Polygon", "arcs": [[5]]}]}, "countries": {"geometries": []}}}"#)
            .unwrap_err();
        assert_eq!(e, "land: arc index 5 out of range");
    }

    #[test]
    fn rings_follow_arcs_both_ways_and_shared_arcs_are_borders() {
        // Two squares side by side sharing the arc x = 1; world-atlas's layout, unquantized.
        let text = r#"{"transform": {"scale": [1, 1], "translate": [0, 0]},
            "arcs": [[[1, 0], [0, 1]], [[1, 1], [-1, 0], [0, -1], [1, 0]], [[1, 0], [1, 0], [0, 1], [-1, 0]]],
            "objects": {"land": {"geometries": [{"type": "Polygon", "arcs": [[1, 2]]}]},
              "countries": {"geometries": [{"type": "Polygon", "arcs": [[0, 1]], "properties": {"name": "West"}},
                {"type": "Polygon", "arcs": [[2, -1]], "properties": {"name": "East"}}]}}}"#;
        let w = decode(Scale::Small, text).unwrap();
        assert_eq!(w.borders, [0]);
        assert_eq!(w.ring(&[2, -1]), [[1.0, 0.0], [2.0, 0.0], [2.0, 1.0], [1.0, 1.0], [1.0, 0.0]]);
        assert_eq!(w.ring_bounds(&[0, 1]), [0.0, 0.0, 1.0, 1.0]);
        assert_eq!(w.countries[1].name, "East");
    }
}
