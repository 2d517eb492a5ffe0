//! Who may see and manage a squad, the RHK a squad result may intervene, and the audit row
//! of a squad change.

use sqlx::{Any, Transaction};

use crate::backend::audit::{self, Change};
use crate::backend::authz::Actor;
use crate::backend::repo::skp::{find_rhk, RhkRow};
use crate::backend::repo::tim::{self as repo, TimRow};
use crate::backend::{AppError, AppResult, Db};

pub fn tim_not_found() -> AppError {
    AppError::not_found("Tim kerja", "Squad")
}

pub fn conflict() -> AppError {
    AppError::conflict(
        "Tim ini baru saja diubah oleh orang lain. Muat ulang halaman, lalu ulangi perubahan Anda.",
        "This squad was just changed by someone else. Reload the page, then make your change again.",
    )
}

/// A member's SKP changed under the save (the same words as the SKP's own conflict).
pub fn skp_conflict() -> AppError {
    AppError::conflict(
        "SKP anggota baru saja diubah oleh orang lain. Muat ulang halaman, lalu ulangi perubahan Anda.",
        "A member's SKP was just changed by someone else. Reload the page, then make your change again.",
    )
}

/// What the actor may do with one squad.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Akses {
    /// Change the squad, its members and its matrix: the lead, the creator, an admin.
    pub kelola: bool,
    /// The actor is the squad's lead (gives feedback and recommendations).
    pub ketua: bool,
    /// The actor holds an active role in it.
    pub anggota: bool,
    /// Admins and auditors read every squad of their agency.
    pub baca_semua: bool,
}

impl Akses {
    pub fn lihat(&self) -> bool {
        self.kelola || self.ketua || self.anggota || self.baca_semua
    }
}

pub async fn akses(db: &Db, actor: &Actor, t: &TimRow) -> AppResult<Akses> {
    actor.require_instansi(&t.instansi_id)?;
    let me = actor.pegawai_id.as_deref();
    let ketua = me == Some(t.ketua_id.as_str());
    let anggota = match me {
        Some(me) => repo::is_member(&db.pool, &t.instansi_id, &t.id, me).await?,
        None => false,
    };
    Ok(Akses {
        kelola: ketua || actor.is_admin() || t.dibuat_oleh.as_deref() == Some(&actor.akun_id),
        ketua,
        anggota,
        baca_semua: actor.reads_whole_instansi(),
    })
}

/// A squad the actor may see: 404 when it does not exist, 403 when it is not theirs.
pub async fn read_tim(db: &Db, actor: &Actor, id: &str) -> AppResult<(TimRow, Akses)> {
    let t = repo::find(&db.pool, id).await?.ok_or_else(tim_not_found)?;
    let a = akses(db, actor, &t).await?;
    if a.lihat() {
        Ok((t, a))
    } else {
        Err(AppError::new(
            http::StatusCode::FORBIDDEN,
            "forbidden",
            "Halaman tim ini hanya untuk anggota, ketua dan pembuatnya",
            "This squad's page is for its members, lead and creator only",
        ))
    }
}

pub fn require_kelola(a: &Akses) -> AppResult<()> {
    if a.kelola {
        Ok(())
    } else {
        Err(AppError::new(
            http::StatusCode::FORBIDDEN,
            "forbidden",
            "Hanya ketua tim, pembuat tim, atau admin yang dapat mengubah tim ini",
            "Only the squad's lead, its creator or an admin can change this squad",
        ))
    }
}

/// Whether `parent` may be intervened by a result of the squad: an RHK of the same period
/// that is the squad's own (served) RHK, or belongs to the squad's lead, or to the owner of
/// the served RHK (the leader whose IKI the squad works on).
pub async fn parent_allowed(
    db_tx: &mut Transaction<'_, Any>,
    t: &TimRow,
    parent: &RhkRow,
) -> Result<bool, sqlx::Error> {
    if parent.instansi_id != t.instansi_id || parent.periode_id != t.periode_id {
        return Ok(false);
    }
    if t.rhk_id.as_deref() == Some(parent.id.as_str()) || parent.pegawai_id == t.ketua_id {
        return Ok(true);
    }
    let Some(served) = t.rhk_id.as_deref() else {
        return Ok(false);
    };
    Ok(find_rhk(&mut **db_tx, served)
        .await?
        .is_some_and(|s| s.pegawai_id == parent.pegawai_id))
}

/// For the SKP's intervention check: whether `rhk_id` is a squad result whose squad allows
/// `parent` (so a member may keep, or change, the intervened RHK of a squad RHK).
pub async fn squad_parent_ok(
    tx: &mut Transaction<'_, Any>,
    inst: &str,
    rhk_id: &str,
    parent: &RhkRow,
) -> Result<bool, sqlx::Error> {
    let tim_id: Option<String> =
        sqlx::query_scalar("SELECT tim_id FROM rhk WHERE instansi_id = $1 AND id = $2")
            .bind(inst)
            .bind(rhk_id)
            .fetch_optional(&mut **tx)
            .await?
            .flatten();
    let Some(tim_id) = tim_id else {
        return Ok(false);
    };
    let Some(t) = repo::find(&mut **tx, &tim_id).await? else {
        return Ok(false);
    };
    parent_allowed(tx, &t, parent).await
}

/// An audit row of a change by the actor (a squad, or a member's SKP).
pub async fn audit_by(
    tx: &mut Transaction<'_, Any>,
    actor: &Actor,
    (instansi_id, entitas, entitas_id): (&str, &str, &str),
    aksi: &str,
    sebelum: Option<serde_json::Value>,
    sesudah: Option<serde_json::Value>,
) -> AppResult<()> {
    audit::record(
        tx,
        Change {
            instansi_id,
            akun_id: Some(&actor.akun_id),
            aksi,
            entitas,
            entitas_id,
            sebelum,
            sesudah,
        },
    )
    .await?;
    Ok(())
}

pub async fn audit_tim(
    tx: &mut Transaction<'_, Any>,
    actor: &Actor,
    t: &TimRow,
    aksi: &str,
    sebelum: Option<serde_json::Value>,
    sesudah: Option<serde_json::Value>,
) -> AppResult<()> {
    audit_by(
        tx,
        actor,
        (&t.instansi_id, "tim", &t.id),
        aksi,
        sebelum,
        sesudah,
    )
    .await
}
