//! Everything the locator map draws, worked out once per story: the frame, the outline (or a
//! schematic grid), the markers, and two sets of labels: one for wide screens and one, with bigger
//! type, for phones (the drawing scales with the screen, so the type must be bigger in the drawing's
//! units to stay readable; CSS shows one set or the other).

use story::Story;

use super::labels::{distance, place_labels, place_names, Placed, Rect, Style};
use super::outline;
use super::projection::{scale_bar, Frame, Point};
use super::world::Scale;

/// The outline under the markers.
#[derive(Debug, Clone, PartialEq)]
pub enum Ground {
    /// Land and borders from Natural Earth, at this scale.
    Outline { scale: Scale, land: String, borders: String },
    /// No land anywhere in the frame (open sea): a grid of parallels and meridians every `step`
    /// degrees, so the places still have a frame of reference.
    Schematic { step: f64, grid: String },
}

/// The labels, leaders and scale bar for one screen size.
#[derive(Debug, Clone, PartialEq)]
pub struct LabelSet {
    /// `"wide"` or `"narrow"`, for the CSS class.
    pub name: &'static str,
    pub style: Style,
    pub country_style: Style,
    /// One per place, in the story's order.
    pub places: Vec<Placed>,
    /// Country names that fit.
    pub countries: Vec<(&'static str, Rect)>,
    /// The scale bar: where its text goes, and the bar's left end and length.
    pub scale_box: Rect,
    pub scale_bar: (Point, f64),
}

/// The whole drawing.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    pub frame: Frame,
    pub ground: Ground,
    /// One per place, in the story's order.
    pub markers: Vec<Point>,
    /// The scale bar's distance, as its label reads in the locale ("1000 km"): the text the layout
    /// measures is the text the map draws.
    pub scale_label: String,
    pub sets: [LabelSet; 2],
}

/// A marker's dot radius on wide screens; phones scale the marker (CSS) by [`NARROW_MARKER`].
pub const MARKER_RADIUS: f64 = 5.0;
pub const NARROW_MARKER: f64 = 1.8;

/// How many country names (those nearest the places) are placed before the place labels.
const KEY_COUNTRIES: usize = 3;

const WIDE: Style = Style { font_size: 15.0, bold: true, letter_spacing: 0.0, capitals: false, marker_radius: MARKER_RADIUS, gap: 3.0 };
const WIDE_COUNTRY: Style = Style { font_size: 11.0, bold: false, letter_spacing: 1.5, capitals: true, ..WIDE };
const NARROW: Style = Style { font_size: 26.0, bold: true, letter_spacing: 0.0, capitals: false, marker_radius: MARKER_RADIUS * NARROW_MARKER, gap: 5.0 };
const NARROW_COUNTRY: Style = Style { font_size: 19.0, bold: false, letter_spacing: 2.5, capitals: true, ..NARROW };

