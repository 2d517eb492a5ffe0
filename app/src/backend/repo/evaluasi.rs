//! SQL of evaluations, the organisation's result, calibration sessions and their moves.

use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};

use super::{decode_cursor, encode_cursor, like_escape};
use crate::backend::authz::{Actor, Sql};
use crate::backend::ids::{new_id, now};
use crate::domain::dto::{
    CapaianOrganisasi, Evaluasi, EvaluasiBaris, Page, PesertaKalibrasi, PindahKalibrasi, RatingRhk,
};
use crate::domain::kurva::PredikatOrganisasi;
use crate::domain::rating::{Predikat, Rating};

type Tx<'a, 'c> = &'a mut Transaction<'c, Any>;

fn rating(r: &AnyRow, col: &str) -> Rating {
    Rating::from_code(&r.get::<String, _>(col)).unwrap_or(Rating::Sesuai)
}

fn predikat(r: &AnyRow, col: &str) -> Predikat {
    Predikat::from_code(&r.get::<String, _>(col)).unwrap_or(Predikat::Baik)
}

fn opt_predikat(r: &AnyRow, col: &str) -> Option<Predikat> {
    r.get::<Option<String>, _>(col)
        .and_then(|c| Predikat::from_code(&c))
}

fn opt_rating(r: &AnyRow, col: &str) -> Option<Rating> {
    r.get::<Option<String>, _>(col)
        .and_then(|c| Rating::from_code(&c))
}

const SELECT: &str = "SELECT e.instansi_id, e.id, e.pegawai_id, p.nip, p.nama, j.nama AS jabatan, \
    p.unit_id, u.nama AS unit_nama, e.periode_id, e.penilai_id, n.nama AS penilai_nama, \
    e.rating_hasil, e.alasan_hasil, e.rating_perilaku, e.alasan_perilaku, e.predikat_usulan, \
    e.predikat, e.status, e.dinilai_at, e.final_at, e.diterima_at, e.version \
    FROM evaluasi e \
    CROSS JOIN pegawai p \
    JOIN unit_kerja u ON u.instansi_id = p.instansi_id AND u.id = p.unit_id \
    JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id \
    LEFT JOIN pegawai n ON n.instansi_id = e.instansi_id AND n.id = e.penilai_id";

fn to_evaluasi(r: &AnyRow) -> Evaluasi {
    Evaluasi {
        id: r.get("id"),
        pegawai_id: r.get("pegawai_id"),
        nip: r.get("nip"),
        name: r.get("nama"),
        jabatan: r.get("jabatan"),
        unit_id: r.get("unit_id"),
        unit_name: r.get("unit_nama"),
        periode_id: r.get("periode_id"),
        penilai_id: r.get("penilai_id"),
        penilai_name: r.get("penilai_nama"),
        rating_hasil_kerja: rating(r, "rating_hasil"),
        alasan_hasil_kerja: r.get("alasan_hasil"),
        rating_perilaku_kerja: rating(r, "rating_perilaku"),
        alasan_perilaku_kerja: r.get("alasan_perilaku"),
        predikat_usulan: predikat(r, "predikat_usulan"),
        predikat: predikat(r, "predikat"),
        status: r.get("status"),
        rhk: vec![],
        dinilai_at: r.get("dinilai_at"),
        final_at: r.get("final_at"),
        diterima_at: r.get("diterima_at"),
        version: r.get("version"),
    }
}

async fn with_rhk(pool: &sqlx::AnyPool, inst: &str, mut e: Evaluasi) -> sqlx::Result<Evaluasi> {
    e.rhk = sqlx::query(
        "SELECT rhk_id, rating FROM evaluasi_rhk WHERE instansi_id = $1 AND evaluasi_id = $2 \
         ORDER BY rhk_id",
    )
    .bind(inst)
    .bind(&e.id)
    .fetch_all(pool)
    .await?
    .iter()
    .map(|r| RatingRhk {
        rhk_id: r.get("rhk_id"),
        rating: rating(r, "rating"),
    })
    .collect();
    Ok(e)
}

