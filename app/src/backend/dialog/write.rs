//! Scheduling a dialogue and changing its notes and status.

use serde_json::json;

use super::access::{akses, conflict, participant};
use crate::backend::audit::{self, Change};
use crate::backend::authz::Actor;
use crate::backend::notifikasi::kirim;
use crate::backend::repo::dialog::{self as repo, NewDialog};
use crate::backend::{AppError, AppResult, Db};
use crate::domain::dialog::{check_texts, jadwal, JenisDialog, StatusDialog};
use crate::domain::dto::{DialogInput, DialogKinerja, DialogUpdate};
use crate::domain::notifikasi::{cuplikan, JenisNotifikasi};
use crate::domain::problem::Problem;

pub fn page_link(pegawai_id: &str, periode_id: &str) -> String {
    format!("/dialog?pegawai={pegawai_id}&period={periode_id}")
}

fn unknown_kind(k: &str) -> Problem {
    Problem::new(
        "kind",
        format!("Jenis dialog tidak dikenal: {k}"),
        format!("Unknown kind of dialogue: {k}"),
    )
}

/// Schedules a dialogue: the employee (with their PPK), the PPK or a squad lead (with the
/// employee). The other participant is notified.
pub async fn create(
    db: &Db,
    actor: &Actor,
    pegawai_id: &str,
    input: DialogInput,
) -> AppResult<DialogKinerja> {
    let a = akses(db, actor, pegawai_id, Some(&input.period)).await?;
    let leader = a.leader_for_new(actor).ok_or_else(|| {
        AppError::new(
            http::StatusCode::FORBIDDEN,
            "forbidden",
            "Dialog kinerja dijadwalkan oleh pegawai, PPK-nya, atau ketua timnya",
            "A dialogue is scheduled by the employee, their PPK or their squad lead",
        )
    })?;
    a.annual.require_open()?;
    let mut problems = check_texts(&input.title, &input.notes);
    let kind = JenisDialog::from_code(&input.kind);
    if kind.is_none() {
        problems.push(unknown_kind(&input.kind));
    }
    let when = jadwal(&input.schedule).map_err(|p| problems.push(p)).ok();
    let (Some(kind), Some(when), true) = (kind, when, problems.is_empty()) else {
        return Err(AppError::problems(problems));
    };
    let me = actor.pegawai_id.clone().ok_or_else(AppError::forbidden)?;
    let inst = actor.instansi_id.clone();
    let (judul, catatan) = (input.title.trim(), input.notes.trim());
    let mut tx = db.begin().await?;
    let id = repo::insert(
        &mut tx,
        &inst,
        &NewDialog {
            pegawai_id,
            pimpinan_id: &leader,
            periode_id: &a.annual.id,
            jenis: kind.code(),
            judul,
            jadwal: &when,
            catatan,
            dibuat_oleh: &me,
        },
    )
    .await?;
    let other = if me == pegawai_id {
        leader.as_str()
    } else {
        pegawai_id
    };
    let title = cuplikan(judul, 60);
    kirim(
        &mut tx,
        &inst,
        other,
        JenisNotifikasi::DialogDijadwalkan,
        (
            format!(
                "{} menjadwalkan dialog kinerja “{title}” ({when})",
                actor.nama
            ),
            format!(
                "{} scheduled a performance dialogue “{title}” ({when})",
                actor.nama
            ),
        ),
        page_link(pegawai_id, &a.annual.id),
    )
    .await?;
    audit::record(
        &mut tx,
        Change {
            instansi_id: &inst,
            akun_id: Some(&actor.akun_id),
            aksi: "create",
            entitas: "dialog_kinerja",
            entitas_id: &id,
            sebelum: None,
            sesudah: Some(json!({ "pegawai_id": pegawai_id, "leader": leader,
                "kind": kind.code(), "title": judul, "schedule": when, "notes": catatan })),
        },
    )
    .await?;
    tx.commit().await?;
    let d = repo::find(&db.pool, &id)
        .await?
        .ok_or_else(AppError::internal)?;
    super::read::one(db, actor, &d).await
}

/// A participant changes the notes and the status (held or cancelled are final).
pub async fn update(
    db: &Db,
    actor: &Actor,
    id: &str,
    input: DialogUpdate,
) -> AppResult<DialogKinerja> {
    let d = participant(db, actor, id).await?;
    let mut problems = check_texts(&d.judul, &input.notes);
    let to = StatusDialog::from_code(&input.status);
    let from = StatusDialog::from_code(&d.status).unwrap_or(StatusDialog::Dijadwalkan);
    match to {
        None => problems.push(Problem::new(
            "status",
            format!("Status dialog tidak dikenal: {}", input.status),
            format!("Unknown dialogue status: {}", input.status),
        )),
        Some(to) if !from.may_become(to) => {
            let mut e = AppError::problem(Problem::new(
                "status",
                format!(
                    "Dialog yang {} tidak dapat diubah menjadi {}",
                    from.label().to_lowercase(),
                    to.label().to_lowercase()
                ),
                format!(
                    "A dialogue that is {} cannot become {}",
                    from.code(),
                    to.code()
                ),
            ));
            e.status = http::StatusCode::CONFLICT;
            return Err(e);
        }
        _ => {}
    }
    let (Some(to), true) = (to, problems.is_empty()) else {
        return Err(AppError::problems(problems));
    };
    let catatan = input.notes.trim();
    let mut tx = db.begin().await?;
    if !repo::update(
        &mut tx,
        &d.instansi_id,
        id,
        catatan,
        to.code(),
        input.version,
    )
    .await?
    {
        return Err(conflict());
    }
    audit::record(
        &mut tx,
        Change {
            instansi_id: &d.instansi_id,
            akun_id: Some(&actor.akun_id),
            aksi: "update",
            entitas: "dialog_kinerja",
            entitas_id: id,
            sebelum: Some(json!({ "status": d.status, "notes": d.catatan })),
            sesudah: Some(json!({ "status": to.code(), "notes": catatan })),
        },
    )
    .await?;
    tx.commit().await?;
    super::read::one(db, actor, &d).await
}
