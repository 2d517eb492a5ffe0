//! The contribution map of an employee and the workload of a unit (with its CSV/XLSX export
//! for Anjab/ABK workload analysis).

use app::backend::tim::{beban, kontribusi};
use app::backend::AppResult;
use app::domain::dto::{BebanKerja, BebanPegawai, PetaKontribusi};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;

use super::extract::{ApiQuery, Auth};
use super::openapi::ErrorBody;
use super::tabel::{self, Tabel};
use crate::AppState;

#[derive(Deserialize, utoipa::IntoParams)]
pub struct PeriodParam {
    /// An annual period id; omitted: this year's.
    pub period: Option<String>,
}

/// Peta Kontribusi: the home-unit RHK and every squad role side by side, each with its IKI,
/// progress, intervened RHK, path up to the strategic goal and share of effort, with the
/// workload and the squad leads' recommendations. A squad lead who may not read the employee
/// sees only the squads they lead (`terbatas`).
#[utoipa::path(get, path = "/api/v1/employees/{id}/contributions", tag = "squads", params(PeriodParam),
    responses((status = 200, body = PetaKontribusi), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn contributions(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<String>,
    ApiQuery(p): ApiQuery<PeriodParam>,
) -> AppResult<Json<PetaKontribusi>> {
    Ok(Json(
        kontribusi::peta(&state.db, &actor, &id, p.period.as_deref()).await?,
    ))
}

#[derive(Deserialize, utoipa::IntoParams)]
pub struct WorkloadParams {
    /// The unit (with its sub-units); omitted: the caller's own unit.
    pub unit: Option<String>,
    pub period: Option<String>,
    /// `json` (default, paginated), `csv` or `xlsx` (everyone, one file).
    pub format: Option<String>,
    pub limit: Option<i64>,
    pub cursor: Option<String>,
}

/// Workload: per employee the sum of squad allocations and the home-unit remainder (flagged
/// above 100 %), per unit the share of its people's time in squads. `format=csv|xlsx`
/// downloads every employee of the subtree. For the unit's leaders, admins and auditors.
#[utoipa::path(get, path = "/api/v1/workload", tag = "squads", params(WorkloadParams),
    responses((status = 200, body = BebanKerja), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn workload(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiQuery(p): ApiQuery<WorkloadParams>,
) -> AppResult<Response> {
    let format = p.format.as_deref().unwrap_or("json").to_ascii_lowercase();
    if format == "json" {
        let b = beban::beban_kerja(
            &state.db,
            &actor,
            p.unit.as_deref(),
            p.period.as_deref(),
            p.limit,
            p.cursor.as_deref(),
        )
        .await?;
        return Ok(Json(b).into_response());
    }
    let format = tabel::format(&format, "json, csv, atau xlsx")?;
    let rows = beban::export(&state.db, &actor, p.unit.as_deref(), p.period.as_deref()).await?;
    let t = Tabel {
        sheet: "Beban kerja",
        header: &HEADER,
        rows: rows.iter().map(|r| row(r).to_vec()).collect(),
        // the percentages
        numeric: &[4, 5, 6],
    };
    tabel::download(t, format, "beban-kerja").await
}

/// The export's columns: one row per employee.
const HEADER: [&str; 9] = [
    "nip",
    "nama",
    "jabatan",
    "unit_kerja",
    "alokasi_tim",
    "alokasi_unit",
    "total",
    "lebih_100",
    "peran_tim",
];

fn row(r: &BebanPegawai) -> [String; 9] {
    let peran: Vec<String> = r
        .peran
        .iter()
        .map(|p| format!("{} ({}) {} %", p.tim_nama, p.peran, p.alokasi))
        .collect();
    [
        r.nip.clone(),
        r.name.clone(),
        r.jabatan.clone(),
        r.unit_name.clone(),
        r.beban.tim.to_string(),
        r.beban.unit.to_string(),
        r.beban.total.to_string(),
        if r.beban.lebih { "ya" } else { "tidak" }.to_string(),
        peran.join("; "),
    ]
}
