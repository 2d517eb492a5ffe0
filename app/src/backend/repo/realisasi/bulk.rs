//! Batched inserts of realisasi entries with their evidence for the seeds, with one audit row
//! per entry, then the cumulative realisasi and the stored summary of each IKI touched.

use std::collections::BTreeMap;

use sqlx::{Any, Transaction};

use super::write::refresh_iki;
use crate::backend::repo::bulk::{audit_rows, insert_rows, AuditBy, Val};

#[derive(Clone, Debug)]
pub struct EntriSeed {
    pub id: String,
    pub iki_id: String,
    pub rhk_id: String,
    /// The IKI's unit (for the cumulative rule).
    pub satuan: String,
    pub periode_id: String,
    pub nilai: f64,
    pub narasi: String,
    pub status: &'static str,
    pub komentar: Option<String>,
    pub diverifikasi_oleh: Option<String>,
    pub diverifikasi_at: Option<String>,
    pub dibuat_oleh: Option<String>,
    pub created_at: String,
}

#[derive(Clone, Debug)]
pub struct BerkasSeed {
    pub sha256: String,
    pub ukuran: i64,
    pub mime: &'static str,
}

#[derive(Clone, Debug)]
pub struct BuktiSeed {
    pub id: String,
    pub realisasi_id: String,
    pub urutan: i64,
    /// A file (its hash and name) or a link.
    pub sha256: Option<String>,
    pub nama: Option<String>,
    pub url: Option<String>,
}

/// Inserts everything in the caller's transaction. The files must already be at their
/// content address (the caller removes them if this fails).
pub async fn insert_all(
    tx: &mut Transaction<'_, Any>,
    inst: &str,
    by: AuditBy<'_>,
    entri: &[EntriSeed],
    berkas: &[BerkasSeed],
    bukti: &[BuktiSeed],
) -> Result<(), sqlx::Error> {
    insert_rows(
        tx,
        "berkas",
        &["instansi_id", "sha256", "ukuran", "mime", "created_at"],
        berkas,
        |b, v| {
            v.extend([
                Val::Str(inst),
                Val::Str(&b.sha256),
                Val::Int(b.ukuran),
                Val::Str(b.mime),
                Val::Str(entri.first().map(|e| e.created_at.as_str()).unwrap_or("")),
            ])
        },
    )
    .await?;
    insert_rows(
        tx,
        "realisasi",
        &[
            "instansi_id",
            "id",
            "iki_id",
            "rhk_id",
            "periode_id",
            "nilai",
            "narasi",
            "status",
            "komentar",
            "diverifikasi_oleh",
            "diverifikasi_at",
            "dibuat_oleh",
            "created_at",
            "updated_at",
        ],
        entri,
        |e, v| {
            v.extend([
                Val::Str(inst),
                Val::Str(&e.id),
                Val::Str(&e.iki_id),
                Val::Str(&e.rhk_id),
                Val::Str(&e.periode_id),
                Val::Float(e.nilai),
                Val::Str(&e.narasi),
                Val::Str(e.status),
                Val::OptStr(e.komentar.as_deref()),
                Val::OptStr(e.diverifikasi_oleh.as_deref()),
                Val::OptStr(e.diverifikasi_at.as_deref()),
                Val::OptStr(e.dibuat_oleh.as_deref()),
                Val::Str(&e.created_at),
                Val::Str(e.diverifikasi_at.as_deref().unwrap_or(&e.created_at)),
            ])
        },
    )
    .await?;
    let at = entri
        .first()
        .map(|e| e.created_at.clone())
        .unwrap_or_default();
    insert_rows(
        tx,
        "bukti",
        &[
            "instansi_id",
            "id",
            "realisasi_id",
            "urutan",
            "jenis",
            "sha256",
            "nama_asli",
            "url",
            "created_at",
        ],
        bukti,
        |b, v| {
            v.extend([
                Val::Str(inst),
                Val::Str(&b.id),
                Val::Str(&b.realisasi_id),
                Val::Int(b.urutan),
                Val::Str(if b.url.is_some() { "TAUTAN" } else { "BERKAS" }),
                Val::OptStr(b.sha256.as_deref()),
                Val::OptStr(b.nama.as_deref()),
                Val::OptStr(b.url.as_deref()),
                Val::Str(&at),
            ])
        },
    )
    .await?;
    let audit: Vec<(&str, String)> = entri
        .iter()
        .map(|e| {
            (
                e.id.as_str(),
                serde_json::json!({ "iki_id": e.iki_id, "periode_id": e.periode_id,
                    "value": e.nilai, "status": e.status })
                .to_string(),
            )
        })
        .collect();
    audit_rows(tx, inst, by, "realisasi", audit).await?;
    let mut iki: BTreeMap<&str, (&str, &str)> = BTreeMap::new();
    for e in entri {
        iki.insert(&e.iki_id, (&e.rhk_id, &e.satuan));
    }
    for (iki_id, (rhk_id, satuan)) in iki {
        refresh_iki(tx, inst, iki_id, rhk_id, satuan).await?;
    }
    Ok(())
}
