//! Spreadsheet downloads (CSV or XLSX) of a table of text cells, rendered off the async
//! workers: what the workload and predikat exports share.

use app::backend::{AppError, AppResult};
use axum::http::header;
use axum::response::{IntoResponse, Response};

/// A table to download: its header, its rows, and which columns are numbers in XLSX (every
/// other cell, NIP included, stays text so nothing loses leading zeros or digits).
pub struct Tabel {
    pub sheet: &'static str,
    pub header: &'static [&'static str],
    pub rows: Vec<Vec<String>>,
    pub numeric: &'static [usize],
}

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// `csv` or `xlsx`, or a 400 naming the formats `allowed` (as shown to the user).
pub fn format(requested: &str, allowed: &str) -> AppResult<&'static str> {
    match requested.to_ascii_lowercase().as_str() {
        "csv" => Ok("csv"),
        "xlsx" => Ok("xlsx"),
        _ => Err(AppError::bad_request(
            format!("format harus {allowed}"),
            format!("format must be {}", allowed.replace(", atau", " or")),
        )),
    }
}

fn csv_bytes(t: &Tabel) -> Result<Vec<u8>, BoxError> {
    let mut w = csv::Writer::from_writer(vec![]);
    w.write_record(t.header)?;
    for r in &t.rows {
        w.write_record(r)?;
    }
    Ok(w.into_inner()?)
}

fn xlsx_bytes(t: &Tabel) -> Result<Vec<u8>, BoxError> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name(t.sheet)?;
    for (c, h) in t.header.iter().enumerate() {
        sheet.write_string(0, c as u16, *h)?;
    }
    for (i, r) in t.rows.iter().enumerate() {
        let line = (i + 1) as u32;
        for (c, v) in r.iter().enumerate() {
            match v.parse::<f64>() {
                Ok(n) if t.numeric.contains(&c) => sheet.write_number(line, c as u16, n)?,
                _ => sheet.write_string(line, c as u16, v)?,
            };
        }
    }
    Ok(book.save_to_buffer()?)
}

/// The table as a download named `stem.csv` or `stem.xlsx` (`format` from [`format`]).
pub async fn download(t: Tabel, format: &'static str, stem: &str) -> AppResult<Response> {
    let bytes = tokio::task::spawn_blocking(move || {
        if format == "csv" {
            csv_bytes(&t)
        } else {
            xlsx_bytes(&t)
        }
    })
    .await
    .map_err(|_| AppError::internal())?
    .map_err(|e| {
        tracing::error!(error = %e, sheet = stem, "spreadsheet export");
        AppError::internal()
    })?;
    let kind = if format == "csv" {
        "text/csv; charset=utf-8"
    } else {
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    };
    Ok((
        [
            (header::CONTENT_TYPE, kind.to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{stem}.{format}\""),
            ),
        ],
        bytes,
    )
        .into_response())
}
