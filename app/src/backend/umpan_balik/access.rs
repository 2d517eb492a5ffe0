//! Who may read, give and ask for feedback on one employee's SKP in one year.

use crate::backend::authz::Actor;
use crate::backend::repo::umpan_balik::{self as repo, RhkTopik};
use crate::backend::skp::owner_scope;
use crate::backend::skp::period::{annual, Annual};
use crate::backend::{AppError, AppResult, Db};
use crate::domain::dto::Employee;
use crate::domain::umpan_balik::Topik;

pub struct Akses {
    pub owner: Employee,
    pub annual: Annual,
    pub rhk: Vec<RhkTopik>,
    /// Reads everything (the employee, their PPK, leaders above, admins and auditors).
    pub read_all: bool,
    pub is_owner: bool,
    pub is_ppk: bool,
}

impl Akses {
    fn leads(&self, actor: &Actor, r: &RhkTopik) -> bool {
        actor.pegawai_id.is_some() && r.tim_ketua.as_deref() == actor.pegawai_id.as_deref()
    }

    /// The RHK the actor may read feedback on: all of them, or a squad lead's own squads'.
    pub fn readable_rhk(&self, actor: &Actor) -> Vec<&RhkTopik> {
        self.rhk
            .iter()
            .filter(|r| self.read_all || self.leads(actor, r))
            .collect()
    }

    pub fn may_give_rhk(&self, actor: &Actor, r: &RhkTopik) -> bool {
        !self.is_owner && (self.is_ppk || self.leads(actor, r))
    }

    pub fn rhk(&self, id: &str) -> AppResult<&RhkTopik> {
        self.rhk
            .iter()
            .find(|r| r.id == id)
            .ok_or_else(|| AppError::not_found("RHK", "RHK"))
    }

    /// The topic's RHK title (or the value's name), for messages.
    pub fn topic_label(&self, t: &Topik) -> String {
        match t {
            Topik::Rhk(id) => self
                .rhk
                .iter()
                .find(|r| &r.id == id)
                .map(|r| r.judul.clone())
                .unwrap_or_default(),
            Topik::Perilaku(v) => v.label().to_string(),
        }
    }

    /// Feedback and requests need an open year.
    pub fn require_open(&self) -> AppResult<()> {
        self.annual.require_open()
    }
}

/// The employee's feedback rights for the actor: 404 for an unknown employee, 403 when the
/// actor is neither allowed to read them nor leads one of their squad RHK.
pub async fn akses(
    db: &Db,
    actor: &Actor,
    pegawai_id: &str,
    period: Option<&str>,
) -> AppResult<Akses> {
    let (owner, scope) = owner_scope(db, pegawai_id).await?;
    actor.require_instansi(&scope.instansi_id)?;
    let annual = annual(db, actor, period).await?;
    let rhk = repo::rhk_of(&db.pool, &scope.instansi_id, pegawai_id, &annual.id).await?;
    let me = actor.pegawai_id.as_deref();
    let a = Akses {
        read_all: actor.can_read_employee(&scope),
        is_owner: me == Some(pegawai_id),
        is_ppk: me.is_some() && owner.ppk_id.as_deref() == me,
        owner,
        annual,
        rhk,
    };
    if !a.read_all && a.readable_rhk(actor).is_empty() {
        return Err(AppError::forbidden());
    }
    Ok(a)
}
