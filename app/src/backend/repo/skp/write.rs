//! Writes of the SKP aggregate, each inside the caller's transaction. The caller has checked
//! authorisation, the workflow and the input; it also writes the audit row.

use sqlx::{Any, Row, Transaction};

use super::ringkasan::refresh_ringkasan;
use crate::backend::ids::{new_id, now};
use crate::backend::repo::dasbor;
use crate::domain::berakhlak::NilaiBerakhlak;
use crate::domain::dto::{IkiInput, Lampiran, RhkInput, RisikoInput};
use crate::domain::skp::{Pendekatan, StatusSkp};

pub(super) type Tx<'a, 'c> = &'a mut Transaction<'c, Any>;

/// Compare-and-swap on the SKP's version: false when someone else changed it since the
/// caller read `version` (the caller answers 409). Also takes the row lock on PostgreSQL.
pub async fn bump(
    tx: Tx<'_, '_>,
    inst: &str,
    skp_id: &str,
    version: i64,
) -> Result<bool, sqlx::Error> {
    let r = sqlx::query(
        "UPDATE skp SET version = version + 1, updated_at = $4 \
         WHERE instansi_id = $1 AND id = $2 AND version = $3",
    )
    .bind(inst)
    .bind(skp_id)
    .bind(version)
    .bind(now())
    .execute(&mut **tx)
    .await?;
    Ok(r.rows_affected() == 1)
}

pub async fn create_skp(
    tx: Tx<'_, '_>,
    inst: &str,
    pegawai_id: &str,
    periode_id: &str,
    ppk_id: Option<&str>,
    pendekatan: Pendekatan,
) -> Result<String, sqlx::Error> {
    let id = new_id();
    let ts = now();
    sqlx::query(
        "INSERT INTO skp (instansi_id, id, pegawai_id, periode_id, ppk_id, pendekatan, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7)",
    )
    .bind(inst)
    .bind(&id)
    .bind(pegawai_id)
    .bind(periode_id)
    .bind(ppk_id)
    .bind(pendekatan.code())
    .bind(&ts)
    .execute(&mut **tx)
    .await?;
    dasbor::refresh(tx, inst, pegawai_id, periode_id).await?;
    Ok(id)
}

/// Where the next RHK of an SKP goes.
async fn next_urutan(tx: Tx<'_, '_>, inst: &str, skp_id: &str) -> Result<i64, sqlx::Error> {
    let max: Option<i64> =
        sqlx::query_scalar("SELECT MAX(urutan) FROM rhk WHERE instansi_id = $1 AND skp_id = $2")
            .bind(inst)
            .bind(skp_id)
            .fetch_one(&mut **tx)
            .await?;
    Ok(max.map_or(0, |m| m + 1))
}

/// Inserts a validated RHK with its IKI; returns its id.
pub async fn insert_rhk(
    tx: Tx<'_, '_>,
    inst: &str,
    skp_id: &str,
    pegawai_id: &str,
    periode_id: &str,
    r: &RhkInput,
) -> Result<String, sqlx::Error> {
    let id = new_id();
    let ts = now();
    let urutan = next_urutan(tx, inst, skp_id).await?;
    sqlx::query(
        "INSERT INTO rhk (instansi_id, id, skp_id, pegawai_id, periode_id, urutan, jenis, judul, perspektif, \
         ekspektasi, parent_id, cascading, sasaran_id, bobot, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15)",
    )
    .bind(inst)
    .bind(&id)
    .bind(skp_id)
    .bind(pegawai_id)
    .bind(periode_id)
    .bind(urutan)
    .bind(r.jenis.code())
    .bind(r.judul.trim())
    .bind(r.perspektif.map(|p| p.code()))
    .bind(r.ekspektasi.as_deref().map(str::trim).filter(|e| !e.is_empty()))
    .bind(r.intervensi_id.as_deref())
    .bind(r.cascading.map(|c| c.code()))
    .bind(r.sasaran_id.as_deref())
    .bind(r.bobot.unwrap_or(1.0))
    .bind(&ts)
    .execute(&mut **tx)
    .await?;
    save_iki(tx, inst, &id, &r.iki).await?;
    Ok(id)
}

pub async fn update_rhk(
    tx: Tx<'_, '_>,
    inst: &str,
    id: &str,
    r: &RhkInput,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE rhk SET jenis = $3, judul = $4, perspektif = $5, ekspektasi = $6, parent_id = $7, \
         cascading = $8, sasaran_id = $9, bobot = $10, version = version + 1, updated_at = $11 \
         WHERE instansi_id = $1 AND id = $2",
    )
    .bind(inst)
    .bind(id)
    .bind(r.jenis.code())
    .bind(r.judul.trim())
    .bind(r.perspektif.map(|p| p.code()))
    .bind(
        r.ekspektasi
            .as_deref()
            .map(str::trim)
            .filter(|e| !e.is_empty()),
    )
    .bind(r.intervensi_id.as_deref())
    .bind(r.cascading.map(|c| c.code()))
    .bind(r.sasaran_id.as_deref())
    .bind(r.bobot.unwrap_or(1.0))
    .bind(now())
    .execute(&mut **tx)
    .await?;
    save_iki(tx, inst, id, &r.iki).await
}

