//! The share card of each page, for the native pre-renderer (never in the browser bundle): what the
//! page is about, in the page's colours (`styles/base.css`, `styles/map.css`), with a picture of the
//! section's actors drawn from the actor map's own geometry and shapes (`ui::actor_map`). The crate
//! `cards` lays it out and renders the PNG.

use cards::{Anchor, Card, Colour, Label, Look, Path, Picture, Stroke};
use story::{Relation, Section, Story};

use crate::ui::actor_map::geometry::{self, Curve, Frame, Point};
use crate::ui::actor_map::style;

/// The card file's name in each page's folder (`card.png`, `section/<id>/card.png`).
pub const FILE: &str = "card.png";
pub const TYPE: &str = "image/png";
/// The most a card may weigh: WhatsApp drops link previews larger than 300 KB.
pub const LIMIT: usize = 300_000;

/// The page's colours.
pub fn look() -> Result<Look, String> {
    Look::from_css(include_str!("../styles/base.css"), "styles/base.css")
}

/// The card of the whole explainer.
pub fn story_card(story: &Story) -> Result<Card, String> {
    let actors: Vec<&str> = story.actors.iter().map(|a| a.id).collect();
    Ok(Card {
        language: story.meta.language.to_owned(),
        kicker: story.locale.kicker.to_owned(),
        title: story.meta.headline.to_owned(),
        gist: story.meta.standfirst.to_string(),
        byline: byline(story),
        picture: Some(picture(story, &actors, |_| true)?),
    })
}

/// The card of one section: the story's headline over the section's title and summary, and the
/// section's actors with the relations it supports.
pub fn section_card(story: &Story, section: &Section) -> Result<Card, String> {
    Ok(Card {
        language: story.meta.language.to_owned(),
        kicker: story.meta.headline.to_owned(),
        title: section.title.to_owned(),
        gist: section.summary.to_string(),
        byline: byline(story),
        picture: Some(picture(story, section.actors, |r| r.sections.contains(&section.id))?),
    })
}

/// What a card shows, for `og:image:alt`, in the locale's words: its title and the actors its
/// picture draws.
pub fn alt(story: &Story, card: &Card, actors: &[&str]) -> String {
    let locale = &story.locale;
    let names: Vec<&str> = actors.iter().filter_map(|id| story.actors.iter().find(|a| a.id == *id)).map(|a| a.name).collect();
    let names = match names.as_slice() {
        [] => String::new(),
        many if many.len() > 8 => locale.count(&locale.card_alt_many, many.len() as u64, &[]),
        [one] => (*one).to_owned(),
        [rest @ .., last] => locale.list_two.fill(&[("first", &rest.join(locale.list_separator)), ("last", last)]),
    };
    let alt = if card.title != story.meta.headline {
        locale.card_alt_section.fill(&[("title", &card.title), ("headline", story.meta.headline)])
    } else {
        locale.card_alt.fill(&[("title", &card.title)])
    };
    if names.is_empty() {
        format!("{alt}{}", locale.full_stop)
    } else {
        locale.card_alt_map.fill(&[("alt", &alt), ("names", &names)])
    }
}

/// Who made the statement and when, as the masthead says it.
fn byline(story: &Story) -> String {
    let speaker = story.actors.iter().find(|a| a.id == story.meta.speaker).map_or(story.meta.speaker, |a| a.name);
    story.locale.card_byline.fill(&[("speaker", speaker), ("date", &story.meta.date)])
}

/// A map's custom property colours (`--kind-*`, `--rel-*`), light mode.
struct Palette(Vec<(String, String)>);

impl Palette {
    fn new() -> Palette {
        Palette(cards::look::custom_properties(include_str!("../styles/map.css")))
    }
    fn get(&self, name: &str) -> Result<Colour, String> {
        cards::look::colour(&self.0, name, "styles/map.css")
    }
}

/// The actor map with `lit` actors (where the map puts them) and the relations among them that
/// `shown` keeps, in their colours and shapes, cropped to what they cover: in the map's wide frame
/// or its narrow one (the phone's, drawn tall), whichever draws them larger in the card's panel.
fn picture(story: &Story, lit: &[&str], shown: impl Fn(&Relation) -> bool) -> Result<Picture, String> {
    let (panel_w, panel_h) = cards::compose::picture_size();
    let drawn_size = |frame: Frame, picture: &Picture| {
        let (_, _, w, h) = picture.view;
        (panel_w / w).min(panel_h / h) * frame.measures().node_radius
    };
    let wide = picture_in(Frame::Wide, story, lit, &shown)?;
    let narrow = picture_in(Frame::Narrow, story, lit, &shown)?;
    Ok(if drawn_size(Frame::Narrow, &narrow) > drawn_size(Frame::Wide, &wide) { narrow } else { wide })
}

