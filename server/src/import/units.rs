//! Units: `kode, nama, kode_induk`.

use std::collections::HashMap;

use app::backend::repo::bulk::{self, AuditBy, UnitRow};
use app::backend::AppError;
use sqlx::Row as _;

use super::table::{Row, Table};
use super::{check_text, Errors, Tx};

pub const REQUIRED: &[&str] = &["kode", "nama"];
const MAX_KODE: usize = 64;
const MAX_NAMA: usize = 200;

/// A unit already in the database.
struct DbUnit {
    id: String,
    path: String,
    level: i64,
}

/// The parent's code, None for a root.
fn induk<'r>(table: &Table, row: &'r Row) -> Option<&'r str> {
    Some(table.get(row, "kode_induk")).filter(|k| !k.is_empty())
}

pub async fn import<'t>(
    tx: &mut Tx<'_>,
    instansi_id: &str,
    akun_id: Option<&str>,
    table: &'t Table,
) -> Result<usize, AppError> {
    let existing: HashMap<String, DbUnit> =
        sqlx::query("SELECT id, kode, path, level FROM unit_kerja WHERE instansi_id = $1")
            .bind(instansi_id)
            .fetch_all(&mut **tx)
            .await?
            .iter()
            .map(|r| {
                (
                    r.get("kode"),
                    DbUnit {
                        id: r.get("id"),
                        path: r.get("path"),
                        level: r.get("level"),
                    },
                )
            })
            .collect();

    let mut errors = Errors::default();
    // kode → index of its first row
    let mut in_file: HashMap<&str, usize> = HashMap::new();
    for (i, row) in table.rows.iter().enumerate() {
        let kode = table.get(row, "kode");
        check_text(&mut errors, row.line, "kode", kode, MAX_KODE);
        check_text(
            &mut errors,
            row.line,
            "nama",
            table.get(row, "nama"),
            MAX_NAMA,
        );
        if kode.is_empty() {
            continue;
        }
        if let Some(&first) = in_file.get(kode) {
            errors.add(
                row.line,
                "kode",
                format!(
                    "Kode unit '{kode}' sudah dipakai pada baris {}",
                    table.rows[first].line
                ),
            );
        } else {
            in_file.insert(kode, i);
            if existing.contains_key(kode) {
                errors.add(
                    row.line,
                    "kode",
                    format!("Kode unit '{kode}' sudah ada di instansi ini"),
                );
            }
        }
    }
    // parents: in the file (any order), or in the database
    let parent_of = |row: &'t Row| induk(table, row);
    for row in &table.rows {
        let (kode, Some(induk)) = (table.get(row, "kode"), parent_of(row)) else {
            continue;
        };
        if induk == kode {
            errors.add(
                row.line,
                "kode_induk",
                "Unit tidak boleh menjadi induk bagi dirinya sendiri",
            );
        } else if !in_file.contains_key(induk) && !existing.contains_key(induk) {
            errors.add(
                row.line,
                "kode_induk",
                format!("Kode induk '{induk}' tidak ditemukan di berkas maupun di instansi ini"),
            );
        }
    }
    // cycles among units of the file (each row reported once)
    let parent_index = |i: usize| -> Option<usize> {
        let row = &table.rows[i];
        let induk = parent_of(row)?;
        let kode = table.get(row, "kode");
        let p = *in_file.get(induk)?;
        (induk != kode).then_some(p)
    };
    let n = table.rows.len();
    let mut state = vec![0u8; n]; // 0 new, 1 on the current walk, 2 done
    for start in 0..n {
        let mut walk: Vec<usize> = vec![];
        let mut cur = Some(start);
        while let Some(i) = cur {
            if state[i] == 2 {
                break;
            }
            if state[i] == 1 {
                let from = walk.iter().position(|&w| w == i).unwrap_or(0);
                let cycle = &walk[from..];
                let mut names: Vec<&str> = cycle
                    .iter()
                    .map(|&c| table.get(&table.rows[c], "kode"))
                    .collect();
                names.push(names[0]);
                let text = names.join(" → ");
                for &c in cycle {
                    errors.add(
                        table.rows[c].line,
                        "kode_induk",
                        format!("Kode induk membentuk siklus: {text}"),
                    );
                }
                break;
            }
            state[i] = 1;
            walk.push(i);
            cur = parent_index(i);
        }
        for w in walk {
            state[w] = 2;
        }
    }
    errors.into_result()?;

    // parents before children: resolve rows whose parent is known, level by level
    let mut made: Vec<Option<UnitRow>> = vec![None; n];
    let mut ordered: Vec<UnitRow> = Vec::with_capacity(n);
    let mut pending: Vec<usize> = (0..n).collect();
    while !pending.is_empty() {
        let before = pending.len();
        let mut still = vec![];
        for i in pending {
            let row = &table.rows[i];
            let (kode, nama) = (table.get(row, "kode"), table.get(row, "nama"));
            let parent: Option<UnitRow> = match parent_of(row) {
                None => None,
                Some(induk) => match in_file.get(induk) {
                    Some(&p) => match &made[p] {
                        Some(u) => Some(u.clone()),
                        None => {
                            still.push(i);
                            continue;
                        }
                    },
                    None => existing.get(induk).map(|d| UnitRow {
                        id: d.id.clone(),
                        parent_id: None,
                        kode: induk.to_string(),
                        nama: String::new(),
                        level: d.level,
                        path: d.path.clone(),
                    }),
                },
            };
            let u = UnitRow::new(kode.to_string(), nama.to_string(), parent.as_ref());
            ordered.push(u.clone());
            made[i] = Some(u);
        }
        if still.len() == before {
            // unreachable after the cycle check; never loop forever
            return Err(AppError::internal());
        }
        pending = still;
    }
    let by = AuditBy {
        akun_id,
        aksi: "import",
    };
    bulk::insert_units(tx, instansi_id, by, &ordered).await?;
    Ok(ordered.len())
}
