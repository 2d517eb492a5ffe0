//! Reading innovation records: an employee's, and a unit subtree's.

use crate::backend::authz::Actor;
use crate::backend::evaluasi::scope::unit;
use crate::backend::repo::inovasi as repo;
use crate::backend::repo::umpan_balik::rhk_of;
use crate::backend::skp::owner_scope;
use crate::backend::skp::period::annual;
use crate::backend::tindak_lanjut::require_unit_reader;
use crate::backend::{AppError, AppResult, Db};
use crate::domain::dto::{DaftarInovasi, InovasiUnit, JumlahInovasi, RhkPilihan};
use crate::domain::periode::StatusPeriode;

pub async fn for_employee(
    db: &Db,
    actor: &Actor,
    pegawai_id: &str,
    period: Option<&str>,
) -> AppResult<DaftarInovasi> {
    let (owner, scope) = owner_scope(db, pegawai_id).await?;
    actor.require_instansi(&scope.instansi_id)?;
    actor.require_employee(&scope)?;
    let a = annual(db, actor, period).await?;
    let inst = scope.instansi_id.as_str();
    let mine = actor.pegawai_id.as_deref() == Some(pegawai_id);
    let open = a.status != StatusPeriode::Ditutup;
    let items = repo::for_employee(&db.pool, inst, pegawai_id, &a.id)
        .await?
        .into_iter()
        .map(|mut i| {
            i.can_edit = mine && open;
            i
        })
        .collect();
    let rhk = rhk_of(&db.pool, inst, pegawai_id, &a.id)
        .await?
        .into_iter()
        .map(|r| RhkPilihan {
            id: r.id,
            title: r.judul,
        })
        .collect();
    Ok(DaftarInovasi {
        employee_id: owner.id,
        employee_name: owner.name,
        period_id: a.id,
        year: a.tahun,
        items,
        rhk,
        can_create: mine && open,
    })
}

/// The newest records of a unit's subtree shown with its counts.
const UNIT_LIST: i64 = 100;

pub async fn for_unit(
    db: &Db,
    actor: &Actor,
    unit_id: Option<&str>,
    period: Option<&str>,
) -> AppResult<InovasiUnit> {
    let u = unit(db, actor, unit_id).await?;
    require_unit_reader(actor, &u)?;
    let a = annual(db, actor, period).await?;
    let inst = u.r.instansi_id.as_str();
    let whole: JumlahInovasi = repo::counts(&db.pool, inst, &a.id, &u.r.id, false)
        .await?
        .into_iter()
        .next()
        .ok_or_else(AppError::internal)?;
    let sub_units = repo::counts(&db.pool, inst, &a.id, &u.r.id, true).await?;
    let items = repo::for_subtree(&db.pool, inst, &a.id, &u.r.path, UNIT_LIST).await?;
    Ok(InovasiUnit {
        period_id: a.id,
        year: a.tahun,
        unit: whole,
        sub_units,
        items,
    })
}