/// The locator map of a story's places on the world's outline; `None` for a story without places.
pub fn layout(story: &Story) -> Option<Layout> {
    let frame = Frame::around(story.places.iter().map(|p| (f64::from(p.lat), f64::from(p.lon))))?;
    let markers: Vec<Point> = story.places.iter().map(|p| frame.project(f64::from(p.lat), f64::from(p.lon))).collect();
    let outline = outline::draw(&frame, &markers);
    let (ground, mut countries) = if outline.land.is_empty() && outline.borders.is_empty() {
        let (step, grid) = outline::graticule(&frame);
        (Ground::Schematic { step, grid }, Vec::new())
    } else {
        // Named in the locale's words; a country it cannot name is left unlabelled.
        let countries = outline.countries.into_iter().filter_map(|(name, at)| Some((story.locale.country(name)?, at))).collect();
        (Ground::Outline { scale: outline.scale, land: outline.land, borders: outline.borders }, countries)
    };
    let names: Vec<&str> = story.places.iter().map(|p| *p.name).collect();
    // Country names nearest the places first: those are the ones a locator map must name.
    let nearest = |p: Point| markers.iter().map(|m| distance(*m, p)).fold(f64::INFINITY, f64::min);
    countries.sort_by(|a, b| nearest(a.1).total_cmp(&nearest(b.1)));
    let (scale_km, bar) = scale_bar(&frame);
    let scale_label = story.locale.scale_km.fill(&[("n", &story.locale.number(u64::from(scale_km)))]);
    let bounds = Rect { left: 0.0, top: 0.0, right: frame.width, bottom: frame.height }.grow(-2.0);
    let set = |name, style: Style, country_style: Style| {
        // The scale bar sits in the bottom-left corner: its text above the bar.
        let (tw, th) = style.size(&scale_label);
        let inset = style.font_size * 0.6;
        let bar_start = Point { x: inset, y: frame.height - inset };
        let scale_box = Rect { left: inset, top: bar_start.y - th - 4.0, right: inset + tw.max(bar), bottom: bar_start.y + 3.0 };
        let points: Vec<Point> = countries.iter().map(|(_, p)| *p).collect();
        let texts: Vec<&str> = countries.iter().map(|(n, _)| *n).collect();
        // The few countries nearest the places are named first, so the place labels work around
        // their names; if that leaves a place label without a clear spot, the place labels go first.
        let key = KEY_COUNTRIES.min(countries.len());
        let mut fitted = place_names(&points[..key], &texts[..key], country_style, bounds, &markers, &[], &[scale_box]);
        let fixed: Vec<Rect> = std::iter::once(scale_box).chain(fitted.iter().flatten().copied()).collect();
        let mut places = place_labels(&markers, &names, style, bounds, &fixed);
        if !places.iter().all(|p| p.clear) {
            places = place_labels(&markers, &names, style, bounds, &[scale_box]);
            fitted.clear();
        }
        let fixed: Vec<Rect> = std::iter::once(scale_box).chain(fitted.iter().flatten().copied()).collect();
        let from = fitted.len();
        fitted.extend(place_names(&points[from..], &texts[from..], country_style, bounds, &markers, &places, &fixed));
        let countries = countries.iter().zip(fitted).filter_map(|((n, _), r)| r.map(|r| (*n, r))).collect();
        LabelSet { name, style, country_style, places, countries, scale_box, scale_bar: (bar_start, bar) }
    };
    let sets = [set("wide", WIDE, WIDE_COUNTRY), set("narrow", NARROW, NARROW_COUNTRY)];
    Some(Layout { frame, ground, markers, scale_label, sets })
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::super::labels::tests::assert_clear;
    use super::*;

    fn load(dir: &str) -> Story {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
        story::load::load_dir(&dir).unwrap_or_else(|e| panic!("{e}"))
    }

    fn lighthouse() -> Story {
        load("crates/story/tests/fixtures/stories/lighthouse")
    }

    fn check(story: &Story, what: &str) -> Layout {
        let layout = layout(story).expect("the story has places");
        assert_eq!(layout.markers.len(), story.places.len());
        for set in &layout.sets {
            let what = format!("{what}, {} labels", set.name);
            let bounds = Rect { left: 0.0, top: 0.0, right: layout.frame.width, bottom: layout.frame.height };
            assert_clear(&layout.markers, &set.places, &set.style, &bounds, &what);
            // No place label, leader or country name touches the scale bar; names clear the labels.
            for (i, label) in set.places.iter().enumerate() {
                assert_eq!(label.rect.overlap(&set.scale_box), 0.0, "{what}: label {i} covers the scale bar");
                for (name, r) in &set.countries {
                    assert_eq!(label.rect.overlap(r), 0.0, "{what}: {name} covers label {i}");
                }
            }
            for (i, (a, ra)) in set.countries.iter().enumerate() {
                assert!(bounds.contains(ra), "{what}: {a} leaves the drawing");
                assert_eq!(ra.overlap(&set.scale_box), 0.0, "{what}: {a} covers the scale bar");
                for (b, rb) in &set.countries[i + 1..] {
                    assert_eq!(ra.overlap(rb), 0.0, "{what}: {a} and {b} overlap");
                }
            }
            let overlaps = count_overlaps(&set.places);
            println!("{what}: {} labels, {} with leaders, {} country names, {overlaps} overlapping pairs", set.places.len(), set.places.iter().filter(|l| l.leader.is_some()).count(), set.countries.len());
        }
        layout
    }

    fn count_overlaps(labels: &[Placed]) -> usize {
        let mut n = 0;
        for (i, a) in labels.iter().enumerate() {
            n += labels[i + 1..].iter().filter(|b| a.rect.overlap(&b.rect) > 0.0).count();
        }
        n
    }

    /// The story's map is drawn on Natural Earth at this scale, with these countries named on the
    /// wide map; `borders` says whether the frame has land borders to draw (islands have none).
    fn check_outline(story: &Story, what: &str, scale: Scale, borders: bool, named: &[&str]) -> Layout {
        let layout = check(story, what);
        let Ground::Outline { scale: drawn, land, borders: lines } = &layout.ground else {
            panic!("{what}: drawn on a schematic grid, not on the world's outline")
        };
        println!("{what}: {} outline, land {} bytes, borders {} bytes", drawn.name(), land.len(), lines.len());
        assert_eq!(*drawn, scale, "{what}");
        assert!(land.starts_with('M') && land.ends_with('z') && land.matches('M').count() >= 1, "{what}: a coastline");
        assert_eq!(!lines.is_empty(), borders, "{what}: borders");
        let wide: Vec<&str> = layout.sets[0].countries.iter().map(|(n, _)| *n).collect();
        for country in named {
            assert!(wide.contains(country), "{what}: {country} not named: {wide:?}");
        }
        layout
    }

    #[test]
    fn the_bundled_story_is_drawn_on_its_outline_with_clear_labels() {
        check_outline(&crate::bundled::STORY, "bundled", Scale::Medium, true, &["Pakistan", "Afghanistan", "Iran"]);
    }

    #[test]
    fn stories_anywhere_are_drawn_on_real_coastlines_and_borders() {
        check_outline(&load("tests/fixtures/world/pacific"), "pacific", Scale::Large, false, &["Fiji", "Tonga", "Samoa"]);
        check_outline(&load("tests/fixtures/world/finnmark"), "finnmark", Scale::Large, true, &["Norway", "Finland", "Russia"]);
        check_outline(&load("tests/fixtures/world/andes"), "andes", Scale::Medium, true, &["Peru", "Bolivia", "Chile", "Argentina"]);
        check_outline(&load("tests/fixtures/world/gibraltar"), "gibraltar", Scale::Large, true, &["Spain"]);
        check_outline(&lighthouse(), "lighthouse", Scale::Large, false, &[]);
    }

    #[test]
    fn the_layout_is_the_same_every_time() {
        let story = &crate::bundled::STORY;
        assert_eq!(layout(story), layout(story));
    }
}
