//! `GET /api/v1/evaluations`: the people of a unit subtree the caller may see, with their
//! ratings and predikat for a period.

use super::scope::{period, unit};
use crate::backend::authz::Actor;
use crate::backend::repo::evaluasi as repo;
use crate::backend::{AppResult, Db};
use crate::domain::dto::{page_limit, EvaluasiBaris, Page};

pub async fn list(
    db: &Db,
    actor: &Actor,
    unit_id: Option<&str>,
    period_id: Option<&str>,
    limit: Option<i64>,
    cursor: Option<&str>,
) -> AppResult<Page<EvaluasiBaris>> {
    let u = unit(db, actor, unit_id).await?;
    let per = period(db, actor, period_id).await?;
    Ok(repo::list(
        &db.pool,
        actor,
        &per.id,
        &u.r.path,
        page_limit(limit),
        cursor,
    )
    .await?)
}
