//! Moving around the map from the keyboard, as pure functions: the map is one tab stop, and the arrow
//! keys go to the nearest node in their direction, as the reader sees the drawing.

use super::geometry::Point;

/// A move the keyboard asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    Left,
    Right,
    Up,
    Down,
    /// The first node in reading order.
    First,
    /// The last node in reading order.
    Last,
}

impl Move {
    /// The move a key (`KeyboardEvent.key`) asks for, if any.
    pub fn from_key(key: &str) -> Option<Move> {
        match key {
            "ArrowLeft" | "Left" => Some(Move::Left),
            "ArrowRight" | "Right" => Some(Move::Right),
            "ArrowUp" | "Up" => Some(Move::Up),
            "ArrowDown" | "Down" => Some(Move::Down),
            "Home" => Some(Move::First),
            "End" => Some(Move::Last),
            _ => None,
        }
    }
}

/// Where a move leads from `current`, among `nodes` (index, centre). `None` when nothing lies that way;
/// the focus then stays put.
///
/// An arrow goes to the nearest node within 45° of its direction; when there is none, to the node
/// ahead (strictly further that way) with the least distance ahead plus twice the distance sideways.
/// So a node well off to the side never beats one that lies the way the arrow points. Ties go to the
/// node a quarter-turn clockwise (for → the lower one, for ↓ the one to the left, and so on), so that
/// from the middle of a square every corner can be reached. Home and End go to the first and last node
/// in reading order (top to bottom, then left to right).
pub fn step(current: Point, m: Move, nodes: &[(usize, Point)]) -> Option<usize> {
    let (ax, ay) = match m {
        Move::First => return nodes.iter().min_by(reading).map(|(i, _)| *i),
        Move::Last => return nodes.iter().max_by(reading).map(|(i, _)| *i),
        Move::Left => (-1.0, 0.0),
        Move::Right => (1.0, 0.0),
        Move::Up => (0.0, -1.0),
        Move::Down => (0.0, 1.0),
    };
    // The best so far: (index, in the cone, score, turn). The cone first, then the lower score, then
    // the lower turn (more clockwise).
    let mut best: Option<(usize, bool, f32, f32)> = None;
    for (index, p) in nodes {
        let (dx, dy) = (p.x - current.x, p.y - current.y);
        let ahead = dx * ax + dy * ay;
        let turn = dx * ay - dy * ax;
        let aside = turn.abs();
        if ahead <= 0.5 {
            continue;
        }
        let in_cone = aside <= ahead;
        let score = if in_cone { (ahead * ahead + aside * aside).sqrt() } else { ahead + 2.0 * aside };
        let better = match best {
            None => true,
            Some((_, best_in_cone, best_score, best_turn)) => {
                if in_cone != best_in_cone {
                    in_cone
                } else if (score - best_score).abs() > 0.001 {
                    score < best_score
                } else {
                    turn < best_turn
                }
            }
        };
        if better {
            best = Some((*index, in_cone, score, turn));
        }
    }
    best.map(|(index, ..)| index)
}

/// Reading order: top to bottom, then left to right (then content order).
fn reading((ia, a): &&(usize, Point), (ib, b): &&(usize, Point)) -> std::cmp::Ordering {
    a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)).then(ia.cmp(ib))
}

/// Node indexes in reading order. The browser only ever needs the first or the last node, found
/// without sorting (a sort would add its machinery to the bundle).
pub fn reading_order(nodes: &[(usize, Point)]) -> Vec<usize> {
    let mut sorted: Vec<&(usize, Point)> = nodes.iter().collect();
    sorted.sort_by(reading);
    sorted.into_iter().map(|(i, _)| *i).collect()
}

/// The node that holds the map's one tab stop: the selected actor when it is shown, else the node the
/// reader last moved to when it is shown, else the first in reading order.
pub fn tab_stop(nodes: &[(usize, Point)], selected: Option<usize>, last: Option<usize>) -> Option<usize> {
    let shown = |i: &usize| nodes.iter().any(|(j, _)| j == i);
    selected.filter(shown).or(last.filter(shown)).or_else(|| nodes.iter().min_by(reading).map(|(i, _)| *i))
}

