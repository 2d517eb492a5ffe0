//! One error type for the API and the server functions. Every error carries its message in
//! both languages; internal causes are logged, never sent to the client.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::domain::lang::Lang;

pub type AppResult<T> = Result<T, AppError>;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    /// 1-based row of an import file, when the error comes from one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub row: Option<usize>,
    pub field: String,
    pub message: String,
    /// The English message, when it differs (the API picks by `Accept-Language`).
    #[serde(skip)]
    pub message_en: Option<String>,
}

impl From<crate::domain::problem::Problem> for FieldError {
    fn from(p: crate::domain::problem::Problem) -> Self {
        FieldError {
            row: None,
            field: p.field,
            message: p.id,
            message_en: Some(p.en),
        }
    }
}

#[derive(Debug, Clone)]
pub struct AppError {
    pub status: StatusCode,
    pub code: &'static str,
    pub message_id: String,
    pub message_en: String,
    pub details: Vec<FieldError>,
}

impl AppError {
    pub fn new(
        status: StatusCode,
        code: &'static str,
        id: impl Into<String>,
        en: impl Into<String>,
    ) -> Self {
        AppError {
            status,
            code,
            message_id: id.into(),
            message_en: en.into(),
            details: vec![],
        }
    }

    pub fn bad_request(id: impl Into<String>, en: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "bad_request", id, en)
    }

    pub fn validation(details: Vec<FieldError>) -> Self {
        let mut e = Self::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "validation",
            format!("Data tidak valid: {} kesalahan", details.len()),
            format!("Invalid data: {} error(s)", details.len()),
        );
        e.details = details;
        e
    }

    /// 422 with the problems as details.
    pub fn problems(problems: Vec<crate::domain::problem::Problem>) -> Self {
        Self::validation(problems.into_iter().map(FieldError::from).collect())
    }

    /// 422 for a single problem, its message as the error's message.
    pub fn problem(p: crate::domain::problem::Problem) -> Self {
        let mut e = Self::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "validation",
            p.id.clone(),
            p.en.clone(),
        );
        e.details = vec![p.into()];
        e
    }

    pub fn unauthorized() -> Self {
        Self::new(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "Silakan masuk terlebih dahulu",
            "Please sign in first",
        )
    }

    pub fn bad_credentials() -> Self {
        Self::new(
            StatusCode::UNAUTHORIZED,
            "bad_credentials",
            "Nama pengguna atau kata sandi salah",
            "Wrong username or password",
        )
    }

    pub fn forbidden() -> Self {
        Self::new(
            StatusCode::FORBIDDEN,
            "forbidden",
            "Anda tidak berwenang mengakses data ini",
            "You are not allowed to access this data",
        )
    }

    pub fn not_found(what_id: &str, what_en: &str) -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            "not_found",
            format!("{what_id} tidak ditemukan"),
            format!("{what_en} not found"),
        )
    }

    pub fn conflict(id: impl Into<String>, en: impl Into<String>) -> Self {
        Self::new(StatusCode::CONFLICT, "conflict", id, en)
    }

    pub fn too_many_requests(minutes: i64) -> Self {
        Self::new(
            StatusCode::TOO_MANY_REQUESTS,
            "too_many_requests",
            format!("Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam {minutes} menit"),
            format!("Too many failed sign-in attempts. Try again in {minutes} minutes"),
        )
    }

    pub fn internal() -> Self {
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "Terjadi kesalahan pada server",
            "Something went wrong on the server",
        )
    }

    pub fn unavailable() -> Self {
        Self::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "unavailable",
            "Basis data tidak dapat dihubungi",
            "The database cannot be reached",
        )
    }

    pub fn message(&self, lang: Lang) -> &str {
        match lang {
            Lang::Id => &self.message_id,
            Lang::En => &self.message_en,
        }
    }

    /// The JSON body of API.md: `{"error": {"code", "message", "details"?}}`.
    pub fn body(&self, lang: Lang) -> serde_json::Value {
        let mut err = serde_json::json!({ "code": self.code, "message": self.message(lang) });
        if !self.details.is_empty() {
            let details: Vec<FieldError> = self
                .details
                .iter()
                .map(|d| FieldError {
                    message: match (lang, &d.message_en) {
                        (Lang::En, Some(en)) => en.clone(),
                        _ => d.message.clone(),
                    },
                    ..d.clone()
                })
                .collect();
            err["details"] = serde_json::to_value(&details).unwrap_or_default();
        }
        serde_json::json!({ "error": err })
    }
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message_id)
    }
}

impl std::error::Error for AppError {}

impl From<sqlx::Error> for AppError {
    fn from(e: sqlx::Error) -> Self {
        match &e {
            sqlx::Error::PoolTimedOut | sqlx::Error::Io(_) | sqlx::Error::PoolClosed => {
                tracing::error!(error = %e, "database unreachable");
                AppError::unavailable()
            }
            sqlx::Error::Database(db) if db.is_unique_violation() => {
                AppError::conflict("Data yang sama sudah ada", "The same data already exists")
            }
            // e.g. deleting an RHK that a squad's matrix still points at
            sqlx::Error::Database(db) if db.is_foreign_key_violation() => AppError::conflict(
                "Data ini masih dirujuk oleh data lain (misalnya Matriks Peran Hasil tim)",
                "Other data still refers to this (for example a squad's Matriks Peran Hasil)",
            ),
            _ => {
                tracing::error!(error = %e, "database error");
                AppError::internal()
            }
        }
    }
}

/// The Indonesian body by default; `localize_errors` (server) re-renders it in English when
/// the request asked for it, using the error kept in the response extensions.
impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let body = axum::Json(self.body(Lang::Id));
        let mut res = (self.status, body).into_response();
        res.extensions_mut().insert(self);
        res
    }
}
