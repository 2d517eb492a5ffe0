//! Imports of units and employees from CSV or XLSX: every row validated, all-or-nothing in
//! one transaction, errors listed by row, column and reason.
//!
//! Files: UTF-8 CSV (`,`, `;` or tab, detected; a BOM is fine) or XLSX (the first sheet), at
//! most 20 MB. The first non-empty row holds the column names (case-insensitive, trimmed;
//! spaces and '-' count as '_'); other columns are ignored. Row numbers in errors are the
//! file's own (the header is row 1).
//!
//! - units: `kode`, `nama`, `kode_induk` (empty: a root unit; else a unit earlier or later
//!   in the file, or already in the instansi).
//! - sasaran: `tahun`, `kode`, `nama`, `indikator`, `target`, `satuan` (strategic goals;
//!   rows with the same year and code are one goal with several indicators).
//! - employees: `nip`, `nama`, `status_asn` (PNS/PPPK), `golongan` (PNS: I/a … IV/e, PPPK:
//!   I … XVII), `kode_unit` (a unit already in the instansi), `jabatan` (position name, created
//!   in the unit when new), `jenis_jabatan` (JPT_UTAMA, JPT_MADYA, JPT_PRATAMA, ADMINISTRATOR,
//!   PENGAWAS, PELAKSANA, FUNGSIONAL), and optional `jenjang` (fungsional only),
//!   `kepala_unit` (ya/tidak, 1/0, true/false), `nip_ppk`, `nip_atasan_ppk` (an employee in
//!   the file or already in the instansi; an empty atasan PPK becomes the PPK's own PPK).

mod employees;
pub mod sasaran;
mod table;
mod units;

use std::path::Path;

use app::backend::audit::{self, Change};
use app::backend::error::FieldError;
use app::backend::ids::new_id;
use app::backend::{AppError, Db};
use axum::http::StatusCode;
use sqlx::{Any, Transaction};

pub use table::normalise_header;

/// The columns of a units file, in the documented order.
pub const UNIT_COLUMNS: [&str; 3] = ["kode", "nama", "kode_induk"];
/// The columns of an employees file, in the documented order.
pub const EMPLOYEE_COLUMNS: [&str; 11] = [
    "nip",
    "nama",
    "status_asn",
    "golongan",
    "kode_unit",
    "jabatan",
    "jenis_jabatan",
    "jenjang",
    "kepala_unit",
    "nip_ppk",
    "nip_atasan_ppk",
];

/// Writes rows as CSV with a header (a template, or test and benchmark files).
pub fn to_csv(header: &[&str], rows: &[Vec<String>], delimiter: u8) -> Vec<u8> {
    let mut w = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .from_writer(vec![]);
    let _ = w.write_record(header);
    for r in rows {
        let _ = w.write_record(r);
    }
    w.into_inner().unwrap_or_default()
}

/// The largest file accepted.
pub const MAX_BYTES: usize = 20 * 1024 * 1024;
/// Errors listed at most; a last note counts the rest.
pub const MAX_ERRORS: usize = 500;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Kind {
    Units,
    Employees,
    /// Strategic goals with their key indicators and yearly targets.
    Sasaran,
}

