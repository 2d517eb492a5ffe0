//! Realisasi over the JSON API: record an achievement with evidence (JSON, or a streamed
//! `multipart/form-data` upload), list an IKI's entries, verify one, and download evidence.

use std::sync::Arc;

use app::backend::realisasi::read::Unduhan;
use app::backend::realisasi::{read, record, verify, EvidenceStore, StagedFile};
use app::backend::{AppError, AppResult};
use app::domain::dto::{Realisasi, RealisasiIki, RealisasiInput, SubPeriodRef, VerifikasiInput};
use app::domain::problem::Problem;
use axum::extract::multipart::MultipartError;
use axum::extract::{DefaultBodyLimit, FromRequest, Multipart, Path, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Extension, Json, Router};

use super::extract::{ApiJson, ApiQuery, Auth, PageParams};
use super::openapi::ErrorBody;
use crate::AppState;

/// The evidence store the handlers use (an extension on these routes).
#[derive(Clone)]
pub struct Evidence(pub Arc<EvidenceStore>);

/// The realisasi routes, with the upload route's body limit taken from the store.
pub fn routes(store: EvidenceStore) -> Router<AppState> {
    let limit = store.request_limit();
    Router::new()
        .route(
            "/indicators/{id}/realisasi",
            post(create).layer(DefaultBodyLimit::max(limit)).get(list),
        )
        .route("/realisasi/{id}/verification", post(verification))
        .route("/evidence/{id}", get(evidence))
        .layer(Extension(Evidence(Arc::new(store))))
}

/// Records an achievement of the IKI for a sub-period, with evidence: 201 with the entry;
/// 200 with the first entry when the `Idempotency-Key` was seen before from this account.
///
/// Either `application/json` (the body below) or `multipart/form-data` with the text fields
/// `sub_period`, `value`, `narrative`, `links` (repeatable) and one or more `file` parts,
/// streamed to disk. Each file at most `RANTAI_EVIDENCE_MAX_BYTES` (default 10 MB, 413), a PDF,
/// PNG, JPEG, WebP or office document by its content (415); a value that does not fit the
/// IKI's unit or a link that is not http(s) is 422.
#[utoipa::path(post, path = "/api/v1/indicators/{id}/realisasi", tag = "realisasi",
    request_body(content = RealisasiInput, description = "JSON, or the same fields as multipart/form-data with `file` parts",
        content_type = "application/json"),
    params(("Idempotency-Key" = Option<String>, Header, description = "a retry with the same key records nothing new")),
    responses((status = 201, body = Realisasi), (status = 200, body = Realisasi, description = "an idempotent retry"),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
        (status = 413, body = ErrorBody), (status = 415, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    Extension(Evidence(store)): Extension<Evidence>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    headers: HeaderMap,
    req: Request,
) -> AppResult<(StatusCode, Json<Realisasi>)> {
    let key = headers
        .get("idempotency-key")
        .map(|v| v.to_str().map(|s| s.trim().to_string()))
        .transpose()
        .map_err(|_| {
            AppError::bad_request(
                "Idempotency-Key harus teks ASCII",
                "Idempotency-Key must be ASCII text",
            )
        })?;
    if let Some(k) = key.as_deref() {
        record::check_key(k)?;
        // a retry is answered before its body is read
        if let Some(e) = record::replay(&state.db, &actor, &id, Some(k)).await? {
            return Ok((StatusCode::OK, Json(e)));
        }
    }
    // refused before any byte of an upload is stored
    record::precheck(&state.db, &actor, &id).await?;
    let length = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if length.is_some_and(|n| n > store.request_limit() as u64) {
        return Err(app::backend::realisasi::store::too_large(store.max_bytes));
    }
    let ctype = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    let (input, files) = if ctype.starts_with("multipart/form-data") {
        let mp = Multipart::from_request(req, &state)
            .await
            .map_err(|e| AppError::bad_request(e.body_text(), e.body_text()))?;
        read_form(mp, &store).await?
    } else {
        let ApiJson(input) = ApiJson::<RealisasiInput>::from_request(req, &state).await?;
        (input, vec![])
    };
    let done = record::record(&state.db, &store, &actor, &id, input, files, key.as_deref()).await?;
    let status = if done.created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((status, Json(done.entry)))
}

fn multipart_error(e: MultipartError, store: &EvidenceStore) -> AppError {
    if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
        app::backend::realisasi::store::too_large(store.max_bytes)
    } else {
        AppError::bad_request(
            format!("Formulir unggahan tidak valid: {}", e.body_text()),
            format!("Invalid upload form: {}", e.body_text()),
        )
    }
}

fn invalid(field: &str, id: &str, en: &str) -> AppError {
    AppError::problem(Problem::new(field, id, en))
}