fn picture_in(frame: Frame, story: &Story, lit: &[&str], shown: &impl Fn(&Relation) -> bool) -> Result<Picture, String> {
    let m = frame.measures();
    let palette = Palette::new();
    let look = look()?;
    let index = |id: &str| story.actors.iter().position(|a| a.id == id);
    let points: Vec<Point> = story.actors.iter().map(|a| frame.place(a.position)).collect();
    let is_lit = |id: &str| lit.contains(&id);

    let mut relations: Vec<&Relation> = story.relations.iter().filter(|r| shown(r) && is_lit(r.from) && is_lit(r.to)).collect();
    relations.sort_by_key(|r| r.kind);
    let links: Vec<(usize, usize)> = relations.iter().filter_map(|r| Some((index(r.from)?, index(r.to)?))).collect();
    let curves: Vec<Curve> = geometry::curves(frame, &points, &links);

    let mut paths = Vec::new();
    for (relation, curve) in relations.iter().zip(&curves) {
        let line = style::line(relation.kind);
        let colour = palette.get(&format!("rel-{}", relation.kind.key()))?;
        paths.push(Path {
            d: curve.d.clone(),
            at: (0.0, 0.0),
            fill: None,
            stroke: Some(Stroke { colour, width: line.width * 1.4, dash: line.dash.map(str::to_owned) }),
            opacity: 1.0,
            arrow: true,
        });
    }
    let lit_indexes: Vec<usize> = lit.iter().filter_map(|id| index(id)).collect();
    for &i in &lit_indexes {
        let actor = &story.actors[i];
        let colour = palette.get(&format!("kind-{}", actor.kind.key()))?;
        paths.push(Path {
            d: style::shape(actor.kind, m.node_radius),
            at: (points[i].x, points[i].y),
            fill: Some(mix(&colour, &look.surface, 0.16)),
            stroke: Some(Stroke { colour, width: 3.0, dash: None }),
            opacity: 1.0,
            arrow: false,
        });
    }
    // Labels where the map puts them, clear of the lines and of each other.
    let labelled: Vec<(Point, &'static str)> = lit_indexes.iter().map(|&i| (points[i], story.actors[i].short)).collect();
    let placed = geometry::place_labels(frame, &labelled, &curves);
    let mut labels = Vec::new();
    let mut bounds = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
    let mut grow = |l: f32, t: f32, r: f32, b: f32| bounds = (bounds.0.min(l), bounds.1.min(t), bounds.2.max(r), bounds.3.max(b));
    for (&(centre, _), label) in labelled.iter().zip(&placed) {
        grow(centre.x - m.node_radius, centre.y - m.node_radius, centre.x + m.node_radius, centre.y + m.node_radius);
        grow(label.bounds.left, label.bounds.top, label.bounds.right, label.bounds.bottom);
        let anchor = match label.side.anchor() {
            "start" => Anchor::Start,
            "end" => Anchor::End,
            _ => Anchor::Middle,
        };
        labels.push(Label {
            lines: label.lines.iter().map(|l| (*l).to_owned()).collect(),
            x: centre.x + label.x,
            y: centre.y + label.y,
            line_height: label.line_height,
            anchor,
            size: m.font_size,
            colour: look.text.clone(),
            bold: true,
        });
    }
    let view = if lit_indexes.is_empty() { (0.0, 0.0, m.width, m.height) } else { crop(bounds, (m.width, m.height)) };
    Ok(Picture { view, paths, labels })
}

/// The view around `bounds` (left, top, right, bottom) with a margin, at least a third of the frame
/// across so a lone actor is not drawn huge, and within the frame.
fn crop((left, top, right, bottom): (f32, f32, f32, f32), (width, height): (f32, f32)) -> (f32, f32, f32, f32) {
    const MARGIN: f32 = 16.0;
    let (min_w, min_h) = (width / 3.0, height / 3.0);
    let (cx, cy) = ((left + right) / 2.0, (top + bottom) / 2.0);
    let w = (right - left + 2.0 * MARGIN).max(min_w).min(width);
    let h = (bottom - top + 2.0 * MARGIN).max(min_h).min(height);
    let x = (cx - w / 2.0).clamp(0.0, width - w);
    let y = (cy - h / 2.0).clamp(0.0, height - h);
    (x, y, w, h)
}

/// `share` of `colour` over `base`, as the map's `color-mix(in srgb, …)` fills its shapes.
fn mix(colour: &Colour, base: &Colour, share: f32) -> Colour {
    let channel = |c: &Colour, i: usize| f32::from(u8::from_str_radix(&c.as_str()[1 + 2 * i..3 + 2 * i], 16).unwrap_or(0));
    let hex: String = (0..3).map(|i| format!("{:02x}", (channel(colour, i) * share + channel(base, i) * (1.0 - share)).round() as u8)).collect();
    Colour::parse(&format!("#{hex}")).unwrap_or_else(|| base.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mixing_is_by_channel() {
        let (red, white) = (Colour::parse("#ff0000").unwrap(), Colour::parse("#ffffff").unwrap());
        assert_eq!(mix(&red, &white, 0.5).as_str(), "#ff8080");
        assert_eq!(mix(&red, &white, 0.0).as_str(), "#ffffff");
    }

    #[test]
    fn a_crop_keeps_its_bounds_and_stays_in_the_frame() {
        assert_eq!(crop((100.0, 100.0, 500.0, 300.0), (800.0, 560.0)), (84.0, 84.0, 432.0, 232.0));
        // Small bounds grow to a third of the frame; near an edge they slide inside it.
        let (x, y, w, h) = crop((0.0, 0.0, 10.0, 10.0), (900.0, 600.0));
        assert_eq!((x, y, w, h), (0.0, 0.0, 300.0, 200.0));
    }
}
