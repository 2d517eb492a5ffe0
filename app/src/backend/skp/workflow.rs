//! The planning workflow: the owner submits, the PPK approves or returns with comments, and
//! a change after approval opens a new version while the approved one is kept whole.

use serde_json::json;

use super::access::{conflict, owner_scope, require_owner, require_ppk, skp_not_found};
use super::period::annual;
use super::plan::{audit_skp, fresh};
use crate::backend::authz::Actor;
use crate::backend::notifikasi::kirim;
use crate::backend::repo::skp as repo;
use crate::backend::{AppError, AppResult, Db};
use crate::domain::dto::Skp;
use crate::domain::notifikasi::{cuplikan, JenisNotifikasi};
use crate::domain::problem::{required_text, Problem};
use crate::domain::skp::{Aksi, StatusSkp, MAX_CATATAN};

/// Takes one workflow step on the SKP read at `version`.
pub async fn step(
    db: &Db,
    actor: &Actor,
    skp_id: &str,
    version: i64,
    aksi: Aksi,
    catatan: Option<&str>,
) -> AppResult<Skp> {
    let row = repo::find(&db.pool, skp_id)
        .await?
        .ok_or_else(skp_not_found)?;
    actor.require_instansi(&row.instansi_id)?;
    let (owner, scope) = owner_scope(db, &row.pegawai_id).await?;
    actor.require_employee(&scope)?;
    match aksi {
        Aksi::Ajukan | Aksi::Revisi | Aksi::Ubah => require_owner(actor, &row.pegawai_id)?,
        Aksi::Setujui | Aksi::Kembalikan => require_ppk(actor, &owner)?,
    }
    let year = annual(db, actor, Some(&row.periode_id)).await?;
    year.require_open()?;
    let to = row.status.after(aksi).map_err(|p| {
        let mut e = AppError::problem(p);
        e.status = http::StatusCode::CONFLICT;
        e.code = "workflow";
        e
    })?;
    let catatan = catatan.map(str::trim).filter(|c| !c.is_empty());
    if aksi == Aksi::Kembalikan {
        let text = catatan.unwrap_or_default();
        if let Some(p) = required_text("catatan", "Catatan pengembalian", text, MAX_CATATAN) {
            return Err(AppError::problem(p));
        }
    }
    // the whole SKP as it is, for the completeness check and the kept version
    let current = repo::load(&db.pool, &row).await?;
    if aksi == Aksi::Ajukan && !current.kekurangan.is_empty() {
        let mut e = AppError::problems(current.kekurangan.clone());
        e.message_id = format!(
            "SKP belum lengkap: {} hal perlu dilengkapi",
            current.kekurangan.len()
        );
        e.message_en = format!(
            "The SKP is incomplete: {} thing(s) to complete",
            current.kekurangan.len()
        );
        return Err(e);
    }
    if aksi == Aksi::Setujui && current.rhk.is_empty() {
        return Err(AppError::problem(Problem::new(
            "rhk",
            "SKP tanpa RHK tidak dapat disetujui",
            "An SKP without RHK cannot be approved",
        )));
    }
    let mut tx = db.begin().await?;
    if !repo::bump(&mut tx, &row.instansi_id, &row.id, version).await? {
        return Err(conflict());
    }
    if aksi == Aksi::Revisi {
        repo::snapshot(
            &mut tx,
            &row.instansi_id,
            &row.id,
            row.versi,
            &serde_json::to_value(&current).unwrap_or_default(),
            current.disetujui_at.as_deref(),
        )
        .await?;
    }
    let by = actor.pegawai_id.as_deref();
    repo::set_status(&mut tx, &row.instansi_id, &row.id, to, by, catatan).await?;
    if aksi == Aksi::Kembalikan {
        notify_returned(
            &mut tx,
            actor,
            &row,
            year.tahun,
            catatan.unwrap_or_default(),
        )
        .await?;
    }
    let aksi_name = match aksi {
        Aksi::Ajukan => "submit",
        Aksi::Setujui => "approve",
        Aksi::Kembalikan => "return",
        Aksi::Revisi => "revise",
        Aksi::Ubah => "update",
    };
    let versi = if to == StatusSkp::Draft {
        row.versi + 1
    } else {
        row.versi
    };
    audit_skp(
        &mut tx,
        actor,
        &row,
        aksi_name,
        Some(json!({ "status": row.status.code(), "versi": row.versi })),
        Some(json!({ "status": to.code(), "versi": versi, "catatan": catatan })),
    )
    .await?;
    tx.commit().await?;
    fresh(db, &row.id).await
}

/// Tells the owner their SKP came back, with the start of the PPK's note.
async fn notify_returned(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    actor: &Actor,
    row: &repo::SkpRow,
    tahun: i64,
    catatan: &str,
) -> sqlx::Result<()> {
    let note = cuplikan(catatan, 80);
    kirim(
        tx,
        &row.instansi_id,
        &row.pegawai_id,
        JenisNotifikasi::SkpDikembalikan,
        (
            format!("SKP {tahun} dikembalikan oleh {}: {note}", actor.nama),
            format!("SKP {tahun} was returned by {}: {note}", actor.nama),
        ),
        "/skp".into(),
    )
    .await
}

/// An approved version kept when a new one was opened.
pub async fn kept_version(
    db: &Db,
    actor: &Actor,
    skp_id: &str,
    versi: i64,
) -> AppResult<serde_json::Value> {
    let s = super::access::read_skp(db, actor, skp_id).await?;
    repo::version_content(&db.pool, &s.instansi_id, &s.id, versi)
        .await?
        .ok_or_else(|| AppError::not_found("Versi SKP", "SKP version"))
}
