//! Batched multi-row INSERTs for seeds and imports: units, positions and employees, each with
//! its audit_log rows, inside the caller's transaction (so they commit or roll back together).
//!
//! Rows are sent as `INSERT … VALUES (…), (…), …` in chunks that stay below the bind-parameter
//! limits of both backends (SQLite 32,766; PostgreSQL 65,535). Callers insert units parents
//! first (ordered by level): a unit's parent is checked when its statement ends. Employees may
//! refer to each other in any order: the PPK foreign keys are deferred to the commit.

use sqlx::{Any, Transaction};

use crate::backend::ids::{new_id, now};
use crate::domain::jabatan::{JenisJabatan, Jenjang};
use crate::domain::pegawai::StatusAsn;

/// Bind parameters per statement: below SQLite's default maximum of 32,766.
const MAX_PARAMS: usize = 32_000;
/// Rows per statement; larger statements gain nothing measurable.
const MAX_ROWS: usize = 1_000;

/// A unit with its id, materialised path (`/root/…/id/`) and level already computed.
#[derive(Clone, Debug)]
pub struct UnitRow {
    pub id: String,
    pub parent_id: Option<String>,
    pub kode: String,
    pub nama: String,
    pub level: i64,
    pub path: String,
}

impl UnitRow {
    /// A unit under `parent` (or a root), with a fresh id, its path and level.
    pub fn new(kode: String, nama: String, parent: Option<&UnitRow>) -> UnitRow {
        let id = new_id();
        let (path, level) = match parent {
            Some(p) => (format!("{}{id}/", p.path), p.level + 1),
            None => (format!("/{id}/"), 1),
        };
        UnitRow {
            parent_id: parent.map(|p| p.id.clone()),
            id,
            kode,
            nama,
            level,
            path,
        }
    }
}

#[derive(Clone, Debug)]
pub struct JabatanRow {
    pub id: String,
    pub unit_id: String,
    pub nama: String,
    pub jenis: JenisJabatan,
    pub jenjang: Option<Jenjang>,
    pub kepala_unit: bool,
}

#[derive(Clone, Debug)]
pub struct PegawaiRow {
    pub id: String,
    pub nip: String,
    pub nama: String,
    pub status_asn: StatusAsn,
    pub golongan: String,
    pub unit_id: String,
    pub jabatan_id: String,
    pub ppk_id: Option<String>,
    pub atasan_ppk_id: Option<String>,
}

/// Who makes the change and how the audit rows name it ("create", "import", …).
#[derive(Clone, Copy, Debug)]
pub struct AuditBy<'a> {
    pub akun_id: Option<&'a str>,
    pub aksi: &'a str,
}

pub(crate) enum Val<'a> {
    Str(&'a str),
    OptStr(Option<&'a str>),
    Int(i64),
    OptInt(Option<i64>),
    Float(f64),
    OptFloat(Option<f64>),
}

/// `INSERT INTO table (cols) VALUES …` for every row, in chunks.
pub(crate) async fn insert_rows<'a, T>(
    tx: &mut Transaction<'_, Any>,
    table: &str,
    cols: &[&str],
    rows: &'a [T],
    values: impl Fn(&'a T, &mut Vec<Val<'a>>),
) -> Result<(), sqlx::Error> {
    if rows.is_empty() {
        return Ok(());
    }
    let per_chunk = (MAX_PARAMS / cols.len()).clamp(1, MAX_ROWS);
    // SQLite looks up a numbered parameter's name by a linear scan, so `$n` costs O(n²) per
    // statement there; anonymous `?` (bound in order) does not. PostgreSQL needs `$n`.
    let numbered = tx.backend_name() != "SQLite";
    let head = format!("INSERT INTO {table} ({}) VALUES ", cols.join(", "));
    let mut vals: Vec<Val<'a>> = Vec::with_capacity(per_chunk * cols.len());
    for chunk in rows.chunks(per_chunk) {
        vals.clear();
        for r in chunk {
            values(r, &mut vals);
        }
        // Floats travel as text cast in SQL: sqlx's Any driver types a NULL f64 as float4 on
        // PostgreSQL, and a cached statement prepared that way rejects a later 8-byte float.
        let float_col: Vec<bool> = vals[..cols.len().min(vals.len())]
            .iter()
            .map(|v| matches!(v, Val::Float(_) | Val::OptFloat(_)))
            .collect();
        let mut sql = String::with_capacity(head.len() + chunk.len() * cols.len() * 8);
        sql.push_str(&head);
        let mut n = 0usize;
        for (i, _) in chunk.iter().enumerate() {
            if i > 0 {
                sql.push_str(", ");
            }
            sql.push('(');
            for (c, float) in float_col.iter().enumerate() {
                if c > 0 {
                    sql.push_str(", ");
                }
                n += 1;
                if *float {
                    sql.push_str("CAST(");
                }
                if numbered {
                    sql.push('$');
                    sql.push_str(&n.to_string());
                } else {
                    sql.push('?');
                }
                if *float {
                    sql.push_str(" AS DOUBLE PRECISION)");
                }
            }
            sql.push(')');
        }
        debug_assert_eq!(vals.len(), n, "{table}: values per row != columns");
        let mut q = sqlx::query(&sql);
        for v in vals.drain(..) {
            q = match v {
                Val::Str(s) => q.bind(s),
                Val::OptStr(s) => q.bind(s),
                Val::Int(i) => q.bind(i),
                Val::OptInt(i) => q.bind(i),
                Val::Float(f) => q.bind(f.to_string()),
                Val::OptFloat(f) => q.bind(f.map(|f| f.to_string())),
            };
        }
        q.execute(&mut **tx).await?;
    }
    Ok(())
}

