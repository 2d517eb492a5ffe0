//! Squads (tim kerja) over the JSON API: the list and page of a squad, forming and changing
//! one, its members' roles, the Matriks Peran Hasil, and the lead's recommendations. Every
//! write names the squad's `version` it read (409 when stale).

use app::backend::tim::{kelola, matriks};
use app::backend::AppResult;
use app::domain::dto::{
    AnggotaInput, MatriksInput, Page, Rekomendasi, RekomendasiInput, Tim, TimInput, TimRingkas,
    TimUpdate,
};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use serde::Deserialize;

use super::extract::{ApiJson, ApiQuery, Auth};
use super::openapi::ErrorBody;
use crate::AppState;

#[derive(Deserialize, utoipa::IntoParams)]
pub struct SquadParams {
    /// An annual period id; omitted: this year's.
    pub period: Option<String>,
    /// Page size, 1–200 (default 50).
    pub limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    pub cursor: Option<String>,
}

/// The squads of a year the caller may see: all for admins and auditors; for others the
/// ones they lead, formed, or belong to.
#[utoipa::path(get, path = "/api/v1/squads", tag = "squads", params(SquadParams),
    responses((status = 200, body = super::openapi::SquadPage), (status = 401, body = ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiQuery(p): ApiQuery<SquadParams>,
) -> AppResult<Json<Page<TimRingkas>>> {
    Ok(Json(
        kelola::list(
            &state.db,
            &actor,
            p.period.as_deref(),
            p.limit,
            p.cursor.as_deref(),
        )
        .await?,
    ))
}

/// Forms a squad (a leader or an admin); the lead joins as KETUA, and when it serves an RHK
/// the matrix starts with one column per IKI of that RHK.
#[utoipa::path(post, path = "/api/v1/squads", tag = "squads", request_body = TimInput,
    responses((status = 201, body = Tim), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiJson(b): ApiJson<TimInput>,
) -> AppResult<(StatusCode, Json<Tim>)> {
    Ok((
        StatusCode::CREATED,
        Json(kelola::create(&state.db, &actor, b).await?),
    ))
}

/// The squad page: members, roles, the matrix, progress per result, recent activity. For its
/// members, lead and creator, admins and auditors.
#[utoipa::path(get, path = "/api/v1/squads/{id}", tag = "squads",
    responses((status = 200, body = Tim), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn get(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
) -> AppResult<Json<Tim>> {
    Ok(Json(kelola::get(&state.db, &actor, &id).await?))
}

/// Changes the squad's name, purpose and served RHK.
#[utoipa::path(put, path = "/api/v1/squads/{id}", tag = "squads", request_body = TimUpdate,
    responses((status = 200, body = Tim), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn update(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<TimUpdate>,
) -> AppResult<Json<Tim>> {
    Ok(Json(kelola::update(&state.db, &actor, &id, b).await?))
}

/// Adds a member's role with its allocation (0–100 %); the same person with the same role
/// twice is refused (409 `duplicate_member`).
#[utoipa::path(post, path = "/api/v1/squads/{id}/members", tag = "squads", request_body = AnggotaInput,
    responses((status = 201, body = Tim), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn add_member(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<AnggotaInput>,
) -> AppResult<(StatusCode, Json<Tim>)> {
    Ok((
        StatusCode::CREATED,
        Json(kelola::add_anggota(&state.db, &actor, &id, b).await?),
    ))
}

/// Changes a member's role or allocation (`anggota` is the role's id).
#[utoipa::path(put, path = "/api/v1/squads/{id}/members/{anggota}", tag = "squads", request_body = AnggotaInput,
    responses((status = 200, body = Tim), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn update_member(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path((id, anggota)): Path<(String, String)>,
    ApiJson(b): ApiJson<AnggotaInput>,
) -> AppResult<Json<Tim>> {
    Ok(Json(
        kelola::update_anggota(&state.db, &actor, &id, &anggota, b).await?,
    ))
}

#[derive(Deserialize, utoipa::IntoParams)]
pub struct VersionParam {
    /// The squad's `version` as read.
    pub version: i64,
}

/// Removes a member's role: kept with the date it ended; the RHK of its cells are retired
/// (they stay in the member's SKP with their realisasi).
#[utoipa::path(delete, path = "/api/v1/squads/{id}/members/{anggota}", tag = "squads", params(VersionParam),
    responses((status = 200, body = Tim), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn remove_member(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path((id, anggota)): Path<(String, String)>,
    ApiQuery(v): ApiQuery<VersionParam>,
) -> AppResult<Json<Tim>> {
    Ok(Json(
        kelola::remove_anggota(&state.db, &actor, &id, &anggota, v.version).await?,
    ))
}

/// Saves the whole Matriks Peran Hasil in one transaction: each cell becomes (or updates) an
/// RHK in the member's SKP, tagged with the squad, assigned by its lead, intervening the
/// column's RHK; a removed cell ("x") retires its RHK. 409 (nothing saved) when a member's SKP
/// cannot take the change now.
#[utoipa::path(put, path = "/api/v1/squads/{id}/matrix", tag = "squads", request_body = MatriksInput,
    responses((status = 200, body = Tim), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn matrix(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<MatriksInput>,
) -> AppResult<Json<Tim>> {
    Ok(Json(matriks::save(&state.db, &actor, &id, b).await?))
}

/// The lead's feedback and rating recommendation (DI_ATAS, SESUAI, DI_BAWAH) for a member;
/// the member's PPK sees it on the member's contribution map.
#[utoipa::path(post, path = "/api/v1/squads/{id}/members/{pegawai}/recommendation", tag = "squads",
    request_body = RekomendasiInput,
    responses((status = 200, body = Rekomendasi), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn recommendation(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path((id, pegawai)): Path<(String, String)>,
    ApiJson(b): ApiJson<RekomendasiInput>,
) -> AppResult<Json<Rekomendasi>> {
    Ok(Json(
        kelola::rekomendasi(&state.db, &actor, &id, &pegawai, b).await?,
    ))
}
