//! Reading entries with their evidence: of one IKI (a page, newest first), of a whole SKP
//! (for its read), one by id, and one piece of evidence.

use std::collections::HashMap;

use sqlx::any::AnyRow;
use sqlx::Row;

use crate::domain::dto::{Bukti, Realisasi};
use crate::domain::periode::{nama_periode, JenisPeriode};
use crate::domain::realisasi::{Entri, StatusRealisasi};

const COLS: &str =
    "r.id, r.iki_id, r.rhk_id, r.periode_id, sp.nomor, sp.tahun, sp.jenis, r.nilai, \
    r.narasi, r.status, r.komentar, r.diverifikasi_oleh, v.nama AS verifier, r.diverifikasi_at, \
    r.dibuat_oleh, r.created_at, r.version";
const JOINS: &str = "JOIN periode sp ON sp.instansi_id = r.instansi_id AND sp.id = r.periode_id \
    LEFT JOIN pegawai v ON v.instansi_id = r.instansi_id AND v.id = r.diverifikasi_oleh";

fn to_entry(r: &AnyRow) -> Realisasi {
    let tahun: i64 = r.get("tahun");
    let nomor: i64 = r.get("nomor");
    let jenis = JenisPeriode::from_code(&r.get::<String, _>("jenis")).unwrap_or_default();
    Realisasi {
        id: r.get("id"),
        iki_id: r.get("iki_id"),
        rhk_id: r.get("rhk_id"),
        sub_period: r.get("periode_id"),
        sub_period_number: nomor,
        sub_period_name: nama_periode(tahun as i32, jenis, nomor as u32),
        value: r.get("nilai"),
        narrative: r.get("narasi"),
        status: StatusRealisasi::from_code(&r.get::<String, _>("status")).unwrap_or_default(),
        comment: r.get("komentar"),
        verified_by: r.get("diverifikasi_oleh"),
        verified_by_name: r.get("verifier"),
        verified_at: r.get("diverifikasi_at"),
        created_by: r.get("dibuat_oleh"),
        created_at: r.get("created_at"),
        version: r.get("version"),
        evidence: vec![],
    }
}

fn to_bukti(r: &AnyRow) -> (String, Bukti) {
    let id: String = r.get("id");
    let url: Option<String> = r.get("url");
    let file = url.is_none();
    (
        r.get("realisasi_id"),
        Bukti {
            kind: if file { "FILE" } else { "LINK" }.into(),
            url: url.unwrap_or_else(|| format!("/api/v1/evidence/{id}")),
            id,
            name: r.get("nama_asli"),
            size: r.get("ukuran"),
            mime: r.get("mime"),
            sha256: r.get("sha256"),
        },
    )
}

const BUKTI_COLS: &str =
    "b.id, b.realisasi_id, b.url, b.nama_asli, b.sha256, f.ukuran, f.mime, b.urutan";
const BUKTI_JOIN: &str =
    "LEFT JOIN berkas f ON f.instansi_id = b.instansi_id AND f.sha256 = b.sha256";

fn attach(entries: &mut [Realisasi], bukti: Vec<(String, Bukti)>) {
    let mut by: HashMap<String, Vec<Bukti>> = HashMap::new();
    for (rid, b) in bukti {
        by.entry(rid).or_default().push(b);
    }
    for e in entries {
        e.evidence = by.remove(&e.id).unwrap_or_default();
    }
}

/// A page of one IKI's entries, newest first, after the keyset cursor `(created_at, id)`.
pub async fn for_iki(
    pool: &sqlx::AnyPool,
    instansi_id: &str,
    iki_id: &str,
    limit: i64,
    after: Option<(&str, &str)>,
) -> Result<Vec<Realisasi>, sqlx::Error> {
    let cursor = if after.is_some() {
        "AND (r.created_at < $4 OR (r.created_at = $4 AND r.id < $5))"
    } else {
        ""
    };
    let sql = format!(
        "SELECT {COLS} FROM realisasi r {JOINS} WHERE r.instansi_id = $1 AND r.iki_id = $2 {cursor} \
         ORDER BY r.created_at DESC, r.id DESC LIMIT $3"
    );
    let mut q = sqlx::query(&sql).bind(instansi_id).bind(iki_id).bind(limit);
    if let Some((at, id)) = after {
        q = q.bind(at).bind(id);
    }
    let mut entries: Vec<Realisasi> = q.fetch_all(pool).await?.iter().map(to_entry).collect();
    if entries.is_empty() {
        return Ok(entries);
    }
    // the evidence of these entries: driven from the IKI's entries (CROSS JOIN fixes the order)
    let ids: Vec<&str> = entries.iter().map(|e| e.id.as_str()).collect();
    let list = (0..ids.len())
        .map(|i| format!("${}", i + 2))
        .collect::<Vec<_>>()
        .join(", ");
    let sql = format!(
        "SELECT {BUKTI_COLS} FROM bukti b {BUKTI_JOIN} WHERE b.instansi_id = $1 \
         AND b.realisasi_id IN ({list}) ORDER BY b.urutan, b.id"
    );
    let mut q = sqlx::query(&sql).bind(instansi_id);
    for id in &ids {
        q = q.bind(*id);
    }
    let bukti = q.fetch_all(pool).await?.iter().map(to_bukti).collect();
    attach(&mut entries, bukti);
    Ok(entries)
}

