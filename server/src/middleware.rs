//! Cross-cutting HTTP concerns: security headers, the origin check on unsafe methods, and
//! API error messages in the language the client asked for.

use app::backend::AppError;
use app::domain::lang::Lang;
use axum::extract::Request;
use axum::http::{header, HeaderValue, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

pub async fn security_headers(req: Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    let set = |h: &mut axum::http::HeaderMap, k: &'static str, v: &'static str| {
        h.entry(k).or_insert(HeaderValue::from_static(v));
    };
    set(h, "x-content-type-options", "nosniff");
    set(h, "referrer-policy", "same-origin");
    set(h, "x-frame-options", "DENY");
    set(
        h,
        "content-security-policy",
        "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
    );
    res
}

/// Browsers send `Origin` (or `Sec-Fetch-Site`) with unsafe requests: a request from another
/// site is refused. Clients that send neither (scripts with API tokens) pass.
pub async fn check_origin(req: Request, next: Next) -> Response {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return next.run(req).await;
    }
    let headers = req.headers();
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    let origin_host = headers
        .get(header::ORIGIN)
        .and_then(|v| v.to_str().ok())
        .filter(|o| *o != "null")
        .map(|o| {
            o.split_once("://")
                .map(|(_, rest)| rest)
                .unwrap_or(o)
                .to_string()
        });
    let cross_site = headers
        .get("sec-fetch-site")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v == "cross-site");
    let mismatch = matches!((&origin_host, host), (Some(o), Some(h)) if o != h);
    if cross_site || mismatch {
        let mut e = AppError::forbidden();
        e.code = "bad_origin";
        e.message_id = "Permintaan dari situs lain ditolak".into();
        e.message_en = "Requests from another site are refused".into();
        return e.into_response();
    }
    next.run(req).await
}

/// Re-renders an `AppError` body in English when the request asked for it.
pub async fn localize_errors(req: Request, next: Next) -> Response {
    let lang = Lang::from_accept_language(
        req.headers()
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok()),
    );
    let res = next.run(req).await;
    if lang == Lang::Id {
        return res;
    }
    match res.extensions().get::<AppError>().cloned() {
        Some(err) => (err.status, axum::Json(err.body(lang))).into_response(),
        None => res,
    }
}