/// The text fields and the files of the form; each file streamed to a temp file as it comes.
async fn read_form(
    mut mp: Multipart,
    store: &EvidenceStore,
) -> AppResult<(RealisasiInput, Vec<StagedFile>)> {
    let (mut sub_period, mut value, mut narrative, mut links, mut files) =
        (None, None, String::new(), vec![], vec![]);
    while let Some(mut field) = mp
        .next_field()
        .await
        .map_err(|e| multipart_error(e, store))?
    {
        let name = field.name().unwrap_or("").to_string();
        if field.file_name().is_some() || matches!(name.as_str(), "file" | "files" | "bukti") {
            let mut up = store.begin(field.file_name().unwrap_or(""))?;
            while let Some(chunk) = field.chunk().await.map_err(|e| multipart_error(e, store))? {
                up.write(&chunk).await?;
            }
            // a file input left empty sends an empty part
            if up.size() > 0 {
                files.push(up.finish().await?);
            }
            continue;
        }
        let text = field.text().await.map_err(|e| multipart_error(e, store))?;
        match name.as_str() {
            "sub_period" => sub_period = Some(SubPeriodRef::parse(&text)),
            "value" => value = Some(parse_value(&text)?),
            "narrative" => narrative = text,
            "links" | "link" | "links[]" => links.push(text),
            _ => {}
        }
    }
    let sub_period = sub_period
        .ok_or_else(|| invalid("sub_period", "Pilih sub-periode", "Choose the sub-period"))?;
    let value = value.ok_or_else(|| {
        invalid(
            "value",
            "Nilai realisasi wajib diisi",
            "The value is required",
        )
    })?;
    Ok((
        RealisasiInput {
            sub_period,
            value,
            narrative,
            links,
        },
        files,
    ))
}

/// `12`, `12.5` or `12,5` (the Indonesian decimal comma).
fn parse_value(s: &str) -> AppResult<f64> {
    let t = s.trim();
    let t = if t.contains(',') && !t.contains('.') {
        t.replace(',', ".")
    } else {
        t.to_string()
    };
    t.parse::<f64>().map_err(|_| {
        invalid(
            "value",
            "Nilai realisasi harus berupa angka",
            "The value must be a number",
        )
    })
}

/// An IKI's entries, newest first (a page), with its target, its cumulative realisasi and
/// what the caller may do.
#[utoipa::path(get, path = "/api/v1/indicators/{id}/realisasi", tag = "realisasi", params(PageParams),
    responses((status = 200, body = RealisasiIki), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiQuery(p): ApiQuery<PageParams>,
) -> AppResult<Json<RealisasiIki>> {
    Ok(Json(
        read::for_iki(&state.db, &actor, &id, p.limit, p.cursor.as_deref()).await?,
    ))
}

/// The PPK (or the squad lead for a squad RHK) marks an entry VALID or PERLU_PERBAIKAN (with
/// a comment); the IKI's cumulative realisasi follows.
#[utoipa::path(post, path = "/api/v1/realisasi/{id}/verification", tag = "realisasi",
    request_body = VerifikasiInput,
    responses((status = 200, body = Realisasi), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn verification(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<VerifikasiInput>,
) -> AppResult<Json<Realisasi>> {
    Ok(Json(verify::verify(&state.db, &actor, &id, b).await?))
}

/// One piece of evidence, for those who may see its RHK: the file (with its detected type,
/// `X-Content-Type-Options: nosniff` and `Content-Disposition`), or a redirect to a link.
#[utoipa::path(get, path = "/api/v1/evidence/{id}", tag = "realisasi",
    responses((status = 200, description = "the file"), (status = 303, description = "a link's address"),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn evidence(
    State(state): State<AppState>,
    Extension(Evidence(store)): Extension<Evidence>,
    Auth(actor): Auth,
    Path(id): Path<String>,
) -> AppResult<Response> {
    match read::evidence(&state.db, &store, &actor, &id).await? {
        Unduhan::Tautan(url) => {
            let loc = HeaderValue::from_str(&url).map_err(|_| AppError::internal())?;
            Ok((StatusCode::SEE_OTHER, [(header::LOCATION, loc)]).into_response())
        }
        Unduhan::Berkas {
            path,
            name,
            mime,
            size,
            sha256,
        } => {
            let file = tokio::fs::File::open(&path).await.map_err(|e| {
                tracing::error!(error = %e, path = %path.display(), "evidence file missing");
                AppError::internal()
            })?;
            let body = axum::body::Body::from_stream(tokio_util::io::ReaderStream::new(file));
            let inline = mime.starts_with("image/");
            let mut res = body.into_response();
            let h = res.headers_mut();
            let v = |s: &str| HeaderValue::from_str(s).map_err(|_| AppError::internal());
            h.insert(header::CONTENT_TYPE, v(&mime)?);
            h.insert(header::CONTENT_LENGTH, v(&size.to_string())?);
            h.insert(header::CONTENT_DISPOSITION, v(&disposition(&name, inline))?);
            h.insert(
                "x-content-type-options",
                HeaderValue::from_static("nosniff"),
            );
            h.insert(
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static("default-src 'none'; img-src 'self'; sandbox"),
            );
            h.insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static("private, max-age=3600"),
            );
            h.insert(header::ETAG, v(&format!("\"{sha256}\""))?);
            Ok(res)
        }
    }
}

/// `attachment; filename="laporan.pdf"; filename*=UTF-8''lap%C3%B3ran.pdf` (RFC 6266): an
/// ASCII fallback and the exact name percent-encoded.
fn disposition(name: &str, inline: bool) -> String {
    use percent_encoding::{utf8_percent_encode, NON_ALPHANUMERIC};
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let kind = if inline { "inline" } else { "attachment" };
    format!(
        "{kind}; filename=\"{ascii}\"; filename*=UTF-8''{}",
        utf8_percent_encode(name, NON_ALPHANUMERIC)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_and_names() {
        assert_eq!(parse_value(" 12,5 ").unwrap(), 12.5);
        assert_eq!(parse_value("1.5").unwrap(), 1.5);
        assert!(parse_value("dua").is_err());
        assert_eq!(
            disposition("Laporan Q1.pdf", false),
            "attachment; filename=\"Laporan Q1.pdf\"; filename*=UTF-8''Laporan%20Q1%2Epdf"
        );
        assert!(disposition("a\"b.pdf", true).starts_with("inline; filename=\"a_b.pdf\""));
    }
}
