//! The result chain (*rantai hasil*) as a tree: sasaran strategis → leaders' RHK → staff RHK.
//! Progress rolls up from the leaves by weight (default equal), and the flags point leaders
//! at the places where the chain is broken.

use serde::{Deserialize, Serialize};

/// A node of the chain as the roll-up sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct Simpul {
    /// Index of the parent node in the same slice.
    pub parent: Option<usize>,
    /// Weight of this node within its parent's roll-up (the RHK's `bobot`, default 1).
    pub bobot: f64,
    /// The node's own progress (0–1) from its IKI, used when nothing below it reports.
    pub sendiri: Option<f64>,
}

/// Progress of a result from its IKI: the mean achievement, each capped at 100 %, an IKI
/// without realisasi counting as 0. `None` when there is no IKI.
///
/// ```
/// use app::domain::cascade::progress_iki;
/// assert_eq!(progress_iki(&[(10.0, Some(5.0)), (4.0, Some(8.0))]), Some(0.75));
/// assert_eq!(progress_iki(&[(10.0, None)]), Some(0.0));
/// assert_eq!(progress_iki(&[]), None);
/// ```
pub fn progress_iki(iki: &[(f64, Option<f64>)]) -> Option<f64> {
    if iki.is_empty() {
        return None;
    }
    let sum: f64 = iki
        .iter()
        .map(|(target, real)| match real {
            Some(r) if *target > 0.0 && r.is_finite() => (r / target).clamp(0.0, 1.0),
            _ => 0.0,
        })
        .sum();
    Some(sum / iki.len() as f64)
}

/// What the cascade keeps on each RHK row, derived from its IKI and risks whenever they
/// change, so that a unit's tree is read without touching a single IKI or risk row.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RingkasanRhk {
    /// [`progress_iki`] of its IKI.
    pub progres: Option<f64>,
    /// Its first Kuantitas IKI (target, unit), for the direct-cascading split check.
    pub kuantitas: Option<(f64, String)>,
    /// The highest likelihood × impact of its risks.
    pub risiko: Option<i64>,
}

/// One IKI as [`ringkas`] needs it.
#[derive(Clone, Debug)]
pub struct IkiRingkas<'a> {
    pub kuantitas: bool,
    pub target: f64,
    pub satuan: &'a str,
    pub realisasi: Option<f64>,
}

/// The stored summary of an RHK from its IKI (in their order) and its risks
/// (likelihood, impact).
///
/// ```
/// use app::domain::cascade::{ringkas, IkiRingkas};
/// let iki = [
///     IkiRingkas { kuantitas: false, target: 100.0, satuan: "%", realisasi: Some(50.0) },
///     IkiRingkas { kuantitas: true, target: 10.0, satuan: "ton", realisasi: None },
/// ];
/// let r = ringkas(&iki, &[(2, 3), (4, 3)]);
/// assert_eq!(r.progres, Some(0.25));
/// assert_eq!(r.kuantitas, Some((10.0, "ton".to_string())));
/// assert_eq!(r.risiko, Some(12));
/// ```
pub fn ringkas(iki: &[IkiRingkas], risiko: &[(i64, i64)]) -> RingkasanRhk {
    let pairs: Vec<(f64, Option<f64>)> = iki.iter().map(|k| (k.target, k.realisasi)).collect();
    RingkasanRhk {
        progres: progress_iki(&pairs),
        kuantitas: iki
            .iter()
            .find(|k| k.kuantitas)
            .map(|k| (k.target, k.satuan.to_string())),
        risiko: risiko.iter().map(|(k, d)| k * d).max(),
    }
}

/// Whether a stored risk score (likelihood × impact) is Tinggi or above.
pub fn risiko_tinggi(skor: Option<i64>) -> bool {
    skor.is_some_and(|s| super::risiko::level_skor(s).is_high())
}

/// Rolls progress up the tree: a node with reporting children gets their weighted mean
/// (weights ≤ 0 or not finite count as 1, and all-zero weights mean equal weights); a node
/// without gets its own progress. Parents that point outside the slice, or cycles, are
/// treated as roots, so bad data never loops.
///
/// ```
/// use app::domain::cascade::{rollup, Simpul};
/// let n = |parent, bobot, sendiri| Simpul { parent, bobot, sendiri };
/// // a goal with two RHK, weighted 3:1, at 100 % and 0 %
/// let p = rollup(&[n(None, 1.0, None), n(Some(0), 3.0, Some(1.0)), n(Some(0), 1.0, Some(0.0))]);
/// assert_eq!(p, vec![Some(0.75), Some(1.0), Some(0.0)]);
/// ```
pub fn rollup(nodes: &[Simpul]) -> Vec<Option<f64>> {
    let n = nodes.len();
    let parent = |i: usize| nodes[i].parent.filter(|p| *p < n && *p != i);
    // order nodes so that every child comes before its parent: depth from the root, deepest first
    let mut depth = vec![usize::MAX; n];
    for i in 0..n {
        let mut chain = vec![];
        let mut cur = Some(i);
        while let Some(c) = cur {
            if depth[c] != usize::MAX || chain.contains(&c) || chain.len() > n {
                break;
            }
            chain.push(c);
            cur = parent(c);
        }
        // the last of the chain is a root, a node of known depth, or where a cycle closed
        let base = match chain.last().and_then(|&c| parent(c)) {
            Some(p) if depth[p] != usize::MAX => depth[p] + 1,
            _ => 0,
        };
        for (d, &c) in chain.iter().rev().enumerate() {
            depth[c] = base + d;
        }
    }
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(depth[i]));
    let mut sum = vec![0.0f64; n];
    let mut weight = vec![0.0f64; n];
    let mut progress = vec![None; n];
    for &i in &order {
        progress[i] = if weight[i] > 0.0 {
            Some(sum[i] / weight[i])
        } else {
            nodes[i].sendiri
        };
        if let (Some(p), Some(v)) = (parent(i), progress[i]) {
            // only a real parent of lower depth receives (a cycle's back edge does not)
            if depth[p] < depth[i] {
                let w = nodes[i].bobot;
                let w = if w.is_finite() && w > 0.0 { w } else { 1.0 };
                sum[p] += w * v;
                weight[p] += w;
            }
        }
    }
    progress
}

