//! The cascade tree of a unit subtree for a period: strategic goals → leaders' RHK → staff
//! RHK, with progress rolled up by weight, the flags, search with the path to each hit, and
//! the result chain (breadcrumb) of one RHK. A unit's tree is built from one scan of the
//! RHK of its subtree plus the RHK above them (the context up to the goals).

use std::collections::{HashMap, HashSet};

use sqlx::any::AnyRow;
use sqlx::Row;

use super::period::annual;
use crate::backend::authz::{Actor, Sql};
use crate::backend::repo::{like_escape, unit};
use crate::backend::{AppError, AppResult, Db};
use crate::domain::cascade::{flags, rollup, Flag, RhkFakta, Simpul};
use crate::domain::dto::{
    Cascade, CascadeHit, CascadeNode, CascadeSummary, ChainStep, NodeKind, Owner,
};
use crate::domain::jabatan::JenisJabatan;
use crate::domain::skp::{check_pembagian, Pembagian, StatusSkp};

/// Depth shown when the caller does not say (levels below the top node).
pub const DEFAULT_DEPTH: usize = 3;
pub const MAX_DEPTH: usize = 12;
const MAX_HITS: usize = 50;

/// Leaders see the cascade of the units they head; admins and auditors any unit of theirs.
fn require_view(actor: &Actor, u: &unit::UnitRef) -> AppResult<()> {
    actor.require_instansi(&u.instansi_id)?;
    if actor.reads_whole_instansi()
        || actor
            .headed_paths
            .iter()
            .any(|p| u.path.starts_with(p.as_str()))
    {
        Ok(())
    } else {
        Err(AppError::new(
            http::StatusCode::FORBIDDEN,
            "forbidden",
            "Pohon cascading unit ini hanya untuk pimpinan unit tersebut",
            "The cascade of this unit is for the unit's leaders only",
        ))
    }
}

struct Node {
    id: String,
    kind: NodeKind,
    title: String,
    owner: Option<Owner>,
    parent: Option<usize>,
    bobot: f64,
    sendiri: Option<f64>,
    flags: Vec<Flag>,
    status: Option<StatusSkp>,
    jenis: Option<String>,
    /// Sort key among siblings.
    key: (i64, String, i64),
    in_scope: bool,
}

struct RhkRec {
    id: String,
    parent_id: Option<String>,
    sasaran_id: Option<String>,
    judul: String,
    jenis: String,
    bobot: f64,
    cascading: Option<String>,
    urutan: i64,
    owner: Owner,
    owner_level: i64,
    jpt: bool,
    status: Option<StatusSkp>,
    /// Mean achievement of its own IKI, each capped to 0–1; none without IKI.
    own_progress: Option<f64>,
    /// Its first Kuantitas IKI (target, unit), for the split check.
    kuantitas: Option<(f64, String)>,
    /// The highest likelihood × impact of its risks.
    risk: Option<i64>,
}

/// One row per RHK with everything its node needs; the IKI and risk figures come from
/// correlated subqueries (index lookups per RHK) so the subtree is scanned once. The progress
/// expression is `domain::cascade::progress_iki` in SQL, so only one row per RHK travels.
const RHK_COLS: &str =
    "r.id, r.parent_id, r.sasaran_id, r.judul, r.jenis, r.bobot, r.cascading, r.urutan, \
    p.id AS pid, p.nip, p.nama, j.nama AS jabatan, j.jenis AS jenis_jabatan, u.nama AS unit_nama, \
    u.level AS unit_level, s.status, \
    (SELECT AVG(CASE WHEN i.realisasi IS NULL OR i.target <= 0 OR i.realisasi <= 0 THEN 0.0 \
        WHEN i.realisasi >= i.target THEN 1.0 ELSE i.realisasi / i.target END) \
        FROM iki i WHERE i.instansi_id = r.instansi_id AND i.rhk_id = r.id) AS own_progress, \
    (SELECT i.target FROM iki i WHERE i.instansi_id = r.instansi_id AND i.rhk_id = r.id \
        AND i.aspek = 'KUANTITAS' ORDER BY i.urutan LIMIT 1) AS k_target, \
    (SELECT i.satuan FROM iki i WHERE i.instansi_id = r.instansi_id AND i.rhk_id = r.id \
        AND i.aspek = 'KUANTITAS' ORDER BY i.urutan LIMIT 1) AS k_satuan, \
    (SELECT MAX(k.kemungkinan * k.dampak) FROM rhk_risiko k \
        WHERE k.instansi_id = r.instansi_id AND k.rhk_id = r.id) AS risk";
