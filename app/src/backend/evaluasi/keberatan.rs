//! Keberatan (PP 30/2019 Pasal 59): within 14 days of receiving a final result the employee
//! files an objection to the atasan PPK, who hears the PPK and the employee, decides within a
//! deadline (configurable, default 14 days), and may change the result. The decision is final
//! and audited; undecided appeals past their deadline are flagged.
//!
//! The objection goes up *secara hierarki*: besides the atasan PPK, a leader higher up the
//! employee's line (the head of a unit above theirs, e.g. the head of the agency) may hear and
//! decide it, say when the atasan is away. The PPK whose rating is contested never decides.

use chrono::NaiveDate;
use serde_json::json;

use super::rate::get as get_evaluasi;
use crate::backend::audit::{self, Change};
use crate::backend::authz::Actor;
use crate::backend::repo::angka_kredit::Cakupan;
use crate::backend::repo::employee;
use crate::backend::repo::keberatan::{self as repo, KeberatanRow, NewKeberatan, Putusan};
use crate::backend::tindak_lanjut::{angka_kredit, pengaturan};
use crate::backend::{AppError, AppResult, Db};
use crate::domain::dto::{Keberatan, KeberatanInput, PutusanInput};
use crate::domain::evaluasi::{
    batas_keberatan, check_keberatan, keberatan_tepat_waktu, MAX_ALASAN,
};
use crate::domain::problem::required_text;

fn not_found() -> AppError {
    AppError::not_found("Keberatan", "Appeal")
}

fn date_of(ts: &str) -> Option<NaiveDate> {
    ts.get(..10)
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
}

/// Whether the actor decides this appeal: its atasan PPK, or the head of a unit above the
/// employee's, but never the employee or the PPK whose rating is contested.
fn decides(actor: &Actor, row: &KeberatanRow) -> bool {
    let Some(me) = actor.pegawai_id.as_deref() else {
        return false;
    };
    if me == row.k.pegawai_id || Some(me) == row.ppk_id.as_deref() {
        return false;
    }
    Some(me) == row.k.atasan_id.as_deref()
        || actor
            .headed_paths
            .iter()
            .any(|p| row.unit_path.starts_with(p.as_str()))
}

/// An appeal with whether the actor decides it. Visible to the employee, those who decide it,
/// the PPK, admins and auditors.
pub async fn get_with_role(db: &Db, actor: &Actor, id: &str) -> AppResult<(Keberatan, bool)> {
    let row = repo::find(&db.pool, id).await?.ok_or_else(not_found)?;
    actor.require_instansi(&row.instansi_id)?;
    let me = actor.pegawai_id.as_deref();
    let decides = decides(actor, &row);
    let involved = me.is_some()
        && (decides || me == Some(row.k.pegawai_id.as_str()) || me == row.ppk_id.as_deref());
    if involved || actor.reads_whole_instansi() {
        Ok((row.k, decides))
    } else {
        Err(AppError::forbidden())
    }
}

/// An appeal the actor may see (see [`get_with_role`]).
pub async fn get(db: &Db, actor: &Actor, id: &str) -> AppResult<Keberatan> {
    Ok(get_with_role(db, actor, id).await?.0)
}

pub async fn list(db: &Db, actor: &Actor, status: Option<&str>) -> AppResult<Vec<Keberatan>> {
    let status = status.map(str::trim).filter(|s| !s.is_empty());
    if let Some(s) = status {
        if s != "DIAJUKAN" && s != "DIPUTUS" {
            return Err(AppError::bad_request(
                "status harus DIAJUKAN atau DIPUTUS",
                "status must be DIAJUKAN or DIPUTUS",
            ));
        }
    }
    Ok(repo::list(&db.pool, actor, status).await?)
}

/// How many appeals the actor sees are undecided past their deadline.
pub async fn overdue(db: &Db, actor: &Actor) -> AppResult<i64> {
    Ok(repo::count_overdue(&db.pool, actor).await?)
}

