//! Batched inserts of whole SKP plans (SKP, RHK, IKI, risks) for the seeds, with one audit
//! row per SKP, inside the caller's transaction. RHK must come parents first.

use sqlx::{Any, Transaction};

use std::collections::HashMap;

use super::bulk::{audit_rows, insert_rows, AuditBy, Val};
use crate::backend::ids::now;
use crate::domain::cascade::{ringkas, IkiRingkas, RingkasanRhk};

#[derive(Clone, Debug)]
pub struct SkpSeed {
    pub id: String,
    pub pegawai_id: String,
    pub periode_id: String,
    pub status: &'static str,
    pub ppk_id: Option<String>,
    pub diajukan_at: Option<String>,
    pub disetujui_at: Option<String>,
    pub catatan: Option<String>,
}

#[derive(Clone, Debug)]
pub struct RhkSeed {
    pub id: String,
    pub skp_id: String,
    pub pegawai_id: String,
    pub periode_id: String,
    pub urutan: i64,
    pub jenis: &'static str,
    pub judul: String,
    pub perspektif: Option<&'static str>,
    pub parent_id: Option<String>,
    pub cascading: Option<&'static str>,
    pub sasaran_id: Option<String>,
    pub terbit: bool,
}

#[derive(Clone, Debug)]
pub struct IkiSeed {
    pub id: String,
    pub rhk_id: String,
    pub urutan: i64,
    pub aspek: Option<&'static str>,
    pub nama: String,
    pub target: f64,
    pub satuan: &'static str,
    pub realisasi: Option<f64>,
}

#[derive(Clone, Debug)]
pub struct RisikoSeed {
    pub id: String,
    pub rhk_id: String,
    pub deskripsi: &'static str,
    pub kemungkinan: i64,
    pub dampak: i64,
    pub mitigasi: &'static str,
    pub pemilik: String,
}

#[derive(Clone, Debug, Default)]
pub struct PlanSeed {
    pub skp: Vec<SkpSeed>,
    pub rhk: Vec<RhkSeed>,
    pub iki: Vec<IkiSeed>,
    pub risiko: Vec<RisikoSeed>,
}

/// What the cascade keeps on each RHK row (`repo::skp::refresh_ringkasan` does the same for
/// one RHK).
fn summaries(p: &PlanSeed) -> HashMap<&str, RingkasanRhk> {
    let mut iki: HashMap<&str, Vec<&IkiSeed>> = HashMap::new();
    for k in &p.iki {
        iki.entry(k.rhk_id.as_str()).or_default().push(k);
    }
    let mut risiko: HashMap<&str, Vec<(i64, i64)>> = HashMap::new();
    for k in &p.risiko {
        risiko
            .entry(k.rhk_id.as_str())
            .or_default()
            .push((k.kemungkinan, k.dampak));
    }
    p.rhk
        .iter()
        .map(|r| {
            let mut list = iki.remove(r.id.as_str()).unwrap_or_default();
            list.sort_by_key(|k| k.urutan);
            let view: Vec<IkiRingkas> = list
                .iter()
                .map(|k| IkiRingkas {
                    kuantitas: k.aspek == Some("KUANTITAS"),
                    target: k.target,
                    satuan: k.satuan,
                    realisasi: k.realisasi,
                })
                .collect();
            let s = ringkas(&view, risiko.get(r.id.as_str()).map_or(&[], Vec::as_slice));
            (r.id.as_str(), s)
        })
        .collect()
}