/// An evaluation by id in any instansi (the caller checks the instansi).
pub async fn find(pool: &sqlx::AnyPool, id: &str) -> sqlx::Result<Option<(String, Evaluasi)>> {
    let sql = format!(
        "{SELECT} WHERE e.id = $1 AND p.instansi_id = e.instansi_id AND p.id = e.pegawai_id"
    );
    let Some(r) = sqlx::query(&sql).bind(id).fetch_optional(pool).await? else {
        return Ok(None);
    };
    let inst: String = r.get("instansi_id");
    let e = with_rhk(pool, &inst, to_evaluasi(&r)).await?;
    Ok(Some((inst, e)))
}

/// The evaluation of an employee for a period.
pub async fn find_for(
    pool: &sqlx::AnyPool,
    inst: &str,
    pegawai_id: &str,
    periode_id: &str,
) -> sqlx::Result<Option<Evaluasi>> {
    let sql = format!(
        "{SELECT} WHERE e.instansi_id = $1 AND e.pegawai_id = $2 AND e.periode_id = $3 \
         AND p.instansi_id = e.instansi_id AND p.id = e.pegawai_id"
    );
    match sqlx::query(&sql)
        .bind(inst)
        .bind(pegawai_id)
        .bind(periode_id)
        .fetch_optional(pool)
        .await?
    {
        Some(r) => Ok(Some(with_rhk(pool, inst, to_evaluasi(&r)).await?)),
        None => Ok(None),
    }
}

/// The evaluations for a period of the active staff a PPK assesses, with their RHK
/// judgements: two queries, whatever the number of staff.
pub async fn of_ppk_staff(
    pool: &sqlx::AnyPool,
    inst: &str,
    ppk_id: &str,
    periode_id: &str,
) -> sqlx::Result<Vec<Evaluasi>> {
    let sql = format!(
        "{SELECT} WHERE e.instansi_id = $1 AND e.periode_id = $2 \
         AND p.instansi_id = e.instansi_id AND p.id = e.pegawai_id AND p.ppk_id = $3 AND p.aktif = 1"
    );
    let mut list: Vec<Evaluasi> = sqlx::query(&sql)
        .bind(inst)
        .bind(periode_id)
        .bind(ppk_id)
        .fetch_all(pool)
        .await?
        .iter()
        .map(to_evaluasi)
        .collect();
    let rows = sqlx::query(
        "SELECT x.evaluasi_id, x.rhk_id, x.rating FROM evaluasi e CROSS JOIN pegawai p \
         CROSS JOIN evaluasi_rhk x WHERE e.instansi_id = $1 AND e.periode_id = $2 \
         AND p.instansi_id = e.instansi_id AND p.id = e.pegawai_id AND p.ppk_id = $3 \
         AND p.aktif = 1 AND x.instansi_id = e.instansi_id AND x.evaluasi_id = e.id \
         ORDER BY x.rhk_id",
    )
    .bind(inst)
    .bind(periode_id)
    .bind(ppk_id)
    .fetch_all(pool)
    .await?;
    for r in &rows {
        let id: String = r.get("evaluasi_id");
        if let Some(e) = list.iter_mut().find(|e| e.id == id) {
            e.rhk.push(RatingRhk {
                rhk_id: r.get("rhk_id"),
                rating: rating(r, "rating"),
            });
        }
    }
    Ok(list)
}

/// What a rating writes.
pub struct NewRating<'a> {
    pub pegawai_id: &'a str,
    pub periode_id: &'a str,
    pub penilai_id: Option<&'a str>,
    pub hasil: Rating,
    pub alasan_hasil: &'a str,
    pub perilaku: Rating,
    pub alasan_perilaku: &'a str,
    pub predikat: Predikat,
}

