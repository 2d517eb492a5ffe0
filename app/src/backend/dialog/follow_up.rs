//! Follow-ups agreed in a dialogue: added by a participant for either of them, marked done
//! (or open again) by either.

use serde_json::json;

use super::access::{conflict, participant};
use super::write::page_link;
use crate::backend::audit::{self, Change};
use crate::backend::authz::Actor;
use crate::backend::notifikasi::kirim;
use crate::backend::repo::dialog as repo;
use crate::backend::{AppError, AppResult, Db};
use crate::domain::dialog::{check_uraian, jatuh_tempo, StatusDialog, StatusTindakLanjut};
use crate::domain::dto::{DialogKinerja, TindakLanjutInput, TindakLanjutStatus};
use crate::domain::notifikasi::{cuplikan, JenisNotifikasi};
use crate::domain::problem::Problem;

pub async fn add_follow_up(
    db: &Db,
    actor: &Actor,
    dialog_id: &str,
    input: TindakLanjutInput,
) -> AppResult<DialogKinerja> {
    let d = participant(db, actor, dialog_id).await?;
    if d.status == StatusDialog::Dibatalkan.code() {
        return Err(AppError::conflict(
            "Dialog ini dibatalkan: tidak dapat diberi tindak lanjut",
            "This dialogue was cancelled: it cannot get follow-ups",
        ));
    }
    let mut problems: Vec<Problem> = check_uraian(&input.description).into_iter().collect();
    let due = jatuh_tempo(&input.due).map_err(|p| problems.push(p)).ok();
    let pic = input.pic_id.trim();
    if pic != d.pegawai_id && pic != d.pimpinan_id {
        problems.push(Problem::new(
            "pic_id",
            "Penanggung jawab harus salah satu peserta dialog",
            "The person responsible must be one of the dialogue's participants",
        ));
    }
    let (Some(due), true) = (due, problems.is_empty()) else {
        return Err(AppError::problems(problems));
    };
    let uraian = input.description.trim();
    let mut tx = db.begin().await?;
    let id = repo::insert_follow_up(&mut tx, &d.instansi_id, dialog_id, uraian, pic, &due).await?;
    if actor.pegawai_id.as_deref() != Some(pic) {
        let what = cuplikan(uraian, 60);
        kirim(
            &mut tx,
            &d.instansi_id,
            pic,
            JenisNotifikasi::TindakLanjutJatuhTempo,
            (
                format!("Tindak lanjut baru untuk Anda: “{what}”, tenggat {due}"),
                format!("A new follow-up for you: “{what}”, due {due}"),
            ),
            page_link(&d.pegawai_id, &d.periode_id),
        )
        .await?;
    }
    audit::record(
        &mut tx,
        Change {
            instansi_id: &d.instansi_id,
            akun_id: Some(&actor.akun_id),
            aksi: "create",
            entitas: "tindak_lanjut_dialog",
            entitas_id: &id,
            sebelum: None,
            sesudah: Some(
                json!({ "dialog_id": dialog_id, "description": uraian, "pic_id": pic,
                "due": due }),
            ),
        },
    )
    .await?;
    tx.commit().await?;
    super::read::one(db, actor, &d).await
}

pub async fn set_follow_up(
    db: &Db,
    actor: &Actor,
    id: &str,
    input: TindakLanjutStatus,
) -> AppResult<DialogKinerja> {
    let (inst, dialog_id, before, _) = repo::find_follow_up(&db.pool, id)
        .await?
        .ok_or_else(|| AppError::not_found("Tindak lanjut", "Follow-up"))?;
    actor.require_instansi(&inst)?;
    let d = participant(db, actor, &dialog_id).await?;
    let status = StatusTindakLanjut::from_code(&input.status).ok_or_else(|| {
        AppError::problem(Problem::new(
            "status",
            format!("Status tindak lanjut tidak dikenal: {}", input.status),
            format!("Unknown follow-up status: {}", input.status),
        ))
    })?;
    let mut tx = db.begin().await?;
    if !repo::set_follow_up_status(&mut tx, &inst, id, status, input.version).await? {
        return Err(conflict());
    }
    audit::record(
        &mut tx,
        Change {
            instansi_id: &inst,
            akun_id: Some(&actor.akun_id),
            aksi: "update",
            entitas: "tindak_lanjut_dialog",
            entitas_id: id,
            sebelum: Some(json!({ "status": before })),
            sesudah: Some(json!({ "status": status.code() })),
        },
    )
    .await?;
    tx.commit().await?;
    super::read::one(db, actor, &d).await
}