/// Where the chain is broken or strained.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Flag {
    /// An RHK that intervenes nothing (and, for a JPT, points at no sasaran strategis).
    Orphan,
    /// A leader's RHK (or a sasaran strategis) that no RHK below supports.
    Unsupported,
    /// Its owner carries more results than a person can (see [`overloaded`]).
    Overloaded,
    /// It carries a risk of level Tinggi or above.
    HighRisk,
    /// Directly cascaded children whose quantities do not add up to it.
    TargetMismatch,
}

impl Flag {
    pub fn code(self) -> &'static str {
        match self {
            Flag::Orphan => "orphan",
            Flag::Unsupported => "unsupported",
            Flag::Overloaded => "overloaded",
            Flag::HighRisk => "high_risk",
            Flag::TargetMismatch => "target_mismatch",
        }
    }
}

/// Default: more than 10 RHK in one period is more than one person can carry. Squad roles
/// (with their effort allocation) join this rule when squads land.
pub const MAX_RHK_PER_PEGAWAI: usize = 10;

/// Whether an owner with `rhk_count` results in the period is overloaded.
pub fn overloaded(rhk_count: usize) -> bool {
    rhk_count > MAX_RHK_PER_PEGAWAI
}

/// What the flags of one RHK depend on.
#[derive(Clone, Debug, Default)]
pub struct RhkFakta {
    /// It names a superior RHK.
    pub intervensi: bool,
    /// It points at a sasaran strategis.
    pub sasaran: bool,
    /// Its owner is a JPT (who may point at a sasaran instead of a superior RHK).
    pub jpt: bool,
    /// Its owner assesses someone (so their RHK should be supported from below).
    pub pemimpin: bool,
    /// Number of RHK that intervene it.
    pub anak: usize,
    pub owner_rhk_count: usize,
    pub risiko_tinggi: bool,
    /// Some directly cascaded children do not add up.
    pub pembagian_salah: bool,
}

