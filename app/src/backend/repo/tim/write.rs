//! Writes of the squad aggregate, each inside the caller's transaction. The caller has checked
//! authorisation and the input; it also writes the audit rows.

use sqlx::{Any, Transaction};

use crate::backend::ids::{new_id, now};
use crate::domain::rating::Rating;
use crate::domain::tim::{normalise, PeranTim};

type Tx<'a, 'c> = &'a mut Transaction<'c, Any>;

pub struct NewTim<'a> {
    pub periode_id: &'a str,
    pub nama: &'a str,
    pub tujuan: &'a str,
    pub ketua_id: &'a str,
    pub rhk_id: Option<&'a str>,
    pub dibuat_oleh: Option<&'a str>,
}

pub async fn insert_tim(tx: Tx<'_, '_>, inst: &str, t: NewTim<'_>) -> Result<String, sqlx::Error> {
    let id = new_id();
    sqlx::query(
        "INSERT INTO tim (instansi_id, id, periode_id, nama, tujuan, ketua_id, rhk_id, dibuat_oleh, \
         created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)",
    )
    .bind(inst)
    .bind(&id)
    .bind(t.periode_id)
    .bind(normalise(t.nama))
    .bind(t.tujuan.trim())
    .bind(t.ketua_id)
    .bind(t.rhk_id)
    .bind(t.dibuat_oleh)
    .bind(now())
    .execute(&mut **tx)
    .await?;
    Ok(id)
}

/// Compare-and-swap on the squad's version (every change to the squad, its members or its
/// matrix names the version it read): false when it is stale.
pub async fn bump_tim(
    tx: Tx<'_, '_>,
    inst: &str,
    id: &str,
    version: i64,
) -> Result<bool, sqlx::Error> {
    let r = sqlx::query(
        "UPDATE tim SET version = version + 1, updated_at = $4 \
         WHERE instansi_id = $1 AND id = $2 AND version = $3",
    )
    .bind(inst)
    .bind(id)
    .bind(version)
    .bind(now())
    .execute(&mut **tx)
    .await?;
    Ok(r.rows_affected() == 1)
}

pub async fn update_tim(
    tx: Tx<'_, '_>,
    inst: &str,
    id: &str,
    nama: &str,
    tujuan: &str,
    rhk_id: Option<&str>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE tim SET nama = $3, tujuan = $4, rhk_id = $5 WHERE instansi_id = $1 AND id = $2",
    )
    .bind(inst)
    .bind(id)
    .bind(normalise(nama))
    .bind(tujuan.trim())
    .bind(rhk_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

pub async fn insert_anggota(
    tx: Tx<'_, '_>,
    inst: &str,
    tim_id: &str,
    pegawai_id: &str,
    peran: PeranTim,
    nama_peran: &str,
    alokasi: i64,
) -> Result<String, sqlx::Error> {
    let id = new_id();
    let urutan: Option<i64> = sqlx::query_scalar(
        "SELECT MAX(urutan) FROM tim_anggota WHERE instansi_id = $1 AND tim_id = $2",
    )
    .bind(inst)
    .bind(tim_id)
    .fetch_one(&mut **tx)
    .await?;
    sqlx::query(
        "INSERT INTO tim_anggota (instansi_id, id, tim_id, pegawai_id, peran, nama_peran, alokasi, \
         urutan, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)",
    )
    .bind(inst)
    .bind(&id)
    .bind(tim_id)
    .bind(pegawai_id)
    .bind(peran.code())
    .bind(normalise(nama_peran))
    .bind(alokasi)
    .bind(urutan.map_or(0, |u| u + 1))
    .bind(now())
    .execute(&mut **tx)
    .await?;
    crate::backend::repo::dasbor::refresh_anggota(tx, inst, &id).await?;
    Ok(id)
}

pub async fn update_anggota(
    tx: Tx<'_, '_>,
    inst: &str,
    id: &str,
    peran: PeranTim,
    nama_peran: &str,
    alokasi: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE tim_anggota SET peran = $3, nama_peran = $4, alokasi = $5, version = version + 1, \
         updated_at = $6 WHERE instansi_id = $1 AND id = $2",
    )
    .bind(inst)
    .bind(id)
    .bind(peran.code())
    .bind(normalise(nama_peran))
    .bind(alokasi)
    .bind(now())
    .execute(&mut **tx)
    .await?;
    crate::backend::repo::dasbor::refresh_anggota(tx, inst, id).await
}

/// The member leaves the role: the row stays, with the date.
pub async fn keluar_anggota(tx: Tx<'_, '_>, inst: &str, id: &str) -> Result<(), sqlx::Error> {
    let ts = now();
    sqlx::query(
        "UPDATE tim_anggota SET keluar_at = $3, version = version + 1, updated_at = $3 \
         WHERE instansi_id = $1 AND id = $2",
    )
    .bind(inst)
    .bind(id)
    .bind(ts)
    .execute(&mut **tx)
    .await?;
    crate::backend::repo::dasbor::refresh_anggota(tx, inst, id).await
}

