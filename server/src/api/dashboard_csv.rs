//! The leader dashboard's tables as CSV downloads (the numbers behind the page's charts).

use app::backend::{dasbor, AppError, AppResult};
use app::domain::dto::{Dasbor, DasborUnit};
use axum::extract::State;
use axum::response::Response;
use serde::Deserialize;

use super::extract::{ApiQuery, Auth};
use super::openapi::ErrorBody;
use super::tabel::{self, Tabel};
use crate::AppState;

#[derive(Deserialize, utoipa::IntoParams)]
pub struct DashboardCsvParams {
    /// The unit (with its sub-units); omitted: the caller's own unit.
    pub unit: Option<String>,
    /// An annual period id; omitted: this year's.
    pub period: Option<String>,
    /// `sub_units`, `anggota`, `berisiko`, `proyeksi` or `predikat`.
    pub table: Option<String>,
}

/// The tables of the dashboard, each as its own CSV.
#[derive(Clone, Copy)]
enum Table {
    SubUnits,
    Anggota,
    Berisiko,
    Proyeksi,
    Predikat,
}

impl Table {
    fn parse(s: Option<&str>) -> AppResult<Self> {
        match s.map(str::trim).unwrap_or("") {
            "sub_units" => Ok(Self::SubUnits),
            "anggota" => Ok(Self::Anggota),
            "berisiko" => Ok(Self::Berisiko),
            "proyeksi" => Ok(Self::Proyeksi),
            "predikat" => Ok(Self::Predikat),
            _ => Err(AppError::bad_request(
                "table harus sub_units, anggota, berisiko, proyeksi, atau predikat",
                "table must be sub_units, anggota, berisiko, proyeksi or predikat",
            )),
        }
    }

    fn name(self) -> &'static str {
        match self {
            Self::SubUnits => "sub_units",
            Self::Anggota => "anggota",
            Self::Berisiko => "berisiko",
            Self::Proyeksi => "proyeksi",
            Self::Predikat => "predikat",
        }
    }
}

const ANGGOTA: [&str; 13] = [
    "pegawai_id",
    "nip",
    "nama",
    "status_skp",
    "rhk",
    "progres_persen",
    "tertinggal",
    "risiko_tinggi",
    "iki_kurang",
    "bukti_menunggu",
    "dialog_kuartal_ini",
    "umpan_balik_kuartal_ini",
    "beban_lebih",
];

const SUB_UNITS: [&str; 22] = [
    "tingkat",
    "unit_id",
    "kode",
    "nama",
    "pegawai",
    "skp_belum",
    "skp_draft",
    "skp_diajukan",
    "skp_disetujui",
    "skp_dikembalikan",
    "rhk",
    "progres_persen",
    "waktu_berjalan_persen",
    "tertinggal",
    "risiko_tinggi",
    "iki_kurang",
    "bukti_menunggu",
    "kuartal",
    "tanpa_dialog",
    "umpan_balik",
    "di_tim",
    "beban_lebih",
];
const BERISIKO: [&str; 8] = [
    "rhk_id",
    "judul",
    "pegawai_id",
    "pegawai",
    "unit",
    "progres_persen",
    "gap_persen",
    "risiko_tinggi",
];
const PROYEKSI: [&str; 16] = [
    "iki_id",
    "indikator",
    "rhk_id",
    "rhk",
    "pegawai_id",
    "pegawai",
    "unit",
    "target",
    "satuan",
    "realisasi",
    "proyeksi",
    "kurang_persen",
    "model",
    "dilaporkan",
    "jumlah_sub",
    "laju",
];
const PREDIKAT: [&str; 4] = ["kode", "predikat", "jumlah", "persen"];

/// A share (0–1) as a percentage with one decimal: `0.4567` → `45.7`.
fn persen(v: f64) -> String {
    format!("{:.1}", v * 100.0)
}

fn unit_row(level: &str, u: &DasborUnit, d: &Dasbor) -> Vec<String> {
    vec![
        level.into(),
        u.unit_id.clone(),
        u.kode.clone(),
        u.nama.clone(),
        u.pegawai.to_string(),
        u.skp.belum.to_string(),
        u.skp.draft.to_string(),
        u.skp.diajukan.to_string(),
        u.skp.disetujui.to_string(),
        u.skp.dikembalikan.to_string(),
        u.rhk.to_string(),
        u.progres.map(persen).unwrap_or_default(),
        persen(d.waktu_berjalan),
        u.tertinggal.to_string(),
        u.risiko_tinggi.to_string(),
        u.iki_kurang.to_string(),
        u.bukti_menunggu.to_string(),
        d.kuartal.to_string(),
        u.tanpa_dialog.to_string(),
        u.umpan_balik.to_string(),
        u.di_tim.to_string(),
        u.beban_lebih.to_string(),
    ]
}

