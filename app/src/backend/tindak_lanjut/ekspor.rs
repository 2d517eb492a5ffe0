//! The predikat export for the performance allowance (tunjangan kinerja): every employee of a
//! unit subtree with their ratings, predikat and whether it is final, in one query.

use super::require_unit_reader;
use crate::backend::authz::Actor;
use crate::backend::evaluasi::scope::{period, unit};
use crate::backend::repo::evaluasi as repo;
use crate::backend::{AppResult, Db};
use crate::domain::dto::EvaluasiBaris;

/// More rows than any instansi has people: the export is one read, not pages.
const ALL: i64 = 10_000_000;

/// The export's rows (by name) and a file name stem, for the unit's leaders, admins and
/// auditors.
pub async fn predikat(
    db: &Db,
    actor: &Actor,
    unit_id: Option<&str>,
    period_id: Option<&str>,
) -> AppResult<(Vec<EvaluasiBaris>, String)> {
    let u = unit(db, actor, unit_id).await?;
    require_unit_reader(actor, &u)?;
    let per = period(db, actor, period_id).await?;
    let rows = repo::list(&db.pool, actor, &per.id, &u.r.path, ALL, None).await?;
    Ok((
        rows.items,
        format!("predikat-{}", per.nama.replace(' ', "-")),
    ))
}
