//! SKP planning over the JSON API: read an employee's SKP, open one, change its RHK, and
//! take the workflow steps. Every write names the `version` it read (409 when stale).

use app::backend::skp::{plan, workflow};
use app::backend::{AppError, AppResult};
use app::domain::berakhlak::NilaiBerakhlak;
use app::domain::dto::{Lampiran, RhkInput, RisikoInput, Skp, SkpBawahan};
use app::domain::skp::{Aksi, Pendekatan};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use serde::Deserialize;
use std::collections::BTreeMap;

use super::extract::{ApiJson, ApiQuery, Auth};
use super::openapi::ErrorBody;
use crate::AppState;

#[derive(Deserialize, utoipa::IntoParams)]
pub struct PeriodParam {
    /// An annual period id; omitted: this year's.
    pub period: Option<String>,
}

/// An employee's SKP for a year: RHK with the intervened RHK, IKI and targets, realisasi,
/// the behaviour expectations and the lampiran.
#[utoipa::path(get, path = "/api/v1/employees/{id}/skp", tag = "skp", params(PeriodParam),
    responses((status = 200, body = Skp), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn of_employee(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiQuery(p): ApiQuery<PeriodParam>,
) -> AppResult<Json<Skp>> {
    Ok(Json(
        plan::get(&state.db, &actor, &id, p.period.as_deref()).await?,
    ))
}

#[utoipa::path(get, path = "/api/v1/skp/{id}", tag = "skp",
    responses((status = 200, body = Skp), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn get(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
) -> AppResult<Json<Skp>> {
    Ok(Json(plan::get_by_id(&state.db, &actor, &id).await?))
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct OpenSkp {
    /// The employee (default: the caller's own record; admins may name anyone of theirs).
    pub pegawai_id: Option<String>,
    /// An annual period id (default: this year's).
    pub period: Option<String>,
    /// KUANTITATIF (default) or KUALITATIF (JPT only).
    #[schema(value_type = Option<String>)]
    pub pendekatan: Option<Pendekatan>,
    /// Copy last year's RHK, IKI, expectations and lampiran.
    #[serde(default)]
    pub copy_previous: bool,
}

/// Opens a draft SKP: 201 when created, 200 with the existing one.
#[utoipa::path(post, path = "/api/v1/skp", tag = "skp", request_body = OpenSkp,
    responses((status = 201, body = Skp), (status = 200, body = Skp), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn open(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiJson(b): ApiJson<OpenSkp>,
) -> AppResult<(StatusCode, Json<Skp>)> {
    let (skp, created) = plan::open(
        &state.db,
        &actor,
        b.pegawai_id.as_deref(),
        b.period.as_deref(),
        b.pendekatan,
        b.copy_previous,
    )
    .await?;
    let status = if created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((status, Json(skp)))
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct RhkWrite {
    /// The SKP's `version` as read.
    pub version: i64,
    #[serde(flatten)]
    pub rhk: RhkInput,
}

/// Adds an RHK (with its IKI) to a draft or returned SKP.
#[utoipa::path(post, path = "/api/v1/skp/{id}/rhk", tag = "skp", request_body = RhkWrite,
    responses((status = 201, body = Skp), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn add_rhk(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<RhkWrite>,
) -> AppResult<(StatusCode, Json<Skp>)> {
    let skp = plan::add_rhk(&state.db, &actor, &id, b.version, b.rhk).await?;
    Ok((StatusCode::CREATED, Json(skp)))
}

/// Changes an RHK; its IKI become the list sent (IKI with an `id` keep their realisasi).
#[utoipa::path(put, path = "/api/v1/rhk/{id}", tag = "skp", request_body = RhkWrite,
    responses((status = 200, body = Skp), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update_rhk(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<RhkWrite>,
) -> AppResult<Json<Skp>> {
    Ok(Json(
        plan::update_rhk(&state.db, &actor, &id, b.version, b.rhk).await?,
    ))
}

#[derive(Deserialize, utoipa::IntoParams)]
pub struct VersionParam {
    /// The SKP's `version` as read.
    pub version: i64,
}

/// Removes an RHK that no staff RHK intervenes.
#[utoipa::path(delete, path = "/api/v1/rhk/{id}", tag = "skp", params(VersionParam),
    responses((status = 200, body = Skp), (status = 409, body = ErrorBody)))]
pub async fn delete_rhk(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiQuery(v): ApiQuery<VersionParam>,
) -> AppResult<Json<Skp>> {
    Ok(Json(
        plan::delete_rhk(&state.db, &actor, &id, v.version).await?,
    ))
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct StepBody {
    pub version: i64,
    /// Required when returning it (`return`).
    pub catatan: Option<String>,
}

/// A workflow step: `submit` (owner), `approve` and `return` (the PPK; `return` needs a
/// comment), `revise` (owner: a new version of an approved SKP; the approved one is kept).
#[utoipa::path(post, path = "/api/v1/skp/{id}/{step}", tag = "skp", request_body = StepBody,
    params(("step" = String, Path, description = "submit, approve, return or revise")),
    responses((status = 200, body = Skp), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn step(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path((id, step)): Path<(String, String)>,
    ApiJson(b): ApiJson<StepBody>,
) -> AppResult<Json<Skp>> {
    let aksi = match step.as_str() {
        "submit" => Aksi::Ajukan,
        "approve" => Aksi::Setujui,
        "return" => Aksi::Kembalikan,
        "revise" => Aksi::Revisi,
        _ => return Err(AppError::not_found("Langkah SKP", "SKP step")),
    };
    Ok(Json(
        workflow::step(
            &state.db,
            &actor,
            &id,
            b.version,
            aksi,
            b.catatan.as_deref(),
        )
        .await?,
    ))
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct PerilakuBody {
    pub version: i64,
    /// Ekspektasi khusus pimpinan by BerAKHLAK value code (e.g. `"AKUNTABEL"`); "" removes one.
    pub ekspektasi: BTreeMap<String, String>,
}

/// The PPK's behaviour expectations per BerAKHLAK value.
#[utoipa::path(put, path = "/api/v1/skp/{id}/perilaku", tag = "skp", request_body = PerilakuBody,
    responses((status = 200, body = Skp), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn perilaku(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<PerilakuBody>,
) -> AppResult<Json<Skp>> {
    let mut values = vec![];
    for (code, text) in b.ekspektasi {
        let nilai = NilaiBerakhlak::from_code(&code).ok_or_else(|| {
            AppError::bad_request(
                format!("Nilai BerAKHLAK tidak dikenal: {code}"),
                format!("Unknown BerAKHLAK value: {code}"),
            )
        })?;
        values.push((nilai, text));
    }
    Ok(Json(
        plan::set_perilaku(&state.db, &actor, &id, b.version, values).await?,
    ))
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct LampiranBody {
    pub version: i64,
    #[serde(flatten)]
    pub lampiran: Lampiran,
}

#[utoipa::path(put, path = "/api/v1/skp/{id}/lampiran", tag = "skp", request_body = LampiranBody,
    responses((status = 200, body = Skp), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn lampiran(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<LampiranBody>,
) -> AppResult<Json<Skp>> {
    Ok(Json(
        plan::set_lampiran(&state.db, &actor, &id, b.version, b.lampiran).await?,
    ))
}

/// Adds a risk to an RHK (the owner or their PPK, at any status).
#[utoipa::path(post, path = "/api/v1/rhk/{id}/risks", tag = "skp", request_body = RisikoInput,
    responses((status = 201, body = Skp), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn add_risk(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<RisikoInput>,
) -> AppResult<(StatusCode, Json<Skp>)> {
    Ok((
        StatusCode::CREATED,
        Json(plan::add_risiko(&state.db, &actor, &id, b).await?),
    ))
}

#[utoipa::path(delete, path = "/api/v1/rhk/{id}/risks/{risk}", tag = "skp",
    responses((status = 200, body = Skp), (status = 404, body = ErrorBody)))]
pub async fn delete_risk(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path((id, risk)): Path<(String, String)>,
) -> AppResult<Json<Skp>> {
    Ok(Json(
        plan::delete_risiko(&state.db, &actor, &id, &risk).await?,
    ))
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct PublishBody {
    /// true publishes the RHK to the owner's staff before approval; false withdraws it.
    pub terbit: bool,
}

/// A leader publishes a draft RHK early, so staff can plan against it.
#[utoipa::path(post, path = "/api/v1/rhk/{id}/publish", tag = "skp", request_body = PublishBody,
    responses((status = 200, body = Skp), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn publish(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<PublishBody>,
) -> AppResult<Json<Skp>> {
    Ok(Json(plan::publish(&state.db, &actor, &id, b.terbit).await?))
}

/// An approved version that was kept when a new one was opened.
#[utoipa::path(get, path = "/api/v1/skp/{id}/versions/{versi}", tag = "skp",
    responses((status = 200, body = Object), (status = 404, body = ErrorBody)))]
pub async fn version(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path((id, versi)): Path<(String, i64)>,
) -> AppResult<Json<serde_json::Value>> {
    Ok(Json(
        workflow::kept_version(&state.db, &actor, &id, versi).await?,
    ))
}

/// The caller's subordinates (as their PPK) with the state of their SKP.
#[utoipa::path(get, path = "/api/v1/skp/review", tag = "skp", params(PeriodParam),
    responses((status = 200, body = Vec<SkpBawahan>), (status = 401, body = ErrorBody)))]
pub async fn review(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiQuery(p): ApiQuery<PeriodParam>,
) -> AppResult<Json<Vec<SkpBawahan>>> {
    let period = app::backend::skp::period::annual(&state.db, &actor, p.period.as_deref()).await?;
    let Some(me) = actor.pegawai_id.as_deref() else {
        return Ok(Json(vec![]));
    };
    let list = app::backend::repo::skp::bawahan(&state.db.pool, &actor.instansi_id, me, &period.id)
        .await?;
    Ok(Json(list))
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct AssignBody {
    /// The staff (the caller assesses them) who get the RHK.
    pub pegawai_ids: Vec<String>,
    /// Title and IKI of their RHK; omitted: the leader's own.
    pub rhk: Option<RhkInput>,
}

/// A leader gives one of their RHK to many of their staff at once: each gets an RHK that
/// intervenes it (their SKP is opened as a draft when needed); people whose SKP cannot change
/// now are listed with the reason.
#[utoipa::path(post, path = "/api/v1/rhk/{id}/assign", tag = "skp", request_body = AssignBody,
    responses((status = 200, body = Vec<plan::Penugasan>), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn assign(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<AssignBody>,
) -> AppResult<Json<Vec<plan::Penugasan>>> {
    Ok(Json(
        plan::assign(&state.db, &actor, &id, &b.pegawai_ids, b.rhk).await?,
    ))
}

/// The SKP as a PDF in the official layout (A4), for whoever may read it.
#[utoipa::path(get, path = "/api/v1/skp/{id}/pdf", tag = "skp",
    responses((status = 200, content_type = "application/pdf", description = "the SKP document"),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn pdf(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
) -> AppResult<axum::response::Response> {
    use axum::response::IntoResponse;
    let skp = plan::get_by_id(&state.db, &actor, &id).await?;
    let instansi = actor.instansi_nama.clone();
    // rendering is CPU work: keep it off the async workers
    let bytes = tokio::task::spawn_blocking(move || {
        crate::pdf::skp::render(&skp, &instansi).map(|b| (b, skp))
    })
    .await
    .map_err(|_| AppError::internal())?
    .map_err(|e| {
        tracing::error!(error = %e, "SKP PDF");
        AppError::internal()
    })?;
    let (bytes, skp) = bytes;
    let name = format!("SKP-{}-{}.pdf", skp.pegawai.nip, skp.tahun);
    Ok((
        [
            (
                axum::http::header::CONTENT_TYPE,
                "application/pdf".to_string(),
            ),
            (
                axum::http::header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        bytes,
    )
        .into_response())
}
