//! Who may read, schedule and change dialogues.

use crate::backend::authz::Actor;
use crate::backend::repo::dialog::{self as repo, DialogRow};
use crate::backend::skp::owner_scope;
use crate::backend::skp::period::{annual, Annual};
use crate::backend::{AppError, AppResult, Db};
use crate::domain::dto::Employee;

pub fn dialog_not_found() -> AppError {
    AppError::not_found("Dialog kinerja", "Performance dialogue")
}

pub fn conflict() -> AppError {
    AppError::conflict(
        "Data ini baru saja diubah oleh orang lain. Muat ulang, lalu ulangi perubahan Anda.",
        "This was just changed by someone else. Reload, then make your change again.",
    )
}

/// The actor's rights on one employee's dialogues in one year.
pub struct Akses {
    pub owner: Employee,
    pub annual: Annual,
    /// Reads every dialogue (the employee, the PPK and those above, admins, auditors).
    pub read_all: bool,
    /// Leads a squad the employee is in (reads and holds their own dialogues with them).
    pub squad_lead: bool,
}

impl Akses {
    /// The leader of a dialogue the actor schedules: themself as PPK or squad lead, the PPK
    /// when the employee schedules it; none when the actor may not schedule.
    pub fn leader_for_new(&self, actor: &Actor) -> Option<String> {
        let me = actor.pegawai_id.as_deref()?;
        if me == self.owner.id {
            self.owner.ppk_id.clone()
        } else if self.owner.ppk_id.as_deref() == Some(me) || self.squad_lead {
            Some(me.to_string())
        } else {
            None
        }
    }
}

pub async fn akses(
    db: &Db,
    actor: &Actor,
    pegawai_id: &str,
    period: Option<&str>,
) -> AppResult<Akses> {
    let (owner, scope) = owner_scope(db, pegawai_id).await?;
    actor.require_instansi(&scope.instansi_id)?;
    let annual = annual(db, actor, period).await?;
    let read_all = actor.can_read_employee(&scope);
    let squad_lead = match actor.pegawai_id.as_deref() {
        Some(me) if me != pegawai_id => {
            repo::leads_squad_of(&db.pool, &scope.instansi_id, &annual.id, me, pegawai_id).await?
        }
        _ => false,
    };
    if !read_all && !squad_lead {
        return Err(AppError::forbidden());
    }
    Ok(Akses {
        owner,
        annual,
        read_all,
        squad_lead,
    })
}

/// Whether the actor takes part in the dialogue.
pub fn takes_part(actor: &Actor, d: &DialogRow) -> bool {
    let me = actor.pegawai_id.as_deref();
    me.is_some() && (me == Some(d.pegawai_id.as_str()) || me == Some(d.pimpinan_id.as_str()))
}

/// A dialogue the actor takes part in, in an open year: 404, 403 or 409 otherwise.
pub async fn participant(db: &Db, actor: &Actor, id: &str) -> AppResult<DialogRow> {
    let d = repo::find(&db.pool, id)
        .await?
        .ok_or_else(dialog_not_found)?;
    actor.require_instansi(&d.instansi_id)?;
    if !takes_part(actor, &d) {
        return Err(AppError::new(
            http::StatusCode::FORBIDDEN,
            "forbidden",
            "Hanya peserta dialog (pegawai dan pimpinannya) yang dapat mengubahnya",
            "Only the dialogue's participants (the employee and the leader) can change it",
        ));
    }
    annual(db, actor, Some(&d.periode_id))
        .await?
        .require_open()?;
    Ok(d)
}