/// Inserts a new evaluation, or rewrites the one at `version`; the id, or `None` when the
/// version no longer matches (a concurrent edit).
pub async fn save(
    tx: Tx<'_, '_>,
    inst: &str,
    existing: Option<(&str, i64)>,
    n: &NewRating<'_>,
) -> sqlx::Result<Option<String>> {
    let at = now();
    match existing {
        None => {
            let id = new_id();
            sqlx::query(
                "INSERT INTO evaluasi (instansi_id, id, pegawai_id, periode_id, penilai_id, \
                 rating_hasil, alasan_hasil, rating_perilaku, alasan_perilaku, predikat_usulan, \
                 predikat, status, dinilai_at, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, 'DINILAI', $11, $11, $11)",
            )
            .bind(inst)
            .bind(&id)
            .bind(n.pegawai_id)
            .bind(n.periode_id)
            .bind(n.penilai_id.map(str::to_string))
            .bind(n.hasil.code())
            .bind(n.alasan_hasil.trim())
            .bind(n.perilaku.code())
            .bind(n.alasan_perilaku.trim())
            .bind(n.predikat.code())
            .bind(&at)
            .execute(&mut **tx)
            .await?;
            super::dasbor::refresh(tx, inst, n.pegawai_id, n.periode_id).await?;
            Ok(Some(id))
        }
        Some((id, version)) => {
            let done = sqlx::query(
                "UPDATE evaluasi SET penilai_id = $3, rating_hasil = $4, alasan_hasil = $5, \
                 rating_perilaku = $6, alasan_perilaku = $7, predikat_usulan = $8, predikat = $8, \
                 dinilai_at = $9, updated_at = $9, diterima_at = NULL, version = version + 1 \
                 WHERE instansi_id = $1 AND id = $2 AND version = $10 AND status = 'DINILAI'",
            )
            .bind(inst)
            .bind(id)
            .bind(n.penilai_id.map(str::to_string))
            .bind(n.hasil.code())
            .bind(n.alasan_hasil.trim())
            .bind(n.perilaku.code())
            .bind(n.alasan_perilaku.trim())
            .bind(n.predikat.code())
            .bind(&at)
            .bind(version)
            .execute(&mut **tx)
            .await?;
            super::dasbor::refresh_evaluasi(tx, inst, id).await?;
            Ok((done.rows_affected() == 1).then(|| id.to_string()))
        }
    }
}

