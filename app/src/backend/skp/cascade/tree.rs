//! The forest of one unit built in memory from the narrow rows: structure, roll-up, flags and
//! the summary. Titles and owners of RHK are filled in only for the nodes an answer shows.

use std::collections::HashMap;

use super::load::{Baris, Loaded, Rinci};
use crate::domain::cascade::{flags, risiko_tinggi, rollup, Flag, RhkFakta, Simpul};
use crate::domain::dto::{CascadeNode, CascadeSummary, NodeKind, Owner};
use crate::domain::skp::{check_pembagian, Pembagian};

pub(super) struct Node {
    pub id: String,
    pub kind: NodeKind,
    /// Unit, goal and group nodes only; an RHK's comes from [`Rinci`].
    title: String,
    owner: Option<Owner>,
    pub parent: Option<usize>,
    bobot: f64,
    sendiri: Option<f64>,
    flags: Vec<Flag>,
    /// Sort key among siblings.
    key: (i64, String, i64),
    in_scope: bool,
}

pub(super) struct Tree {
    pub nodes: Vec<Node>,
    pub children: Vec<Vec<usize>>,
    progress: Vec<Option<f64>>,
    pub summary: CascadeSummary,
}

fn group(id: String, kind: NodeKind, title: String, key: (i64, String, i64)) -> Node {
    Node {
        id,
        kind,
        title,
        owner: None,
        parent: Some(0),
        bobot: 1.0,
        sendiri: None,
        flags: vec![],
        key,
        in_scope: true,
    }
}

/// The flags of an in-scope RHK given its children.
fn flags_of(
    r: &Baris,
    kids: &[&Baris],
    leaders: &std::collections::HashSet<String>,
    owned: usize,
) -> Vec<Flag> {
    let direct: Vec<(f64, &str)> = kids
        .iter()
        .filter(|c| c.langsung)
        .filter_map(|c| c.kuantitas.as_ref().map(|(t, s)| (*t, s.as_str())))
        .collect();
    let pembagian_salah = match &r.kuantitas {
        Some((t, s)) if !direct.is_empty() => {
            check_pembagian((*t, s.as_str()), &direct) != Pembagian::Sesuai
        }
        _ => false,
    };
    flags(&RhkFakta {
        intervensi: r.parent_id.is_some(),
        sasaran: r.sasaran_id.is_some(),
        jpt: r.jpt,
        pemimpin: leaders.contains(&r.owner_id),
        anak: kids.len(),
        owner_rhk_count: owned,
        risiko_tinggi: risiko_tinggi(r.risiko),
        pembagian_salah,
    })
}

pub(super) fn build(l: Loaded) -> Tree {
    let mut nodes = vec![Node {
        owner: l.unit_head.clone(),
        parent: None,
        ..group(
            l.unit_id.clone(),
            NodeKind::Unit,
            l.unit_title.clone(),
            Default::default(),
        )
    }];
    let mut sasaran_ix = HashMap::new();
    for (id, kode, nama) in &l.sasaran {
        sasaran_ix.insert(id.as_str(), nodes.len());
        nodes.push(group(
            id.clone(),
            NodeKind::Sasaran,
            format!("{kode} {nama}"),
            (0, kode.clone(), 0),
        ));
    }
    let unlinked = nodes.len();
    nodes.push(group(
        format!("unlinked:{}", l.unit_id),
        NodeKind::Unlinked,
        "RHK yang belum terhubung ke sasaran strategis".into(),
        (i64::MAX, String::new(), 0),
    ));
    let first_rhk = nodes.len();
    let in_scope = l.scope.len();
    let all: Vec<&Baris> = l.scope.iter().chain(l.context.iter()).collect();
    let ix: HashMap<&str, usize> = all
        .iter()
        .enumerate()
        .map(|(i, r)| (r.id.as_str(), first_rhk + i))
        .collect();
    let mut per_owner: HashMap<&str, usize> = HashMap::new();
    for r in &l.scope {
        *per_owner.entry(r.owner_id.as_str()).or_default() += 1;
    }
    let parents: Vec<usize> = all
        .iter()
        .map(|r| {
            r.parent_id
                .as_deref()
                .and_then(|p| ix.get(p).copied())
                .or_else(|| {
                    r.sasaran_id
                        .as_deref()
                        .and_then(|s| sasaran_ix.get(s).copied())
                })
                .unwrap_or(unlinked)
        })
        .collect();
    let mut kids: Vec<Vec<&Baris>> = vec![vec![]; all.len()];
    for (i, p) in parents.iter().enumerate() {
        if *p >= first_rhk {
            kids[p - first_rhk].push(all[i]);
        }
    }
    for (i, r) in all.iter().enumerate() {
        let scoped = i < in_scope;
        nodes.push(Node {
            id: r.id.clone(),
            kind: NodeKind::Rhk,
            title: String::new(),
            owner: None,
            parent: Some(parents[i]),
            bobot: r.bobot,
            sendiri: r.progres,
            flags: if scoped {
                let owned = per_owner.get(r.owner_id.as_str()).copied().unwrap_or(0);
                flags_of(r, &kids[i], &l.leaders, owned)
            } else {
                vec![]
            },
            key: (r.owner_level, r.owner_name.clone(), r.urutan),
            in_scope: scoped,
        });
    }
    let mut children = vec![vec![]; nodes.len()];
    for (i, n) in nodes.iter().enumerate().skip(1) {
        if let Some(p) = n.parent {
            children[p].push(i);
        }
    }
    for c in children.iter_mut().filter(|c| c.len() > 1) {
        c.sort_by(|a, b| {
            nodes[*a]
                .key
                .cmp(&nodes[*b].key)
                .then_with(|| nodes[*a].id.cmp(&nodes[*b].id))
        });
    }
    // goals that nothing below supports; outside the agency's own root they are not shown
    for (i, n) in nodes.iter_mut().enumerate() {
        if n.kind == NodeKind::Sasaran && children[i].is_empty() {
            n.flags.push(Flag::Unsupported);
        }
    }
    let top: Vec<usize> = children[0]
        .iter()
        .copied()
        .filter(|&i| match nodes[i].kind {
            NodeKind::Sasaran => l.root_unit || !children[i].is_empty(),
            NodeKind::Unlinked => !children[i].is_empty(),
            _ => true,
        })
        .collect();
    children[0] = top;
    let simpul: Vec<Simpul> = nodes
        .iter()
        .map(|n| Simpul {
            parent: n.parent,
            bobot: n.bobot,
            sendiri: n.sendiri,
        })
        .collect();
    let progress = rollup(&simpul);
    let summary = summarise(&nodes);
    Tree {
        nodes,
        children,
        progress,
        summary,
    }
}