impl Kind {
    fn code(self) -> &'static str {
        match self {
            Kind::Units => "units",
            Kind::Employees => "employees",
            Kind::Sasaran => "sasaran",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum Format {
    Csv,
    Xlsx,
}

impl Format {
    /// By extension (.csv/.txt, .xlsx/.xlsm), else by content (an XLSX is a ZIP: "PK\x03\x04").
    pub fn detect(file_name: &str, bytes: &[u8]) -> Format {
        let lower = file_name.to_lowercase();
        if lower.ends_with(".xlsx") || lower.ends_with(".xlsm") {
            Format::Xlsx
        } else if lower.ends_with(".csv") || lower.ends_with(".txt") {
            Format::Csv
        } else if bytes.starts_with(b"PK\x03\x04") {
            Format::Xlsx
        } else {
            Format::Csv
        }
    }
}

#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Report {
    /// Rows written (units or employees).
    pub rows: usize,
}

fn too_large() -> AppError {
    AppError::new(
        StatusCode::PAYLOAD_TOO_LARGE,
        "too_large",
        format!(
            "Berkas terlalu besar (maksimal {} MB)",
            MAX_BYTES / 1024 / 1024
        ),
        format!(
            "The file is too large (at most {} MB)",
            MAX_BYTES / 1024 / 1024
        ),
    )
}

/// Imports a file from disk (the CLI); the format follows the extension or the content.
pub async fn run(
    db: &Db,
    instansi_id: &str,
    akun_id: Option<&str>,
    kind: Kind,
    path: &Path,
) -> Result<Report, AppError> {
    let unreadable = |e: std::io::Error| {
        AppError::bad_request(
            format!("Berkas {} tidak dapat dibaca: {e}", path.display()),
            format!("Cannot read {}: {e}", path.display()),
        )
    };
    let len = tokio::fs::metadata(path).await.map_err(unreadable)?.len();
    if len > MAX_BYTES as u64 {
        return Err(too_large());
    }
    let bytes = tokio::fs::read(path).await.map_err(unreadable)?;
    let format = Format::detect(&path.to_string_lossy(), &bytes);
    run_bytes(db, instansi_id, akun_id, kind, &bytes, format).await
}

/// Imports an uploaded file.
pub async fn run_bytes(
    db: &Db,
    instansi_id: &str,
    akun_id: Option<&str>,
    kind: Kind,
    bytes: &[u8],
    format: Format,
) -> Result<Report, AppError> {
    if bytes.len() > MAX_BYTES {
        return Err(too_large());
    }
    let required = match kind {
        Kind::Units => units::REQUIRED,
        Kind::Employees => employees::REQUIRED,
        Kind::Sasaran => sasaran::REQUIRED,
    };
    let table = table::read(bytes, format, required)?;
    if table.rows.is_empty() {
        return Err(AppError::validation(vec![FieldError {
            message_en: None,
            row: Some(table.header_line),
            field: String::new(),
            message: "Berkas tidak berisi data selain baris judul".into(),
        }]));
    }
    let mut tx = db.begin().await?;
    let result = match kind {
        Kind::Units => units::import(&mut tx, instansi_id, akun_id, &table).await,
        Kind::Employees => employees::import(&mut tx, instansi_id, akun_id, &table).await,
        Kind::Sasaran => sasaran::import(&mut tx, instansi_id, akun_id, &table).await,
    };
    let rows = match result {
        Ok(rows) => rows,
        Err(e) => {
            tx.rollback().await?;
            return Err(e);
        }
    };
    audit::record(
        &mut tx,
        Change {
            instansi_id,
            akun_id,
            aksi: "import",
            entitas: "impor",
            entitas_id: &new_id(),
            sebelum: None,
            sesudah: Some(serde_json::json!({
                "jenis": kind.code(), "format": format, "baris": rows,
            })),
        },
    )
    .await?;
    tx.commit().await?;
    db.analyze(&[
        "unit_kerja",
        "jabatan",
        "pegawai",
        "sasaran_strategis",
        "indikator_sasaran",
    ])
    .await?;
    Ok(Report { rows })
}

/// Collects row errors, at most MAX_ERRORS of them plus a closing count.
#[derive(Default)]
pub(crate) struct Errors {
    list: Vec<FieldError>,
    total: usize,
}

impl Errors {
    pub fn add(&mut self, row: usize, field: &str, message: impl Into<String>) {
        self.total += 1;
        if self.list.len() < MAX_ERRORS {
            self.list.push(FieldError {
                message_en: None,
                row: Some(row),
                field: field.to_string(),
                message: message.into(),
            });
        }
    }

    /// Ok when there were none; otherwise the validation error, sorted by row.
    pub fn into_result(mut self) -> Result<(), AppError> {
        if self.total == 0 {
            return Ok(());
        }
        self.list.sort_by_key(|e| e.row);
        if self.total > self.list.len() {
            self.list.push(FieldError {
                message_en: None,
                row: None,
                field: String::new(),
                message: format!(
                    "… dan {} kesalahan lainnya tidak ditampilkan; perbaiki yang di atas lalu impor ulang",
                    self.total - self.list.len()
                ),
            });
        }
        let mut e = AppError::validation(self.list);
        e.message_id = format!(
            "Data tidak valid: {} kesalahan; tidak ada yang disimpan",
            self.total
        );
        e.message_en = format!("Invalid data: {} error(s); nothing was saved", self.total);
        Err(e)
    }
}

/// Text fields: required, at most `max` characters.
pub(crate) fn check_text(errors: &mut Errors, row: usize, field: &str, value: &str, max: usize) {
    if value.is_empty() {
        errors.add(row, field, format!("Kolom '{field}' wajib diisi"));
    } else if value.chars().count() > max {
        errors.add(
            row,
            field,
            format!("Kolom '{field}' terlalu panjang (maksimal {max} karakter)"),
        );
    }
}

pub(crate) type Tx<'t> = Transaction<'t, Any>;
