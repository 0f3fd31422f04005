//! How kinds look, never by colour alone: each actor kind has its own shape, and each relation kind its
//! own line (dash pattern, width and a mark at its middle). Colours come from CSS (`styles/map.css`)
//! through the `kind-*` and `rel-*` classes; the map, the legend and the detail panel all draw from here.

use story::{ActorKind, RelationKind};
use yew::prelude::*;

use super::geometry::{num, Frame};

/// A mark drawn at the middle of a relation's line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Cross,
    Plus,
    Ring,
    Dot,
    Diamond,
    Bar,
}

impl Mark {
    pub fn key(self) -> &'static str {
        match self {
            Mark::Cross => "cross",
            Mark::Plus => "plus",
            Mark::Ring => "ring",
            Mark::Dot => "dot",
            Mark::Diamond => "diamond",
            Mark::Bar => "bar",
        }
    }

    /// The mark's outline, centred on (0, 0), about 10 units across, pointing along +x.
    pub fn path(self) -> &'static str {
        match self {
            Mark::Cross => "M-4 -4L4 4M-4 4L4 -4",
            Mark::Plus => "M-5 0H5M0 -5V5",
            Mark::Ring => "M4 0A4 4 0 1 1 -4 0A4 4 0 1 1 4 0Z",
            Mark::Dot => "M3.5 0A3.5 3.5 0 1 1 -3.5 0A3.5 3.5 0 1 1 3.5 0Z",
            Mark::Diamond => "M0 -5L5 0L0 5L-5 0Z",
            Mark::Bar => "M0 -6V6",
        }
    }
}

/// How one kind of relation is drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Line {
    /// `stroke-dasharray`, or solid.
    pub dash: Option<&'static str>,
    pub width: f32,
    pub mark: Option<Mark>,
}

pub fn line(kind: RelationKind) -> Line {
    let (dash, width, mark) = match kind {
        RelationKind::Accuses => (None, 2.5, None),
        RelationKind::Mediates => (Some("1 5"), 3.0, None),
        RelationKind::DesignatesEnemy => (None, 2.5, Some(Mark::Cross)),
        RelationKind::AllegedlyShelters => (Some("10 5"), 2.5, None),
        RelationKind::AllegedlyBacks => (Some("10 4 2 4"), 2.5, None),
        RelationKind::NegotiatesWith => (None, 2.0, Some(Mark::Ring)),
        RelationKind::CeasefireWith => (Some("4 4"), 2.0, None),
        RelationKind::OffersToReceive => (Some("8 3 2 3 2 3"), 2.0, None),
        RelationKind::Warns => (None, 2.0, Some(Mark::Diamond)),
        RelationKind::Urges => (Some("6 3"), 2.0, Some(Mark::Bar)),
        RelationKind::SpeaksFor => (None, 1.5, Some(Mark::Dot)),
        RelationKind::Aids => (None, 2.0, Some(Mark::Plus)),
    };
    Line { dash, width, mark }
}

/// The id of the arrowhead marker for a relation kind in a frame.
pub fn arrow_id(kind: RelationKind, frame: Frame) -> String {
    format!("map-{}-arrow-{}", frame.key(), kind.key())
}

/// The id of the middle-mark marker for a relation kind in a frame.
pub fn mark_id(kind: RelationKind, frame: Frame) -> String {
    format!("map-{}-mark-{}", frame.key(), kind.key())
}

/// The class that colours everything of one relation kind.
pub fn rel_class(kind: RelationKind) -> String {
    format!("rel-{}", kind.key())
}

/// The class that colours everything of one actor kind.
pub fn kind_class(kind: ActorKind) -> String {
    format!("kind-{}", kind.key())
}

/// The arrowhead, pointing along +x with its tip at (10, 5).
pub const ARROW_PATH: &str = "M0 0L10 5L0 10L2.5 5Z";

