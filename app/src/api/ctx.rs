//! What every server function starts with: the database, the request headers, the user's
//! language and (for most) the signed-in actor.

use axum_extra::extract::CookieJar;
use http::HeaderMap;
use leptos::prelude::*;

use super::{ApiError, LANG_COOKIE};
use crate::backend::auth::current::actor_from_headers;
use crate::backend::authz::Actor;
use crate::backend::{AppError, Db};
use crate::domain::lang::Lang;

pub struct Ctx {
    pub db: Db,
    pub headers: HeaderMap,
    pub lang: Lang,
}

/// The UI language chosen by the user (cookie), Bahasa Indonesia by default.
pub fn lang_of(headers: &HeaderMap) -> Lang {
    match CookieJar::from_headers(headers).get(LANG_COOKIE) {
        Some(c) if c.value() == "en" => Lang::En,
        _ => Lang::Id,
    }
}

pub async fn ctx() -> Result<Ctx, ApiError> {
    let headers: HeaderMap = leptos_axum::extract()
        .await
        .map_err(|_| ApiError::from_app(&AppError::internal(), Lang::Id))?;
    let lang = lang_of(&headers);
    let db = use_context::<Db>().ok_or_else(|| {
        tracing::error!("server function called without the database in context");
        ApiError::from_app(&AppError::internal(), lang)
    })?;
    Ok(Ctx { db, headers, lang })
}

impl Ctx {
    /// The error for the client, in the user's language. Calls from the browser's script get
    /// the error's HTTP status; plain form posts keep the redirect back to the form.
    pub fn err(&self, e: AppError) -> ApiError {
        let form_post = self
            .headers
            .get(http::header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.contains("text/html"));
        if !form_post {
            if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
                res.set_status(e.status);
            }
        }
        ApiError::from_app(&e, self.lang)
    }

    /// The signed-in actor, if any.
    pub async fn try_actor(&self) -> Result<Option<Actor>, ApiError> {
        actor_from_headers(&self.db, &self.headers)
            .await
            .map_err(|e| self.err(e))
    }

    /// The employee a page asks about: `pegawai` when given, else the caller's own record
    /// (404 for an account with no employee record).
    pub fn pegawai_or_self(
        &self,
        actor: &Actor,
        pegawai: Option<String>,
    ) -> Result<String, ApiError> {
        pegawai
            .filter(|p| !p.trim().is_empty())
            .or_else(|| actor.pegawai_id.clone())
            .ok_or_else(|| self.err(AppError::not_found("Pegawai", "Employee")))
    }

    /// The signed-in actor, or `unauthorized`.
    pub async fn actor(&self) -> Result<Actor, ApiError> {
        self.try_actor()
            .await?
            .ok_or_else(|| self.err(AppError::unauthorized()))
    }
}

/// Adds a `Set-Cookie` header to the response of the current server function.
pub fn set_cookie(cookie: cookie::Cookie<'_>) {
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        if let Ok(v) = http::HeaderValue::from_str(&cookie.to_string()) {
            res.append_header(http::header::SET_COOKIE, v);
        }
    }
}
