//! 360° behaviour feedback over the JSON API: rounds, invitations and links for those who
//! manage an employee's feedback, the caller's own invitations, the anonymised results, and
//! the public answer by link (`/360/{token}`, no account).

use app::backend::survei::{answer, results, round};
use app::backend::AppResult;
use app::domain::dto::{
    Diterima360, Formulir360, Hasil360, Jawaban360Input, Survei360, Tautan360, UndanganSaya,
};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;

use super::extract::{ApiJson, ApiQuery, Auth};
use super::openapi::ErrorBody;
use super::skp::PeriodParam;
use crate::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/employees/{id}/feedback360", get(results_of).post(start))
        .route("/feedback360/{id}/invitations", post(invite))
        .route("/feedback360/{id}/links", post(link))
        .route("/feedback360/{id}/close", post(close))
        .route("/me/feedback360-invitations", get(mine))
        .route("/me/feedback360-invitations/{id}/answer", post(answer_mine))
        .route("/360/{token}", get(form).post(answer_link))
}

/// The anonymised results of the employee's round for a year: per BerAKHLAK value and per
/// responder group, no row under 3 responses (smaller groups pooled as LAINNYA or withheld),
/// once the round is finished. The subject, their PPK and atasan PPK, heads of units above
/// them and admins may read; everyone else 403. No responder is ever named.
#[utoipa::path(get, path = "/api/v1/employees/{id}/feedback360", tag = "feedback360", params(PeriodParam),
    responses((status = 200, body = Hasil360), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn results_of(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiQuery(p): ApiQuery<PeriodParam>,
) -> AppResult<Json<Hasil360>> {
    Ok(Json(
        results::of_employee(&state.db, &actor, &id, p.period.as_deref()).await?,
    ))
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct StartBody {
    /// An annual period id; omitted: this year's.
    pub period: Option<String>,
}

/// Starts the employee's round for a year (one per year; 409 if it exists).
#[utoipa::path(post, path = "/api/v1/employees/{id}/feedback360", tag = "feedback360", request_body = StartBody,
    responses((status = 201, body = Survei360), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn start(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<StartBody>,
) -> AppResult<(StatusCode, Json<Survei360>)> {
    let s = round::start(&state.db, &actor, &id, b.period.as_deref()).await?;
    Ok((StatusCode::CREATED, Json(s)))
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct InviteBody {
    /// A colleague of the subject (their PPK, a peer or a subordinate).
    pub employee: String,
}

/// Invites a colleague; their group (ATASAN, REKAN, BAWAHAN) follows from how they relate.
#[utoipa::path(post, path = "/api/v1/feedback360/{id}/invitations", tag = "feedback360", request_body = InviteBody,
    responses((status = 201, body = Survei360), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn invite(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<InviteBody>,
) -> AppResult<(StatusCode, Json<Survei360>)> {
    let s = round::invite(&state.db, &actor, &id, &b.employee).await?;
    Ok((StatusCode::CREATED, Json(s)))
}

/// A new single-use masyarakat link, valid 14 days. Its address is returned only here.
#[utoipa::path(post, path = "/api/v1/feedback360/{id}/links", tag = "feedback360",
    responses((status = 201, body = Tautan360), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn link(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
) -> AppResult<(StatusCode, Json<Tautan360>)> {
    let t = round::link(&state.db, &actor, &id).await?;
    Ok((StatusCode::CREATED, Json(t)))
}

/// Closes the round early: no more answers, results readable.
#[utoipa::path(post, path = "/api/v1/feedback360/{id}/close", tag = "feedback360",
    responses((status = 200, body = Survei360), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn close(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
) -> AppResult<Json<Survei360>> {
    Ok(Json(round::close(&state.db, &actor, &id).await?))
}

/// The caller's invitations still waiting for an answer.
#[utoipa::path(get, path = "/api/v1/me/feedback360-invitations", tag = "feedback360",
    responses((status = 200, body = Vec<UndanganSaya>)))]
pub async fn mine(
    State(state): State<AppState>,
    Auth(actor): Auth,
) -> AppResult<Json<Vec<UndanganSaya>>> {
    let me = actor.pegawai_id.clone().unwrap_or_default();
    let list =
        app::backend::repo::survei::my_pending(&state.db.pool, &actor.instansi_id, &me).await?;
    Ok(Json(list))
}

/// Answers one of the caller's invitations, once (410 when used or expired, 422 for scores).
#[utoipa::path(post, path = "/api/v1/me/feedback360-invitations/{id}/answer", tag = "feedback360",
    request_body = Jawaban360Input,
    responses((status = 201, body = Diterima360), (status = 404, body = ErrorBody), (status = 410, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn answer_mine(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<Jawaban360Input>,
) -> AppResult<(StatusCode, Json<Diterima360>)> {
    answer::answer_by_invitation(&state.db, &actor, &id, &b).await?;
    Ok((StatusCode::CREATED, Json(Diterima360 { received: true })))
}

/// What a masyarakat link is about (public, no account): 404 for an unknown link, 410 for a
/// used or expired one.
#[utoipa::path(get, path = "/api/v1/360/{token}", tag = "feedback360", security(()),
    responses((status = 200, body = Formulir360), (status = 404, body = ErrorBody), (status = 410, body = ErrorBody)))]
pub async fn form(
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> AppResult<Json<Formulir360>> {
    Ok(Json(answer::form_by_token(&state.db, &token).await?))
}

/// Answers by a masyarakat link (public, no account), once: a score 1–5 for each of the
/// seven BerAKHLAK values and an optional comment. 404 unknown link, 410 used or expired,
/// 422 a missing or out-of-range score.
#[utoipa::path(post, path = "/api/v1/360/{token}", tag = "feedback360", security(()), request_body = Jawaban360Input,
    responses((status = 201, body = Diterima360), (status = 404, body = ErrorBody), (status = 410, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn answer_link(
    State(state): State<AppState>,
    Path(token): Path<String>,
    ApiJson(b): ApiJson<Jawaban360Input>,
) -> AppResult<(StatusCode, Json<Diterima360>)> {
    answer::answer_by_token(&state.db, &token, &b).await?;
    Ok((StatusCode::CREATED, Json(Diterima360 { received: true })))
}
