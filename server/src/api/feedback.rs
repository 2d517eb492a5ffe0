//! Continuous feedback, performance dialogues and notifications over the JSON API.

use app::backend::{dialog, notifikasi, umpan_balik, AppResult};
use app::domain::dto::{
    DaftarDialog, DaftarNotifikasi, DialogInput, DialogKinerja, DialogUpdate,
    PenilaianCoachingInput, PermintaanInput, PermintaanUmpanBalik, TindakLanjutInput,
    TindakLanjutStatus, UmpanBalik, UmpanBalikInput, UmpanBalikSkp,
};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use serde::{Deserialize, Serialize};

use super::extract::{ApiJson, ApiQuery, Auth};
use super::openapi::ErrorBody;
use super::skp::PeriodParam;
use crate::AppState;

/// An employee's feedback and requests in a year (this year's without `period`), as far as
/// the caller may see them: the employee, their PPK and leaders above, admins and auditors
/// all of it; a squad lead only the squad's RHK.
#[utoipa::path(get, path = "/api/v1/employees/{id}/feedback", tag = "feedback", params(PeriodParam),
    responses((status = 200, body = UmpanBalikSkp), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiQuery(p): ApiQuery<PeriodParam>,
) -> AppResult<Json<UmpanBalikSkp>> {
    Ok(Json(
        umpan_balik::for_employee(&state.db, &actor, &id, p.period.as_deref()).await?,
    ))
}

/// The PPK gives feedback on an RHK or a BerAKHLAK value (a squad lead on the squad's RHK),
/// for a sub-period that has begun; the employee is notified.
#[utoipa::path(post, path = "/api/v1/employees/{id}/feedback", tag = "feedback", request_body = UmpanBalikInput,
    responses((status = 201, body = UmpanBalik), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn give(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<UmpanBalikInput>,
) -> AppResult<(StatusCode, Json<UmpanBalik>)> {
    let u = umpan_balik::give(&state.db, &actor, &id, b).await?;
    Ok((StatusCode::CREATED, Json(u)))
}

/// The employee asks for feedback on an RHK or a value; it goes to the squad lead for a
/// squad RHK, otherwise to the PPK, who is notified.
#[utoipa::path(post, path = "/api/v1/employees/{id}/feedback-requests", tag = "feedback",
    request_body = PermintaanInput,
    responses((status = 201, body = PermintaanUmpanBalik), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn ask(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<PermintaanInput>,
) -> AppResult<(StatusCode, Json<PermintaanUmpanBalik>)> {
    let q = umpan_balik::ask(&state.db, &actor, &id, b).await?;
    Ok((StatusCode::CREATED, Json(q)))
}

/// The caller's newest notifications and the unread count.
#[utoipa::path(get, path = "/api/v1/notifications", tag = "feedback",
    responses((status = 200, body = DaftarNotifikasi), (status = 401, body = ErrorBody)))]
pub async fn notifications(
    State(state): State<AppState>,
    Auth(actor): Auth,
) -> AppResult<Json<DaftarNotifikasi>> {
    Ok(Json(notifikasi::mine(&state.db, &actor).await?))
}

#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
pub struct MarkRead {
    /// One notification; omitted: all of the caller's.
    #[serde(default)]
    pub id: Option<String>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Marked {
    /// How many were unread and are read now.
    pub changed: u64,
}

/// Marks one of the caller's notifications read, or all of them.
#[utoipa::path(post, path = "/api/v1/notifications/read", tag = "feedback", request_body = MarkRead,
    responses((status = 200, body = Marked), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn mark_read(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiJson(b): ApiJson<MarkRead>,
) -> AppResult<Json<Marked>> {
    let changed = notifikasi::tandai_dibaca(&state.db, &actor, b.id.as_deref()).await?;
    Ok(Json(Marked { changed }))
}

/// An employee's performance dialogues of a year with their follow-ups (overdue ones flagged),
/// for whoever may read the employee; a squad lead sees their own dialogues with them.
#[utoipa::path(get, path = "/api/v1/employees/{id}/dialogues", tag = "feedback", params(PeriodParam),
    responses((status = 200, body = DaftarDialog), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn dialogues(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiQuery(p): ApiQuery<PeriodParam>,
) -> AppResult<Json<DaftarDialog>> {
    Ok(Json(
        dialog::for_employee(&state.db, &actor, &id, p.period.as_deref()).await?,
    ))
}

/// Schedules a dialogue: the employee (with the PPK), the PPK or a squad lead; the other
/// participant is notified.
#[utoipa::path(post, path = "/api/v1/employees/{id}/dialogues", tag = "feedback", request_body = DialogInput,
    responses((status = 201, body = DialogKinerja), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn schedule(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<DialogInput>,
) -> AppResult<(StatusCode, Json<DialogKinerja>)> {
    let d = dialog::create(&state.db, &actor, &id, b).await?;
    Ok((StatusCode::CREATED, Json(d)))
}

/// A participant changes the notes and the status (`SELESAI`, `DIBATALKAN` are final); a
/// stale `version` is 409.
#[utoipa::path(put, path = "/api/v1/dialogues/{id}", tag = "feedback", request_body = DialogUpdate,
    responses((status = 200, body = DialogKinerja), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update_dialogue(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<DialogUpdate>,
) -> AppResult<Json<DialogKinerja>> {
    Ok(Json(dialog::update(&state.db, &actor, &id, b).await?))
}

/// The employee rates a held coaching, mentoring or counseling session: nine scores 1–5, once.
#[utoipa::path(post, path = "/api/v1/dialogues/{id}/coaching-rating", tag = "feedback", request_body = PenilaianCoachingInput,
    responses((status = 201, body = DialogKinerja), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn rate_coaching(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<PenilaianCoachingInput>,
) -> AppResult<(StatusCode, Json<DialogKinerja>)> {
    let d = dialog::rate_coaching(&state.db, &actor, &id, b).await?;
    Ok((StatusCode::CREATED, Json(d)))
}

/// A participant adds an agreed follow-up for either participant, with a due date.
#[utoipa::path(post, path = "/api/v1/dialogues/{id}/follow-ups", tag = "feedback", request_body = TindakLanjutInput,
    responses((status = 201, body = DialogKinerja), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn add_follow_up(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<TindakLanjutInput>,
) -> AppResult<(StatusCode, Json<DialogKinerja>)> {
    let d = dialog::add_follow_up(&state.db, &actor, &id, b).await?;
    Ok((StatusCode::CREATED, Json(d)))
}

/// A participant marks a follow-up `SELESAI` or `TERBUKA` again.
#[utoipa::path(put, path = "/api/v1/follow-ups/{id}", tag = "feedback", request_body = TindakLanjutStatus,
    responses((status = 200, body = DialogKinerja), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn set_follow_up(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<TindakLanjutStatus>,
) -> AppResult<Json<DialogKinerja>> {
    Ok(Json(
        dialog::set_follow_up(&state.db, &actor, &id, b).await?,
    ))
}
