//! Tindak lanjut over the JSON API: the angka kredit ledger, the leader's potensi and the 9-box,
//! the predikat export for the performance allowance, the evaluation document as a PDF, and
//! the agency's curve settings.

use app::backend::tindak_lanjut::{angka_kredit, dokumen, ekspor, pengaturan, talenta};
use app::backend::{AppError, AppResult};
use app::domain::dto::{
    AngkaKredit, EvaluasiBaris, PengaturanKurva, PengaturanKurvaInput, PetaTalenta, Potensi,
    PotensiInput,
};
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;

use super::evaluations::UnitPeriodParams;
use super::extract::{ApiJson, ApiQuery, Auth};
use super::openapi::ErrorBody;
use super::tabel::{self, Tabel};
use crate::AppState;

/// An employee's angka kredit ledger (every entry with the jenjang, predikat, months,
/// percentage and coefficient it used; corrected entries kept), the total of the valid entries
/// and the progress towards the next pangkat and jenjang. For whoever may read the employee.
#[utoipa::path(get, path = "/api/v1/employees/{id}/angka-kredit", tag = "follow-up",
    responses((status = 200, body = AngkaKredit), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn ledger(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
) -> AppResult<Json<AngkaKredit>> {
    Ok(Json(angka_kredit::ledger(&state.db, &actor, &id).await?))
}

/// Sets the employee's potensi (RENDAH, MENENGAH, TINGGI) for an annual period: their PPK or
/// the head of their unit or one above. Changing it names its `version` (409 otherwise).
#[utoipa::path(put, path = "/api/v1/employees/{id}/potential", tag = "follow-up", request_body = PotensiInput,
    responses((status = 200, body = Potensi), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn set_potential(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<PotensiInput>,
) -> AppResult<Json<Potensi>> {
    Ok(Json(
        talenta::set_potensi(&state.db, &actor, &id, &b).await?,
    ))
}

/// The 9-box (kinerja from the final predikat × the leader's potensi) of a unit subtree for an
/// annual period: the nine boxes with their counts and recommendations (reward and
/// development, Indonesian and English), and one page of the people with their box. For the
/// unit's leaders, admins and auditors.
#[utoipa::path(get, path = "/api/v1/talent", tag = "follow-up", params(UnitPeriodParams),
    responses((status = 200, body = PetaTalenta), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody)))]
pub async fn talent(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiQuery(p): ApiQuery<UnitPeriodParams>,
) -> AppResult<Json<PetaTalenta>> {
    Ok(Json(
        talenta::peta(
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

#[derive(Deserialize, utoipa::IntoParams)]
pub struct ExportParams {
    /// The unit (with its sub-units); omitted: the caller's own unit.
    pub unit: Option<String>,
    /// A period id; omitted: this year's annual period.
    pub period: Option<String>,
    /// `csv` (default) or `xlsx`.
    pub format: Option<String>,
}

const HEADER: [&str; 8] = [
    "nip",
    "nama",
    "unit_kerja",
    "jabatan",
    "hasil_kerja",
    "perilaku_kerja",
    "predikat",
    "final",
];

fn row(e: &EvaluasiBaris) -> Vec<String> {
    let label = |s: Option<&'static str>| s.unwrap_or_default().to_string();
    vec![
        e.nip.clone(),
        e.name.clone(),
        e.unit_name.clone(),
        e.jabatan.clone(),
        label(e.rating_hasil_kerja.map(|r| r.label())),
        label(e.rating_perilaku_kerja.map(|r| r.label())),
        label(e.predikat.map(|p| p.label())),
        if e.status.as_deref() == Some("FINAL") {
            "ya"
        } else {
            "tidak"
        }
        .to_string(),
    ]
}

/// The predikat of every employee of a unit subtree for the performance allowance, as CSV or
/// XLSX: NIP, name, unit, jabatan, Hasil Kerja, Perilaku Kerja, predikat and whether it is
/// final (people not rated yet have empty ratings). For the unit's leaders, admins and auditors.
#[utoipa::path(get, path = "/api/v1/evaluations/export", tag = "follow-up", params(ExportParams),
    responses((status = 200, content_type = "text/csv", description = "the export (text/csv or XLSX)"),
        (status = 400, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn export(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiQuery(p): ApiQuery<ExportParams>,
) -> AppResult<Response> {
    let format = tabel::format(p.format.as_deref().unwrap_or("csv"), "csv atau xlsx")?;
    let (rows, stem) =
        ekspor::predikat(&state.db, &actor, p.unit.as_deref(), p.period.as_deref()).await?;
    let t = Tabel {
        sheet: "Predikat",
        header: &HEADER,
        rows: rows.iter().map(row).collect(),
        numeric: &[],
    };
    tabel::download(t, format, &stem).await
}

/// The Dokumen Evaluasi Kinerja Pegawai as a PDF (A4) in the official layout, for whoever may
/// read the evaluation.
#[utoipa::path(get, path = "/api/v1/evaluations/{id}/pdf", tag = "follow-up",
    responses((status = 200, content_type = "application/pdf", description = "the evaluation document"),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn pdf(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let d = dokumen::dokumen(&state.db, &actor, &id).await?;
    let name = format!(
        "evaluasi-{}-{}.pdf",
        d.pegawai.nip,
        d.periode.replace(' ', "-")
    );
    // rendering is CPU work: keep it off the async workers
    let bytes = tokio::task::spawn_blocking(move || crate::pdf::evaluasi::render(&d))
        .await
        .map_err(|_| AppError::internal())?
        .map_err(|e| {
            tracing::error!(error = %e, "evaluation PDF");
            AppError::internal()
        })?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        bytes,
    )
        .into_response())
}

/// The agency's settings of the distribution curve (rounding of percentages and the minimum
/// group to which the curve applies); version 0 while the defaults apply. Admins only.
#[utoipa::path(get, path = "/api/v1/settings/curve", tag = "follow-up",
    responses((status = 200, body = PengaturanKurva), (status = 403, body = ErrorBody)))]
pub async fn curve(
    State(state): State<AppState>,
    Auth(actor): Auth,
) -> AppResult<Json<PengaturanKurva>> {
    Ok(Json(pengaturan::get(&state.db, &actor).await?))
}

/// Changes the curve settings (naming the current `version`); calibration applies them from
/// then on. Admins only; audited.
#[utoipa::path(put, path = "/api/v1/settings/curve", tag = "follow-up", request_body = PengaturanKurvaInput,
    responses((status = 200, body = PengaturanKurva), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn set_curve(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiJson(b): ApiJson<PengaturanKurvaInput>,
) -> AppResult<Json<PengaturanKurva>> {
    Ok(Json(pengaturan::put(&state.db, &actor, &b).await?))
}
