use leptos::prelude::*;

use crate::api::ApiError;
use crate::domain::dto::{CapaianInput, CapaianOrganisasi};

/// The unit's superior (or an admin) sets its capaian kinerja organisasi for the period.
#[server(prefix = "/sf", endpoint = "evaluasi/capaian", input = server_fn::codec::Json)]
pub async fn set_capaian(unit: String, input: CapaianInput) -> Result<CapaianOrganisasi, ApiError> {
    use crate::api::skp::fail;
    use crate::backend::evaluasi::capaian;

    let ctx = crate::api::ctx::ctx().await?;
    let actor = ctx.actor().await?;
    capaian::set(&ctx.db, &actor, &unit, &input)
        .await
        .map_err(|e| fail(&ctx, e))
}
