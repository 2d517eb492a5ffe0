//! Who may read and change an SKP: everyone who may read the employee reads it; the owner
//! (or an admin on their behalf) plans it; the employee's current PPK approves or returns it
//! and sets the behaviour expectations.

use crate::backend::authz::{Actor, EmployeeScope};
use crate::backend::repo::employee;
use crate::backend::repo::skp::{self, SkpRow};
use crate::backend::{AppError, AppResult, Db};
use crate::domain::dto::Employee;

pub fn skp_not_found() -> AppError {
    AppError::not_found("SKP", "SKP")
}

/// The employee owning an SKP, with their authorisation scope.
pub async fn owner_scope(db: &Db, pegawai_id: &str) -> AppResult<(Employee, EmployeeScope)> {
    employee::find(&db.pool, pegawai_id)
        .await?
        .ok_or_else(|| AppError::not_found("Pegawai", "Employee"))
}

/// An SKP the actor may read: 404 when it does not exist, 403 when it is not theirs to see.
pub async fn read_skp(db: &Db, actor: &Actor, skp_id: &str) -> AppResult<SkpRow> {
    let s = skp::find(&db.pool, skp_id)
        .await?
        .ok_or_else(skp_not_found)?;
    actor.require_instansi(&s.instansi_id)?;
    let (_, scope) = owner_scope(db, &s.pegawai_id).await?;
    actor.require_employee(&scope)?;
    Ok(s)
}

/// The owner plans their SKP; an admin may do it on their behalf.
pub fn require_owner(actor: &Actor, pegawai_id: &str) -> AppResult<()> {
    if actor.pegawai_id.as_deref() == Some(pegawai_id) || actor.is_admin() {
        Ok(())
    } else {
        Err(AppError::forbidden())
    }
}

/// Only the employee's current PPK approves, returns and sets expectations.
pub fn require_ppk(actor: &Actor, owner: &Employee) -> AppResult<()> {
    match (&actor.pegawai_id, &owner.ppk_id) {
        (Some(me), Some(ppk)) if me == ppk => Ok(()),
        _ => Err(AppError::new(
            http::StatusCode::FORBIDDEN,
            "forbidden",
            "Hanya PPK pegawai ini yang dapat melakukan langkah ini",
            "Only this employee's PPK can take this step",
        )),
    }
}

pub fn conflict() -> AppError {
    AppError::conflict(
        "SKP ini baru saja diubah oleh orang lain. Muat ulang halaman, lalu ulangi perubahan Anda.",
        "This SKP was just changed by someone else. Reload the page, then make your change again.",
    )
}