fn summarise(nodes: &[Node]) -> CascadeSummary {
    let mut s = CascadeSummary::default();
    for n in nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Rhk && n.in_scope)
    {
        s.rhk += 1;
        for f in &n.flags {
            match f {
                Flag::Orphan => s.orphan += 1,
                Flag::Unsupported => s.unsupported += 1,
                Flag::Overloaded => s.overloaded += 1,
                Flag::HighRisk => s.high_risk += 1,
                Flag::TargetMismatch => s.target_mismatch += 1,
            }
        }
    }
    s
}

impl Tree {
    /// The RHK ids an answer of `depth` levels below `top` shows.
    pub fn shown(&self, top: usize, depth: usize) -> Vec<&str> {
        let mut out = vec![];
        let mut stack = vec![(top, depth)];
        while let Some((i, d)) = stack.pop() {
            if self.nodes[i].kind == NodeKind::Rhk {
                out.push(self.nodes[i].id.as_str());
            }
            if d > 0 {
                stack.extend(self.children[i].iter().map(|&c| (c, d - 1)));
            }
        }
        out
    }

    /// Every RHK reachable from the top.
    pub fn reachable(&self) -> Vec<&str> {
        self.shown(0, usize::MAX)
    }

    pub fn node(&self, i: usize, depth: usize, rinci: &HashMap<String, Rinci>) -> CascadeNode {
        let n = &self.nodes[i];
        let kids = &self.children[i];
        let r = rinci.get(&n.id).filter(|_| n.kind == NodeKind::Rhk);
        CascadeNode {
            id: n.id.clone(),
            kind: n.kind,
            title: r.map_or_else(|| n.title.clone(), |r| r.judul.clone()),
            owner: r.map(|r| r.owner.clone()).or_else(|| n.owner.clone()),
            progress: self.progress[i].map(|p| (p * 10_000.0).round() / 10_000.0),
            flags: n.flags.clone(),
            status: r.and_then(|r| r.status),
            jenis: r.map(|r| r.jenis.clone()),
            child_count: kids.len() as i64,
            has_children: depth == 0 && !kids.is_empty(),
            children: if depth == 0 {
                vec![]
            } else {
                kids.iter()
                    .map(|&c| self.node(c, depth - 1, rinci))
                    .collect()
            },
        }
    }

    pub fn find(&self, id: &str) -> Option<usize> {
        // a node only counts when it is reachable from the top (hidden goals are not)
        let mut stack = vec![0usize];
        while let Some(i) = stack.pop() {
            if self.nodes[i].id == id {
                return Some(i);
            }
            stack.extend(self.children[i].iter().copied());
        }
        None
    }

    pub fn path(&self, mut i: usize) -> Vec<String> {
        let mut p = vec![];
        while i != 0 {
            p.push(self.nodes[i].id.clone());
            match self.nodes[i].parent {
                Some(q) if !p.contains(&self.nodes[q].id) => i = q,
                _ => break,
            }
        }
        p.reverse();
        p
    }
}