/// Makes the RHK's IKI the given list: an IKI with an id is updated in place (its realisasi
/// stays), one without is inserted, and the ones not listed are removed.
async fn save_iki(
    tx: Tx<'_, '_>,
    inst: &str,
    rhk_id: &str,
    list: &[IkiInput],
) -> Result<(), sqlx::Error> {
    let existing: Vec<String> =
        sqlx::query_scalar("SELECT id FROM iki WHERE instansi_id = $1 AND rhk_id = $2")
            .bind(inst)
            .bind(rhk_id)
            .fetch_all(&mut **tx)
            .await?;
    for old in &existing {
        if !list.iter().any(|k| k.id.as_deref() == Some(old.as_str())) {
            sqlx::query("DELETE FROM iki WHERE instansi_id = $1 AND id = $2")
                .bind(inst)
                .bind(old)
                .execute(&mut **tx)
                .await?;
        }
    }
    for (i, k) in list.iter().enumerate() {
        let kept =
            k.id.as_deref()
                .filter(|id| existing.iter().any(|e| e == id));
        let q = match kept {
            Some(_) => {
                "UPDATE iki SET urutan = $3, aspek = $4, nama = $5, target = $6, satuan = $7 \
                        WHERE instansi_id = $1 AND id = $2 AND rhk_id = $8"
            }
            None => {
                "INSERT INTO iki (instansi_id, id, urutan, aspek, nama, target, satuan, rhk_id) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"
            }
        };
        sqlx::query(q)
            .bind(inst)
            .bind(kept.map(str::to_string).unwrap_or_else(new_id))
            .bind(i as i64)
            .bind(k.aspek.map(|a| a.code()))
            .bind(k.nama.trim())
            .bind(k.target)
            .bind(k.satuan.trim())
            .bind(rhk_id)
            .execute(&mut **tx)
            .await?;
    }
    refresh_ringkasan(tx, inst, rhk_id).await
}

/// Number of RHK that intervene `rhk_id`.
pub async fn child_count(tx: Tx<'_, '_>, inst: &str, rhk_id: &str) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM rhk WHERE instansi_id = $1 AND parent_id = $2")
        .bind(inst)
        .bind(rhk_id)
        .fetch_one(&mut **tx)
        .await
}

pub async fn delete_rhk(tx: Tx<'_, '_>, inst: &str, id: &str) -> Result<(), sqlx::Error> {
    let owner =
        sqlx::query("SELECT pegawai_id, periode_id FROM rhk WHERE instansi_id = $1 AND id = $2")
            .bind(inst)
            .bind(id)
            .fetch_optional(&mut **tx)
            .await?;
    for table in ["iki", "rhk_risiko"] {
        sqlx::query(&format!(
            "DELETE FROM {table} WHERE instansi_id = $1 AND rhk_id = $2"
        ))
        .bind(inst)
        .bind(id)
        .execute(&mut **tx)
        .await?;
    }
    sqlx::query("DELETE FROM rhk WHERE instansi_id = $1 AND id = $2")
        .bind(inst)
        .bind(id)
        .execute(&mut **tx)
        .await?;
    if let Some(o) = owner {
        let (p, per): (String, String) = (o.get("pegawai_id"), o.get("periode_id"));
        dasbor::refresh(tx, inst, &p, &per).await?;
    }
    Ok(())
}

/// Moves the SKP to `status`, stamping the submit or approval and keeping the PPK's comment
/// (a return's comment stays until the next return, for the record).
pub async fn set_status(
    tx: Tx<'_, '_>,
    inst: &str,
    skp_id: &str,
    status: StatusSkp,
    by: Option<&str>,
    catatan: Option<&str>,
) -> Result<(), sqlx::Error> {
    // $5 is the approver or the comment, where the step has one
    let (set, extra) = match status {
        StatusSkp::Diajukan => ("diajukan_at = $4", None),
        StatusSkp::Disetujui => ("disetujui_at = $4, disetujui_oleh = $5", Some(by)),
        StatusSkp::Dikembalikan => ("catatan = $5", Some(catatan)),
        // a new version of an approved SKP
        StatusSkp::Draft => (
            "versi = versi + 1, diajukan_at = NULL, disetujui_at = NULL, disetujui_oleh = NULL",
            None,
        ),
    };
    let sql = format!(
        "UPDATE skp SET status = $3, {set}, updated_at = $4 WHERE instansi_id = $1 AND id = $2"
    );
    let mut q = sqlx::query(&sql)
        .bind(inst)
        .bind(skp_id)
        .bind(status.code())
        .bind(now());
    if let Some(v) = extra {
        q = q.bind(v.map(str::to_string));
    }
    q.execute(&mut **tx).await?;
    let owner =
        sqlx::query("SELECT pegawai_id, periode_id FROM skp WHERE instansi_id = $1 AND id = $2")
            .bind(inst)
            .bind(skp_id)
            .fetch_one(&mut **tx)
            .await?;
    let (p, per): (String, String) = (owner.get("pegawai_id"), owner.get("periode_id"));
    dasbor::refresh(tx, inst, &p, &per).await
}