pub async fn insert_plans(
    tx: &mut Transaction<'_, Any>,
    inst: &str,
    by: AuditBy<'_>,
    p: &PlanSeed,
) -> Result<(), sqlx::Error> {
    // the dashboard's sums are built again on the next read
    super::dasbor::invalidate(tx, inst).await?;
    let ts = now();
    let ringkasan = summaries(p);
    insert_rows(
        tx,
        "skp",
        &[
            "instansi_id",
            "id",
            "pegawai_id",
            "periode_id",
            "status",
            "ppk_id",
            "diajukan_at",
            "disetujui_at",
            "disetujui_oleh",
            "catatan",
            "created_at",
            "updated_at",
        ],
        &p.skp,
        |s, v| {
            v.extend([
                Val::Str(inst),
                Val::Str(&s.id),
                Val::Str(&s.pegawai_id),
                Val::Str(&s.periode_id),
                Val::Str(s.status),
                Val::OptStr(s.ppk_id.as_deref()),
                Val::OptStr(s.diajukan_at.as_deref()),
                Val::OptStr(s.disetujui_at.as_deref()),
                Val::OptStr(s.disetujui_at.as_ref().and(s.ppk_id.as_deref())),
                Val::OptStr(s.catatan.as_deref()),
                Val::Str(&ts),
                Val::Str(&ts),
            ])
        },
    )
    .await?;
    insert_rows(
        tx,
        "rhk",
        &[
            "instansi_id",
            "id",
            "skp_id",
            "pegawai_id",
            "periode_id",
            "urutan",
            "jenis",
            "judul",
            "perspektif",
            "parent_id",
            "cascading",
            "sasaran_id",
            "terbit",
            "progres_iki",
            "kuantitas_target",
            "kuantitas_satuan",
            "risiko_skor",
            "created_at",
            "updated_at",
        ],
        &p.rhk,
        |r, v| {
            let s = ringkasan.get(r.id.as_str());
            v.extend([
                Val::Str(inst),
                Val::Str(&r.id),
                Val::Str(&r.skp_id),
                Val::Str(&r.pegawai_id),
                Val::Str(&r.periode_id),
                Val::Int(r.urutan),
                Val::Str(r.jenis),
                Val::Str(&r.judul),
                Val::OptStr(r.perspektif),
                Val::OptStr(r.parent_id.as_deref()),
                Val::OptStr(r.cascading),
                Val::OptStr(r.sasaran_id.as_deref()),
                Val::Int(r.terbit as i64),
                Val::OptFloat(s.and_then(|s| s.progres)),
                Val::OptFloat(s.and_then(|s| s.kuantitas.as_ref()).map(|k| k.0)),
                Val::OptStr(s.and_then(|s| s.kuantitas.as_ref()).map(|k| k.1.as_str())),
                Val::OptInt(s.and_then(|s| s.risiko)),
                Val::Str(&ts),
                Val::Str(&ts),
            ])
        },
    )
    .await?;
    insert_rows(
        tx,
        "iki",
        &[
            "instansi_id",
            "id",
            "rhk_id",
            "urutan",
            "aspek",
            "nama",
            "target",
            "satuan",
            "realisasi",
        ],
        &p.iki,
        |k, v| {
            v.extend([
                Val::Str(inst),
                Val::Str(&k.id),
                Val::Str(&k.rhk_id),
                Val::Int(k.urutan),
                Val::OptStr(k.aspek),
                Val::Str(&k.nama),
                Val::Float(k.target),
                Val::Str(k.satuan),
                Val::OptFloat(k.realisasi),
            ])
        },
    )
    .await?;
    insert_rows(
        tx,
        "rhk_risiko",
        &[
            "instansi_id",
            "id",
            "rhk_id",
            "deskripsi",
            "kemungkinan",
            "dampak",
            "mitigasi",
            "pemilik",
            "created_at",
        ],
        &p.risiko,
        |k, v| {
            v.extend([
                Val::Str(inst),
                Val::Str(&k.id),
                Val::Str(&k.rhk_id),
                Val::Str(k.deskripsi),
                Val::Int(k.kemungkinan),
                Val::Int(k.dampak),
                Val::Str(k.mitigasi),
                Val::Str(&k.pemilik),
                Val::Str(&ts),
            ])
        },
    )
    .await?;
    let mut per_skp: HashMap<&str, usize> = Default::default();
    for r in &p.rhk {
        *per_skp.entry(r.skp_id.as_str()).or_default() += 1;
    }
    let entries = p
        .skp
        .iter()
        .map(|s| {
            let n = per_skp.get(s.id.as_str()).copied().unwrap_or(0);
            (
                s.id.as_str(),
                serde_json::json!({ "pegawai_id": s.pegawai_id, "status": s.status, "rhk": n })
                    .to_string(),
            )
        })
        .collect();
    audit_rows(tx, inst, by, "skp", entries).await
}