/// The outline of a node of this kind with radius `r`, centred on (0, 0). Shapes use fixed vertex
/// tables rather than trigonometry, so they are the same natively and in WebAssembly.
pub fn shape(kind: ActorKind, r: f32) -> String {
    const HEXAGON: [(f32, f32); 6] = [(1.0, 0.0), (0.5, 0.866), (-0.5, 0.866), (-1.0, 0.0), (-0.5, -0.866), (0.5, -0.866)];
    const HOUSE: [(f32, f32); 5] = [(0.0, -1.05), (0.9, -0.25), (0.9, 0.85), (-0.9, 0.85), (-0.9, -0.25)];
    const TRIANGLE_UP: [(f32, f32); 3] = [(0.0, -1.15), (1.05, 0.75), (-1.05, 0.75)];
    const TRIANGLE_DOWN: [(f32, f32); 3] = [(0.0, 1.15), (1.05, -0.75), (-1.05, -0.75)];
    const DIAMOND: [(f32, f32); 4] = [(0.0, -1.2), (1.2, 0.0), (0.0, 1.2), (-1.2, 0.0)];
    const SQUARE: [(f32, f32); 4] = [(-0.85, -0.85), (0.85, -0.85), (0.85, 0.85), (-0.85, 0.85)];
    const STAR: [(f32, f32); 10] = [
        (0.0, -1.1),
        (0.291, -0.4),
        (1.046, -0.34),
        (0.47, 0.153),
        (0.647, 0.89),
        (0.0, 0.495),
        (-0.647, 0.89),
        (-0.47, 0.153),
        (-1.046, -0.34),
        (-0.291, -0.4),
    ];
    let polygon = |points: &[(f32, f32)]| {
        let mut d = String::new();
        for (i, (x, y)) in points.iter().enumerate() {
            d.push(if i == 0 { 'M' } else { 'L' });
            d.push_str(&format!("{} {}", num(x * r), num(y * r)));
        }
        d.push('Z');
        d
    };
    let circle = |radius: f32| {
        let q = num(radius);
        let m = num(-radius);
        format!("M{q} 0A{q} {q} 0 1 1 {m} 0A{q} {q} 0 1 1 {q} 0Z")
    };
    match kind {
        ActorKind::Person => circle(r),
        ActorKind::State => polygon(&SQUARE),
        ActorKind::Government => polygon(&HEXAGON),
        ActorKind::GovernmentBody => polygon(&HOUSE),
        ActorKind::ArmedGroup => polygon(&TRIANGLE_UP),
        ActorKind::Faction => polygon(&TRIANGLE_DOWN),
        ActorKind::Mediator => polygon(&DIAMOND),
        ActorKind::Media => polygon(&STAR),
        ActorKind::Population => {
            // A wide capsule: a crowd.
            let (w, h) = (r * 1.15, r * 0.7);
            let straight = w - h;
            format!(
                "M{a} {top}H{b}A{h} {h} 0 0 1 {b} {bottom}H{a}A{h} {h} 0 0 1 {a} {top}Z",
                a = num(-straight),
                b = num(straight),
                top = num(-h),
                bottom = num(h),
                h = num(h)
            )
        }
        ActorKind::International => {
            // A globe: a circle with a meridian and the equator.
            let e = num(r * 0.45);
            format!("{}M0 {}A{e} {r} 0 1 1 0 {}A{e} {r} 0 1 1 0 {}M{} 0H{}", circle(r), num(-r), num(r), num(-r), num(-r), num(r), r = num(r))
        }
    }
}

/// A small drawing of a relation kind's line with its mark and arrowhead, for the legend and the detail
/// panel (decorative: the kind is always named in text next to it).
pub fn line_sample(kind: RelationKind) -> Html {
    let style = line(kind);
    html! {
        <svg class={classes!("line-sample", rel_class(kind))} viewBox="0 0 48 14" width="48" height="14" aria-hidden="true">
            <path class="map-edge-line" d="M2 7H37" stroke-width={num(style.width)} stroke-dasharray={style.dash} />
            if let Some(mark) = style.mark {
                <path class={classes!("map-mark-shape", format!("mark-{}", mark.key()))} d={mark.path()} transform="translate(19 7)" />
            }
            <path class="map-arrow-shape" d={ARROW_PATH} transform="translate(36 2)" />
        </svg>
    }
}

/// A small drawing of an actor kind's shape (decorative, as [`line_sample`]).
pub fn shape_sample(kind: ActorKind) -> Html {
    html! {
        <svg class={classes!("shape-sample", kind_class(kind))} viewBox="-12 -12 24 24" width="20" height="20" aria-hidden="true">
            <path class="map-node-shape" d={shape(kind, 8.5)} />
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_relation_kind_has_its_own_line_without_colour() {
        let lines: Vec<_> = RelationKind::ALL.iter().map(|k| line(*k)).collect();
        for (i, a) in lines.iter().enumerate() {
            for (j, b) in lines.iter().enumerate().skip(i + 1) {
                assert_ne!(a, b, "{:?} and {:?} look the same", RelationKind::ALL[i], RelationKind::ALL[j]);
            }
        }
    }

    #[test]
    fn every_actor_kind_has_its_own_shape() {
        let shapes: Vec<String> = ActorKind::ALL.iter().map(|k| shape(*k, 10.0)).collect();
        for (i, a) in shapes.iter().enumerate() {
            assert!(a.starts_with('M') && a.ends_with(['Z', '0']), "{a}");
            assert!(!shapes[i + 1..].contains(a), "{:?} shares a shape", ActorKind::ALL[i]);
        }
    }

    #[test]
    fn shapes_scale_with_the_radius() {
        assert_eq!(shape(ActorKind::State, 10.0), "M-8.5 -8.5L8.5 -8.5L8.5 8.5L-8.5 8.5Z");
        assert_eq!(shape(ActorKind::Person, 2.0), "M2 0A2 2 0 1 1 -2 0A2 2 0 1 1 2 0Z");
    }
}
