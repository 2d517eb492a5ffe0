use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::api::ApiError;
use crate::domain::dto::{Employee, Page, Unit};

/// Employees shown per page before "Muat lagi".
pub const EMPLOYEE_PAGE: i64 = 20;

/// One page of employees, with the unit they were listed for.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EmployeeList {
    pub unit: Option<Unit>,
    pub page: Page<Employee>,
}

/// Employees of the subtree of `unit` (or of the whole instansi) matching `q` (a name or
/// the start of a NIP), as far as the caller may see them, one page at a time.
#[server(prefix = "/sf", endpoint = "org/list_employees")]
pub async fn list_employees(
    unit: Option<String>,
    q: Option<String>,
    cursor: Option<String>,
) -> Result<EmployeeList, ApiError> {
    use crate::backend::repo::{employee, unit as units};
    use crate::backend::AppError;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    let q = q.map(|q| q.trim().to_string()).filter(|q| !q.is_empty());
    if q.as_deref().is_some_and(|q| q.chars().count() > 100) {
        return Err(ctx.err(AppError::bad_request(
            "Kata kunci terlalu panjang (maks. 100)",
            "Search text too long (max. 100)",
        )));
    }
    let not_found = || ctx.err(AppError::not_found("Unit kerja", "Unit"));
    let (unit, path) = match unit.filter(|u| !u.is_empty()) {
        Some(id) => {
            let r = units::find(&ctx.db.pool, &id)
                .await
                .map_err(|e| ctx.err(e.into()))?
                .ok_or_else(not_found)?;
            actor
                .require_instansi(&r.instansi_id)
                .map_err(|e| ctx.err(e))?;
            let u = units::get(&ctx.db.pool, &actor.instansi_id, &id)
                .await
                .map_err(|e| ctx.err(e.into()))?
                .ok_or_else(not_found)?;
            (Some(u), Some(r.path))
        }
        None => (None, None),
    };
    let page = employee::list(
        &ctx.db.pool,
        &actor,
        employee::Filter {
            unit_path: path.as_deref(),
            q: q.as_deref(),
            limit: EMPLOYEE_PAGE,
            cursor: cursor.as_deref().filter(|c| !c.is_empty()),
        },
    )
    .await
    .map_err(|e| ctx.err(e.into()))?;
    Ok(EmployeeList { unit, page })
}