pub async fn set_rhk(
    tx: Tx<'_, '_>,
    inst: &str,
    evaluasi_id: &str,
    ratings: &[RatingRhk],
) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM evaluasi_rhk WHERE instansi_id = $1 AND evaluasi_id = $2")
        .bind(inst)
        .bind(evaluasi_id)
        .execute(&mut **tx)
        .await?;
    for r in ratings {
        sqlx::query(
            "INSERT INTO evaluasi_rhk (instansi_id, evaluasi_id, rhk_id, rating) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(inst)
        .bind(evaluasi_id)
        .bind(&r.rhk_id)
        .bind(r.rating.code())
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// The employee acknowledges the result (once).
pub async fn acknowledge(tx: Tx<'_, '_>, inst: &str, id: &str) -> sqlx::Result<bool> {
    let at = now();
    let done = sqlx::query(
        "UPDATE evaluasi SET diterima_at = $3, updated_at = $3, version = version + 1 \
         WHERE instansi_id = $1 AND id = $2 AND diterima_at IS NULL",
    )
    .bind(inst)
    .bind(id)
    .bind(&at)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Moves an open evaluation to another predikat (calibration); false on a version mismatch.
pub async fn set_predikat(
    tx: Tx<'_, '_>,
    inst: &str,
    id: &str,
    version: i64,
    to: Predikat,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE evaluasi SET predikat = $3, updated_at = $4, version = version + 1 \
         WHERE instansi_id = $1 AND id = $2 AND version = $5 AND status = 'DINILAI'",
    )
    .bind(inst)
    .bind(id)
    .bind(to.code())
    .bind(now())
    .bind(version)
    .execute(&mut **tx)
    .await?;
    super::dasbor::refresh_evaluasi(tx, inst, id).await?;
    Ok(done.rows_affected() == 1)
}

/// The keyset condition after the cursor of a page ordered by `p.nama, p.id`.
pub(crate) fn after_name(sql: &mut Sql, cursor: Option<&str>) -> String {
    match cursor.and_then(decode_cursor).as_deref() {
        Some([nama, id]) => {
            let (n, i) = (sql.bind(nama), sql.bind(id));
            format!(" AND (p.nama > {n} OR (p.nama = {n} AND p.id > {i}))")
        }
        _ => String::new(),
    }
}

/// One page of rows read with `LIMIT limit + 1`, and the cursor after its last row.
pub(crate) fn page_by_name<T>(
    mut items: Vec<T>,
    limit: i64,
    key: impl Fn(&T) -> (&String, &String),
) -> Page<T> {
    let next_cursor = if items.len() as i64 > limit {
        items.truncate(limit as usize);
        items.last().map(|x| {
            let (n, i) = key(x);
            encode_cursor(&[n, i])
        })
    } else {
        None
    };
    Page { items, next_cursor }
}

/// The unit subtree's active people as an SQL condition over `p` and `u`.
pub(crate) fn subtree(sql: &mut Sql, inst: &str, path: &str) -> String {
    let i = sql.bind(inst);
    let like = sql.bind(&format!("{}%", like_escape(path)));
    format!("p.instansi_id = {i} AND p.aktif = 1 AND u.instansi_id = p.instansi_id AND u.id = p.unit_id AND u.path LIKE {like} ESCAPE '\\'")
}

/// Per predikat, how many of the subtree's people hold it in the period; and how many active
/// people have no evaluation yet.
pub async fn distribution(
    pool: &sqlx::AnyPool,
    inst: &str,
    periode_id: &str,
    path: &str,
) -> sqlx::Result<(Vec<(Predikat, usize)>, usize)> {
    let mut sql = Sql::default();
    let cond = subtree(&mut sql, inst, path);
    let per = sql.bind(periode_id);
    let text = format!(
        "SELECT e.predikat, COUNT(*) AS n FROM unit_kerja u CROSS JOIN pegawai p \
         LEFT JOIN evaluasi e ON e.instansi_id = p.instansi_id AND e.pegawai_id = p.id \
         AND e.periode_id = {per} WHERE {cond} GROUP BY e.predikat"
    );
    let rows = sql.query(&text).fetch_all(pool).await?;
    let mut out = vec![];
    let mut missing = 0;
    for r in &rows {
        let n = r.get::<i64, _>("n") as usize;
        match opt_predikat(r, "predikat") {
            Some(p) => out.push((p, n)),
            None => missing += n,
        }
    }
    Ok((out, missing))
}

/// One page (by name) of the subtree's rated people.
pub async fn peserta(
    pool: &sqlx::AnyPool,
    inst: &str,
    periode_id: &str,
    path: &str,
    limit: i64,
    cursor: Option<&str>,
) -> sqlx::Result<Page<PesertaKalibrasi>> {
    let mut sql = Sql::default();
    let cond = subtree(&mut sql, inst, path);
    let per = sql.bind(periode_id);
    let after = after_name(&mut sql, cursor);
    let text = format!(
        "SELECT e.id, p.id AS pegawai_id, p.nip, p.nama, u.nama AS unit_nama, e.predikat_usulan, \
         e.predikat, e.version FROM unit_kerja u CROSS JOIN pegawai p \
         JOIN evaluasi e ON e.instansi_id = p.instansi_id AND e.pegawai_id = p.id \
         AND e.periode_id = {per} WHERE {cond}{after} ORDER BY p.nama, p.id LIMIT {}",
        limit + 1
    );
    let rows = sql.query(&text).fetch_all(pool).await?;
    let items: Vec<PesertaKalibrasi> = rows
        .iter()
        .map(|r| PesertaKalibrasi {
            evaluasi_id: r.get("id"),
            pegawai_id: r.get("pegawai_id"),
            nip: r.get("nip"),
            name: r.get("nama"),
            unit_name: r.get("unit_nama"),
            predikat_usulan: predikat(r, "predikat_usulan"),
            predikat: predikat(r, "predikat"),
            version: r.get("version"),
        })
        .collect();
    Ok(page_by_name(items, limit, |p| (&p.name, &p.pegawai_id)))
}

/// Whether an employee is in the subtree (active), to check a calibration move.
pub async fn in_subtree(
    pool: &sqlx::AnyPool,
    inst: &str,
    pegawai_id: &str,
    path: &str,
) -> sqlx::Result<bool> {
    let mut sql = Sql::default();
    let cond = subtree(&mut sql, inst, path);
    let id = sql.bind(pegawai_id);
    let text = format!(
        "SELECT COUNT(*) AS n FROM unit_kerja u CROSS JOIN pegawai p WHERE {cond} AND p.id = {id}"
    );
    Ok(sql.query(&text).fetch_one(pool).await?.get::<i64, _>("n") > 0)
}

/// Locks every open evaluation of the subtree's people in the period.
pub async fn lock_subtree(
    tx: Tx<'_, '_>,
    inst: &str,
    periode_id: &str,
    path: &str,
) -> sqlx::Result<u64> {
    let at = now();
    let like = format!("{}%", like_escape(path));
    let done = sqlx::query(
        "UPDATE evaluasi SET status = 'FINAL', final_at = $3, updated_at = $3, version = version + 1 \
         WHERE instansi_id = $1 AND periode_id = $2 AND status = 'DINILAI' AND pegawai_id IN \
         (SELECT p.id FROM pegawai p JOIN unit_kerja u ON u.instansi_id = p.instansi_id AND u.id = p.unit_id \
          WHERE p.instansi_id = $1 AND u.path LIKE $4 ESCAPE '\\')",
    )
    .bind(inst)
    .bind(periode_id)
    .bind(&at)
    .bind(&like)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected())
}

/// A calibration session's state.
#[derive(Clone, Debug, Default)]
pub struct SesiRow {
    pub status: String,
    pub justifikasi: String,
    pub final_at: Option<String>,
    pub version: i64,
}

pub async fn sesi<'e, E>(
    ex: E,
    inst: &str,
    unit_id: &str,
    periode_id: &str,
) -> sqlx::Result<Option<SesiRow>>
where
    E: sqlx::Executor<'e, Database = Any>,
{
    Ok(sqlx::query(
        "SELECT status, justifikasi, final_at, version FROM kalibrasi \
         WHERE instansi_id = $1 AND unit_id = $2 AND periode_id = $3",
    )
    .bind(inst)
    .bind(unit_id)
    .bind(periode_id)
    .fetch_optional(ex)
    .await?
    .map(|r| SesiRow {
        status: r.get("status"),
        justifikasi: r.get("justifikasi"),
        final_at: r.get("final_at"),
        version: r.get("version"),
    }))
}