fn tabel(table: Table, d: &Dasbor) -> Tabel {
    let (header, rows): (&'static [&'static str], Vec<Vec<String>>) = match table {
        Table::SubUnits => (
            &SUB_UNITS,
            std::iter::once(unit_row("unit", &d.total, d))
                .chain(d.sub_units.iter().map(|u| unit_row("sub_unit", u, d)))
                .collect(),
        ),
        Table::Anggota => (
            &ANGGOTA,
            d.anggota
                .iter()
                .map(|a| {
                    vec![
                        a.pegawai_id.clone(),
                        a.nip.clone(),
                        a.nama.clone(),
                        a.status_skp.clone(),
                        a.rhk.to_string(),
                        a.progres.map(persen).unwrap_or_default(),
                        a.tertinggal.to_string(),
                        a.risiko_tinggi.to_string(),
                        a.iki_kurang.to_string(),
                        a.bukti_menunggu.to_string(),
                        a.dialog.to_string(),
                        a.umpan_balik.to_string(),
                        a.beban_lebih.to_string(),
                    ]
                })
                .collect(),
        ),
        Table::Berisiko => (
            &BERISIKO,
            d.berisiko
                .iter()
                .map(|b| {
                    vec![
                        b.rhk_id.clone(),
                        b.judul.clone(),
                        b.pegawai_id.clone(),
                        b.pegawai_name.clone(),
                        b.unit_name.clone(),
                        b.progres.map(persen).unwrap_or_default(),
                        persen(b.gap),
                        b.risiko_tinggi.to_string(),
                    ]
                })
                .collect(),
        ),
        Table::Proyeksi => (
            &PROYEKSI,
            d.proyeksi
                .iter()
                .map(|p| {
                    vec![
                        p.iki_id.clone(),
                        p.indikator.clone(),
                        p.rhk_id.clone(),
                        p.rhk_judul.clone(),
                        p.pegawai_id.clone(),
                        p.pegawai_name.clone(),
                        p.unit_name.clone(),
                        p.target.to_string(),
                        p.satuan.clone(),
                        p.realisasi.map(|r| r.to_string()).unwrap_or_default(),
                        p.proyeksi.to_string(),
                        persen(p.kurang),
                        p.model.clone(),
                        p.dilaporkan.to_string(),
                        p.jumlah_sub.to_string(),
                        p.laju.to_string(),
                    ]
                })
                .collect(),
        ),
        Table::Predikat => (
            &PREDIKAT,
            d.predikat
                .iter()
                .map(|s| {
                    vec![
                        s.predikat.code().to_string(),
                        s.label.clone(),
                        s.count.to_string(),
                        format!("{:.1}", s.percent),
                    ]
                })
                .chain(std::iter::once(vec![
                    "BELUM_DINILAI".into(),
                    "Belum dinilai".into(),
                    d.belum_dinilai.to_string(),
                    String::new(),
                ]))
                .collect(),
        ),
    };
    Tabel {
        sheet: "Dasbor",
        header,
        rows,
        numeric: &[],
    }
}

/// A file name stem from the unit's code: letters, digits and `-` only.
fn stem(kode: &str, table: Table) -> String {
    let kode: String = kode
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    format!("dasbor-{}-{}", kode.trim_matches('-'), table.name())
}

/// One table of the dashboard as CSV: `sub_units` (the unit itself, then each direct
/// sub-unit, with SKP status counts and mean progress against the time elapsed), `anggota`
/// (the people directly in the unit with their SKP status and RHK figures), `berisiko`
/// (the targets most behind), `proyeksi` (the IKI projected short of their targets) or
/// `predikat` (the distribution, with the people not rated yet). Percentages with one
/// decimal. For the unit's leaders, admins and auditors, like the dashboard.
#[utoipa::path(get, path = "/api/v1/dashboard.csv", tag = "dashboard", params(DashboardCsvParams),
    responses((status = 200, content_type = "text/csv", description = "the table as CSV (UTF-8, a header row)"),
        (status = 400, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn dashboard_csv(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiQuery(p): ApiQuery<DashboardCsvParams>,
) -> AppResult<Response> {
    let table = Table::parse(p.table.as_deref())?;
    let d = dasbor::dashboard(&state.db, &actor, p.unit.as_deref(), p.period.as_deref()).await?;
    let name = stem(&d.total.kode, table);
    tabel::download(tabel(table, &d), "csv", &name).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_and_names() {
        assert!(Table::parse(Some("nope")).is_err());
        assert!(Table::parse(None).is_err());
        assert_eq!(Table::parse(Some("berisiko")).unwrap().name(), "berisiko");
        assert_eq!(stem("1.02/A", Table::Predikat), "dasbor-1-02-A-predikat");
        assert_eq!(persen(0.4567), "45.7");
    }
}
