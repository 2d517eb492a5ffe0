//! The employee rates a held coaching, mentoring or counseling session with the nine-statement
//! form; the leader is told, and the rating is kept once (never edited).

use serde_json::json;

use super::access::participant;
use crate::backend::audit::{self, Change};
use crate::backend::authz::Actor;
use crate::backend::notifikasi::kirim;
use crate::backend::repo::dialog as repo;
use crate::backend::{AppError, AppResult, Db};
use crate::domain::coaching::{self, boleh_dinilai};
use crate::domain::dialog::{JenisDialog, StatusDialog};
use crate::domain::dto::{DialogKinerja, PenilaianCoachingInput};
use crate::domain::notifikasi::{cuplikan, JenisNotifikasi};

pub async fn rate_coaching(
    db: &Db,
    actor: &Actor,
    dialog_id: &str,
    input: PenilaianCoachingInput,
) -> AppResult<DialogKinerja> {
    let d = participant(db, actor, dialog_id).await?;
    if actor.pegawai_id.as_deref() != Some(d.pegawai_id.as_str()) {
        return Err(AppError::new(
            http::StatusCode::FORBIDDEN,
            "forbidden",
            "Sesi pembinaan dinilai oleh pegawai yang dibimbing",
            "A development session is rated by the employee who was coached",
        ));
    }
    let kind = JenisDialog::from_code(&d.jenis);
    let status = StatusDialog::from_code(&d.status);
    if !matches!((kind, status), (Some(j), Some(s)) if boleh_dinilai(j, s)) {
        return Err(AppError::conflict(
            "Hanya sesi coaching, mentoring atau konseling yang sudah dilaksanakan yang dapat dinilai",
            "Only a coaching, mentoring or counseling session that was held can be rated",
        ));
    }
    let skor = coaching::check(&input.scores, &input.comment).map_err(AppError::problems)?;
    let komentar = input.comment.trim();
    let mut tx = db.begin().await?;
    let stored = coaching::to_text(&skor);
    if !repo::insert_coaching(
        &mut tx,
        &d.instansi_id,
        &d.id,
        &d.pegawai_id,
        &stored,
        komentar,
    )
    .await?
    {
        return Err(AppError::conflict(
            "Sesi ini sudah Anda nilai; penilaian tidak dapat diubah",
            "You rated this session already; a rating cannot be changed",
        ));
    }
    let title = cuplikan(&d.judul, 60);
    let mean = coaching::rata_rata(&skor);
    kirim(
        &mut tx,
        &d.instansi_id,
        &d.pimpinan_id,
        JenisNotifikasi::CoachingDinilai,
        (
            format!(
                "{} menilai sesi “{title}”: rata-rata {mean} dari 5",
                actor.nama
            ),
            format!(
                "{} rated the session “{title}”: {mean} of 5 on average",
                actor.nama
            ),
        ),
        super::write::page_link(&d.pegawai_id, &d.periode_id),
    )
    .await?;
    audit::record(
        &mut tx,
        Change {
            instansi_id: &d.instansi_id,
            akun_id: Some(&actor.akun_id),
            aksi: "create",
            entitas: "penilaian_coaching",
            entitas_id: &d.id,
            sebelum: None,
            sesudah: Some(json!({ "scores": skor, "average": mean, "comment": komentar })),
        },
    )
    .await?;
    tx.commit().await?;
    super::read::one(db, actor, &d).await
}