pub async fn insert_kolom(
    tx: Tx<'_, '_>,
    inst: &str,
    tim_id: &str,
    urutan: i64,
    judul: &str,
    rhk_id: &str,
    iki_id: Option<&str>,
) -> Result<String, sqlx::Error> {
    let id = new_id();
    sqlx::query(
        "INSERT INTO tim_kolom (instansi_id, id, tim_id, urutan, judul, rhk_id, iki_id, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(inst)
    .bind(&id)
    .bind(tim_id)
    .bind(urutan)
    .bind(normalise(judul))
    .bind(rhk_id)
    .bind(iki_id)
    .bind(now())
    .execute(&mut **tx)
    .await?;
    Ok(id)
}

pub async fn update_kolom(
    tx: Tx<'_, '_>,
    inst: &str,
    id: &str,
    urutan: i64,
    judul: &str,
    rhk_id: &str,
    iki_id: Option<&str>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE tim_kolom SET urutan = $3, judul = $4, rhk_id = $5, iki_id = $6 \
         WHERE instansi_id = $1 AND id = $2",
    )
    .bind(inst)
    .bind(id)
    .bind(urutan)
    .bind(normalise(judul))
    .bind(rhk_id)
    .bind(iki_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Marks a row of `tim_kolom`, `tim_sel` or `rhk` retired (`on`) or active again.
pub async fn set_pensiun(
    tx: Tx<'_, '_>,
    table: Pensiun,
    inst: &str,
    id: &str,
    on: bool,
) -> Result<(), sqlx::Error> {
    let ts = now();
    let (name, extra) = match table {
        Pensiun::Kolom => ("tim_kolom", ""),
        Pensiun::Sel => ("tim_sel", ", updated_at = $4"),
        Pensiun::Rhk => ("rhk", ", updated_at = $4, version = version + 1"),
    };
    let sql =
        format!("UPDATE {name} SET pensiun_at = $3{extra} WHERE instansi_id = $1 AND id = $2");
    let mut q = sqlx::query(&sql)
        .bind(inst)
        .bind(id)
        .bind(on.then(|| ts.clone()));
    if !extra.is_empty() {
        q = q.bind(ts);
    }
    q.execute(&mut **tx).await?;
    if let Pensiun::Rhk = table {
        crate::backend::repo::dasbor::refresh_rhk(tx, inst, id).await?;
    }
    Ok(())
}

#[derive(Clone, Copy, Debug)]
pub enum Pensiun {
    Kolom,
    Sel,
    Rhk,
}

pub async fn insert_sel(
    tx: Tx<'_, '_>,
    inst: &str,
    tim_id: &str,
    anggota_id: &str,
    kolom_id: &str,
    judul: &str,
    rhk_id: &str,
) -> Result<String, sqlx::Error> {
    let id = new_id();
    sqlx::query(
        "INSERT INTO tim_sel (instansi_id, id, tim_id, anggota_id, kolom_id, judul, rhk_id, \
         created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)",
    )
    .bind(inst)
    .bind(&id)
    .bind(tim_id)
    .bind(anggota_id)
    .bind(kolom_id)
    .bind(normalise(judul))
    .bind(rhk_id)
    .bind(now())
    .execute(&mut **tx)
    .await?;
    Ok(id)
}

pub async fn set_sel_judul(
    tx: Tx<'_, '_>,
    inst: &str,
    id: &str,
    judul: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE tim_sel SET judul = $3, updated_at = $4 WHERE instansi_id = $1 AND id = $2",
    )
    .bind(inst)
    .bind(id)
    .bind(normalise(judul))
    .bind(now())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Tags an RHK as a squad result: the squad, and who assigned it (penugasan dari).
pub async fn tag_rhk(
    tx: Tx<'_, '_>,
    inst: &str,
    rhk_id: &str,
    tim_id: &str,
    penugasan_dari: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE rhk SET tim_id = $3, penugasan_dari = $4 WHERE instansi_id = $1 AND id = $2",
    )
    .bind(inst)
    .bind(rhk_id)
    .bind(tim_id)
    .bind(penugasan_dari)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// A squad RHK's title and intervened RHK (its IKI and their realisasi stay).
pub async fn set_rhk_judul(
    tx: Tx<'_, '_>,
    inst: &str,
    rhk_id: &str,
    judul: &str,
    parent_id: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE rhk SET judul = $3, parent_id = $4, version = version + 1, updated_at = $5 \
         WHERE instansi_id = $1 AND id = $2",
    )
    .bind(inst)
    .bind(rhk_id)
    .bind(normalise(judul))
    .bind(parent_id)
    .bind(now())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Sets the lead's feedback and recommendation for a member; returns the new version.
pub async fn upsert_rekomendasi(
    tx: Tx<'_, '_>,
    inst: &str,
    tim_id: &str,
    pegawai_id: &str,
    umpan_balik: &str,
    rating: Option<Rating>,
    oleh: &str,
) -> Result<(), sqlx::Error> {
    let ts = now();
    let r = sqlx::query(
        "UPDATE tim_rekomendasi SET umpan_balik = $4, rating = $5, oleh = $6, version = version + 1, \
         updated_at = $7 WHERE instansi_id = $1 AND tim_id = $2 AND pegawai_id = $3",
    )
    .bind(inst)
    .bind(tim_id)
    .bind(pegawai_id)
    .bind(umpan_balik.trim())
    .bind(rating.map(|r| r.code()))
    .bind(oleh)
    .bind(&ts)
    .execute(&mut **tx)
    .await?;
    if r.rows_affected() == 0 {
        sqlx::query(
            "INSERT INTO tim_rekomendasi (instansi_id, tim_id, pegawai_id, umpan_balik, rating, oleh, \
             created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7)",
        )
        .bind(inst)
        .bind(tim_id)
        .bind(pegawai_id)
        .bind(umpan_balik.trim())
        .bind(rating.map(|r| r.code()))
        .bind(oleh)
        .bind(&ts)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}
