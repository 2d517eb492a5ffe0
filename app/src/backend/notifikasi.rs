//! In-app notifications: made inside the transaction of the change they announce (so there is
//! never a notification of something that did not happen), read and marked read only by their
//! recipient.

use sqlx::{Any, Transaction};

use crate::backend::authz::Actor;
use crate::backend::repo::notifikasi::{self as repo, NewNotifikasi};
use crate::backend::{AppError, AppResult, Db};
use crate::domain::dto::DaftarNotifikasi;
use crate::domain::notifikasi::{JenisNotifikasi, HALAMAN_NOTIFIKASI};

/// Notifies one employee (id and en texts, the page to open).
pub async fn kirim(
    tx: &mut Transaction<'_, Any>,
    inst: &str,
    penerima_id: &str,
    jenis: JenisNotifikasi,
    (pesan_id, pesan_en): (String, String),
    tautan: String,
) -> sqlx::Result<()> {
    repo::insert(
        tx,
        inst,
        &NewNotifikasi {
            penerima_id,
            jenis,
            pesan_id,
            pesan_en,
            tautan,
        },
    )
    .await
}

/// The actor's newest notifications with the unread count; accounts without an employee
/// record (a pure admin) have none.
pub async fn mine(db: &Db, actor: &Actor) -> AppResult<DaftarNotifikasi> {
    crate::backend::dialog::remind::due_reminders(db, actor).await?;
    let Some(me) = actor.pegawai_id.as_deref() else {
        return Ok(DaftarNotifikasi {
            unread: 0,
            items: vec![],
        });
    };
    Ok(DaftarNotifikasi {
        unread: repo::unread(&db.pool, &actor.instansi_id, me).await?,
        items: repo::latest(&db.pool, &actor.instansi_id, me, HALAMAN_NOTIFIKASI).await?,
    })
}

/// The actor's unread count (the bell).
pub async fn unread(db: &Db, actor: &Actor) -> AppResult<i64> {
    crate::backend::dialog::remind::due_reminders(db, actor).await?;
    match actor.pegawai_id.as_deref() {
        Some(me) => Ok(repo::unread(&db.pool, &actor.instansi_id, me).await?),
        None => Ok(0),
    }
}

/// Marks one of the actor's notifications read (`Some(id)`), or all; returns how many changed.
/// Someone else's notification id changes nothing (and is not told apart from a read one).
pub async fn tandai_dibaca(db: &Db, actor: &Actor, id: Option<&str>) -> AppResult<u64> {
    let me = actor
        .pegawai_id
        .as_deref()
        .ok_or_else(AppError::forbidden)?;
    Ok(repo::mark_read(&db.pool, &actor.instansi_id, me, id).await?)
}