/// The flags of one RHK, in a fixed order.
///
/// ```
/// use app::domain::cascade::{flags, Flag, RhkFakta};
/// let staff = RhkFakta { intervensi: false, owner_rhk_count: 3, ..Default::default() };
/// assert_eq!(flags(&staff), vec![Flag::Orphan]);
/// let head = RhkFakta { sasaran: true, jpt: true, pemimpin: true, anak: 0, owner_rhk_count: 4, ..Default::default() };
/// assert_eq!(flags(&head), vec![Flag::Unsupported]);
/// ```
pub fn flags(f: &RhkFakta) -> Vec<Flag> {
    let mut out = vec![];
    let linked = f.intervensi || (f.jpt && f.sasaran);
    if !linked {
        out.push(Flag::Orphan);
    }
    if f.pemimpin && f.anak == 0 {
        out.push(Flag::Unsupported);
    }
    if overloaded(f.owner_rhk_count) {
        out.push(Flag::Overloaded);
    }
    if f.risiko_tinggi {
        out.push(Flag::HighRisk);
    }
    if f.pembagian_salah {
        out.push(Flag::TargetMismatch);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn n(parent: Option<usize>, bobot: f64, sendiri: Option<f64>) -> Simpul {
        Simpul {
            parent,
            bobot,
            sendiri,
        }
    }

    #[test]
    fn rollup_three_levels_equal_weights() {
        // goal ← kadis RHK ← two kasi RHK (one with two staff RHK at 100 % and 50 %)
        let p = rollup(&[
            n(None, 1.0, None),
            n(Some(0), 1.0, Some(0.1)),
            n(Some(1), 1.0, Some(0.0)),
            n(Some(1), 1.0, Some(0.9)),
            n(Some(2), 1.0, Some(1.0)),
            n(Some(2), 1.0, Some(0.5)),
        ]);
        assert_eq!(p[2], Some(0.75), "kasi from its staff, not its own");
        assert_eq!(p[3], Some(0.9), "a leaf keeps its own");
        assert_eq!(p[1], Some(0.825));
        assert_eq!(p[0], Some(0.825));
    }

    #[test]
    fn nodes_without_progress_do_not_drag_the_mean() {
        let p = rollup(&[
            n(None, 1.0, None),
            n(Some(0), 1.0, None),
            n(Some(0), 1.0, Some(0.4)),
        ]);
        assert_eq!(p, vec![Some(0.4), None, Some(0.4)]);
    }

    #[test]
    fn bad_weights_count_as_one_and_cycles_terminate() {
        let p = rollup(&[
            n(None, 1.0, None),
            n(Some(0), 0.0, Some(1.0)),
            n(Some(0), f64::NAN, Some(0.0)),
        ]);
        assert_eq!(p[0], Some(0.5));
        // 0 → 1 → 0: a cycle from bad data still returns
        let p = rollup(&[n(Some(1), 1.0, Some(0.2)), n(Some(0), 1.0, Some(0.6))]);
        assert_eq!(p.len(), 2);
        // a parent index outside the slice is a root
        assert_eq!(rollup(&[n(Some(7), 1.0, Some(0.3))]), vec![Some(0.3)]);
    }

    #[test]
    fn flag_table() {
        let base = RhkFakta {
            intervensi: true,
            owner_rhk_count: 5,
            ..Default::default()
        };
        let cases: &[(RhkFakta, &[Flag])] = &[
            (base.clone(), &[]),
            (
                RhkFakta {
                    intervensi: false,
                    ..base.clone()
                },
                &[Flag::Orphan],
            ),
            // a non-JPT pointing only at a goal is still an orphan: it must intervene an RHK
            (
                RhkFakta {
                    intervensi: false,
                    sasaran: true,
                    ..base.clone()
                },
                &[Flag::Orphan],
            ),
            (
                RhkFakta {
                    intervensi: false,
                    sasaran: true,
                    jpt: true,
                    ..base.clone()
                },
                &[],
            ),
            (
                RhkFakta {
                    pemimpin: true,
                    ..base.clone()
                },
                &[Flag::Unsupported],
            ),
            (
                RhkFakta {
                    pemimpin: true,
                    anak: 2,
                    ..base.clone()
                },
                &[],
            ),
            (
                RhkFakta {
                    owner_rhk_count: 11,
                    ..base.clone()
                },
                &[Flag::Overloaded],
            ),
            (
                RhkFakta {
                    owner_rhk_count: 10,
                    ..base.clone()
                },
                &[],
            ),
            (
                RhkFakta {
                    risiko_tinggi: true,
                    ..base.clone()
                },
                &[Flag::HighRisk],
            ),
            (
                RhkFakta {
                    pembagian_salah: true,
                    ..base.clone()
                },
                &[Flag::TargetMismatch],
            ),
        ];
        for (f, want) in cases {
            assert_eq!(flags(f), *want, "{f:?}");
        }
        assert_eq!(
            serde_json::to_string(&Flag::HighRisk).unwrap(),
            "\"high_risk\""
        );
    }

    /// A random forest: each node's parent is an earlier node or none.
    fn forest() -> impl Strategy<Value = Vec<Simpul>> {
        prop::collection::vec(
            (
                any::<prop::sample::Index>(),
                any::<bool>(),
                0.1f64..5.0,
                prop::option::of(0.0f64..=1.0),
            ),
            1..60,
        )
        .prop_map(|v| {
            v.into_iter()
                .enumerate()
                .map(|(i, (idx, root, bobot, sendiri))| Simpul {
                    parent: (i > 0 && !root).then(|| idx.index(i)),
                    bobot,
                    sendiri,
                })
                .collect()
        })
    }

    proptest! {
        #[test]
        fn progress_stays_between_0_and_1(f in forest()) {
            for p in rollup(&f).into_iter().flatten() {
                prop_assert!((0.0..=1.0 + 1e-12).contains(&p));
            }
        }

        #[test]
        fn a_parent_lies_between_its_childrens_extremes(f in forest()) {
            let p = rollup(&f);
            for i in 0..f.len() {
                let kids: Vec<f64> = (0..f.len()).filter(|&c| f[c].parent == Some(i)).filter_map(|c| p[c]).collect();
                if !kids.is_empty() {
                    let (lo, hi) = kids.iter().fold((f64::MAX, f64::MIN), |(l, h), v| (l.min(*v), h.max(*v)));
                    let v = p[i].unwrap();
                    prop_assert!(v >= lo - 1e-9 && v <= hi + 1e-9);
                }
            }
        }

        #[test]
        fn order_of_nodes_does_not_matter(f in forest()) {
            // reverse the slice, remapping parents; results must follow their nodes
            let n = f.len();
            let rev: Vec<Simpul> = f.iter().rev().map(|s| Simpul { parent: s.parent.map(|p| n - 1 - p), ..s.clone() }).collect();
            let a = rollup(&f);
            let b = rollup(&rev);
            for i in 0..n {
                match (a[i], b[n - 1 - i]) {
                    (Some(x), Some(y)) => prop_assert!((x - y).abs() < 1e-9),
                    (x, y) => prop_assert_eq!(x, y),
                }
            }
        }
    }
}
