use sqlx::any::AnyRow;
use sqlx::{Any, Row};

use crate::domain::dto::{PermintaanUmpanBalik, SubPeriodOption, UmpanBalik};
use crate::domain::periode::{nama_periode, JenisPeriode};

/// The name of the period of a row's `tahun`, `jenis` and `nomor` ("Triwulan II 2026").
fn period_name(r: &AnyRow) -> String {
    let jenis = JenisPeriode::from_code(&r.get::<String, _>("jenis")).unwrap_or_default();
    nama_periode(
        r.get::<i64, _>("tahun") as i32,
        jenis,
        r.get::<i64, _>("nomor") as u32,
    )
}

/// An RHK of the employee's current SKP in a period, with its squad (if any).
#[derive(Clone, Debug)]
pub struct RhkTopik {
    pub id: String,
    pub judul: String,
    pub tim_nama: Option<String>,
    pub tim_ketua: Option<String>,
}

/// The employee's active RHK in an annual period, in the SKP's order.
pub async fn rhk_of<'e, E>(
    ex: E,
    inst: &str,
    pegawai_id: &str,
    periode_id: &str,
) -> sqlx::Result<Vec<RhkTopik>>
where
    E: sqlx::Executor<'e, Database = Any>,
{
    let rows = sqlx::query(
        "SELECT r.id, r.judul, t.nama AS tim_nama, t.ketua_id FROM rhk r \
         LEFT JOIN tim t ON t.instansi_id = r.instansi_id AND t.id = r.tim_id \
         WHERE r.instansi_id = $1 AND r.pegawai_id = $2 AND r.periode_id = $3 \
           AND r.pensiun_at IS NULL ORDER BY r.urutan, r.id",
    )
    .bind(inst)
    .bind(pegawai_id)
    .bind(periode_id)
    .fetch_all(ex)
    .await?;
    Ok(rows
        .iter()
        .map(|r| RhkTopik {
            id: r.get("id"),
            judul: r.get("judul"),
            tim_nama: r.get("tim_nama"),
            tim_ketua: r.get("ketua_id"),
        })
        .collect())
}

/// The sub-periods of an annual period that began on or before `today`, latest first.
pub async fn begun_sub_periods<'e, E>(
    ex: E,
    inst: &str,
    annual_id: &str,
    today: &str,
) -> sqlx::Result<Vec<SubPeriodOption>>
where
    E: sqlx::Executor<'e, Database = Any>,
{
    let rows = sqlx::query(
        "SELECT id, tahun, jenis, nomor FROM periode WHERE instansi_id = $1 AND parent_id = $2 AND mulai <= $3 \
         ORDER BY nomor DESC",
    )
    .bind(inst)
    .bind(annual_id)
    .bind(today)
    .fetch_all(ex)
    .await?;
    Ok(rows
        .iter()
        .map(|r| SubPeriodOption {
            id: r.get("id"),
            name: period_name(r),
        })
        .collect())
}

fn umpan_balik(r: &AnyRow) -> UmpanBalik {
    UmpanBalik {
        id: r.get("id"),
        rhk_id: r.get("rhk_id"),
        nilai: r.get("nilai"),
        sub_period: r.get("periode_id"),
        sub_period_name: period_name(r),
        giver_id: r.get("pemberi_id"),
        giver_name: r.get("pemberi_nama"),
        text: r.get("isi"),
        request_id: r.get("permintaan_id"),
        created_at: r.get("created_at"),
    }
}

const UMPAN_BALIK: &str = "SELECT u.id, u.rhk_id, u.nilai, u.periode_id, p.tahun, p.jenis, \
        p.nomor, u.pemberi_id, g.nama AS pemberi_nama, u.isi, u.permintaan_id, u.created_at \
     FROM umpan_balik u \
     JOIN periode p ON p.instansi_id = u.instansi_id AND p.id = u.periode_id \
     JOIN pegawai g ON g.instansi_id = u.instansi_id AND g.id = u.pemberi_id";