/// Opens the session if needed and bumps its version (every move and the finalisation).
pub async fn touch_sesi(
    tx: Tx<'_, '_>,
    inst: &str,
    unit_id: &str,
    periode_id: &str,
) -> sqlx::Result<()> {
    let at = now();
    let done = sqlx::query(
        "UPDATE kalibrasi SET version = version + 1, updated_at = $4 \
         WHERE instansi_id = $1 AND unit_id = $2 AND periode_id = $3",
    )
    .bind(inst)
    .bind(unit_id)
    .bind(periode_id)
    .bind(&at)
    .execute(&mut **tx)
    .await?;
    if done.rows_affected() == 0 {
        sqlx::query(
            "INSERT INTO kalibrasi (instansi_id, unit_id, periode_id, status, created_at, updated_at) \
             VALUES ($1, $2, $3, 'TERBUKA', $4, $4)",
        )
        .bind(inst)
        .bind(unit_id)
        .bind(periode_id)
        .bind(&at)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

pub async fn finalise_sesi(
    tx: Tx<'_, '_>,
    inst: &str,
    unit_id: &str,
    periode_id: &str,
    justifikasi: &str,
    oleh: Option<&str>,
) -> sqlx::Result<bool> {
    touch_sesi(tx, inst, unit_id, periode_id).await?;
    let done = sqlx::query(
        "UPDATE kalibrasi SET status = 'FINAL', justifikasi = $4, final_oleh = $5, final_at = $6 \
         WHERE instansi_id = $1 AND unit_id = $2 AND periode_id = $3 AND status = 'TERBUKA'",
    )
    .bind(inst)
    .bind(unit_id)
    .bind(periode_id)
    .bind(justifikasi.trim())
    .bind(oleh.map(str::to_string))
    .bind(now())
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub struct NewPindah<'a> {
    pub unit_id: &'a str,
    pub periode_id: &'a str,
    pub evaluasi_id: &'a str,
    pub dari: Predikat,
    pub ke: Predikat,
    pub alasan: &'a str,
    pub oleh: Option<&'a str>,
}

pub async fn insert_pindah(tx: Tx<'_, '_>, inst: &str, m: &NewPindah<'_>) -> sqlx::Result<String> {
    let id = new_id();
    sqlx::query(
        "INSERT INTO kalibrasi_pindah (instansi_id, id, unit_id, periode_id, evaluasi_id, dari, ke, \
         alasan, oleh, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(inst)
    .bind(&id)
    .bind(m.unit_id)
    .bind(m.periode_id)
    .bind(m.evaluasi_id)
    .bind(m.dari.code())
    .bind(m.ke.code())
    .bind(m.alasan.trim())
    .bind(m.oleh.map(str::to_string))
    .bind(now())
    .execute(&mut **tx)
    .await?;
    Ok(id)
}

/// The latest moves of a session, newest first.
pub async fn moves(
    pool: &sqlx::AnyPool,
    inst: &str,
    unit_id: &str,
    periode_id: &str,
) -> sqlx::Result<Vec<PindahKalibrasi>> {
    let rows = sqlx::query(
        "SELECT k.at, k.evaluasi_id, p.nama, k.dari, k.ke, k.alasan, o.nama AS oleh_nama \
         FROM kalibrasi_pindah k \
         JOIN evaluasi e ON e.instansi_id = k.instansi_id AND e.id = k.evaluasi_id \
         JOIN pegawai p ON p.instansi_id = e.instansi_id AND p.id = e.pegawai_id \
         LEFT JOIN pegawai o ON o.instansi_id = k.instansi_id AND o.id = k.oleh \
         WHERE k.instansi_id = $1 AND k.unit_id = $2 AND k.periode_id = $3 \
         ORDER BY k.at DESC, k.id DESC LIMIT 100",
    )
    .bind(inst)
    .bind(unit_id)
    .bind(periode_id)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .iter()
        .map(|r| PindahKalibrasi {
            at: r.get("at"),
            evaluasi_id: r.get("evaluasi_id"),
            name: r.get("nama"),
            dari: predikat(r, "dari"),
            ke: predikat(r, "ke"),
            alasan: r.get("alasan"),
            oleh_name: r.get("oleh_nama"),
        })
        .collect())
}

pub async fn capaian<'e, E>(
    ex: E,
    inst: &str,
    unit_id: &str,
    periode_id: &str,
) -> sqlx::Result<Option<CapaianOrganisasi>>
where
    E: sqlx::Executor<'e, Database = Any>,
{
    Ok(sqlx::query(
        "SELECT c.unit_id, c.periode_id, c.predikat, c.alasan, o.nama AS oleh_nama, c.updated_at, \
         c.version FROM capaian_organisasi c \
         LEFT JOIN pegawai o ON o.instansi_id = c.instansi_id AND o.id = c.oleh \
         WHERE c.instansi_id = $1 AND c.unit_id = $2 AND c.periode_id = $3",
    )
    .bind(inst)
    .bind(unit_id)
    .bind(periode_id)
    .fetch_optional(ex)
    .await?
    .map(|r| CapaianOrganisasi {
        unit_id: r.get("unit_id"),
        periode_id: r.get("periode_id"),
        predikat: PredikatOrganisasi::from_code(&r.get::<String, _>("predikat"))
            .unwrap_or(PredikatOrganisasi::Baik),
        alasan: r.get("alasan"),
        oleh_name: r.get("oleh_nama"),
        updated_at: r.get("updated_at"),
        version: r.get("version"),
    }))
}

/// Sets the organisation's result; false when `version` no longer matches.
/// What setting the organisation's result writes.
pub struct NewCapaian<'a> {
    pub predikat: PredikatOrganisasi,
    pub alasan: &'a str,
    pub oleh: Option<&'a str>,
}

