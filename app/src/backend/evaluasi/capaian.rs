//! Capaian kinerja organisasi: the superior sets a unit's result for the period before
//! calibration; it fixes the unit's distribution curve and is its head's Hasil Kerja rating.

use serde_json::json;

use super::scope::{period, superior_of, unit};
use crate::backend::audit::{self, Change};
use crate::backend::authz::Actor;
use crate::backend::repo::evaluasi as repo;
use crate::backend::{AppError, AppResult, Db};
use crate::domain::dto::{CapaianInput, CapaianOrganisasi};
use crate::domain::evaluasi::MAX_ALASAN;
use crate::domain::problem::required_text;

/// Anyone in the instansi may read a unit's result.
pub async fn get(
    db: &Db,
    actor: &Actor,
    unit_id: &str,
    period_id: Option<&str>,
) -> AppResult<Option<CapaianOrganisasi>> {
    let u = unit(db, actor, Some(unit_id)).await?;
    let per = period(db, actor, period_id).await?;
    Ok(repo::capaian(&db.pool, &u.r.instansi_id, &u.r.id, &per.id).await?)
}

/// The head of a unit above (or an admin) sets it; locked once the unit's calibration is final.
pub async fn set(
    db: &Db,
    actor: &Actor,
    unit_id: &str,
    input: &CapaianInput,
) -> AppResult<CapaianOrganisasi> {
    let u = unit(db, actor, Some(unit_id)).await?;
    if !(actor.is_admin() || superior_of(actor, &u.r, u.is_root)) {
        return Err(AppError::new(
            http::StatusCode::FORBIDDEN,
            "forbidden",
            "Capaian kinerja organisasi ditetapkan oleh atasan unit ini",
            "The organisation's result is set by this unit's superior",
        ));
    }
    let per = period(db, actor, input.period.as_deref()).await?;
    per.require_open()?;
    if let Some(p) = required_text("alasan", "Alasan", &input.alasan, MAX_ALASAN) {
        return Err(AppError::problem(p));
    }
    let inst = u.r.instansi_id.as_str();
    if repo::sesi(&db.pool, inst, &u.r.id, &per.id)
        .await?
        .is_some_and(|s| s.status == "FINAL")
    {
        return Err(AppError::conflict(
            "Kalibrasi unit ini sudah final: capaian organisasi tidak dapat diubah",
            "This unit's calibration is final: its result cannot change",
        ));
    }
    let before = repo::capaian(&db.pool, inst, &u.r.id, &per.id).await?;
    let version = match (&before, input.version) {
        (Some(b), Some(v)) if b.version == v => Some(v),
        (None, _) => None,
        _ => {
            return Err(AppError::conflict(
                "Capaian organisasi ini baru saja diubah. Muat ulang, lalu ulangi.",
                "This result was just changed. Reload, then try again.",
            ))
        }
    };
    let mut tx = db.begin().await?;
    let saved = repo::save_capaian(
        &mut tx,
        inst,
        &u.r.id,
        &per.id,
        &repo::NewCapaian {
            predikat: input.predikat,
            alasan: &input.alasan,
            oleh: actor.pegawai_id.as_deref(),
        },
        version,
    )
    .await?;
    if !saved {
        return Err(AppError::conflict(
            "Capaian organisasi ini baru saja diubah. Muat ulang, lalu ulangi.",
            "This result was just changed. Reload, then try again.",
        ));
    }
    audit::record(
        &mut tx,
        Change {
            instansi_id: inst,
            akun_id: Some(&actor.akun_id),
            aksi: if before.is_some() { "update" } else { "create" },
            entitas: "capaian_organisasi",
            entitas_id: &format!("{}:{}", u.r.id, per.id),
            sebelum: before
                .as_ref()
                .map(|b| json!({ "predikat": b.predikat, "alasan": b.alasan })),
            sesudah: Some(json!({ "predikat": input.predikat, "alasan": input.alasan.trim() })),
        },
    )
    .await?;
    tx.commit().await?;
    repo::capaian(&db.pool, inst, &u.r.id, &per.id)
        .await?
        .ok_or_else(AppError::internal)
}
