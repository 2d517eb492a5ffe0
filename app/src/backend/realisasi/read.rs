//! Reading realisasi: the entries of one IKI (a page, newest first), and one piece of
//! evidence, served only to those who may see the RHK.

use std::path::PathBuf;

use super::access::akses;
use super::store::EvidenceStore;
use crate::backend::authz::Actor;
use crate::backend::repo::realisasi as repo;
use crate::backend::repo::{decode_cursor, encode_cursor};
use crate::backend::{AppError, AppResult, Db};
use crate::domain::dto::{page_limit, RealisasiIki};

/// One IKI's entries after `cursor` (the `next_cursor` of the page before).
pub async fn for_iki(
    db: &Db,
    actor: &Actor,
    iki_id: &str,
    limit: Option<i64>,
    cursor: Option<&str>,
) -> AppResult<RealisasiIki> {
    let a = akses(db, actor, iki_id).await?;
    a.require_read()?;
    let limit = page_limit(limit);
    let after = match cursor.map(str::trim).filter(|c| !c.is_empty()) {
        Some(c) => match decode_cursor(c).as_deref() {
            Some([at, id]) => Some((at.clone(), id.clone())),
            _ => {
                return Err(AppError::bad_request(
                    "Kursor tidak valid",
                    "Invalid cursor",
                ))
            }
        },
        None => None,
    };
    let after = after.as_ref().map(|(a, b)| (a.as_str(), b.as_str()));
    let items = repo::for_iki(&db.pool, &a.ctx.instansi_id, iki_id, limit + 1, after).await?;
    let realisasi: Option<f64> =
        sqlx::query_scalar("SELECT realisasi FROM iki WHERE instansi_id = $1 AND id = $2")
            .bind(&a.ctx.instansi_id)
            .bind(iki_id)
            .fetch_one(&db.pool)
            .await?;
    let mut items = items;
    let next = if items.len() as i64 > limit {
        items.truncate(limit as usize);
        items.last().map(|e| encode_cursor(&[&e.created_at, &e.id]))
    } else {
        None
    };
    let open = a.require_open().is_ok();
    Ok(RealisasiIki {
        iki_id: a.ctx.iki_id.clone(),
        rhk_id: a.ctx.rhk_id.clone(),
        owner_id: a.ctx.pegawai_id.clone(),
        period_id: a.ctx.periode_id.clone(),
        nama: a.ctx.iki_nama.clone(),
        target: a.ctx.target,
        satuan: a.ctx.satuan.clone(),
        realisasi,
        can_verify: a.verify && open,
        can_record: a.record && open,
        items,
        next_cursor: next,
    })
}

/// What `GET /api/v1/evidence/{id}` serves.
#[derive(Debug)]
pub enum Unduhan {
    Berkas {
        path: PathBuf,
        name: String,
        mime: String,
        size: i64,
        sha256: String,
    },
    Tautan(String),
}

pub async fn evidence(
    db: &Db,
    store: &EvidenceStore,
    actor: &Actor,
    bukti_id: &str,
) -> AppResult<Unduhan> {
    let b = repo::bukti(&db.pool, bukti_id)
        .await?
        .ok_or_else(|| AppError::not_found("Bukti dukung", "Evidence"))?;
    actor.require_instansi(&b.instansi_id)?;
    akses(db, actor, &b.iki_id).await?.require_read()?;
    match (b.url, b.sha256) {
        (Some(url), _) => Ok(Unduhan::Tautan(url)),
        (None, Some(sha)) => Ok(Unduhan::Berkas {
            path: store.path_of(&b.instansi_id, &sha),
            name: b.nama_asli.unwrap_or_else(|| "bukti".into()),
            mime: b.mime.unwrap_or_else(|| "application/octet-stream".into()),
            size: b.ukuran.unwrap_or(0),
            sha256: sha,
        }),
        (None, None) => Err(AppError::internal()),
    }
}

/// One entry, for those who may see its RHK.
pub async fn get(
    db: &Db,
    actor: &Actor,
    realisasi_id: &str,
) -> AppResult<crate::domain::dto::Realisasi> {
    let (inst, e) = repo::find(&db.pool, realisasi_id)
        .await?
        .ok_or_else(super::verify::entry_not_found)?;
    actor.require_instansi(&inst)?;
    akses(db, actor, &e.iki_id).await?.require_read()?;
    Ok(e)
}
