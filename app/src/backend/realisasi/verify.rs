//! Verifying an entry: the owner's PPK (or the squad lead for a squad RHK) marks it VALID or
//! PERLU_PERBAIKAN with a comment, in an open period; the IKI's cumulative realisasi follows
//! (an entry sent back for correction stops counting). Audited.

use serde_json::json;

use super::access::akses;
use crate::backend::audit::{self, Change};
use crate::backend::authz::Actor;
use crate::backend::notifikasi::kirim;
use crate::backend::repo::realisasi as repo;
use crate::backend::{AppError, AppResult, Db};
use crate::domain::dto::{Realisasi, VerifikasiInput};
use crate::domain::notifikasi::{cuplikan, JenisNotifikasi};
use crate::domain::realisasi::{check_verifikasi, StatusRealisasi};

pub fn entry_not_found() -> AppError {
    AppError::not_found("Realisasi", "Realisasi entry")
}

pub async fn verify(
    db: &Db,
    actor: &Actor,
    realisasi_id: &str,
    input: VerifikasiInput,
) -> AppResult<Realisasi> {
    let (inst, before) = repo::find(&db.pool, realisasi_id)
        .await?
        .ok_or_else(entry_not_found)?;
    actor.require_instansi(&inst)?;
    let a = akses(db, actor, &before.iki_id).await?;
    a.require_verify()?;
    check_verifikasi(input.status, &input.comment).map_err(AppError::problem)?;
    let verifier = actor.pegawai_id.clone().ok_or_else(AppError::forbidden)?;
    let komentar = Some(input.comment.trim()).filter(|c| !c.is_empty());
    let mut tx = db.begin().await?;
    let ok = repo::set_status(
        &mut tx,
        &inst,
        realisasi_id,
        input.status,
        komentar,
        &verifier,
        input.version,
    )
    .await?;
    if !ok {
        return Err(AppError::conflict(
            "Realisasi ini baru saja diubah oleh orang lain. Muat ulang, lalu ulangi verifikasi.",
            "This entry was just changed by someone else. Reload, then verify again.",
        ));
    }
    if input.status == StatusRealisasi::PerluPerbaikan {
        let note = cuplikan(komentar.unwrap_or_default(), 80);
        let (iki, sp) = (
            cuplikan(&a.ctx.iki_nama, 60),
            before.sub_period_name.as_str(),
        );
        kirim(
            &mut tx,
            &inst,
            &a.ctx.pegawai_id,
            JenisNotifikasi::BuktiPerluPerbaikan,
            (
                format!("Realisasi {iki} ({sp}) perlu perbaikan: {note}"),
                format!("Realisasi {iki} ({sp}) needs correction: {note}"),
            ),
            format!("/realisasi?iki={}", a.ctx.iki_id),
        )
        .await?;
    }
    let cumulative =
        repo::refresh_iki(&mut tx, &inst, &a.ctx.iki_id, &a.ctx.rhk_id, &a.ctx.satuan).await?;
    audit::record(
        &mut tx,
        Change {
            instansi_id: &inst,
            akun_id: Some(&actor.akun_id),
            aksi: "verify",
            entitas: "realisasi",
            entitas_id: realisasi_id,
            sebelum: Some(json!({ "status": before.status.code(), "comment": before.comment })),
            sesudah: Some(json!({ "status": input.status.code(), "comment": komentar,
                "verified_by": verifier, "iki_realisasi": cumulative })),
        },
    )
    .await?;
    tx.commit().await?;
    repo::find(&db.pool, realisasi_id)
        .await?
        .map(|(_, e)| e)
        .ok_or_else(AppError::internal)
}