pub async fn save_capaian(
    tx: Tx<'_, '_>,
    inst: &str,
    unit_id: &str,
    periode_id: &str,
    c: &NewCapaian<'_>,
    version: Option<i64>,
) -> sqlx::Result<bool> {
    let (predikat, alasan) = (c.predikat, c.alasan);
    let at = now();
    let oleh = c.oleh.map(str::to_string);
    let done = match version {
        Some(v) => {
            sqlx::query(
                "UPDATE capaian_organisasi SET predikat = $4, alasan = $5, oleh = $6, updated_at = $7, \
                 version = version + 1 \
                 WHERE instansi_id = $1 AND unit_id = $2 AND periode_id = $3 AND version = $8",
            )
            .bind(inst)
            .bind(unit_id)
            .bind(periode_id)
            .bind(predikat.code())
            .bind(alasan.trim())
            .bind(oleh)
            .bind(&at)
            .bind(v)
            .execute(&mut **tx)
            .await?
        }
        None => {
            sqlx::query(
                "INSERT INTO capaian_organisasi (instansi_id, unit_id, periode_id, predikat, alasan, \
                 oleh, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7) \
                 ON CONFLICT (instansi_id, unit_id, periode_id) DO NOTHING",
            )
            .bind(inst)
            .bind(unit_id)
            .bind(periode_id)
            .bind(predikat.code())
            .bind(alasan.trim())
            .bind(oleh)
            .bind(&at)
            .execute(&mut **tx)
            .await?
        }
    };
    Ok(done.rows_affected() == 1)
}

