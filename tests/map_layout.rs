//! The actor map's layout for real stories, natively: labels stay clear of each other and of the
//! nodes in both frames, touch targets are large enough, and the arrow keys reach every node.

use std::path::Path;

use explainer::ui::actor_map::geometry::{Frame, Rect};
use explainer::ui::actor_map::graph::{positions, Scene};
use explainer::ui::actor_map::keyboard::{self, reachable};
use explainer::ui::state::State;
use story::Story;

fn stories() -> Vec<&'static Story> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/story/tests/fixtures/stories/lighthouse");
    let lighthouse = story::load::load_dir(&dir).unwrap_or_else(|e| panic!("{e}"));
    vec![&explainer::bundled::STORY, Box::leak(Box::new(lighthouse))]
}

#[test]
fn labels_never_overlap_each_other_or_a_node_in_either_frame() {
    for story in stories() {
        for frame in [Frame::Wide, Frame::Narrow] {
            let m = frame.measures();
            let scene = Scene::new(story, frame);
            let bounds = Rect { left: 0.0, top: 0.0, right: m.width, bottom: m.height };
            for (i, a) in scene.nodes.iter().enumerate() {
                let label = &a.label.bounds;
                assert_eq!(label.outside(&bounds), 0.0, "{} label leaves the {frame:?} drawing", a.actor.id);
                for (j, b) in scene.nodes.iter().enumerate() {
                    let node = Rect::around(b.centre, m.node_radius * 1.2, m.node_radius * 1.2);
                    if i != j {
                        assert_eq!(label.overlap(&b.label.bounds), 0.0, "{frame:?}: labels of {} and {} overlap", a.actor.id, b.actor.id);
                        assert_eq!(label.overlap(&node), 0.0, "{frame:?}: label of {} covers {}", a.actor.id, b.actor.id);
                    }
                }
            }
            // Touch targets: at least 24 CSS pixels at the narrowest page (320 px, a 296 px map).
            if frame == Frame::Narrow {
                assert!(2.0 * m.hit_radius * 296.0 / m.width >= 24.0);
            }
        }
    }
}

#[test]
fn every_node_is_reachable_with_the_arrow_keys_in_either_frame() {
    for story in stories() {
        let state = State::new(story, None);
        for frame in [Frame::Wide, Frame::Narrow] {
            let positions = positions(story, &state, frame);
            let start = keyboard::tab_stop(&positions, None, None).unwrap();
            let all: Vec<usize> = (0..story.actors.len()).collect();
            assert_eq!(reachable(start, &positions), all, "{frame:?}");
        }
    }
}
