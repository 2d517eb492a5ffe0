use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};

use super::{decode_cursor, encode_cursor, like_escape};
use crate::backend::audit::{self, Change};
use crate::backend::authz::{Actor, EmployeeScope, Sql};
use crate::backend::ids::{new_id, now};
use crate::domain::dto::{Employee, Page};
use crate::domain::pegawai::pangkat_label;

const SELECT: &str = "SELECT p.instansi_id, p.id, p.nip, p.nama, p.status_asn, p.golongan, p.unit_id, \
    u.nama AS unit_nama, u.path AS unit_path, j.nama AS jabatan, j.jenis AS jenis_jabatan, j.jenjang, \
    p.ppk_id, k.nama AS ppk_nama, p.atasan_ppk_id, a.nama AS atasan_nama, p.version \
    FROM pegawai p \
    JOIN unit_kerja u ON u.instansi_id = p.instansi_id AND u.id = p.unit_id \
    JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id \
    LEFT JOIN pegawai k ON k.instansi_id = p.instansi_id AND k.id = p.ppk_id \
    LEFT JOIN pegawai a ON a.instansi_id = p.instansi_id AND a.id = p.atasan_ppk_id";

fn to_employee(r: &AnyRow) -> Employee {
    let golongan: String = r.get("golongan");
    Employee {
        id: r.get("id"),
        nip: r.get("nip"),
        name: r.get("nama"),
        status_asn: r.get("status_asn"),
        pangkat: pangkat_label(&golongan),
        golongan,
        jabatan: r.get("jabatan"),
        jenis_jabatan: r.get("jenis_jabatan"),
        jenjang: r.get("jenjang"),
        unit_id: r.get("unit_id"),
        unit_name: r.get("unit_nama"),
        ppk_id: r.get("ppk_id"),
        ppk_name: r.get("ppk_nama"),
        atasan_ppk_id: r.get("atasan_ppk_id"),
        atasan_ppk_name: r.get("atasan_nama"),
        version: r.get("version"),
    }
}

fn to_scope(r: &AnyRow) -> EmployeeScope {
    EmployeeScope {
        instansi_id: r.get("instansi_id"),
        id: r.get("id"),
        unit_path: r.get("unit_path"),
        ppk_id: r.get("ppk_id"),
        atasan_ppk_id: r.get("atasan_ppk_id"),
    }
}

/// An employee by id in any instansi, with what authorisation needs to decide.
pub async fn find(
    pool: &sqlx::AnyPool,
    id: &str,
) -> Result<Option<(Employee, EmployeeScope)>, sqlx::Error> {
    let sql = format!("{SELECT} WHERE p.id = $1");
    Ok(sqlx::query(&sql)
        .bind(id)
        .fetch_optional(pool)
        .await?
        .map(|r| (to_employee(&r), to_scope(&r))))
}

pub struct Filter<'a> {
    /// Restrict to the subtree of the unit with this path.
    pub unit_path: Option<&'a str>,
    /// Name (case-insensitive substring) or NIP (prefix) search.
    pub q: Option<&'a str>,
    pub limit: i64,
    pub cursor: Option<&'a str>,
}

/// Employees the actor may see, ordered by name, one keyset page at a time.
pub async fn list(
    pool: &sqlx::AnyPool,
    actor: &Actor,
    f: Filter<'_>,
) -> Result<Page<Employee>, sqlx::Error> {
    let mut sql = Sql::default();
    let mut conds = vec![actor.employee_filter(&mut sql), "p.aktif = 1".to_string()];
    if let Some(path) = f.unit_path {
        conds.push(format!(
            "u.path LIKE {} ESCAPE '\\'",
            sql.bind(&format!("{}%", like_escape(path)))
        ));
    }
    if let Some(q) = f.q.map(str::trim).filter(|q| !q.is_empty()) {
        let digits: String = q.chars().filter(|c| !c.is_whitespace()).collect();
        if digits.chars().all(|c| c.is_ascii_digit()) {
            conds.push(format!(
                "p.nip LIKE {} ESCAPE '\\'",
                sql.bind(&format!("{}%", like_escape(&digits)))
            ));
        } else {
            let pat = sql.bind(&format!("%{}%", like_escape(&q.to_lowercase())));
            conds.push(format!("LOWER(p.nama) LIKE {pat} ESCAPE '\\'"));
        }
    }
    if let Some([nama, id]) = f.cursor.and_then(decode_cursor).as_deref() {
        let (n, i) = (sql.bind(nama), sql.bind(id));
        conds.push(format!("(p.nama > {n} OR (p.nama = {n} AND p.id > {i}))"));
    }
    let text = format!(
        "{SELECT} WHERE {} ORDER BY p.nama, p.id LIMIT {}",
        conds.join(" AND "),
        f.limit + 1
    );
    let rows = sql.query(&text).fetch_all(pool).await?;
    let mut items: Vec<Employee> = rows.iter().map(to_employee).collect();
    let next_cursor = if items.len() as i64 > f.limit {
        items.truncate(f.limit as usize);
        items.last().map(|e| encode_cursor(&[&e.name, &e.id]))
    } else {
        None
    };
    Ok(Page { items, next_cursor })
}

pub struct NewEmployee<'a> {
    /// Pre-allocated id, so PPK links inside one import can refer forward.
    pub id: Option<String>,
    pub nip: &'a str,
    pub nama: &'a str,
    pub status_asn: &'a str,
    pub golongan: &'a str,
    pub unit_id: &'a str,
    pub jabatan_id: &'a str,
    pub ppk_id: Option<&'a str>,
    pub atasan_ppk_id: Option<&'a str>,
}

/// Inserts a validated employee and audits it; returns the id.
pub async fn insert(
    tx: &mut Transaction<'_, Any>,
    instansi_id: &str,
    akun_id: Option<&str>,
    e: NewEmployee<'_>,
) -> Result<String, sqlx::Error> {
    let id = e.id.clone().unwrap_or_else(new_id);
    let ts = now();
    sqlx::query(
        "INSERT INTO pegawai (instansi_id, id, nip, nama, status_asn, golongan, unit_id, jabatan_id, \
         ppk_id, atasan_ppk_id, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)",
    )
    .bind(instansi_id)
    .bind(&id)
    .bind(e.nip)
    .bind(e.nama)
    .bind(e.status_asn)
    .bind(e.golongan)
    .bind(e.unit_id)
    .bind(e.jabatan_id)
    .bind(e.ppk_id)
    .bind(e.atasan_ppk_id)
    .bind(&ts)
    .execute(&mut **tx)
    .await?;
    audit::record(
        tx,
        Change {
            instansi_id,
            akun_id,
            aksi: "create",
            entitas: "pegawai",
            entitas_id: &id,
            sebelum: None,
            sesudah: Some(serde_json::json!({
                "nip": e.nip, "nama": e.nama, "status_asn": e.status_asn, "golongan": e.golongan,
                "unit_id": e.unit_id, "jabatan_id": e.jabatan_id, "ppk_id": e.ppk_id,
                "atasan_ppk_id": e.atasan_ppk_id,
            })),
        },
    )
    .await?;
    crate::backend::repo::dasbor::refresh_pegawai(tx, instansi_id, &id).await?;
    Ok(id)
}