const RHK_FROM: &str = "FROM rhk r \
    JOIN skp s ON s.instansi_id = r.instansi_id AND s.id = r.skp_id \
    JOIN pegawai p ON p.instansi_id = r.instansi_id AND p.id = r.pegawai_id \
    JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id \
    JOIN unit_kerja u ON u.instansi_id = p.instansi_id AND u.id = p.unit_id";

fn to_rec(r: &AnyRow) -> RhkRec {
    RhkRec {
        id: r.get("id"),
        parent_id: r.get("parent_id"),
        sasaran_id: r.get("sasaran_id"),
        judul: r.get("judul"),
        jenis: r.get("jenis"),
        bobot: r.get("bobot"),
        cascading: r.get("cascading"),
        urutan: r.get("urutan"),
        jpt: JenisJabatan::from_code(&r.get::<String, _>("jenis_jabatan"))
            .is_some_and(|j| j.is_jpt()),
        owner: Owner {
            id: r.get("pid"),
            name: r.get("nama"),
            nip: r.get("nip"),
            jabatan: r.get("jabatan"),
            unit_name: r.get("unit_nama"),
        },
        owner_level: r.get("unit_level"),
        status: StatusSkp::from_code(&r.get::<String, _>("status")),
        own_progress: r.get("own_progress"),
        kuantitas: r
            .get::<Option<f64>, _>("k_target")
            .zip(r.get::<Option<String>, _>("k_satuan")),
        risk: r.get("risk"),
    }
}

/// Everything the tree of a unit needs, loaded in a handful of queries.
struct Loaded {
    unit_id: String,
    unit_title: String,
    unit_head: Option<Owner>,
    root_unit: bool,
    sasaran: Vec<(String, String, String)>,
    scope: Vec<RhkRec>,
    context: Vec<RhkRec>,
    leaders: HashSet<String>,
}

/// The employees of the unit subtree (binds $1 instansi, $3 path pattern), written as nested
/// IN lists so both backends drive every scan from an index: units by path, people by unit,
/// RHK by (period, person), IKI by RHK.
const SUBTREE_PEOPLE: &str =
    "SELECT p.id FROM pegawai p WHERE p.instansi_id = $1 AND p.unit_id IN \
    (SELECT u.id FROM unit_kerja u WHERE u.instansi_id = $1 AND u.path LIKE $3 ESCAPE '\\')";

