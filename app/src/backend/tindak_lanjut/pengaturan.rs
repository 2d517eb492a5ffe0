//! The agency's evaluation settings, read and changed by the admin: the curve (DOMAIN.md §5:
//! rounding and the minimum group), used by calibration, and the days an atasan PPK has to
//! decide an appeal (§6), used when one is filed.

use serde_json::json;

use crate::backend::audit::{self, Change};
use crate::backend::authz::Actor;
use crate::backend::repo::pengaturan::{self as repo, Tersimpan};
use crate::backend::{AppError, AppResult, Db};
use crate::domain::dto::{PengaturanKurva, PengaturanKurvaInput};
use crate::domain::kurva::KurvaSettings;
use crate::domain::problem::Problem;

/// The largest minimum group an admin may set (a group of that size is a whole agency).
pub const MAX_MIN_GROUP: i64 = 10_000;

/// The longest decision deadline an admin may set, in days.
pub const MAX_HARI_PUTUSAN: i64 = 90;

fn dto(t: Tersimpan) -> PengaturanKurva {
    PengaturanKurva {
        rounding: t.settings.rounding,
        rounding_label: t.settings.rounding.label().to_string(),
        min_group: t.settings.min_group as i64,
        appeal_decision_days: t.hari_putusan,
        version: t.version,
        updated_at: t.updated_at,
    }
}

/// The settings calibration applies in an instansi (the defaults until the admin changes them).
pub async fn kurva(db: &Db, inst: &str) -> AppResult<KurvaSettings> {
    Ok(repo::kurva(&db.pool, inst).await?.settings)
}

/// Days the atasan PPK has to decide an appeal filed now in an instansi.
pub async fn hari_putusan(db: &Db, inst: &str) -> AppResult<i64> {
    Ok(repo::kurva(&db.pool, inst).await?.hari_putusan)
}

pub async fn get(db: &Db, actor: &Actor) -> AppResult<PengaturanKurva> {
    actor.require_admin()?;
    Ok(dto(repo::kurva(&db.pool, &actor.instansi_id).await?))
}

pub async fn put(
    db: &Db,
    actor: &Actor,
    input: &PengaturanKurvaInput,
) -> AppResult<PengaturanKurva> {
    actor.require_admin()?;
    if !(1..=MAX_MIN_GROUP).contains(&input.min_group) {
        return Err(AppError::problem(Problem::new(
            "min_group",
            format!("Kelompok minimum harus 1 sampai {MAX_MIN_GROUP} orang"),
            format!("The minimum group must be 1 to {MAX_MIN_GROUP} people"),
        )));
    }
    let days = input.appeal_decision_days;
    if days.is_some_and(|d| !(1..=MAX_HARI_PUTUSAN).contains(&d)) {
        return Err(AppError::problem(Problem::new(
            "appeal_decision_days",
            format!("Batas waktu putusan keberatan harus 1 sampai {MAX_HARI_PUTUSAN} hari"),
            format!("The appeal decision deadline must be 1 to {MAX_HARI_PUTUSAN} days"),
        )));
    }
    let inst = actor.instansi_id.as_str();
    let before = repo::kurva(&db.pool, inst).await?;
    let days = days.unwrap_or(before.hari_putusan);
    let settings = KurvaSettings {
        min_group: input.min_group as usize,
        rounding: input.rounding,
    };
    let mut tx = db.begin().await?;
    if !repo::save_kurva(&mut tx, inst, input.version, &settings, days).await? {
        return Err(AppError::conflict(
            "Pengaturan kurva baru saja diubah oleh orang lain. Muat ulang, lalu ulangi.",
            "The curve settings were just changed by someone else. Reload, then try again.",
        ));
    }
    audit::record(
        &mut tx,
        Change {
            instansi_id: inst,
            akun_id: Some(&actor.akun_id),
            aksi: "update",
            entitas: "pengaturan_kurva",
            entitas_id: inst,
            sebelum: Some(json!({ "kurva": before.settings, "hari_putusan": before.hari_putusan })),
            sesudah: Some(json!({ "kurva": settings, "hari_putusan": days })),
        },
    )
    .await?;
    tx.commit().await?;
    get(db, actor).await
}
