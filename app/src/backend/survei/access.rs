//! Who may run and read an employee's 360° feedback: the employee, their PPK and atasan PPK,
//! heads of a unit above them, and admins. Auditors and everyone else are refused (403):
//! behaviour feedback is personal. Nobody, these included, sees who gave which answer.

use crate::backend::authz::{Actor, EmployeeScope};
use crate::backend::repo::survei::{self as repo, RoundRow};
use crate::backend::skp::owner_scope;
use crate::backend::{AppError, AppResult, Db};
use crate::domain::dto::Employee;

pub fn round_not_found() -> AppError {
    AppError::not_found("Survei 360°", "360° feedback round")
}

pub fn may_manage(actor: &Actor, e: &EmployeeScope) -> bool {
    if e.instansi_id != actor.instansi_id {
        return false;
    }
    let me = actor.pegawai_id.as_deref();
    actor.is_admin()
        || me.is_some()
            && (me == Some(e.id.as_str())
                || e.ppk_id.as_deref() == me
                || e.atasan_ppk_id.as_deref() == me)
        || actor
            .headed_paths
            .iter()
            .any(|p| e.unit_path.starts_with(p.as_str()))
}

/// The employee, if the actor may manage and read their feedback (404 / 403 otherwise).
pub async fn subject(db: &Db, actor: &Actor, pegawai_id: &str) -> AppResult<Employee> {
    let (e, scope) = owner_scope(db, pegawai_id).await?;
    actor.require_instansi(&scope.instansi_id)?;
    if may_manage(actor, &scope) {
        Ok(e)
    } else {
        Err(AppError::forbidden())
    }
}

/// A round with its subject, if the actor may manage it.
pub async fn round(db: &Db, actor: &Actor, survei_id: &str) -> AppResult<(RoundRow, Employee)> {
    let r = repo::find_round(&db.pool, survei_id)
        .await?
        .ok_or_else(round_not_found)?;
    actor.require_instansi(&r.instansi_id)?;
    let e = subject(db, actor, &r.pegawai_id).await?;
    Ok((r, e))
}
