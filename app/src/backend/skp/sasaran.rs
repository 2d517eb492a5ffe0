//! The instansi's strategic goals (sasaran strategis) with key indicators and yearly targets:
//! the top of every result chain. Everyone in the instansi reads them; the admin or the head
//! of the agency (who heads a root unit) edits them.

use serde_json::json;
use sqlx::Row;

use super::period::annual;
use crate::backend::audit::{self, Change};
use crate::backend::authz::Actor;
use crate::backend::ids::{new_id, now};
use crate::backend::{AppError, AppResult, Db};
use crate::domain::dto::{IndikatorSasaran, SasaranInput, SasaranStrategis};
use crate::domain::problem::{required_text, Problem};
use crate::domain::skp::{check_target, MAX_JUDUL};

/// The admin, or the head of a root unit (the head of the agency).
pub fn require_editor(actor: &Actor) -> AppResult<()> {
    let heads_root = actor
        .headed_paths
        .iter()
        .any(|p| p.trim_matches('/').split('/').count() == 1);
    if actor.is_admin() || heads_root {
        Ok(())
    } else {
        Err(AppError::forbidden())
    }
}

pub fn check(input: &SasaranInput) -> Vec<Problem> {
    let mut p = vec![];
    p.extend(required_text("kode", "Kode sasaran", &input.kode, 64));
    p.extend(required_text(
        "nama",
        "Sasaran strategis",
        &input.nama,
        MAX_JUDUL,
    ));
    for (i, k) in input.indikator.iter().enumerate() {
        let at = format!("indikator[{i}]");
        let mut q = vec![];
        q.extend(required_text("nama", "Indikator", &k.nama, MAX_JUDUL));
        q.extend(check_target(k.target, &k.satuan));
        p.extend(q.into_iter().map(|x| x.under(&at)));
    }
    p
}

pub async fn list(
    db: &Db,
    actor: &Actor,
    period: Option<&str>,
) -> AppResult<Vec<SasaranStrategis>> {
    let p = annual(db, actor, period).await?;
    list_in(&db.pool, &actor.instansi_id, &p.id).await
}

pub async fn list_in(
    pool: &sqlx::AnyPool,
    inst: &str,
    periode_id: &str,
) -> AppResult<Vec<SasaranStrategis>> {
    let rows = sqlx::query(
        "SELECT id, periode_id, kode, nama, version FROM sasaran_strategis \
         WHERE instansi_id = $1 AND periode_id = $2 ORDER BY kode",
    )
    .bind(inst)
    .bind(periode_id)
    .fetch_all(pool)
    .await?;
    let ind = sqlx::query(
        "SELECT k.id, k.sasaran_id, k.nama, k.target, k.satuan FROM indikator_sasaran k \
         JOIN sasaran_strategis s ON s.instansi_id = k.instansi_id AND s.id = k.sasaran_id \
         WHERE s.instansi_id = $1 AND s.periode_id = $2 ORDER BY k.urutan, k.id",
    )
    .bind(inst)
    .bind(periode_id)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .iter()
        .map(|r| {
            let id: String = r.get("id");
            SasaranStrategis {
                indikator: ind
                    .iter()
                    .filter(|k| k.get::<String, _>("sasaran_id") == id)
                    .map(|k| IndikatorSasaran {
                        id: k.get("id"),
                        nama: k.get("nama"),
                        target: k.get("target"),
                        satuan: k.get("satuan"),
                    })
                    .collect(),
                id,
                periode_id: r.get("periode_id"),
                kode: r.get("kode"),
                nama: r.get("nama"),
                version: r.get("version"),
            }
        })
        .collect())
}

