use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::api::ApiError;
use crate::domain::dto::{Employee, Me};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    pub me: Me,
    /// The employee record, when the account belongs to an employee.
    pub employee: Option<Employee>,
}

/// The signed-in account and its own employee record.
#[server(prefix = "/sf", endpoint = "profile/me")]
pub async fn my_profile() -> Result<Profile, ApiError> {
    use crate::backend::repo::employee;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    let employee = match actor.pegawai_id.as_deref() {
        Some(id) => match employee::find(&ctx.db.pool, id)
            .await
            .map_err(|e| ctx.err(e.into()))?
        {
            Some((e, scope)) => {
                actor.require_employee(&scope).map_err(|e| ctx.err(e))?;
                Some(e)
            }
            None => None,
        },
        None => None,
    };
    Ok(Profile {
        me: actor.me(),
        employee,
    })
}