/// Every node a reader can reach from `start` with the arrow keys (for tests and checks).
pub fn reachable(start: usize, nodes: &[(usize, Point)]) -> Vec<usize> {
    let at = |i: usize| nodes.iter().find(|(j, _)| *j == i).map(|(_, p)| *p);
    let mut seen = vec![start];
    let mut queue = vec![start];
    while let Some(i) = queue.pop() {
        let Some(p) = at(i) else { continue };
        for m in [Move::Left, Move::Right, Move::Up, Move::Down] {
            if let Some(next) = step(p, m, nodes) {
                if !seen.contains(&next) {
                    seen.push(next);
                    queue.push(next);
                }
            }
        }
    }
    seen.sort_unstable();
    seen
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid() -> Vec<(usize, Point)> {
        // 0 . 1
        // . 2 .
        // 3 . 4
        vec![
            (0, Point::new(0.0, 0.0)),
            (1, Point::new(100.0, 0.0)),
            (2, Point::new(50.0, 50.0)),
            (3, Point::new(0.0, 100.0)),
            (4, Point::new(100.0, 100.0)),
        ]
    }

    #[test]
    fn keys_map_to_moves() {
        assert_eq!(Move::from_key("ArrowLeft"), Some(Move::Left));
        assert_eq!(Move::from_key("ArrowDown"), Some(Move::Down));
        assert_eq!(Move::from_key("Home"), Some(Move::First));
        assert_eq!(Move::from_key("End"), Some(Move::Last));
        assert_eq!(Move::from_key("Enter"), None);
        assert_eq!(Move::from_key("a"), None);
    }

    #[test]
    fn arrows_go_to_the_nearest_node_within_45_degrees() {
        let nodes = grid();
        let at = |i: usize| nodes[i].1;
        // From a corner the centre lies on the 45° line and is nearer than the far corner.
        assert_eq!(step(at(0), Move::Right, &nodes), Some(2));
        assert_eq!(step(at(4), Move::Up, &nodes), Some(2));
        assert_eq!(step(at(1), Move::Down, &nodes), Some(2));
        assert_eq!(step(at(3), Move::Right, &nodes), Some(2));
        // From the centre two corners tie each way; the one a quarter-turn clockwise wins.
        assert_eq!(step(at(2), Move::Right, &nodes), Some(4));
        assert_eq!(step(at(2), Move::Down, &nodes), Some(3));
        assert_eq!(step(at(2), Move::Left, &nodes), Some(0));
        assert_eq!(step(at(2), Move::Up, &nodes), Some(1));
    }

    #[test]
    fn a_node_well_aside_loses_to_one_straight_ahead() {
        // 1 lies straight to the right of 0; 2 is nearer but more below than right.
        let nodes = [(0, Point::new(0.0, 0.0)), (1, Point::new(100.0, 0.0)), (2, Point::new(40.0, 60.0))];
        assert_eq!(step(nodes[0].1, Move::Right, &nodes), Some(1));
        assert_eq!(step(nodes[0].1, Move::Down, &nodes), Some(2));
        assert_eq!(step(nodes[1].1, Move::Down, &nodes), Some(2), "exactly 45° is inside the cone");
        assert_eq!(step(nodes[2].1, Move::Up, &nodes), Some(0), "both are within 45° above; 0 is nearer");
        // With nothing within 45°, the arrow still goes to something ahead rather than nowhere.
        let far = [(0, Point::new(0.0, 0.0)), (1, Point::new(100.0, 10.0)), (2, Point::new(-90.0, 40.0))];
        assert_eq!(step(far[0].1, Move::Down, &far), Some(1), "10 + 2×100 = 210 beats 40 + 2×90 = 220");
        assert_eq!(step(far[0].1, Move::Up, &far), None);
    }

    #[test]
    fn nothing_that_way_means_no_move() {
        let nodes = grid();
        assert_eq!(step(nodes[0].1, Move::Left, &nodes), None);
        assert_eq!(step(nodes[0].1, Move::Up, &nodes), None);
        assert_eq!(step(nodes[4].1, Move::Right, &nodes), None);
        // A node at the same height is not "below".
        let row = [(0, Point::new(0.0, 0.0)), (1, Point::new(50.0, 0.0))];
        assert_eq!(step(row[0].1, Move::Down, &row), None);
    }

    #[test]
    fn home_and_end_follow_reading_order() {
        let nodes = grid();
        assert_eq!(reading_order(&nodes), vec![0, 1, 2, 3, 4]);
        assert_eq!(step(Point::new(50.0, 50.0), Move::First, &nodes), Some(0));
        assert_eq!(step(Point::new(50.0, 50.0), Move::Last, &nodes), Some(4));
        let shuffled = [(7, Point::new(5.0, 9.0)), (8, Point::new(1.0, 9.0)), (9, Point::new(3.0, 1.0))];
        assert_eq!(reading_order(&shuffled), vec![9, 8, 7]);
        assert_eq!(step(Point::new(0.0, 0.0), Move::First, &[]), None);
    }

    #[test]
    fn the_tab_stop_follows_the_selection_then_the_reader() {
        let nodes = grid();
        assert_eq!(tab_stop(&nodes, None, None), Some(0));
        assert_eq!(tab_stop(&nodes, None, Some(3)), Some(3));
        assert_eq!(tab_stop(&nodes, Some(4), Some(3)), Some(4));
        // Hidden nodes (filtered out) cannot hold it.
        let without_four: Vec<_> = nodes.iter().copied().filter(|(i, _)| *i != 4 && *i != 0).collect();
        assert_eq!(tab_stop(&without_four, Some(4), Some(3)), Some(3));
        assert_eq!(tab_stop(&without_four, Some(4), Some(0)), Some(1));
        assert_eq!(tab_stop(&[], Some(4), Some(0)), None);
    }

    #[test]
    fn every_node_of_the_grid_is_reachable() {
        let nodes = grid();
        for (start, _) in &nodes {
            assert_eq!(reachable(*start, &nodes), vec![0, 1, 2, 3, 4]);
        }
    }
}