async fn write_indikator(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    inst: &str,
    sasaran_id: &str,
    input: &SasaranInput,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM indikator_sasaran WHERE instansi_id = $1 AND sasaran_id = $2")
        .bind(inst)
        .bind(sasaran_id)
        .execute(&mut **tx)
        .await?;
    for (i, k) in input.indikator.iter().enumerate() {
        sqlx::query(
            "INSERT INTO indikator_sasaran (instansi_id, id, sasaran_id, urutan, nama, target, satuan) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(inst)
        .bind(new_id())
        .bind(sasaran_id)
        .bind(i as i64)
        .bind(k.nama.trim())
        .bind(k.target)
        .bind(k.satuan.trim())
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// Creates a goal in the period (inside the caller's transaction); used by the API, the
/// import and the demo seed.
pub async fn insert(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    inst: &str,
    akun_id: Option<&str>,
    periode_id: &str,
    input: &SasaranInput,
) -> Result<String, sqlx::Error> {
    let id = new_id();
    let ts = now();
    sqlx::query(
        "INSERT INTO sasaran_strategis (instansi_id, id, periode_id, kode, nama, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $6)",
    )
    .bind(inst)
    .bind(&id)
    .bind(periode_id)
    .bind(input.kode.trim())
    .bind(input.nama.trim())
    .bind(&ts)
    .execute(&mut **tx)
    .await?;
    write_indikator(tx, inst, &id, input).await?;
    audit::record(
        tx,
        Change {
            instansi_id: inst,
            akun_id,
            aksi: "create",
            entitas: "sasaran_strategis",
            entitas_id: &id,
            sebelum: None,
            sesudah: Some(json!({ "periode_id": periode_id, "sasaran": input })),
        },
    )
    .await?;
    Ok(id)
}

pub async fn create(
    db: &Db,
    actor: &Actor,
    period: Option<&str>,
    input: SasaranInput,
) -> AppResult<SasaranStrategis> {
    require_editor(actor)?;
    let problems = check(&input);
    if !problems.is_empty() {
        return Err(AppError::problems(problems));
    }
    let p = annual(db, actor, period).await?;
    p.require_open()?;
    let mut tx = db.begin().await?;
    let id = insert(
        &mut tx,
        &actor.instansi_id,
        Some(&actor.akun_id),
        &p.id,
        &input,
    )
    .await
    .map_err(|e| match AppError::from(e) {
        e if e.status == http::StatusCode::CONFLICT => AppError::conflict(
            format!(
                "Kode sasaran {} sudah dipakai pada periode ini",
                input.kode.trim()
            ),
            format!(
                "The goal code {} is already used in this period",
                input.kode.trim()
            ),
        ),
        e => e,
    })?;
    tx.commit().await?;
    one(db, &actor.instansi_id, &p.id, &id).await
}

async fn one(db: &Db, inst: &str, periode_id: &str, id: &str) -> AppResult<SasaranStrategis> {
    list_in(&db.pool, inst, periode_id)
        .await?
        .into_iter()
        .find(|s| s.id == id)
        .ok_or_else(|| AppError::not_found("Sasaran strategis", "Strategic goal"))
}

/// The goal's instansi and period, for authorisation (404 when none).
async fn find(db: &Db, id: &str) -> AppResult<(String, String)> {
    let r = sqlx::query("SELECT instansi_id, periode_id FROM sasaran_strategis WHERE id = $1")
        .bind(id)
        .fetch_optional(&db.pool)
        .await?
        .ok_or_else(|| AppError::not_found("Sasaran strategis", "Strategic goal"))?;
    Ok((r.get("instansi_id"), r.get("periode_id")))
}

pub async fn update(
    db: &Db,
    actor: &Actor,
    id: &str,
    version: i64,
    input: SasaranInput,
) -> AppResult<SasaranStrategis> {
    let (inst, periode_id) = find(db, id).await?;
    actor.require_instansi(&inst)?;
    require_editor(actor)?;
    let problems = check(&input);
    if !problems.is_empty() {
        return Err(AppError::problems(problems));
    }
    annual(db, actor, Some(&periode_id)).await?.require_open()?;
    let mut tx = db.begin().await?;
    let r = sqlx::query(
        "UPDATE sasaran_strategis SET kode = $3, nama = $4, version = version + 1, updated_at = $5 \
         WHERE instansi_id = $1 AND id = $2 AND version = $6",
    )
    .bind(&inst)
    .bind(id)
    .bind(input.kode.trim())
    .bind(input.nama.trim())
    .bind(now())
    .bind(version)
    .execute(&mut *tx)
    .await?;
    if r.rows_affected() != 1 {
        return Err(AppError::conflict(
            "Sasaran ini baru saja diubah oleh orang lain. Muat ulang, lalu ulangi perubahan Anda.",
            "This goal was just changed by someone else. Reload, then make your change again.",
        ));
    }
    write_indikator(&mut tx, &inst, id, &input).await?;
    audit::record(
        &mut tx,
        Change {
            instansi_id: &inst,
            akun_id: Some(&actor.akun_id),
            aksi: "update",
            entitas: "sasaran_strategis",
            entitas_id: id,
            sebelum: None,
            sesudah: Some(json!({ "sasaran": input })),
        },
    )
    .await?;
    tx.commit().await?;
    one(db, &inst, &periode_id, id).await
}

/// Deletes a goal no RHK points at.
pub async fn delete(db: &Db, actor: &Actor, id: &str) -> AppResult<()> {
    let (inst, periode_id) = find(db, id).await?;
    actor.require_instansi(&inst)?;
    require_editor(actor)?;
    annual(db, actor, Some(&periode_id)).await?.require_open()?;
    let mut tx = db.begin().await?;
    let used: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM rhk WHERE instansi_id = $1 AND sasaran_id = $2")
            .bind(&inst)
            .bind(id)
            .fetch_one(&mut *tx)
            .await?;
    if used > 0 {
        return Err(AppError::conflict(
            format!("Sasaran ini diacu oleh {used} RHK: pindahkan acuannya dahulu"),
            format!("{used} RHK point at this goal: move them first"),
        ));
    }
    sqlx::query("DELETE FROM sasaran_strategis WHERE instansi_id = $1 AND id = $2")
        .bind(&inst)
        .bind(id)
        .execute(&mut *tx)
        .await?;
    audit::record(
        &mut tx,
        Change {
            instansi_id: &inst,
            akun_id: Some(&actor.akun_id),
            aksi: "delete",
            entitas: "sasaran_strategis",
            entitas_id: id,
            sebelum: None,
            sesudah: None,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
