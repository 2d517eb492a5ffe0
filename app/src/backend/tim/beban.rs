//! Workload (beban kerja) of a unit subtree for a period: per employee the sum of their squad
//! allocations and the home-unit remainder, flagged above 100 %; per unit (the unit and each
//! direct sub-unit with its subtree) how much of its people's time goes to squads. The export
//! (CSV/XLSX, by the server) is the input for Anjab/ABK workload analysis.

use std::collections::HashMap;

use sqlx::Row;

use crate::backend::authz::Actor;
use crate::backend::repo::tim as repo;
use crate::backend::repo::unit;
use crate::backend::skp::period::annual;
use crate::backend::{AppError, AppResult, Db};
use crate::domain::dto::{page_limit, BebanKerja, BebanPegawai, BebanUnit};
use crate::domain::tim::{beban, porsi_unit};

/// Most people in one export.
pub const MAX_EXPORT: usize = 300_000;

/// The unit asked for (the actor's own by default), for its leaders, admins and auditors.
async fn scope(db: &Db, actor: &Actor, unit_id: Option<&str>) -> AppResult<unit::UnitRef> {
    let id = unit_id
        .filter(|s| !s.trim().is_empty())
        .or(actor.unit_id.as_deref())
        .ok_or_else(|| {
            AppError::bad_request("Sebutkan unit kerja (unit=)", "Name the unit (unit=)")
        })?;
    let u = unit::find(&db.pool, id)
        .await?
        .ok_or_else(|| AppError::not_found("Unit kerja", "Unit"))?;
    actor.require_instansi(&u.instansi_id)?;
    let leads = actor
        .headed_paths
        .iter()
        .any(|p| u.path.starts_with(p.as_str()));
    if actor.reads_whole_instansi() || leads {
        Ok(u)
    } else {
        Err(AppError::new(
            http::StatusCode::FORBIDDEN,
            "forbidden",
            "Beban kerja unit ini hanya untuk pimpinan unit tersebut",
            "The workload of this unit is for the unit's leaders only",
        ))
    }
}

fn to_item(r: &repo::BebanRow, peran: Vec<crate::domain::dto::PeranBeban>) -> BebanPegawai {
    BebanPegawai {
        pegawai_id: r.pegawai_id.clone(),
        nip: r.nip.clone(),
        name: r.nama.clone(),
        jabatan: r.jabatan.clone(),
        unit_name: r.unit_nama.clone(),
        beban: beban(&peran.iter().map(|p| p.alokasi).collect::<Vec<_>>()),
        peran,
    }
}

/// The unit and its direct sub-units with their squad shares, and one page of its people.
pub async fn beban_kerja(
    db: &Db,
    actor: &Actor,
    unit_id: Option<&str>,
    period: Option<&str>,
    limit: Option<i64>,
    cursor: Option<&str>,
) -> AppResult<BebanKerja> {
    let u = scope(db, actor, unit_id).await?;
    let p = annual(db, actor, period).await?;
    let inst = u.instansi_id.as_str();
    let all = repo::beban_rows(&db.pool, inst, &p.id, &u.path, None, None).await?;
    let heads = sqlx::query(
        "SELECT id, kode, nama, path FROM unit_kerja WHERE instansi_id = $1 AND (id = $2 OR parent_id = $2) \
         ORDER BY CASE WHEN id = $2 THEN 0 ELSE 1 END, kode",
    )
    .bind(inst)
    .bind(&u.id)
    .fetch_all(&db.pool)
    .await?;
    let units = heads
        .iter()
        .map(|h| {
            let path: String = h.get("path");
            let sums: Vec<i64> = all
                .iter()
                .filter(|r| r.unit_path.starts_with(path.as_str()))
                .map(|r| r.tim)
                .collect();
            let s = porsi_unit(&sums);
            BebanUnit {
                unit_id: h.get("id"),
                kode: h.get("kode"),
                nama: h.get("nama"),
                pegawai: s.pegawai,
                di_tim: s.di_tim,
                lebih: s.lebih,
                porsi_tim: s.porsi_tim,
            }
        })
        .collect();
    let limit = page_limit(limit);
    let mut page =
        repo::beban_rows(&db.pool, inst, &p.id, &u.path, Some(limit + 1), cursor).await?;
    let next_cursor = if page.len() as i64 > limit {
        page.truncate(limit as usize);
        page.last()
            .map(|r| crate::backend::repo::encode_cursor(&[&r.nama, &r.pegawai_id]))
    } else {
        None
    };
    let ids: Vec<String> = page.iter().map(|r| r.pegawai_id.clone()).collect();
    let mut peran = repo::peran_beban(&db.pool, inst, &p.id, &ids).await?;
    let items = page
        .iter()
        .map(|r| to_item(r, peran.remove(&r.pegawai_id).unwrap_or_default()))
        .collect();
    Ok(BebanKerja {
        periode_id: p.id,
        units,
        items,
        next_cursor,
    })
}

/// Everyone of the unit subtree with their workload, for the export.
pub async fn export(
    db: &Db,
    actor: &Actor,
    unit_id: Option<&str>,
    period: Option<&str>,
) -> AppResult<Vec<BebanPegawai>> {
    let u = scope(db, actor, unit_id).await?;
    let p = annual(db, actor, period).await?;
    let inst = u.instansi_id.as_str();
    let rows = repo::beban_rows(
        &db.pool,
        inst,
        &p.id,
        &u.path,
        Some(MAX_EXPORT as i64),
        None,
    )
    .await?;
    let in_tim: Vec<String> = rows
        .iter()
        .filter(|r| r.tim > 0)
        .map(|r| r.pegawai_id.clone())
        .collect();
    let mut peran: HashMap<String, Vec<_>> =
        repo::peran_beban(&db.pool, inst, &p.id, &in_tim).await?;
    Ok(rows
        .iter()
        .map(|r| to_item(r, peran.remove(&r.pegawai_id).unwrap_or_default()))
        .collect())
}
