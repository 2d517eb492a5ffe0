//! Writes of realisasi entries and evidence, each inside the caller's transaction.

use sqlx::{Any, Row, Transaction};

use super::read::entri;
use crate::backend::ids::{new_id, now};
use crate::backend::repo::skp::refresh_ringkasan;
use crate::domain::realisasi::{kumulatif, StatusRealisasi};

pub type Tx<'a, 'c> = &'a mut Transaction<'c, Any>;

pub struct NewRealisasi<'a> {
    pub iki_id: &'a str,
    pub rhk_id: &'a str,
    pub periode_id: &'a str,
    pub nilai: f64,
    pub narasi: &'a str,
    pub akun_id: &'a str,
    pub idempotency_key: Option<&'a str>,
}

/// Inserts an entry (DIAJUKAN); returns its id.
pub async fn insert(
    tx: Tx<'_, '_>,
    inst: &str,
    r: &NewRealisasi<'_>,
) -> Result<String, sqlx::Error> {
    let id = new_id();
    let ts = now();
    // floats travel as text cast in SQL (see `repo::bulk`)
    sqlx::query(
        "INSERT INTO realisasi (instansi_id, id, iki_id, rhk_id, periode_id, nilai, narasi, \
         dibuat_oleh, idempotency_key, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, CAST($6 AS DOUBLE PRECISION), $7, $8, $9, $10, $10)",
    )
    .bind(inst)
    .bind(&id)
    .bind(r.iki_id)
    .bind(r.rhk_id)
    .bind(r.periode_id)
    .bind(r.nilai.to_string())
    .bind(r.narasi)
    .bind(r.akun_id)
    .bind(r.idempotency_key.map(str::to_string))
    .bind(&ts)
    .execute(&mut **tx)
    .await?;
    Ok(id)
}

/// Registers a content-addressed file (once per instansi and hash). On PostgreSQL the insert
/// holds the key until commit, so concurrent uploads of the same content queue here.
pub async fn insert_berkas(
    tx: Tx<'_, '_>,
    inst: &str,
    sha256: &str,
    ukuran: u64,
    mime: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO berkas (instansi_id, sha256, ukuran, mime, created_at) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (instansi_id, sha256) DO NOTHING",
    )
    .bind(inst)
    .bind(sha256)
    .bind(ukuran as i64)
    .bind(mime)
    .bind(now())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// A file of an entry (`sha256` registered) or a link.
pub enum NewBukti<'a> {
    Berkas { sha256: &'a str, nama: &'a str },
    Tautan { url: &'a str },
}

pub async fn insert_bukti(
    tx: Tx<'_, '_>,
    inst: &str,
    realisasi_id: &str,
    urutan: i64,
    b: &NewBukti<'_>,
) -> Result<String, sqlx::Error> {
    let id = new_id();
    let (jenis, sha, nama, url) = match b {
        NewBukti::Berkas { sha256, nama } => ("BERKAS", Some(*sha256), Some(*nama), None),
        NewBukti::Tautan { url } => ("TAUTAN", None, None, Some(*url)),
    };
    sqlx::query(
        "INSERT INTO bukti (instansi_id, id, realisasi_id, urutan, jenis, sha256, nama_asli, url, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(inst)
    .bind(&id)
    .bind(realisasi_id)
    .bind(urutan)
    .bind(jenis)
    .bind(sha.map(str::to_string))
    .bind(nama.map(str::to_string))
    .bind(url.map(str::to_string))
    .bind(now())
    .execute(&mut **tx)
    .await?;
    Ok(id)
}

/// Sets the verifier's decision; false when `version` is given and stale.
pub async fn set_status(
    tx: Tx<'_, '_>,
    inst: &str,
    id: &str,
    status: StatusRealisasi,
    komentar: Option<&str>,
    verifier: &str,
    version: Option<i64>,
) -> Result<bool, sqlx::Error> {
    let ts = now();
    let check = if version.is_some() {
        " AND version = $7"
    } else {
        ""
    };
    let sql = format!(
        "UPDATE realisasi SET status = $3, komentar = $4, diverifikasi_oleh = $5, \
         diverifikasi_at = $6, updated_at = $6, version = version + 1 \
         WHERE instansi_id = $1 AND id = $2{check}"
    );
    let mut q = sqlx::query(&sql)
        .bind(inst)
        .bind(id)
        .bind(status.code())
        .bind(komentar.map(str::to_string))
        .bind(verifier)
        .bind(ts);
    if let Some(v) = version {
        q = q.bind(v);
    }
    Ok(q.execute(&mut **tx).await?.rows_affected() == 1)
}

/// Rewrites the IKI's cumulative realisasi from its entries (`domain::realisasi::kumulatif`)
/// and the RHK's stored summary for the cascade. Returns the new value.
pub async fn refresh_iki(
    tx: Tx<'_, '_>,
    inst: &str,
    iki_id: &str,
    rhk_id: &str,
    satuan: &str,
) -> Result<Option<f64>, sqlx::Error> {
    let list = entri(&mut **tx, inst, iki_id).await?;
    let value = kumulatif(satuan, &list);
    sqlx::query(
        "UPDATE iki SET realisasi = CAST($3 AS DOUBLE PRECISION) WHERE instansi_id = $1 AND id = $2",
    )
    .bind(inst)
    .bind(iki_id)
    .bind(value.map(|v| v.to_string()))
    .execute(&mut **tx)
    .await?;
    refresh_proyeksi(tx, inst, iki_id, satuan, &list).await?;
    refresh_ringkasan(tx, inst, rhk_id).await?;
    Ok(value)
}

/// Rewrites the IKI's year-end projection (`domain::proyeksi`) from its entries: the year has
/// as many sub-periods as the annual period has of the kind the entries were recorded in.
async fn refresh_proyeksi(
    tx: Tx<'_, '_>,
    inst: &str,
    iki_id: &str,
    satuan: &str,
    list: &[crate::domain::realisasi::Entri],
) -> Result<(), sqlx::Error> {
    let r = sqlx::query(
        "SELECT i.target, (SELECT COUNT(*) FROM periode x WHERE x.instansi_id = sp.instansi_id          AND x.parent_id = sp.parent_id AND x.jenis = sp.jenis) AS n          FROM iki i JOIN realisasi e ON e.instansi_id = i.instansi_id AND e.iki_id = i.id          JOIN periode sp ON sp.instansi_id = e.instansi_id AND sp.id = e.periode_id          WHERE i.instansi_id = $1 AND i.id = $2 LIMIT 1",
    )
    .bind(inst)
    .bind(iki_id)
    .fetch_optional(&mut **tx)
    .await?;
    let p = r.and_then(|r| {
        let target: f64 = r.get("target");
        let n: i64 = r.get("n");
        crate::domain::proyeksi::proyeksikan(satuan, list, n.max(1) as u32).map(|p| (target, p))
    });
    let (nilai, kurang, dasar) = match &p {
        Some((target, p)) => (
            Some(p.nilai.to_string()),
            Some(crate::domain::proyeksi::kekurangan(*target, p.nilai).to_string()),
            serde_json::to_string(p).ok(),
        ),
        None => (None, None, None),
    };
    sqlx::query(
        "UPDATE iki SET proyeksi = CAST($3 AS DOUBLE PRECISION),          proyeksi_kurang = CAST($4 AS DOUBLE PRECISION), proyeksi_dasar = $5          WHERE instansi_id = $1 AND id = $2",
    )
    .bind(inst)
    .bind(iki_id)
    .bind(nilai)
    .bind(kurang)
    .bind(dasar)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