/// One page (by name) of the subtree's people the actor may see, each with their evaluation
/// for the period, if any.
pub async fn list(
    pool: &sqlx::AnyPool,
    actor: &Actor,
    periode_id: &str,
    path: &str,
    limit: i64,
    cursor: Option<&str>,
) -> sqlx::Result<Page<EvaluasiBaris>> {
    let mut sql = Sql::default();
    let visible = actor.employee_filter(&mut sql);
    let like = sql.bind(&format!("{}%", like_escape(path)));
    let per = sql.bind(periode_id);
    let after = after_name(&mut sql, cursor);
    let text = format!(
        "SELECT p.id, p.nip, p.nama, j.nama AS jabatan, u.nama AS unit_nama, k.nama AS ppk_nama, \
         e.id AS evaluasi_id, e.rating_hasil, e.rating_perilaku, e.predikat_usulan, e.predikat, e.status \
         FROM unit_kerja u CROSS JOIN pegawai p \
         JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id \
         LEFT JOIN pegawai k ON k.instansi_id = p.instansi_id AND k.id = p.ppk_id \
         LEFT JOIN evaluasi e ON e.instansi_id = p.instansi_id AND e.pegawai_id = p.id AND e.periode_id = {per} \
         WHERE u.instansi_id = p.instansi_id AND u.id = p.unit_id AND p.aktif = 1 \
         AND u.path LIKE {like} ESCAPE '\\' AND {visible}{after} ORDER BY p.nama, p.id LIMIT {}",
        limit + 1
    );
    let rows = sql.query(&text).fetch_all(pool).await?;
    let items: Vec<EvaluasiBaris> = rows
        .iter()
        .map(|r| EvaluasiBaris {
            pegawai_id: r.get("id"),
            nip: r.get("nip"),
            name: r.get("nama"),
            jabatan: r.get("jabatan"),
            unit_name: r.get("unit_nama"),
            ppk_name: r.get("ppk_nama"),
            evaluasi_id: r.get("evaluasi_id"),
            rating_hasil_kerja: opt_rating(r, "rating_hasil"),
            rating_perilaku_kerja: opt_rating(r, "rating_perilaku"),
            predikat_usulan: opt_predikat(r, "predikat_usulan"),
            predikat: opt_predikat(r, "predikat"),
            status: r.get("status"),
        })
        .collect();
    Ok(page_by_name(items, limit, |p| (&p.name, &p.pegawai_id)))
}
