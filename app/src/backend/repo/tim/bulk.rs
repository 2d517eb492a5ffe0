//! Batched inserts of whole squads (roles, matrix columns and cells, recommendations) for the
//! seeds, with one audit row per squad, inside the caller's transaction. The cells' RHK must
//! be written before (`bulk_plan`); this tags them with their squad and lead.

use sqlx::{Any, Transaction};

use crate::backend::ids::now;
use crate::backend::repo::bulk::{audit_rows, insert_rows, AuditBy, Val};

#[derive(Clone, Debug)]
pub struct TimSeed {
    pub id: String,
    pub periode_id: String,
    pub nama: String,
    pub tujuan: String,
    pub ketua_id: String,
    pub rhk_id: Option<String>,
}

#[derive(Clone, Debug)]
pub struct AnggotaSeed {
    pub id: String,
    pub tim_id: String,
    pub pegawai_id: String,
    pub peran: &'static str,
    pub nama_peran: String,
    pub alokasi: i64,
    pub urutan: i64,
}

#[derive(Clone, Debug)]
pub struct KolomSeed {
    pub id: String,
    pub tim_id: String,
    pub urutan: i64,
    pub judul: String,
    pub rhk_id: String,
    pub iki_id: Option<String>,
}

#[derive(Clone, Debug)]
pub struct SelSeed {
    pub id: String,
    pub tim_id: String,
    pub anggota_id: String,
    pub kolom_id: String,
    pub judul: String,
    pub rhk_id: String,
}

#[derive(Clone, Debug)]
pub struct RekomendasiSeed {
    pub tim_id: String,
    pub pegawai_id: String,
    pub umpan_balik: String,
    pub rating: Option<&'static str>,
    pub oleh: String,
}

#[derive(Clone, Debug, Default)]
pub struct TimSeeds {
    pub tim: Vec<TimSeed>,
    pub anggota: Vec<AnggotaSeed>,
    pub kolom: Vec<KolomSeed>,
    pub sel: Vec<SelSeed>,
    pub rekomendasi: Vec<RekomendasiSeed>,
}

pub async fn insert_tims(
    tx: &mut Transaction<'_, Any>,
    inst: &str,
    by: AuditBy<'_>,
    s: &TimSeeds,
) -> Result<(), sqlx::Error> {
    let ts = now();
    insert_rows(
        tx,
        "tim",
        &[
            "instansi_id",
            "id",
            "periode_id",
            "nama",
            "tujuan",
            "ketua_id",
            "rhk_id",
            "created_at",
            "updated_at",
        ],
        &s.tim,
        |t, v| {
            v.extend([
                Val::Str(inst),
                Val::Str(&t.id),
                Val::Str(&t.periode_id),
                Val::Str(&t.nama),
                Val::Str(&t.tujuan),
                Val::Str(&t.ketua_id),
                Val::OptStr(t.rhk_id.as_deref()),
                Val::Str(&ts),
                Val::Str(&ts),
            ])
        },
    )
    .await?;
    insert_rows(
        tx,
        "tim_anggota",
        &[
            "instansi_id",
            "id",
            "tim_id",
            "pegawai_id",
            "peran",
            "nama_peran",
            "alokasi",
            "urutan",
            "created_at",
            "updated_at",
        ],
        &s.anggota,
        |a, v| {
            v.extend([
                Val::Str(inst),
                Val::Str(&a.id),
                Val::Str(&a.tim_id),
                Val::Str(&a.pegawai_id),
                Val::Str(a.peran),
                Val::Str(&a.nama_peran),
                Val::Int(a.alokasi),
                Val::Int(a.urutan),
                Val::Str(&ts),
                Val::Str(&ts),
            ])
        },
    )
    .await?;
    insert_rows(
        tx,
        "tim_kolom",
        &[
            "instansi_id",
            "id",
            "tim_id",
            "urutan",
            "judul",
            "rhk_id",
            "iki_id",
            "created_at",
        ],
        &s.kolom,
        |k, v| {
            v.extend([
                Val::Str(inst),
                Val::Str(&k.id),
                Val::Str(&k.tim_id),
                Val::Int(k.urutan),
                Val::Str(&k.judul),
                Val::Str(&k.rhk_id),
                Val::OptStr(k.iki_id.as_deref()),
                Val::Str(&ts),
            ])
        },
    )
    .await?;
    insert_rows(
        tx,
        "tim_sel",
        &[
            "instansi_id",
            "id",
            "tim_id",
            "anggota_id",
            "kolom_id",
            "judul",
            "rhk_id",
            "created_at",
            "updated_at",
        ],
        &s.sel,
        |c, v| {
            v.extend([
                Val::Str(inst),
                Val::Str(&c.id),
                Val::Str(&c.tim_id),
                Val::Str(&c.anggota_id),
                Val::Str(&c.kolom_id),
                Val::Str(&c.judul),
                Val::Str(&c.rhk_id),
                Val::Str(&ts),
                Val::Str(&ts),
            ])
        },
    )
    .await?;
    insert_rows(
        tx,
        "tim_rekomendasi",
        &[
            "instansi_id",
            "tim_id",
            "pegawai_id",
            "umpan_balik",
            "rating",
            "oleh",
            "created_at",
            "updated_at",
        ],
        &s.rekomendasi,
        |k, v| {
            v.extend([
                Val::Str(inst),
                Val::Str(&k.tim_id),
                Val::Str(&k.pegawai_id),
                Val::Str(&k.umpan_balik),
                Val::OptStr(k.rating),
                Val::Str(&k.oleh),
                Val::Str(&ts),
                Val::Str(&ts),
            ])
        },
    )
    .await?;
    // every cell's RHK is tagged with its squad and assigned by the squad's lead
    sqlx::query(
        "UPDATE rhk SET \
           tim_id = (SELECT s.tim_id FROM tim_sel s WHERE s.instansi_id = rhk.instansi_id AND s.rhk_id = rhk.id), \
           penugasan_dari = (SELECT t.ketua_id FROM tim_sel s JOIN tim t ON t.instansi_id = s.instansi_id \
              AND t.id = s.tim_id WHERE s.instansi_id = rhk.instansi_id AND s.rhk_id = rhk.id) \
         WHERE instansi_id = $1 AND tim_id IS NULL \
           AND id IN (SELECT s.rhk_id FROM tim_sel s WHERE s.instansi_id = $1)",
    )
    .bind(inst)
    .execute(&mut **tx)
    .await?;
    let mut per_tim: std::collections::HashMap<&str, usize> = Default::default();
    for a in &s.anggota {
        *per_tim.entry(a.tim_id.as_str()).or_default() += 1;
    }
    let entries = s
        .tim
        .iter()
        .map(|t| {
            let n = per_tim.get(t.id.as_str()).copied().unwrap_or(0);
            (
                t.id.as_str(),
                serde_json::json!({ "nama": t.nama, "ketua_id": t.ketua_id, "anggota": n })
                    .to_string(),
            )
        })
        .collect();
    audit_rows(tx, inst, by, "tim", entries).await?;
    // the squad roles move the dashboard's workload figures: rebuilt on the next read
    crate::backend::repo::dasbor::invalidate(tx, inst).await
}
