//! One employee's feedback in one year, as far as the actor may see it.

use super::access::akses;
use crate::backend::authz::Actor;
use crate::backend::repo::umpan_balik as repo;
use crate::backend::{AppResult, Db};
use crate::domain::dto::{TopikRhk, UmpanBalikSkp};
use crate::domain::periode::StatusPeriode;

pub async fn for_employee(
    db: &Db,
    actor: &Actor,
    pegawai_id: &str,
    period: Option<&str>,
) -> AppResult<UmpanBalikSkp> {
    let a = akses(db, actor, pegawai_id, period).await?;
    let inst = actor.instansi_id.as_str();
    let today = chrono::Utc::now().date_naive().to_string();
    let readable: Vec<_> = a.readable_rhk(actor);
    let visible = |rhk_id: &Option<String>| match rhk_id {
        Some(id) => readable.iter().any(|r| &r.id == id),
        // behaviour feedback is between the employee and those who may read them
        None => a.read_all,
    };
    let items = repo::list(&db.pool, inst, pegawai_id, &a.annual.id)
        .await?
        .into_iter()
        .filter(|u| visible(&u.rhk_id))
        .collect();
    let requests = repo::requests(&db.pool, inst, pegawai_id, &a.annual.id)
        .await?
        .into_iter()
        .filter(|q| visible(&q.rhk_id))
        .collect();
    let rhk = readable
        .iter()
        .map(|r| TopikRhk {
            id: r.id.clone(),
            title: r.judul.clone(),
            squad: r.tim_nama.clone(),
            can_give: a.may_give_rhk(actor, r),
        })
        .collect();
    Ok(UmpanBalikSkp {
        employee_id: a.owner.id.clone(),
        employee_name: a.owner.name.clone(),
        period_id: a.annual.id.clone(),
        year: a.annual.tahun,
        rhk,
        sub_periods: repo::begun_sub_periods(&db.pool, inst, &a.annual.id, &today).await?,
        items,
        requests,
        can_give_perilaku: a.is_ppk && !a.is_owner,
        reads_perilaku: a.read_all,
        can_request: a.is_owner && a.owner.ppk_id.is_some(),
        open: a.annual.status != StatusPeriode::Ditutup,
    })
}