/// Keeps an approved version whole before it is reopened.
pub async fn snapshot(
    tx: Tx<'_, '_>,
    inst: &str,
    skp_id: &str,
    versi: i64,
    isi: &serde_json::Value,
    disetujui_at: Option<&str>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO skp_versi (instansi_id, skp_id, versi, isi, disetujui_at, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(inst)
    .bind(skp_id)
    .bind(versi)
    .bind(isi.to_string())
    .bind(disetujui_at)
    .bind(now())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// A kept version's content.
pub async fn version_content(
    pool: &sqlx::AnyPool,
    inst: &str,
    skp_id: &str,
    versi: i64,
) -> Result<Option<serde_json::Value>, sqlx::Error> {
    let isi: Option<String> = sqlx::query_scalar(
        "SELECT isi FROM skp_versi WHERE instansi_id = $1 AND skp_id = $2 AND versi = $3",
    )
    .bind(inst)
    .bind(skp_id)
    .bind(versi)
    .fetch_optional(pool)
    .await?;
    Ok(isi.and_then(|s| serde_json::from_str(&s).ok()))
}

/// Sets the ekspektasi khusus pimpinan of the listed values (an empty text removes one).
pub async fn set_perilaku(
    tx: Tx<'_, '_>,
    inst: &str,
    skp_id: &str,
    values: &[(NilaiBerakhlak, String)],
) -> Result<(), sqlx::Error> {
    for (nilai, text) in values {
        sqlx::query(
            "DELETE FROM skp_perilaku WHERE instansi_id = $1 AND skp_id = $2 AND nilai = $3",
        )
        .bind(inst)
        .bind(skp_id)
        .bind(nilai.code())
        .execute(&mut **tx)
        .await?;
        if !text.trim().is_empty() {
            sqlx::query(
                "INSERT INTO skp_perilaku (instansi_id, skp_id, nilai, ekspektasi) VALUES ($1, $2, $3, $4)",
            )
            .bind(inst)
            .bind(skp_id)
            .bind(nilai.code())
            .bind(text.trim())
            .execute(&mut **tx)
            .await?;
        }
    }
    Ok(())
}

pub async fn set_lampiran(
    tx: Tx<'_, '_>,
    inst: &str,
    skp_id: &str,
    l: &Lampiran,
) -> Result<(), sqlx::Error> {
    let json = |v: &Vec<String>| serde_json::to_string(v).unwrap_or_else(|_| "[]".into());
    sqlx::query(
        "UPDATE skp SET dukungan_sumber_daya = $3, skema_pertanggungjawaban = $4, konsekuensi = $5 \
         WHERE instansi_id = $1 AND id = $2",
    )
    .bind(inst)
    .bind(skp_id)
    .bind(json(&l.dukungan_sumber_daya))
    .bind(json(&l.skema_pertanggungjawaban))
    .bind(json(&l.konsekuensi))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

pub async fn insert_risiko(
    tx: Tx<'_, '_>,
    inst: &str,
    rhk_id: &str,
    k: &RisikoInput,
) -> Result<String, sqlx::Error> {
    let id = new_id();
    sqlx::query(
        "INSERT INTO rhk_risiko (instansi_id, id, rhk_id, deskripsi, kemungkinan, dampak, mitigasi, pemilik, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(inst)
    .bind(&id)
    .bind(rhk_id)
    .bind(k.deskripsi.trim())
    .bind(k.kemungkinan)
    .bind(k.dampak)
    .bind(k.mitigasi.trim())
    .bind(k.pemilik.trim())
    .bind(now())
    .execute(&mut **tx)
    .await?;
    refresh_ringkasan(tx, inst, rhk_id).await?;
    Ok(id)
}

/// Removes a risk of the RHK; false when there was none with that id.
pub async fn delete_risiko(
    tx: Tx<'_, '_>,
    inst: &str,
    rhk_id: &str,
    id: &str,
) -> Result<bool, sqlx::Error> {
    let r =
        sqlx::query("DELETE FROM rhk_risiko WHERE instansi_id = $1 AND rhk_id = $2 AND id = $3")
            .bind(inst)
            .bind(rhk_id)
            .bind(id)
            .execute(&mut **tx)
            .await?;
    refresh_ringkasan(tx, inst, rhk_id).await?;
    Ok(r.rows_affected() == 1)
}

pub async fn set_terbit(
    tx: Tx<'_, '_>,
    inst: &str,
    rhk_id: &str,
    terbit: bool,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE rhk SET terbit = $3, updated_at = $4 WHERE instansi_id = $1 AND id = $2")
        .bind(inst)
        .bind(rhk_id)
        .bind(terbit as i64)
        .bind(now())
        .execute(&mut **tx)
        .await?;
    Ok(())
}
