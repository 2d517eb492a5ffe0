//! Evaluation over the JSON API: the PPK's ratings, the list per unit, the employee's
//! acknowledgement, the unit's organisation result, and calibration (the distribution against
//! the curve, moves with reasons, finalisation that locks the results).

use app::backend::evaluasi::{capaian, kalibrasi, keberatan, list, rate};
use app::backend::{AppError, AppResult};
use app::domain::dto::{
    CapaianInput, CapaianOrganisasi, Evaluasi, EvaluasiBaris, FinalisasiInput, Kalibrasi,
    Keberatan, KeberatanInput, Page, PenilaianInput, PindahInput, PutusanInput,
};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use serde::{Deserialize, Serialize};

use super::extract::{ApiJson, ApiQuery, Auth};
use super::openapi::ErrorBody;
use crate::AppState;

#[derive(Serialize, utoipa::ToSchema)]
pub struct EvaluationPage {
    pub items: Vec<EvaluasiBaris>,
    pub next_cursor: Option<String>,
}

#[derive(Deserialize, utoipa::IntoParams)]
pub struct UnitPeriodParams {
    /// The unit (with its sub-units); omitted: the caller's own unit.
    pub unit: Option<String>,
    /// A period id (annual or periodic); omitted: this year's annual period.
    pub period: Option<String>,
    /// Page size, 1–200 (default 50).
    pub limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    pub cursor: Option<String>,
}

#[derive(Deserialize, utoipa::IntoParams)]
pub struct PeriodParam {
    /// A period id (annual or periodic); omitted: this year's annual period.
    pub period: Option<String>,
}