/// Every entry of an SKP's RHK, newest first, with evidence.
pub async fn for_skp(
    pool: &sqlx::AnyPool,
    instansi_id: &str,
    skp_id: &str,
) -> Result<Vec<Realisasi>, sqlx::Error> {
    // CROSS JOIN: SQLite drives from the SKP's RHK, then their entries by RHK
    let sql = format!(
        "SELECT {COLS} FROM rhk k CROSS JOIN realisasi r {JOINS} \
         WHERE k.instansi_id = $1 AND k.skp_id = $2 AND r.instansi_id = k.instansi_id \
         AND r.rhk_id = k.id ORDER BY r.created_at DESC, r.id DESC"
    );
    let mut entries: Vec<Realisasi> = sqlx::query(&sql)
        .bind(instansi_id)
        .bind(skp_id)
        .fetch_all(pool)
        .await?
        .iter()
        .map(to_entry)
        .collect();
    if entries.is_empty() {
        return Ok(entries);
    }
    let sql = format!(
        "SELECT {BUKTI_COLS} FROM rhk k CROSS JOIN realisasi r CROSS JOIN bukti b {BUKTI_JOIN} \
         WHERE k.instansi_id = $1 AND k.skp_id = $2 AND r.instansi_id = k.instansi_id \
         AND r.rhk_id = k.id AND b.instansi_id = r.instansi_id AND b.realisasi_id = r.id \
         ORDER BY b.urutan, b.id"
    );
    let bukti = sqlx::query(&sql)
        .bind(instansi_id)
        .bind(skp_id)
        .fetch_all(pool)
        .await?
        .iter()
        .map(to_bukti)
        .collect();
    attach(&mut entries, bukti);
    Ok(entries)
}

/// One entry by id in any instansi, with its instansi and evidence.
pub async fn find(
    pool: &sqlx::AnyPool,
    id: &str,
) -> Result<Option<(String, Realisasi)>, sqlx::Error> {
    let sql = format!("SELECT r.instansi_id, {COLS} FROM realisasi r {JOINS} WHERE r.id = $1");
    let Some(row) = sqlx::query(&sql).bind(id).fetch_optional(pool).await? else {
        return Ok(None);
    };
    let inst: String = row.get("instansi_id");
    let mut e = [to_entry(&row)];
    let sql = format!(
        "SELECT {BUKTI_COLS} FROM bukti b {BUKTI_JOIN} WHERE b.instansi_id = $1 \
         AND b.realisasi_id = $2 ORDER BY b.urutan, b.id"
    );
    let bukti = sqlx::query(&sql)
        .bind(&inst)
        .bind(id)
        .fetch_all(pool)
        .await?
        .iter()
        .map(to_bukti)
        .collect();
    attach(&mut e, bukti);
    let [e] = e;
    Ok(Some((inst, e)))
}

/// The entry recorded by an account with an idempotency key: (id, iki_id).
pub async fn by_idempotency_key<'e, E>(
    ex: E,
    instansi_id: &str,
    akun_id: &str,
    key: &str,
) -> Result<Option<(String, String)>, sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    Ok(sqlx::query(
        "SELECT id, iki_id FROM realisasi WHERE instansi_id = $1 AND dibuat_oleh = $2 \
         AND idempotency_key = $3",
    )
    .bind(instansi_id)
    .bind(akun_id)
    .bind(key)
    .fetch_optional(ex)
    .await?
    .map(|r| (r.get("id"), r.get("iki_id"))))
}

/// One piece of evidence with what access needs: its IKI.
#[derive(Clone, Debug)]
pub struct BuktiRow {
    pub instansi_id: String,
    pub iki_id: String,
    pub url: Option<String>,
    pub sha256: Option<String>,
    pub nama_asli: Option<String>,
    pub mime: Option<String>,
    pub ukuran: Option<i64>,
}

pub async fn bukti(pool: &sqlx::AnyPool, id: &str) -> Result<Option<BuktiRow>, sqlx::Error> {
    Ok(sqlx::query(
        "SELECT b.instansi_id, r.iki_id, b.url, b.sha256, b.nama_asli, f.mime, f.ukuran FROM bukti b \
         JOIN realisasi r ON r.instansi_id = b.instansi_id AND r.id = b.realisasi_id \
         LEFT JOIN berkas f ON f.instansi_id = b.instansi_id AND f.sha256 = b.sha256 WHERE b.id = $1",
    )
    .bind(id)
    .fetch_optional(pool)
    .await?
    .map(|r| BuktiRow {
        instansi_id: r.get("instansi_id"),
        iki_id: r.get("iki_id"),
        url: r.get("url"),
        sha256: r.get("sha256"),
        nama_asli: r.get("nama_asli"),
        mime: r.get("mime"),
        ukuran: r.get("ukuran"),
    }))
}

/// An IKI's entries as the cumulative rule sees them, in the order they were recorded.
pub async fn entri<'e, E>(ex: E, instansi_id: &str, iki_id: &str) -> Result<Vec<Entri>, sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    Ok(sqlx::query(
        "SELECT sp.nomor, r.nilai, r.status FROM realisasi r \
         JOIN periode sp ON sp.instansi_id = r.instansi_id AND sp.id = r.periode_id \
         WHERE r.instansi_id = $1 AND r.iki_id = $2 ORDER BY r.created_at, r.id",
    )
    .bind(instansi_id)
    .bind(iki_id)
    .fetch_all(ex)
    .await?
    .iter()
    .map(|r| Entri {
        sub_periode: r.get::<i64, _>("nomor") as u32,
        nilai: r.get("nilai"),
        status: StatusRealisasi::from_code(&r.get::<String, _>("status")).unwrap_or_default(),
    })
    .collect())
}