/// The feedback an employee got in an annual period, newest first.
pub async fn list<'e, E>(
    ex: E,
    inst: &str,
    pegawai_id: &str,
    annual_id: &str,
) -> sqlx::Result<Vec<UmpanBalik>>
where
    E: sqlx::Executor<'e, Database = Any>,
{
    let rows = sqlx::query(&format!(
        "{UMPAN_BALIK} WHERE u.instansi_id = $1 AND u.pegawai_id = $2 AND u.tahunan_id = $3 \
         ORDER BY u.created_at DESC, u.id DESC"
    ))
    .bind(inst)
    .bind(pegawai_id)
    .bind(annual_id)
    .fetch_all(ex)
    .await?;
    Ok(rows.iter().map(umpan_balik).collect())
}

/// One piece of feedback by id.
pub async fn find<'e, E>(ex: E, inst: &str, id: &str) -> sqlx::Result<Option<UmpanBalik>>
where
    E: sqlx::Executor<'e, Database = Any>,
{
    let row = sqlx::query(&format!(
        "{UMPAN_BALIK} WHERE u.instansi_id = $1 AND u.id = $2"
    ))
    .bind(inst)
    .bind(id)
    .fetch_optional(ex)
    .await?;
    Ok(row.as_ref().map(umpan_balik))
}

fn permintaan(r: &AnyRow) -> PermintaanUmpanBalik {
    PermintaanUmpanBalik {
        id: r.get("id"),
        rhk_id: r.get("rhk_id"),
        nilai: r.get("nilai"),
        message: r.get("pesan"),
        to_id: r.get("kepada_id"),
        to_name: r.get("kepada_nama"),
        answered_at: r.get("dijawab_at"),
        created_at: r.get("created_at"),
    }
}

const PERMINTAAN: &str = "SELECT q.id, q.pegawai_id, q.periode_id, q.rhk_id, q.nilai, q.pesan, \
        q.kepada_id, k.nama AS kepada_nama, q.dijawab_at, q.created_at \
     FROM permintaan_umpan_balik q \
     JOIN pegawai k ON k.instansi_id = q.instansi_id AND k.id = q.kepada_id";

/// An employee's requests in an annual period: open ones first, then newest first.
pub async fn requests<'e, E>(
    ex: E,
    inst: &str,
    pegawai_id: &str,
    annual_id: &str,
) -> sqlx::Result<Vec<PermintaanUmpanBalik>>
where
    E: sqlx::Executor<'e, Database = Any>,
{
    let rows = sqlx::query(&format!(
        "{PERMINTAAN} WHERE q.instansi_id = $1 AND q.pegawai_id = $2 AND q.periode_id = $3 \
         ORDER BY CASE WHEN q.dijawab_at IS NULL THEN 0 ELSE 1 END, q.created_at DESC, q.id"
    ))
    .bind(inst)
    .bind(pegawai_id)
    .bind(annual_id)
    .fetch_all(ex)
    .await?;
    Ok(rows.iter().map(permintaan).collect())
}

/// A request with the employee and annual period it belongs to.
pub struct PermintaanRow {
    pub pegawai_id: String,
    pub periode_id: String,
    pub request: PermintaanUmpanBalik,
}

pub async fn find_request<'e, E>(ex: E, inst: &str, id: &str) -> sqlx::Result<Option<PermintaanRow>>
where
    E: sqlx::Executor<'e, Database = Any>,
{
    let row = sqlx::query(&format!(
        "{PERMINTAAN} WHERE q.instansi_id = $1 AND q.id = $2"
    ))
    .bind(inst)
    .bind(id)
    .fetch_optional(ex)
    .await?;
    Ok(row.map(|r| PermintaanRow {
        pegawai_id: r.get("pegawai_id"),
        periode_id: r.get("periode_id"),
        request: permintaan(&r),
    }))
}