/// The employee files an objection against their final result.
pub async fn ajukan(
    db: &Db,
    actor: &Actor,
    evaluasi_id: &str,
    input: &KeberatanInput,
) -> AppResult<Keberatan> {
    let e = get_evaluasi(db, actor, evaluasi_id).await?;
    if actor.pegawai_id.as_deref() != Some(e.pegawai_id.as_str()) {
        return Err(AppError::new(
            http::StatusCode::FORBIDDEN,
            "forbidden",
            "Keberatan hanya dapat diajukan oleh pegawai yang dinilai",
            "Only the employee rated can file an appeal",
        ));
    }
    if e.status != "FINAL" {
        return Err(AppError::conflict(
            "Keberatan diajukan atas hasil evaluasi yang sudah final",
            "An appeal is filed against a final result",
        ));
    }
    let received = e
        .diterima_at
        .as_deref()
        .or(e.final_at.as_deref())
        .and_then(date_of)
        .ok_or_else(AppError::internal)?;
    let today = chrono::Utc::now().date_naive();
    if !keberatan_tepat_waktu(received, today) {
        let last = batas_keberatan(received);
        return Err(AppError::conflict(
            format!(
                "Batas pengajuan keberatan sudah lewat: paling lambat {} (14 hari sejak hasil diterima {})",
                last.format("%d-%m-%Y"),
                received.format("%d-%m-%Y")
            ),
            format!(
                "The deadline for an appeal has passed: {} at the latest (14 days after the result was received on {})",
                last.format("%Y-%m-%d"),
                received.format("%Y-%m-%d")
            ),
        ));
    }
    let problems = check_keberatan(&input.alasan, &input.bukti);
    if !problems.is_empty() {
        return Err(AppError::problems(problems));
    }
    let (owner, _) = employee::find(&db.pool, &e.pegawai_id)
        .await?
        .ok_or_else(|| AppError::not_found("Pegawai", "Employee"))?;
    let atasan = owner.atasan_ppk_id.ok_or_else(|| {
        AppError::conflict(
            "Pegawai ini tidak memiliki atasan PPK yang memutus keberatan; hubungi admin kinerja",
            "This employee has no atasan PPK to decide an appeal; contact the performance admin",
        )
    })?;
    let hari = pengaturan::hari_putusan(db, &actor.instansi_id).await?;
    let batas = (today + chrono::Duration::days(hari)).to_string();
    let bukti: Vec<String> = input.bukti.iter().map(|b| b.trim().to_string()).collect();
    let inst = actor.instansi_id.as_str();
    let mut tx = db.begin().await?;
    let id = repo::insert(
        &mut tx,
        inst,
        &NewKeberatan {
            evaluasi_id: &e.id,
            pegawai_id: &e.pegawai_id,
            atasan_id: &atasan,
            alasan: &input.alasan,
            bukti: &bukti,
            predikat_semula: e.predikat,
            batas_putusan: &batas,
        },
    )
    .await?
    .ok_or_else(|| {
        AppError::conflict(
            "Keberatan atas hasil ini sudah pernah diajukan",
            "An appeal against this result was already filed",
        )
    })?;
    audit::record(
        &mut tx,
        Change {
            instansi_id: inst,
            akun_id: Some(&actor.akun_id),
            aksi: "create",
            entitas: "keberatan",
            entitas_id: &id,
            sebelum: None,
            sesudah: Some(
                json!({ "evaluasi_id": e.id, "alasan": input.alasan.trim(), "bukti": bukti,
                                  "predikat": e.predikat, "batas_putusan": batas }),
            ),
        },
    )
    .await?;
    tx.commit().await?;
    get(db, actor, &id).await
}

/// The atasan PPK (or a leader above) decides, after hearing both sides; the decision is final.
pub async fn putus(db: &Db, actor: &Actor, id: &str, input: &PutusanInput) -> AppResult<Keberatan> {
    let (k, decides) = get_with_role(db, actor, id).await?;
    if !decides {
        return Err(AppError::new(
            http::StatusCode::FORBIDDEN,
            "forbidden",
            "Keberatan diputus oleh atasan PPK pegawai atau pimpinan di atasnya, bukan oleh PPK yang menilai",
            "An appeal is decided by the employee's atasan PPK or a leader above, not by the PPK who rated",
        ));
    }
    if k.status == "DIPUTUS" {
        return Err(AppError::conflict(
            "Keberatan ini sudah diputus; putusannya final",
            "This appeal has been decided; the decision is final",
        ));
    }
    let problems: Vec<_> = [
        required_text(
            "keterangan_ppk",
            "Keterangan PPK",
            &input.keterangan_ppk,
            MAX_ALASAN,
        ),
        required_text(
            "keterangan_pegawai",
            "Keterangan pegawai",
            &input.keterangan_pegawai,
            MAX_ALASAN,
        ),
        required_text("alasan", "Alasan putusan", &input.alasan, MAX_ALASAN),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !problems.is_empty() {
        return Err(AppError::problems(problems));
    }
    let inst = actor.instansi_id.as_str();
    let mut tx = db.begin().await?;
    let decided = repo::decide(
        &mut tx,
        inst,
        id,
        input.version,
        &Putusan {
            keterangan_ppk: &input.keterangan_ppk,
            keterangan_pegawai: &input.keterangan_pegawai,
            predikat: input.predikat,
            alasan: &input.alasan,
            oleh: actor.pegawai_id.as_deref(),
        },
    )
    .await?;
    if !decided {
        return Err(AppError::conflict(
            "Keberatan ini baru saja diubah. Muat ulang, lalu ulangi.",
            "This appeal was just changed. Reload, then try again.",
        ));
    }
    repo::apply_to_evaluasi(&mut tx, inst, &k.evaluasi_id, input.predikat).await?;
    // a changed predikat corrects the angka kredit ledger, keeping the old entry
    let this = Cakupan::Evaluasi(&k.evaluasi_id);
    angka_kredit::sync(&mut tx, inst, &this, "KEBERATAN", Some(&actor.akun_id)).await?;
    let sesudah = json!({ "predikat": input.predikat, "alasan": input.alasan.trim(),
                          "keterangan_ppk": input.keterangan_ppk.trim(),
                          "keterangan_pegawai": input.keterangan_pegawai.trim() });
    for (entitas, eid) in [("keberatan", id), ("evaluasi", k.evaluasi_id.as_str())] {
        audit::record(
            &mut tx,
            Change {
                instansi_id: inst,
                akun_id: Some(&actor.akun_id),
                aksi: "appeal_decision",
                entitas,
                entitas_id: eid,
                sebelum: Some(json!({ "predikat": k.predikat_semula })),
                sesudah: Some(sesudah.clone()),
            },
        )
        .await?;
    }
    tx.commit().await?;
    get(db, actor, id).await
}
