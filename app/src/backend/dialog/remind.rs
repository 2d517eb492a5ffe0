//! Reminders of follow-ups that are due: when someone's notifications are read, each of their
//! open follow-ups due by tomorrow (or overdue) that was not reminded of yet becomes one
//! notification. Done on reading, so no scheduler is needed and app servers stay stateless;
//! marking the row first makes two concurrent reads remind once.

use crate::backend::authz::Actor;
use crate::backend::notifikasi::kirim;
use crate::backend::repo::dialog as repo;
use crate::backend::{AppResult, Db};
use crate::domain::notifikasi::{cuplikan, JenisNotifikasi};

pub async fn due_reminders(db: &Db, actor: &Actor) -> AppResult<()> {
    let Some(me) = actor.pegawai_id.as_deref() else {
        return Ok(());
    };
    let tomorrow = (chrono::Utc::now().date_naive() + chrono::Duration::days(1)).to_string();
    let due = repo::due_unreminded(&db.pool, &actor.instansi_id, me, &tomorrow).await?;
    if due.is_empty() {
        return Ok(());
    }
    let mut tx = db.begin().await?;
    for p in due {
        if !repo::mark_reminded(&mut tx, &actor.instansi_id, &p.id).await? {
            continue;
        }
        let what = cuplikan(&p.uraian, 60);
        kirim(
            &mut tx,
            &actor.instansi_id,
            me,
            JenisNotifikasi::TindakLanjutJatuhTempo,
            (
                format!("Tindak lanjut “{what}” jatuh tempo {}", p.jatuh_tempo),
                format!("Follow-up “{what}” is due {}", p.jatuh_tempo),
            ),
            super::write::page_link(&p.pegawai_id, &p.periode_id),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}