/// One audit row per entity: (entitas_id, `sesudah` JSON).
pub(crate) async fn audit_rows(
    tx: &mut Transaction<'_, Any>,
    instansi_id: &str,
    by: AuditBy<'_>,
    entitas: &str,
    entries: Vec<(&str, String)>,
) -> Result<(), sqlx::Error> {
    let at = now();
    let rows: Vec<(String, &str, String)> = entries
        .into_iter()
        .map(|(eid, json)| (new_id(), eid, json))
        .collect();
    insert_rows(
        tx,
        "audit_log",
        &[
            "instansi_id",
            "id",
            "at",
            "akun_id",
            "aksi",
            "entitas",
            "entitas_id",
            "sebelum",
            "sesudah",
        ],
        &rows,
        |(id, eid, json), v| {
            v.extend([
                Val::Str(instansi_id),
                Val::Str(id),
                Val::Str(&at),
                Val::OptStr(by.akun_id),
                Val::Str(by.aksi),
                Val::Str(entitas),
                Val::Str(eid),
                Val::OptStr(None),
                Val::Str(json),
            ])
        },
    )
    .await
}

/// Inserts units (parents before children) and audits each.
pub async fn insert_units(
    tx: &mut Transaction<'_, Any>,
    instansi_id: &str,
    by: AuditBy<'_>,
    units: &[UnitRow],
) -> Result<(), sqlx::Error> {
    let ts = now();
    insert_rows(
        tx,
        "unit_kerja",
        &[
            "instansi_id",
            "id",
            "parent_id",
            "kode",
            "nama",
            "level",
            "path",
            "created_at",
            "updated_at",
        ],
        units,
        |u, v| {
            v.extend([
                Val::Str(instansi_id),
                Val::Str(&u.id),
                Val::OptStr(u.parent_id.as_deref()),
                Val::Str(&u.kode),
                Val::Str(&u.nama),
                Val::Int(u.level),
                Val::Str(&u.path),
                Val::Str(&ts),
                Val::Str(&ts),
            ])
        },
    )
    .await?;
    let entries = units
        .iter()
        .map(|u| {
            let json = serde_json::json!({
                "kode": u.kode, "nama": u.nama, "parent_id": u.parent_id,
            });
            (u.id.as_str(), json.to_string())
        })
        .collect();
    audit_rows(tx, instansi_id, by, "unit_kerja", entries).await
}

/// Inserts positions and audits each.
pub async fn insert_jabatan(
    tx: &mut Transaction<'_, Any>,
    instansi_id: &str,
    by: AuditBy<'_>,
    rows: &[JabatanRow],
) -> Result<(), sqlx::Error> {
    let ts = now();
    insert_rows(
        tx,
        "jabatan",
        &[
            "instansi_id",
            "id",
            "unit_id",
            "nama",
            "jenis",
            "jenjang",
            "kepala_unit",
            "created_at",
            "updated_at",
        ],
        rows,
        |j, v| {
            v.extend([
                Val::Str(instansi_id),
                Val::Str(&j.id),
                Val::Str(&j.unit_id),
                Val::Str(&j.nama),
                Val::Str(j.jenis.code()),
                Val::OptStr(j.jenjang.map(|x| x.code())),
                Val::Int(j.kepala_unit as i64),
                Val::Str(&ts),
                Val::Str(&ts),
            ])
        },
    )
    .await?;
    let entries = rows
        .iter()
        .map(|j| {
            let json = serde_json::json!({
                "unit_id": j.unit_id, "nama": j.nama, "jenis": j.jenis.code(),
                "jenjang": j.jenjang.map(|x| x.code()), "kepala_unit": j.kepala_unit,
            });
            (j.id.as_str(), json.to_string())
        })
        .collect();
    audit_rows(tx, instansi_id, by, "jabatan", entries).await
}

/// Inserts employees (PPK links in any order: checked at commit) and audits each.
pub async fn insert_pegawai(
    tx: &mut Transaction<'_, Any>,
    instansi_id: &str,
    by: AuditBy<'_>,
    rows: &[PegawaiRow],
) -> Result<(), sqlx::Error> {
    // the dashboard's sums are built again on the next read
    super::dasbor::invalidate(tx, instansi_id).await?;
    let ts = now();
    insert_rows(
        tx,
        "pegawai",
        &[
            "instansi_id",
            "id",
            "nip",
            "nama",
            "status_asn",
            "golongan",
            "unit_id",
            "jabatan_id",
            "ppk_id",
            "atasan_ppk_id",
            "created_at",
            "updated_at",
        ],
        rows,
        |p, v| {
            v.extend([
                Val::Str(instansi_id),
                Val::Str(&p.id),
                Val::Str(&p.nip),
                Val::Str(&p.nama),
                Val::Str(p.status_asn.code()),
                Val::Str(&p.golongan),
                Val::Str(&p.unit_id),
                Val::Str(&p.jabatan_id),
                Val::OptStr(p.ppk_id.as_deref()),
                Val::OptStr(p.atasan_ppk_id.as_deref()),
                Val::Str(&ts),
                Val::Str(&ts),
            ])
        },
    )
    .await?;
    // the same fields as repo::employee::insert records
    let entries = rows
        .iter()
        .map(|p| {
            let json = serde_json::json!({
                "nip": p.nip, "nama": p.nama, "status_asn": p.status_asn.code(),
                "golongan": p.golongan, "unit_id": p.unit_id, "jabatan_id": p.jabatan_id,
                "ppk_id": p.ppk_id, "atasan_ppk_id": p.atasan_ppk_id,
            });
            (p.id.as_str(), json.to_string())
        })
        .collect();
    audit_rows(tx, instansi_id, by, "pegawai", entries).await
}