async fn load(db: &Db, inst: &str, u: &unit::UnitRef, periode_id: &str) -> AppResult<Loaded> {
    let pool = &db.pool;
    let like = format!("{}%", like_escape(&u.path));
    let scope_cond =
        format!("r.instansi_id = $1 AND r.periode_id = $2 AND r.pegawai_id IN ({SUBTREE_PEOPLE})");
    let scope: Vec<RhkRec> =
        sqlx::query(&format!("SELECT {RHK_COLS} {RHK_FROM} WHERE {scope_cond}"))
            .bind(inst)
            .bind(periode_id)
            .bind(&like)
            .fetch_all(pool)
            .await?
            .iter()
            .map(to_rec)
            .collect();
    let leaders: HashSet<String> = sqlx::query_scalar(
        "SELECT DISTINCT p.ppk_id FROM unit_kerja u CROSS JOIN pegawai p \
         WHERE u.instansi_id = $1 AND u.path LIKE $2 ESCAPE '\\' AND p.instansi_id = u.instansi_id \
         AND p.unit_id = u.id AND p.ppk_id IS NOT NULL AND p.aktif = 1",
    )
    .bind(inst)
    .bind(&like)
    .fetch_all(pool)
    .await?
    .into_iter()
    .collect();
    // the RHK above the subtree, up to the top of each chain
    let mut known: HashSet<String> = scope.iter().map(|r| r.id.clone()).collect();
    let mut context: Vec<RhkRec> = vec![];
    let mut missing: Vec<String> = scope
        .iter()
        .filter_map(|r| r.parent_id.clone())
        .filter(|p| !known.contains(p))
        .collect::<HashSet<_>>()
        .into_iter()
        .collect();
    for _ in 0..MAX_DEPTH * 4 {
        if missing.is_empty() {
            break;
        }
        let mut found = vec![];
        for chunk in missing.chunks(500) {
            let mut q = Sql::default();
            let i = q.bind(inst);
            let ids: Vec<String> = chunk.iter().map(|id| q.bind(id)).collect();
            let sql = format!(
                "SELECT {RHK_COLS} {RHK_FROM} WHERE r.instansi_id = {i} AND r.id IN ({})",
                ids.join(", ")
            );
            found.extend(q.query(&sql).fetch_all(pool).await?.iter().map(to_rec));
        }
        known.extend(found.iter().map(|r| r.id.clone()));
        missing = found
            .iter()
            .filter_map(|r| r.parent_id.clone())
            .filter(|p| !known.contains(p))
            .collect::<HashSet<_>>()
            .into_iter()
            .collect();
        context.extend(found);
    }
    let sasaran = sqlx::query(
        "SELECT id, kode, nama FROM sasaran_strategis WHERE instansi_id = $1 AND periode_id = $2 ORDER BY kode",
    )
    .bind(inst)
    .bind(periode_id)
    .fetch_all(pool)
    .await?
    .iter()
    .map(|r| (r.get("id"), r.get("kode"), r.get("nama")))
    .collect();
    let info = unit::get(pool, inst, &u.id)
        .await?
        .ok_or_else(|| AppError::not_found("Unit kerja", "Unit"))?;
    let head = sqlx::query(
        // CROSS JOIN keeps SQLite's join order (positions of the unit, then their holders);
        // PostgreSQL plans it as any inner join
        "SELECT p.id, p.nip, p.nama, j.nama AS jabatan FROM jabatan j CROSS JOIN pegawai p \
         WHERE j.instansi_id = $1 AND j.unit_id = $2 AND j.kepala_unit = 1 \
         AND p.instansi_id = j.instansi_id AND p.jabatan_id = j.id AND p.aktif = 1 ORDER BY p.nama LIMIT 1",
    )
    .bind(inst)
    .bind(&u.id)
    .fetch_optional(pool)
    .await?
    .map(|r| Owner {
        id: r.get("id"),
        name: r.get("nama"),
        nip: r.get("nip"),
        jabatan: r.get("jabatan"),
        unit_name: info.nama.clone(),
    });
    Ok(Loaded {
        unit_id: u.id.clone(),
        unit_title: info.nama,
        unit_head: head,
        root_unit: u.level == 1,
        sasaran,
        scope,
        context,

        leaders,
    })
}

/// The forest of one unit, with progress and flags, ready to be cut to a depth.
struct Tree {
    nodes: Vec<Node>,
    children: Vec<Vec<usize>>,
    progress: Vec<Option<f64>>,
    summary: CascadeSummary,
}