/// Ratings (hasil kerja, perilaku kerja) and predikat per employee of a unit subtree for a
/// period, as far as the caller may see the people; employees not rated yet have no ratings.
#[utoipa::path(get, path = "/api/v1/evaluations", tag = "evaluation", params(UnitPeriodParams),
    responses((status = 200, body = EvaluationPage), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn index(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiQuery(p): ApiQuery<UnitPeriodParams>,
) -> AppResult<Json<Page<EvaluasiBaris>>> {
    Ok(Json(
        list::list(
            &state.db,
            &actor,
            p.unit.as_deref(),
            p.period.as_deref(),
            p.limit,
            p.cursor.as_deref(),
        )
        .await?,
    ))
}

/// One evaluation, with the PPK's judgement per RHK utama.
#[utoipa::path(get, path = "/api/v1/evaluations/{id}", tag = "evaluation",
    responses((status = 200, body = Evaluasi), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn get(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
) -> AppResult<Json<Evaluasi>> {
    Ok(Json(rate::get(&state.db, &actor, &id).await?))
}

/// The employee's evaluation for a period; 404 when not rated yet.
#[utoipa::path(get, path = "/api/v1/employees/{id}/evaluation", tag = "evaluation", params(PeriodParam),
    responses((status = 200, body = Evaluasi), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn of_employee(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiQuery(p): ApiQuery<PeriodParam>,
) -> AppResult<Json<Evaluasi>> {
    rate::of_employee(&state.db, &actor, &id, p.period.as_deref())
        .await?
        .map(Json)
        .ok_or_else(|| AppError::not_found("Evaluasi", "Evaluation"))
}

/// The employee's current PPK rates Hasil Kerja and Perilaku Kerja, each with a reason; the
/// predikat follows the regulation's matrix. Di Atas Hasil Kerja needs every RHK utama judged
/// and none Di Bawah; a unit head's Hasil Kerja is the unit's organisation result. Changing an
/// evaluation names its `version`; a final one changes only through an appeal (409).
#[utoipa::path(post, path = "/api/v1/employees/{id}/evaluation", tag = "evaluation", request_body = PenilaianInput,
    responses((status = 201, body = Evaluasi), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn rate(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<PenilaianInput>,
) -> AppResult<(StatusCode, Json<Evaluasi>)> {
    let e = rate::rate(&state.db, &actor, &id, &b).await?;
    let status = if e.version == 1 {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((status, Json(e)))
}

/// The employee acknowledges the result (the 14-day appeal period runs from then).
#[utoipa::path(post, path = "/api/v1/evaluations/{id}/acknowledgement", tag = "evaluation",
    responses((status = 200, body = Evaluasi), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn acknowledge(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
) -> AppResult<Json<Evaluasi>> {
    Ok(Json(rate::acknowledge(&state.db, &actor, &id).await?))
}

/// The unit's capaian kinerja organisasi for a period; 404 when not set.
#[utoipa::path(get, path = "/api/v1/units/{id}/organisation-result", tag = "evaluation", params(PeriodParam),
    responses((status = 200, body = CapaianOrganisasi), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn organisation_result(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiQuery(p): ApiQuery<PeriodParam>,
) -> AppResult<Json<CapaianOrganisasi>> {
    capaian::get(&state.db, &actor, &id, p.period.as_deref())
        .await?
        .map(Json)
        .ok_or_else(|| AppError::not_found("Capaian kinerja organisasi", "Organisation result"))
}

/// Sets the unit's capaian kinerja organisasi (the head of a unit above, or an admin), with a
/// reason; it fixes the distribution curve. Changing it names its `version`.
#[utoipa::path(put, path = "/api/v1/units/{id}/organisation-result", tag = "evaluation", request_body = CapaianInput,
    responses((status = 200, body = CapaianOrganisasi), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn set_organisation_result(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<CapaianInput>,
) -> AppResult<Json<CapaianOrganisasi>> {
    Ok(Json(capaian::set(&state.db, &actor, &id, &b).await?))
}

/// The predikat distribution of a unit subtree against the bands of the distribution curve
/// that the unit's organisation result fixes, with the violations, one page of the people,
/// and the moves so far. For the unit's leaders, admins and auditors.
#[utoipa::path(get, path = "/api/v1/calibration", tag = "evaluation", params(UnitPeriodParams),
    responses((status = 200, body = Kalibrasi), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn calibration(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiQuery(p): ApiQuery<UnitPeriodParams>,
) -> AppResult<Json<Kalibrasi>> {
    Ok(Json(
        kalibrasi::view(
            &state.db,
            &actor,
            p.unit.as_deref(),
            p.period.as_deref(),
            p.limit,
            p.cursor.as_deref(),
        )
        .await?,
    ))
}

/// Moves one person to another predikat during calibration, with a reason (audited).
#[utoipa::path(post, path = "/api/v1/calibration/moves", tag = "evaluation", request_body = PindahInput,
    responses((status = 200, body = Kalibrasi), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn move_person(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiJson(b): ApiJson<PindahInput>,
) -> AppResult<Json<Kalibrasi>> {
    Ok(Json(kalibrasi::pindah(&state.db, &actor, &b).await?))
}

/// Finalises the calibration and locks its results; refused (422) while someone is unrated,
/// or while the distribution breaks the curve without a justification.
#[utoipa::path(post, path = "/api/v1/calibration/finalisation", tag = "evaluation", request_body = FinalisasiInput,
    responses((status = 200, body = Kalibrasi), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn finalise(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiJson(b): ApiJson<FinalisasiInput>,
) -> AppResult<Json<Kalibrasi>> {
    Ok(Json(kalibrasi::finalise(&state.db, &actor, &b).await?))
}

#[derive(Deserialize, utoipa::IntoParams)]
pub struct AppealParams {
    /// DIAJUKAN (pending) or DIPUTUS (decided); omitted: both.
    pub status: Option<String>,
}

/// The employee files a keberatan against their final result, within 14 days of receiving it
/// (refused after that with the date), to the atasan PPK.
#[utoipa::path(post, path = "/api/v1/evaluations/{id}/appeal", tag = "evaluation", request_body = KeberatanInput,
    responses((status = 201, body = Keberatan), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn appeal(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<KeberatanInput>,
) -> AppResult<(StatusCode, Json<Keberatan>)> {
    Ok((
        StatusCode::CREATED,
        Json(keberatan::ajukan(&state.db, &actor, &id, &b).await?),
    ))
}

/// The appeals the caller deals with (all of the instansi for admins and auditors), newest
/// first; `terlambat` flags an undecided appeal past its deadline.
#[utoipa::path(get, path = "/api/v1/appeals", tag = "evaluation", params(AppealParams),
    responses((status = 200, body = Vec<Keberatan>), (status = 400, body = ErrorBody)))]
pub async fn appeals(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiQuery(p): ApiQuery<AppealParams>,
) -> AppResult<Json<Vec<Keberatan>>> {
    Ok(Json(
        keberatan::list(&state.db, &actor, p.status.as_deref()).await?,
    ))
}

#[utoipa::path(get, path = "/api/v1/appeals/{id}", tag = "evaluation",
    responses((status = 200, body = Keberatan), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn get_appeal(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
) -> AppResult<Json<Keberatan>> {
    Ok(Json(keberatan::get(&state.db, &actor, &id).await?))
}

/// The atasan PPK records what the PPK and the employee said and decides; the decision sets
/// the result and is final.
#[utoipa::path(post, path = "/api/v1/appeals/{id}/decision", tag = "evaluation", request_body = PutusanInput,
    responses((status = 200, body = Keberatan), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn decide(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<PutusanInput>,
) -> AppResult<Json<Keberatan>> {
    Ok(Json(keberatan::putus(&state.db, &actor, &id, &b).await?))
}
