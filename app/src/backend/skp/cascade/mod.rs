//! The cascade tree of a unit subtree for a period: strategic goals → leaders' RHK → staff
//! RHK, with progress rolled up by weight, the flags, search with the path to each hit, and
//! the result chain (breadcrumb) of one RHK. A unit's tree is built from one narrow scan of
//! the RHK of its subtree plus the RHK above them (the context up to the goals); titles and
//! owners are read only for the nodes the answer shows.

mod load;
mod tree;

use std::collections::HashMap;

use sqlx::Row;

use super::period::annual;
use crate::backend::authz::Actor;
use crate::backend::repo::unit;
use crate::backend::{AppError, AppResult, Db};
use crate::domain::dto::{Cascade, CascadeHit, ChainStep, NodeKind, Owner};
use tree::Tree;

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

async fn tree(db: &Db, actor: &Actor, unit_id: &str, period: Option<&str>) -> AppResult<Built> {
    let u = unit::find(&db.pool, unit_id)
        .await?
        .ok_or_else(|| AppError::not_found("Unit kerja", "Unit"))?;
    require_view(actor, &u)?;
    let p = annual(db, actor, period).await?;
    let mut loaded = load::load(db, &u.instansi_id, &u, &p.id).await?;
    let owners = std::mem::take(&mut loaded.owners);
    Ok(Built {
        tree: tree::build(loaded),
        periode_id: p.id,
        inst: u.instansi_id,
        owners,
    })
}

/// The tree of a unit, its period and instansi, and the owners of its RHK by id.
struct Built {
    tree: Tree,
    periode_id: String,
    inst: String,
    owners: HashMap<String, Owner>,
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
    let Built {
        tree: t,
        periode_id,
        inst,
        owners,
    } = tree(db, actor, unit_id, period).await?;
    let top = match node.filter(|n| !n.is_empty()) {
        Some(id) => t
            .find(id)
            .ok_or_else(|| AppError::not_found("Simpul cascading", "Cascade node"))?,
        None => 0,
    };
    let rinci = load::rinci(db, &inst, &t.shown(top, depth), &owners).await?;
    Ok(Cascade {
        unit_id: unit_id.to_string(),
        periode_id,
        summary: t.summary.clone(),
        root: t.node(top, depth, &rinci),
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
    let Built {
        tree: t,
        inst,
        owners,
        ..
    } = tree(db, actor, unit_id, period).await?;
    let rinci = load::rinci(db, &inst, &t.reachable(), &owners).await?;
    let digits = q.chars().all(|c| c.is_ascii_digit());
    let mut hits = vec![];
    let mut stack = vec![0usize];
    while let Some(i) = stack.pop() {
        stack.extend(t.children[i].iter().rev().copied());
        let n = &t.nodes[i];
        let Some(r) = rinci.get(&n.id).filter(|_| n.kind == NodeKind::Rhk) else {
            continue;
        };
        let owner_hit = if digits {
            r.owner.nip.starts_with(&q)
        } else {
            r.owner.name.to_lowercase().contains(&q)
        };
        if owner_hit || (!digits && r.judul.to_lowercase().contains(&q)) {
            hits.push(CascadeHit {
                id: n.id.clone(),
                title: r.judul.clone(),
                owner: Some(r.owner.clone()),
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
    path_to_goal(db, &first.instansi_id, rhk_id).await
}

/// The path from the strategic goal down to `rhk_id` (inclusive), top first; also the
/// path shown with each result on the contribution map.
pub async fn path_to_goal(db: &Db, inst: &str, rhk_id: &str) -> AppResult<Vec<ChainStep>> {
    let chain =
        crate::backend::repo::skp::chain_up(&db.pool, inst, rhk_id, MAX_DEPTH as i64 * 4).await?;
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
        .bind(inst)
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