fn build(l: Loaded) -> Tree {
    let mut nodes = vec![Node {
        id: l.unit_id.clone(),
        kind: NodeKind::Unit,
        title: l.unit_title.clone(),
        owner: l.unit_head.clone(),
        parent: None,
        bobot: 1.0,
        sendiri: None,
        flags: vec![],
        status: None,
        jenis: None,
        key: (0, String::new(), 0),
        in_scope: true,
    }];
    let mut sasaran_ix = HashMap::new();
    for (id, kode, nama) in &l.sasaran {
        sasaran_ix.insert(id.clone(), nodes.len());
        nodes.push(Node {
            id: id.clone(),
            kind: NodeKind::Sasaran,
            title: format!("{kode} {nama}"),
            owner: None,
            parent: Some(0),
            bobot: 1.0,
            sendiri: None,
            flags: vec![],
            status: None,
            jenis: None,
            key: (0, kode.clone(), 0),
            in_scope: true,
        });
    }
    let unlinked = nodes.len();
    nodes.push(Node {
        id: format!("unlinked:{}", l.unit_id),
        kind: NodeKind::Unlinked,
        title: "RHK yang belum terhubung ke sasaran strategis".into(),
        owner: None,
        parent: Some(0),
        bobot: 1.0,
        sendiri: None,
        flags: vec![],
        status: None,
        jenis: None,
        key: (i64::MAX, String::new(), 0),
        in_scope: true,
    });
    let first_rhk = nodes.len();
    let all: Vec<(RhkRec, bool)> = l
        .scope
        .into_iter()
        .map(|r| (r, true))
        .chain(l.context.into_iter().map(|r| (r, false)))
        .collect();
    let ix: HashMap<&str, usize> = all
        .iter()
        .enumerate()
        .map(|(i, (r, _))| (r.id.as_str(), first_rhk + i))
        .collect();
    let mut per_owner: HashMap<&str, usize> = HashMap::new();
    for (r, scoped) in &all {
        if *scoped {
            *per_owner.entry(r.owner.id.as_str()).or_default() += 1;
        }
    }
    let parents: Vec<usize> = all
        .iter()
        .map(|(r, _)| {
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
    let mut kids: HashMap<usize, Vec<usize>> = HashMap::new();
    for (i, p) in parents.iter().enumerate() {
        kids.entry(*p).or_default().push(first_rhk + i);
    }
    for (i, (r, scoped)) in all.iter().enumerate() {
        let me = first_rhk + i;
        let my_kids = kids.get(&me).map(Vec::as_slice).unwrap_or(&[]);
        let mut fl = vec![];
        if *scoped {
            let direct: Vec<(f64, String)> = my_kids
                .iter()
                .map(|k| &all[k - first_rhk].0)
                .filter(|c| c.cascading.as_deref() == Some("LANGSUNG"))
                .filter_map(|c| c.kuantitas.clone())
                .collect();
            let pembagian_salah = match r.kuantitas.clone() {
                Some((t, s)) if !direct.is_empty() => {
                    let d: Vec<(f64, &str)> =
                        direct.iter().map(|(t, s)| (*t, s.as_str())).collect();
                    check_pembagian((t, &s), &d) != Pembagian::Sesuai
                }
                _ => false,
            };
            fl = flags(&RhkFakta {
                intervensi: r.parent_id.is_some(),
                sasaran: r.sasaran_id.is_some(),
                jpt: r.jpt,
                pemimpin: l.leaders.contains(&r.owner.id),
                anak: my_kids.len(),
                owner_rhk_count: per_owner.get(r.owner.id.as_str()).copied().unwrap_or(0),
                risiko_tinggi: r.risk.is_some_and(|s| s >= 10),
                pembagian_salah,
            });
        }
        let sendiri = r.own_progress;
        nodes.push(Node {
            id: r.id.clone(),
            kind: NodeKind::Rhk,
            title: r.judul.clone(),
            owner: Some(r.owner.clone()),
            parent: Some(parents[i]),
            bobot: r.bobot,
            sendiri,
            flags: fl,
            status: r.status,
            jenis: Some(r.jenis.clone()),
            key: (r.owner_level, r.owner.name.clone(), r.urutan),
            in_scope: *scoped,
        });
    }
    let mut children = vec![vec![]; nodes.len()];
    for (i, n) in nodes.iter().enumerate().skip(1) {
        if let Some(p) = n.parent {
            children[p].push(i);
        }
    }
    for c in children.iter_mut() {
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
    let mut summary = CascadeSummary::default();
    for n in nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Rhk && n.in_scope)
    {
        summary.rhk += 1;
        for f in &n.flags {
            match f {
                Flag::Orphan => summary.orphan += 1,
                Flag::Unsupported => summary.unsupported += 1,
                Flag::Overloaded => summary.overloaded += 1,
                Flag::HighRisk => summary.high_risk += 1,
                Flag::TargetMismatch => summary.target_mismatch += 1,
            }
        }
    }
    Tree {
        nodes,
        children,
        progress,
        summary,
    }
}

impl Tree {
    fn node(&self, i: usize, depth: usize) -> CascadeNode {
        let n = &self.nodes[i];
        let kids = &self.children[i];
        CascadeNode {
            id: n.id.clone(),
            kind: n.kind,
            title: n.title.clone(),
            owner: n.owner.clone(),
            progress: self.progress[i].map(|p| (p * 10_000.0).round() / 10_000.0),
            flags: n.flags.clone(),
            status: n.status,
            jenis: n.jenis.clone(),
            child_count: kids.len() as i64,
            has_children: depth == 0 && !kids.is_empty(),
            children: if depth == 0 {
                vec![]
            } else {
                kids.iter().map(|&c| self.node(c, depth - 1)).collect()
            },
        }
    }

    fn find(&self, id: &str) -> Option<usize> {
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

    fn path(&self, mut i: usize) -> Vec<String> {
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

async fn tree(
    db: &Db,
    actor: &Actor,
    unit_id: &str,
    period: Option<&str>,
) -> AppResult<(Tree, String)> {
    let u = unit::find(&db.pool, unit_id)
        .await?
        .ok_or_else(|| AppError::not_found("Unit kerja", "Unit"))?;
    require_view(actor, &u)?;
    let p = annual(db, actor, period).await?;
    let loaded = load(db, &u.instansi_id, &u, &p.id).await?;
    Ok((build(loaded), p.id))
}

/// The tree under a unit (or under `node` within it), `depth` levels deep.
pub async fn cascade(
    db: &Db,
    actor: &Actor,
    unit_id: &str,
    period: Option<&str>,
    depth: Option<usize>,
    node: Option<&str>,
) -> AppResult<Cascade> {
    let depth = depth.unwrap_or(DEFAULT_DEPTH).min(MAX_DEPTH);
    let (t, periode_id) = tree(db, actor, unit_id, period).await?;
    let top = match node.filter(|n| !n.is_empty()) {
        Some(id) => t
            .find(id)
            .ok_or_else(|| AppError::not_found("Simpul cascading", "Cascade node"))?,
        None => 0,
    };
    Ok(Cascade {
        unit_id: unit_id.to_string(),
        periode_id,
        summary: t.summary.clone(),
        root: t.node(top, depth),
    })
}

/// RHK in the unit's tree whose text, owner name or owner NIP (prefix) matches `q`, each
/// with the path that opens it.
pub async fn search(
    db: &Db,
    actor: &Actor,
    unit_id: &str,
    period: Option<&str>,
    q: &str,
) -> AppResult<Vec<CascadeHit>> {
    let q = q.trim().to_lowercase();
    if q.chars().count() < 2 || q.chars().count() > 100 {
        return Err(AppError::bad_request(
            "Kata kunci 2 sampai 100 karakter",
            "The search text must be 2 to 100 characters",
        ));
    }
    let (t, _) = tree(db, actor, unit_id, period).await?;
    let digits = q.chars().all(|c| c.is_ascii_digit());
    let mut hits = vec![];
    let mut stack = vec![0usize];
    while let Some(i) = stack.pop() {
        stack.extend(t.children[i].iter().rev().copied());
        let n = &t.nodes[i];
        if n.kind != NodeKind::Rhk {
            continue;
        }
        let owner_hit = n.owner.as_ref().is_some_and(|o| {
            if digits {
                o.nip.starts_with(&q)
            } else {
                o.name.to_lowercase().contains(&q)
            }
        });
        if owner_hit || (!digits && n.title.to_lowercase().contains(&q)) {
            hits.push(CascadeHit {
                id: n.id.clone(),
                title: n.title.clone(),
                owner: n.owner.clone(),
                path: t.path(i),
            });
            if hits.len() >= MAX_HITS {
                break;
            }
        }
    }
    Ok(hits)
}

/// The result chain of an RHK, from the strategic goal down to the RHK itself.
pub async fn chain(db: &Db, actor: &Actor, rhk_id: &str) -> AppResult<Vec<ChainStep>> {
    let first = crate::backend::repo::skp::find_rhk(&db.pool, rhk_id)
        .await?
        .ok_or_else(|| AppError::not_found("RHK", "RHK"))?;
    actor.require_instansi(&first.instansi_id)?;
    let (_, scope) = super::owner_scope(db, &first.pegawai_id).await?;
    actor.require_employee(&scope)?;
    let chain = crate::backend::repo::skp::chain_up(
        &db.pool,
        &first.instansi_id,
        rhk_id,
        MAX_DEPTH as i64 * 4,
    )
    .await?;
    let top_sasaran = chain.last().and_then(|r| r.sasaran_id.clone());
    let mut steps: Vec<ChainStep> = chain
        .into_iter()
        .map(|r| ChainStep {
            id: r.id,
            kind: NodeKind::Rhk,
            title: r.judul,
            owner_name: Some(r.owner_name),
        })
        .collect();
    if let Some(sid) = top_sasaran {
        if let Some(r) = sqlx::query(
            "SELECT id, kode, nama FROM sasaran_strategis WHERE instansi_id = $1 AND id = $2",
        )
        .bind(&first.instansi_id)
        .bind(&sid)
        .fetch_optional(&db.pool)
        .await?
        {
            steps.push(ChainStep {
                id: r.get("id"),
                kind: NodeKind::Sasaran,
                title: format!(
                    "{} {}",
                    r.get::<String, _>("kode"),
                    r.get::<String, _>("nama")
                ),
                owner_name: None,
            });
        }
    }
    steps.reverse();
    Ok(steps)
}
