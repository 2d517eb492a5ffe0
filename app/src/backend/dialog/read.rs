//! An employee's dialogues of a year, as far as the actor may see them.

use super::access::akses;
use crate::backend::authz::Actor;
use crate::backend::repo::dialog::{self as repo, DialogRow};
use crate::backend::{AppError, AppResult, Db};
use crate::domain::coaching::boleh_dinilai;
use crate::domain::dialog::{JenisDialog, StatusDialog};
use crate::domain::dto::{DaftarDialog, DialogKinerja};
use crate::domain::periode::StatusPeriode;

pub async fn for_employee(
    db: &Db,
    actor: &Actor,
    pegawai_id: &str,
    period: Option<&str>,
) -> AppResult<DaftarDialog> {
    let a = akses(db, actor, pegawai_id, period).await?;
    let open = a.annual.status != StatusPeriode::Ditutup;
    let today = chrono::Utc::now().date_naive().to_string();
    let me = actor.pegawai_id.as_deref();
    let items: Vec<_> = repo::list(
        &db.pool,
        &actor.instansi_id,
        pegawai_id,
        &a.annual.id,
        &today,
    )
    .await?
    .into_iter()
    // a squad lead who may not read the employee sees only their own dialogues with them
    .filter(|d| a.read_all || me == Some(d.leader_id.as_str()))
    .map(|mut d| {
        d.can_edit = me == Some(d.employee_id.as_str()) || me == Some(d.leader_id.as_str());
        d.can_rate = open
            && me == Some(d.employee_id.as_str())
            && d.coaching_rating.is_none()
            && matches!(
                (JenisDialog::from_code(&d.kind), StatusDialog::from_code(&d.status)),
                (Some(j), Some(s)) if boleh_dinilai(j, s)
            );
        d
    })
    .collect();
    let overdue = items
        .iter()
        .flat_map(|d| &d.follow_ups)
        .filter(|t| t.overdue)
        .count() as i64;
    Ok(DaftarDialog {
        employee_id: a.owner.id.clone(),
        employee_name: a.owner.name.clone(),
        period_id: a.annual.id.clone(),
        year: a.annual.tahun,
        can_create: open && a.leader_for_new(actor).is_some(),
        overdue,
        items,
    })
}

/// One dialogue as the actor reads it after a change.
pub(super) async fn one(db: &Db, actor: &Actor, d: &DialogRow) -> AppResult<DialogKinerja> {
    for_employee(db, actor, &d.pegawai_id, Some(&d.periode_id))
        .await?
        .items
        .into_iter()
        .find(|x| x.id == d.id)
        .ok_or_else(AppError::internal)
}
