use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};

use super::{decode_cursor, encode_cursor};
use crate::backend::audit::{self, Change};
use crate::backend::ids::{new_id, now};
use crate::domain::dto::{Page, Unit};

/// What authorisation needs to know about a unit.
#[derive(Clone, Debug)]
pub struct UnitRef {
    pub instansi_id: String,
    pub id: String,
    pub path: String,
    pub level: i64,
}

/// Finds a unit by id in any instansi, so callers can tell 403 from 404.
pub async fn find(pool: &sqlx::AnyPool, id: &str) -> Result<Option<UnitRef>, sqlx::Error> {
    Ok(
        sqlx::query("SELECT instansi_id, id, path, level FROM unit_kerja WHERE id = $1")
            .bind(id)
            .fetch_optional(pool)
            .await?
            .map(|r| UnitRef {
                instansi_id: r.get("instansi_id"),
                id: r.get("id"),
                path: r.get("path"),
                level: r.get("level"),
            }),
    )
}

const SELECT: &str = "SELECT u.id, u.parent_id, u.kode, u.nama, u.level, u.version, \
    (SELECT COUNT(*) FROM unit_kerja c WHERE c.instansi_id = u.instansi_id AND c.parent_id = u.id) AS n_children, \
    (SELECT COUNT(*) FROM pegawai p WHERE p.instansi_id = u.instansi_id AND p.unit_id = u.id AND p.aktif = 1) AS n_pegawai, \
    (SELECT p.nama FROM jabatan j CROSS JOIN pegawai p \
      WHERE j.instansi_id = u.instansi_id AND j.unit_id = u.id AND j.kepala_unit = 1 \
      AND p.instansi_id = j.instansi_id AND p.jabatan_id = j.id AND p.aktif = 1 \
      ORDER BY p.nama LIMIT 1) AS kepala \
    FROM unit_kerja u";

fn to_unit(r: &AnyRow) -> Unit {
    Unit {
        id: r.get("id"),
        parent_id: r.get("parent_id"),
        kode: r.get("kode"),
        nama: r.get("nama"),
        level: r.get("level"),
        has_children: r.get::<i64, _>("n_children") > 0,
        employee_count: r.get("n_pegawai"),
        kepala: r.get("kepala"),
        version: r.get("version"),
    }
}

/// One level of the tree: the children of `parent`, or the roots, ordered by kode.
pub async fn children(
    pool: &sqlx::AnyPool,
    instansi_id: &str,
    parent: Option<&str>,
    limit: i64,
    cursor: Option<&str>,
) -> Result<Page<Unit>, sqlx::Error> {
    let after = cursor
        .and_then(decode_cursor)
        .and_then(|v| v.into_iter().next())
        .unwrap_or_default();
    let parent_cond = if parent.is_some() {
        "u.parent_id = $3"
    } else {
        "u.parent_id IS NULL"
    };
    let sql = format!(
        "{SELECT} WHERE u.instansi_id = $1 AND u.kode > $2 AND {parent_cond} ORDER BY u.kode LIMIT {}",
        limit + 1
    );
    let mut q = sqlx::query(&sql).bind(instansi_id).bind(after);
    if let Some(p) = parent {
        q = q.bind(p);
    }
    let rows = q.fetch_all(pool).await?;
    let mut items: Vec<Unit> = rows.iter().map(to_unit).collect();
    let next_cursor = if items.len() as i64 > limit {
        items.truncate(limit as usize);
        items.last().map(|u| encode_cursor(&[&u.kode]))
    } else {
        None
    };
    Ok(Page { items, next_cursor })
}

pub async fn get(
    pool: &sqlx::AnyPool,
    instansi_id: &str,
    id: &str,
) -> Result<Option<Unit>, sqlx::Error> {
    let sql = format!("{SELECT} WHERE u.instansi_id = $1 AND u.id = $2");
    Ok(sqlx::query(&sql)
        .bind(instansi_id)
        .bind(id)
        .fetch_optional(pool)
        .await?
        .as_ref()
        .map(to_unit))
}

pub struct NewUnit<'a> {
    pub kode: &'a str,
    pub nama: &'a str,
    pub parent: Option<&'a UnitRef>,
}

/// Inserts a unit under its parent (or as a root) and audits it; returns its reference.
pub async fn insert(
    tx: &mut Transaction<'_, Any>,
    instansi_id: &str,
    akun_id: Option<&str>,
    u: NewUnit<'_>,
) -> Result<UnitRef, sqlx::Error> {
    let id = new_id();
    let (path, level) = match u.parent {
        Some(p) => (format!("{}{id}/", p.path), p.level + 1),
        None => (format!("/{id}/"), 1),
    };
    let ts = now();
    sqlx::query(
        "INSERT INTO unit_kerja (instansi_id, id, parent_id, kode, nama, level, path, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)",
    )
    .bind(instansi_id)
    .bind(&id)
    .bind(u.parent.map(|p| p.id.clone()))
    .bind(u.kode)
    .bind(u.nama)
    .bind(level)
    .bind(&path)
    .bind(&ts)
    .execute(&mut **tx)
    .await?;
    audit::record(
        tx,
        Change {
            instansi_id,
            akun_id,
            aksi: "create",
            entitas: "unit_kerja",
            entitas_id: &id,
            sebelum: None,
            sesudah: Some(serde_json::json!({
                "kode": u.kode, "nama": u.nama, "parent_id": u.parent.map(|p| &p.id)
            })),
        },
    )
    .await?;
    Ok(UnitRef {
        instansi_id: instansi_id.to_string(),
        id,
        path,
        level,
    })
}
