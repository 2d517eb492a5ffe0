//! Batched inserts of a finished evaluation year for the seeds: the units' organisation
//! results, every employee's final evaluation and the finalised calibration sessions, with
//! their audit rows, inside the caller's transaction.

use sqlx::{Any, Transaction};

use super::bulk::{audit_rows, insert_rows, AuditBy, Val};
use crate::backend::ids::now;
use crate::domain::kurva::PredikatOrganisasi;
use crate::domain::rating::{Predikat, Rating};

#[derive(Clone, Debug)]
pub struct EvaluasiSeed {
    pub id: String,
    pub pegawai_id: String,
    pub penilai_id: Option<String>,
    pub hasil: Rating,
    pub alasan_hasil: &'static str,
    pub perilaku: Rating,
    pub alasan_perilaku: &'static str,
    pub predikat_usulan: Predikat,
    pub predikat: Predikat,
}

#[derive(Clone, Debug)]
pub struct CapaianSeed {
    pub unit_id: String,
    pub predikat: PredikatOrganisasi,
    pub alasan: &'static str,
    pub oleh: Option<String>,
}

/// One closed year: dates are the year's (rated in December, final and received in January).
pub struct TahunSeed<'a> {
    pub periode_id: &'a str,
    pub dinilai_at: &'a str,
    pub final_at: &'a str,
    pub diterima_at: &'a str,
    pub capaian: &'a [CapaianSeed],
    pub evaluasi: &'a [EvaluasiSeed],
    /// Units whose calibration was finalised (the root, usually).
    pub kalibrasi: &'a [(String, Option<String>)],
}

pub async fn insert_year(
    tx: &mut Transaction<'_, Any>,
    inst: &str,
    by: AuditBy<'_>,
    y: &TahunSeed<'_>,
) -> Result<(), sqlx::Error> {
    // the dashboard's sums are built again on the next read
    super::dasbor::invalidate(tx, inst).await?;
    let at = now();
    insert_rows(
        tx,
        "capaian_organisasi",
        &[
            "instansi_id",
            "unit_id",
            "periode_id",
            "predikat",
            "alasan",
            "oleh",
            "created_at",
            "updated_at",
        ],
        y.capaian,
        |c, v| {
            v.extend([
                Val::Str(inst),
                Val::Str(&c.unit_id),
                Val::Str(y.periode_id),
                Val::Str(c.predikat.code()),
                Val::Str(c.alasan),
                Val::OptStr(c.oleh.as_deref()),
                Val::Str(y.dinilai_at),
                Val::Str(y.dinilai_at),
            ])
        },
    )
    .await?;
    insert_rows(
        tx,
        "evaluasi",
        &[
            "instansi_id",
            "id",
            "pegawai_id",
            "periode_id",
            "penilai_id",
            "rating_hasil",
            "alasan_hasil",
            "rating_perilaku",
            "alasan_perilaku",
            "predikat_usulan",
            "predikat",
            "status",
            "dinilai_at",
            "final_at",
            "diterima_at",
            "version",
            "created_at",
            "updated_at",
        ],
        y.evaluasi,
        |e, v| {
            v.extend([
                Val::Str(inst),
                Val::Str(&e.id),
                Val::Str(&e.pegawai_id),
                Val::Str(y.periode_id),
                Val::OptStr(e.penilai_id.as_deref()),
                Val::Str(e.hasil.code()),
                Val::Str(e.alasan_hasil),
                Val::Str(e.perilaku.code()),
                Val::Str(e.alasan_perilaku),
                Val::Str(e.predikat_usulan.code()),
                Val::Str(e.predikat.code()),
                Val::Str("FINAL"),
                Val::Str(y.dinilai_at),
                Val::Str(y.final_at),
                Val::Str(y.diterima_at),
                Val::Int(2),
                Val::Str(y.dinilai_at),
                Val::Str(y.final_at),
            ])
        },
    )
    .await?;
    insert_rows(
        tx,
        "kalibrasi",
        &[
            "instansi_id",
            "unit_id",
            "periode_id",
            "status",
            "final_oleh",
            "final_at",
            "created_at",
            "updated_at",
        ],
        y.kalibrasi,
        |(unit, oleh), v| {
            v.extend([
                Val::Str(inst),
                Val::Str(unit),
                Val::Str(y.periode_id),
                Val::Str("FINAL"),
                Val::OptStr(oleh.as_deref()),
                Val::Str(y.final_at),
                Val::Str(y.final_at),
                Val::Str(&at),
            ])
        },
    )
    .await?;
    let entries = y
        .evaluasi
        .iter()
        .map(|e| {
            let json = serde_json::json!({
                "pegawai_id": e.pegawai_id, "periode_id": y.periode_id,
                "rating_hasil_kerja": e.hasil, "rating_perilaku_kerja": e.perilaku,
                "predikat": e.predikat, "status": "FINAL",
            });
            (e.id.as_str(), json.to_string())
        })
        .collect();
    audit_rows(tx, inst, by, "evaluasi", entries).await
}
