//! The tidy layout of the cascade diagram: leaves take slots left to right, a parent sits
//! centred over its first and last child, each level one row lower. Pure, so it is tested
//! without a browser.

use std::collections::{HashMap, HashSet};

use crate::domain::dto::CascadeNode;

pub const BOX_W: f64 = 220.0;
pub const BOX_H: f64 = 96.0;
pub const GAP_X: f64 = 24.0;
pub const GAP_Y: f64 = 56.0;
pub const MARGIN: f64 = 16.0;
/// Levels drawn at most (the backend allows 12 below the unit).
const MAX_LEVELS: usize = 16;

/// The loaded children by parent id, each without its own `children` (those are in the map
/// too); [`TOP`] holds the strategic goals.
pub type Kids = HashMap<String, Vec<CascadeNode>>;
pub const TOP: &str = "";

/// Whether a node has anything below it.
pub fn has_children(n: &CascadeNode) -> bool {
    n.child_count > 0 || n.has_children || !n.children.is_empty()
}

/// Stores `nodes` as the children of `parent`, and the children that came with them (the
/// answer of several levels) under their own parents.
pub fn graft(kids: &mut Kids, parent: &str, nodes: Vec<CascadeNode>) {
    let mut level = Vec::with_capacity(nodes.len());
    for mut n in nodes {
        let below = std::mem::take(&mut n.children);
        if !below.is_empty() {
            graft(kids, &n.id, below);
        }
        level.push(n);
    }
    kids.insert(parent.to_string(), level);
}

/// One box of the diagram: `x`, `y` is its top left corner.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    pub node: CascadeNode,
    pub x: f64,
    pub y: f64,
    pub parent: Option<usize>,
    /// Shown open (its children, when loaded, are drawn below it).
    pub open: bool,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Layout {
    pub boxes: Vec<Placed>,
    pub width: f64,
    pub height: f64,
}

struct Walk<'a> {
    kids: &'a Kids,
    open: &'a HashSet<String>,
    slot: usize,
    levels: usize,
    boxes: Vec<Placed>,
}

impl Walk<'_> {
    /// Places `n` and what is shown below it; returns its centre in slots.
    fn place(&mut self, n: &CascadeNode, level: usize, parent: Option<usize>) -> f64 {
        let idx = self.boxes.len();
        self.levels = self.levels.max(level + 1);
        let open = level + 1 < MAX_LEVELS && self.open.contains(&n.id);
        self.boxes.push(Placed {
            node: n.clone(),
            x: 0.0,
            y: MARGIN + level as f64 * (BOX_H + GAP_Y),
            parent,
            open,
        });
        let kids = self.kids;
        let below = open
            .then(|| kids.get(&n.id))
            .flatten()
            .filter(|c| !c.is_empty());
        let centre = match below {
            Some(children) => {
                let xs: Vec<f64> = children
                    .iter()
                    .map(|c| self.place(c, level + 1, Some(idx)))
                    .collect();
                (xs[0] + xs[xs.len() - 1]) / 2.0
            }
            None => {
                self.slot += 1;
                (self.slot - 1) as f64
            }
        };
        self.boxes[idx].x = MARGIN + centre * (BOX_W + GAP_X);
        centre
    }
}

/// The boxes shown: the goals, and the loaded children of every open node.
pub fn layout(kids: &Kids, open: &HashSet<String>) -> Layout {
    let mut w = Walk {
        kids,
        open,
        slot: 0,
        levels: 0,
        boxes: Vec::new(),
    };
    for n in kids.get(TOP).into_iter().flatten() {
        w.place(n, 0, None);
    }
    let span = |count: usize, size: f64, gap: f64| {
        if count == 0 {
            0.0
        } else {
            count as f64 * (size + gap) - gap + 2.0 * MARGIN
        }
    };
    Layout {
        width: span(w.slot, BOX_W, GAP_X),
        height: span(w.levels, BOX_H, GAP_Y),
        boxes: w.boxes,
    }
}

/// `text` in at most `lines` lines of about `per_line` characters, broken between words
/// (inside a word only when it is longer than a line); the last line ends with "…" when
/// something was left out.
pub fn wrap(text: &str, per_line: usize, lines: usize) -> Vec<String> {
    let per_line = per_line.max(2);
    let mut out: Vec<String> = Vec::new();
    let mut cur = String::new();
    let words = text.split_whitespace();
    let mut cut = false;
    'outer: for word in words {
        let mut word: Vec<char> = word.chars().collect();
        loop {
            let used = cur.chars().count();
            let room = if used == 0 {
                per_line
            } else {
                per_line.saturating_sub(used + 1)
            };
            if word.len() <= room {
                if used > 0 {
                    cur.push(' ');
                }
                cur.extend(word);
                break;
            }
            if used == 0 {
                // a word longer than a line: break it
                cur.extend(word.drain(..per_line));
            }
            out.push(std::mem::take(&mut cur));
            if out.len() == lines {
                cut = true;
                break 'outer;
            }
        }
    }
    if !cur.is_empty() && out.len() < lines {
        out.push(cur);
    }
    if cut {
        if let Some(last) = out.last_mut() {
            let mut chars: Vec<char> = last.chars().collect();
            chars.truncate(per_line - 1);
            while chars.last() == Some(&' ') {
                chars.pop();
            }
            *last = chars.into_iter().collect::<String>() + "…";
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dto::NodeKind;

    fn node(id: &str, children: Vec<CascadeNode>) -> CascadeNode {
        CascadeNode {
            id: id.into(),
            kind: NodeKind::Rhk,
            title: id.into(),
            owner: None,
            progress: None,
            flags: vec![],
            status: None,
            jenis: None,
            child_count: children.len() as i64,
            has_children: false,
            children,
        }
    }

    #[test]
    fn parents_centre_over_their_children() {
        let mut kids = Kids::new();
        let a = node(
            "a",
            vec![node("a1", vec![]), node("a2", vec![]), node("a3", vec![])],
        );
        graft(&mut kids, TOP, vec![a, node("b", vec![node("b1", vec![])])]);
        assert!(kids["a"].iter().all(|n| n.children.is_empty()));
        let open: HashSet<String> = ["a".to_string()].into();
        let l = layout(&kids, &open);
        let ids: Vec<&str> = l.boxes.iter().map(|b| b.node.id.as_str()).collect();
        assert_eq!(ids, ["a", "a1", "a2", "a3", "b"]);
        assert_eq!(l.boxes[0].x, l.boxes[2].x);
        assert_eq!(l.boxes[1].parent, Some(0));
        assert!(l.boxes[4].x > l.boxes[3].x);
        assert_eq!(l.width, 4.0 * (BOX_W + GAP_X) - GAP_X + 2.0 * MARGIN);
        assert_eq!(l.height, 2.0 * (BOX_H + GAP_Y) - GAP_Y + 2.0 * MARGIN);
    }

    #[test]
    fn wraps_in_two_lines_with_an_ellipsis() {
        assert_eq!(wrap("satu dua tiga", 9, 2), ["satu dua", "tiga"]);
        assert_eq!(
            wrap("satu dua tiga empat lima", 9, 2),
            ["satu dua", "tiga…"]
        );
        assert_eq!(wrap("abcdefghijkl", 5, 2), ["abcde", "fghi…"]);
        assert_eq!(wrap("abcdefghi x", 9, 2), ["abcdefghi", "x"]);
        assert!(wrap("", 9, 2).is_empty());
    }
}
