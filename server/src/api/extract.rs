//! Extractors that turn every bad request into the API's JSON error (never a plain-text 4xx).

use app::backend::auth::current::actor_from_headers;
use app::backend::authz::Actor;
use app::backend::AppError;
use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use serde::de::DeserializeOwned;

use crate::AppState;

/// The signed-in caller (session cookie or API token); 401 otherwise.
pub struct Auth(pub Actor);

impl FromRequestParts<AppState> for Auth {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        match actor_from_headers(&state.db, &parts.headers).await? {
            Some(actor) => Ok(Auth(actor)),
            None => Err(AppError::unauthorized()),
        }
    }
}

pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for ApiJson<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, AppError> {
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(v)) => Ok(ApiJson(v)),
            Err(JsonRejection::MissingJsonContentType(_)) => Err(AppError::new(
                axum::http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported_media_type",
                "Isi permintaan harus JSON (Content-Type: application/json)",
                "The request body must be JSON (Content-Type: application/json)",
            )),
            Err(e) => Err(AppError::bad_request(
                format!("JSON tidak valid: {}", e.body_text()),
                format!("Invalid JSON: {}", e.body_text()),
            )),
        }
    }
}

pub struct ApiQuery<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, AppError> {
        match axum::extract::Query::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Query(v)) => Ok(ApiQuery(v)),
            Err(e @ QueryRejection::FailedToDeserializeQueryString(_)) | Err(e) => {
                Err(AppError::bad_request(
                    format!("Parameter kueri tidak valid: {}", e.body_text()),
                    format!("Invalid query parameters: {}", e.body_text()),
                ))
            }
        }
    }
}

/// `?limit=&cursor=` of every list endpoint.
#[derive(serde::Deserialize, utoipa::IntoParams)]
pub struct PageParams {
    /// Page size, 1–200 (default 50).
    pub limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    pub cursor: Option<String>,
}
