//! Strategic goals: `tahun, kode, nama, indikator, target, satuan`. Rows with the same year
//! and code are one goal with several key indicators (their `nama` must agree); a goal is
//! added to the annual period of that year; an existing code in that year is an error.

use std::collections::HashMap;

use app::backend::skp::sasaran;
use app::backend::AppError;
use app::domain::dto::{IndikatorInput, SasaranInput};
use sqlx::Row as _;

use super::table::Table;
use super::{check_text, Errors, Tx};

pub const REQUIRED: &[&str] = &["tahun", "kode", "nama", "indikator", "target", "satuan"];
pub const COLUMNS: [&str; 6] = ["tahun", "kode", "nama", "indikator", "target", "satuan"];

pub async fn import(
    tx: &mut Tx<'_>,
    instansi_id: &str,
    akun_id: Option<&str>,
    table: &Table,
) -> Result<usize, AppError> {
    let periods: HashMap<i64, String> =
        sqlx::query("SELECT id, tahun FROM periode WHERE instansi_id = $1 AND jenis = 'TAHUNAN'")
            .bind(instansi_id)
            .fetch_all(&mut **tx)
            .await?
            .iter()
            .map(|r| (r.get("tahun"), r.get("id")))
            .collect();
    let existing: Vec<(String, String)> =
        sqlx::query("SELECT periode_id, kode FROM sasaran_strategis WHERE instansi_id = $1")
            .bind(instansi_id)
            .fetch_all(&mut **tx)
            .await?
            .iter()
            .map(|r| (r.get("periode_id"), r.get("kode")))
            .collect();
    let mut errors = Errors::default();
    // (periode, kode) → the goal and the line of its first row, in file order
    let mut goals: Vec<(String, SasaranInput, usize)> = vec![];
    let mut at: HashMap<(String, String), usize> = HashMap::new();
    for row in &table.rows {
        let line = row.line;
        let (tahun, kode, nama) = (
            table.get(row, "tahun"),
            table.get(row, "kode"),
            table.get(row, "nama"),
        );
        check_text(&mut errors, line, "kode", kode, 64);
        check_text(&mut errors, line, "nama", nama, 1000);
        check_text(
            &mut errors,
            line,
            "indikator",
            table.get(row, "indikator"),
            1000,
        );
        check_text(&mut errors, line, "satuan", table.get(row, "satuan"), 50);
        let target = table
            .get(row, "target")
            .replace(',', ".")
            .parse::<f64>()
            .ok()
            .filter(|t| t.is_finite() && *t > 0.0);
        if target.is_none() {
            errors.add(line, "target", "Target harus berupa angka lebih dari 0");
        }
        let periode = match tahun.parse::<i64>().ok().and_then(|y| periods.get(&y)) {
            Some(p) => p.clone(),
            None => {
                errors.add(
                    line,
                    "tahun",
                    format!("Tidak ada periode tahunan {tahun} di instansi ini"),
                );
                continue;
            }
        };
        if existing.iter().any(|(p, k)| *p == periode && k == kode) {
            errors.add(
                line,
                "kode",
                format!("Sasaran {kode} tahun {tahun} sudah ada"),
            );
            continue;
        }
        let indikator = IndikatorInput {
            nama: table.get(row, "indikator").to_string(),
            target: target.unwrap_or(1.0),
            satuan: table.get(row, "satuan").to_string(),
        };
        match at.get(&(periode.clone(), kode.to_string())) {
            Some(&i) => {
                if goals[i].1.nama != nama {
                    errors.add(
                        line,
                        "nama",
                        format!("Nama sasaran {kode} berbeda dengan baris {}", goals[i].2),
                    );
                }
                goals[i].1.indikator.push(indikator);
            }
            None => {
                at.insert((periode.clone(), kode.to_string()), goals.len());
                let input = SasaranInput {
                    kode: kode.to_string(),
                    nama: nama.to_string(),
                    indikator: vec![indikator],
                };
                goals.push((periode, input, line));
            }
        }
    }
    errors.into_result()?;
    for (periode, input, _) in &goals {
        sasaran::insert(tx, instansi_id, akun_id, periode, input).await?;
    }
    Ok(goals.len())
}
