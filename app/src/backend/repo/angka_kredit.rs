//! SQL of the angka kredit ledger: the final annual evaluations of functional employees that
//! need an entry (or a correction), the entries themselves, and an employee's ledger.

use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};

use super::like_escape;
use crate::backend::authz::Sql;
use crate::backend::ids::{new_id, now};
use crate::domain::angka_kredit::{Jenjang, PerolehanAk};
use crate::domain::dto::EntriAk;
use crate::domain::rating::Predikat;

type Tx<'a, 'c> = &'a mut Transaction<'c, Any>;

/// Which final evaluations to bring the ledger up to date for.
pub enum Cakupan<'a> {
    /// Everyone of a unit subtree (by path) in a period: a calibration's finalisation.
    Subtree { periode_id: &'a str, path: &'a str },
    /// One evaluation: an appeal decision.
    Evaluasi(&'a str),
}

/// A valid ledger entry of an evaluation.
pub struct Berlaku {
    pub id: String,
    pub predikat: Predikat,
    pub jenjang: Jenjang,
    pub bulan: u8,
    pub version: i64,
}

/// A final annual evaluation of a functional employee, with its valid entry if any.
pub struct Calon {
    pub evaluasi_id: String,
    pub pegawai_id: String,
    pub periode_id: String,
    pub predikat: Predikat,
    /// The jenjang of the employee's position now (none when it is no longer functional).
    pub jenjang: Option<Jenjang>,
    pub mulai: String,
    pub selesai: String,
    pub entri: Option<Berlaku>,
}

fn jenjang(r: &AnyRow, col: &str) -> Option<Jenjang> {
    r.get::<Option<String>, _>(col)
        .and_then(|c| Jenjang::from_code(&c))
}

fn predikat(r: &AnyRow, col: &str) -> Option<Predikat> {
    r.get::<Option<String>, _>(col)
        .and_then(|c| Predikat::from_code(&c))
}

fn to_calon(r: &AnyRow) -> Option<Calon> {
    let entri = match (
        r.get::<Option<String>, _>("ak_id"),
        jenjang(r, "ak_jenjang"),
    ) {
        (Some(id), Some(j)) => Some(Berlaku {
            id,
            predikat: predikat(r, "ak_predikat")?,
            jenjang: j,
            bulan: u8::try_from(r.get::<i64, _>("ak_bulan")).unwrap_or(12),
            version: r.get("ak_version"),
        }),
        _ => None,
    };
    Some(Calon {
        evaluasi_id: r.get("evaluasi_id"),
        pegawai_id: r.get("pegawai_id"),
        periode_id: r.get("periode_id"),
        predikat: predikat(r, "predikat")?,
        jenjang: jenjang(r, "jenjang"),
        mulai: r.get("mulai"),
        selesai: r.get("selesai"),
        entri,
    })
}

/// The final annual evaluations in scope whose employee holds a functional position or already
/// has an entry, each with its valid entry. One query.
pub async fn calon(tx: Tx<'_, '_>, inst: &str, cakupan: &Cakupan<'_>) -> sqlx::Result<Vec<Calon>> {
    let mut sql = Sql::default();
    let i = sql.bind(inst);
    let filter = match cakupan {
        Cakupan::Subtree { periode_id, path } => {
            let per = sql.bind(periode_id);
            let like = sql.bind(&format!("{}%", like_escape(path)));
            format!("e.periode_id = {per} AND u.path LIKE {like} ESCAPE '\\'")
        }
        Cakupan::Evaluasi(id) => format!("e.id = {}", sql.bind(id)),
    };
    let text = format!(
        "SELECT e.id AS evaluasi_id, e.pegawai_id, e.periode_id, e.predikat, j.jenjang, \
         pr.mulai, pr.selesai, a.id AS ak_id, a.predikat AS ak_predikat, a.jenjang AS ak_jenjang, \
         a.bulan AS ak_bulan, a.version AS ak_version \
         FROM evaluasi e \
         JOIN periode pr ON pr.instansi_id = e.instansi_id AND pr.id = e.periode_id \
         JOIN pegawai p ON p.instansi_id = e.instansi_id AND p.id = e.pegawai_id \
         JOIN unit_kerja u ON u.instansi_id = p.instansi_id AND u.id = p.unit_id \
         JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id \
         LEFT JOIN angka_kredit a ON a.instansi_id = e.instansi_id AND a.evaluasi_id = e.id \
              AND a.status = 'BERLAKU' \
         WHERE e.instansi_id = {i} AND e.status = 'FINAL' AND pr.jenis = 'TAHUNAN' \
         AND (j.jenjang IS NOT NULL OR a.id IS NOT NULL) AND {filter} \
         ORDER BY e.pegawai_id"
    );
    let rows = sql.query(&text).fetch_all(&mut **tx).await?;
    Ok(rows.iter().filter_map(to_calon).collect())
}

/// What a new entry records.
pub struct NewEntri<'a> {
    pub pegawai_id: &'a str,
    pub periode_id: &'a str,
    pub evaluasi_id: &'a str,
    pub perolehan: &'a PerolehanAk,
    pub sumber: &'a str,
    pub koreksi_dari: Option<&'a str>,
}

pub async fn insert(tx: Tx<'_, '_>, inst: &str, e: &NewEntri<'_>) -> sqlx::Result<String> {
    let (id, at) = (new_id(), now());
    let p = e.perolehan;
    sqlx::query(
        "INSERT INTO angka_kredit (instansi_id, id, pegawai_id, periode_id, evaluasi_id, jenjang, \
         predikat, bulan, persentase, koefisien, nilai, sumber, koreksi_dari, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14)",
    )
    .bind(inst)
    .bind(&id)
    .bind(e.pegawai_id)
    .bind(e.periode_id)
    .bind(e.evaluasi_id)
    .bind(p.jenjang.code())
    .bind(p.predikat.code())
    .bind(i64::from(p.bulan))
    .bind(p.persentase)
    .bind(p.koefisien)
    .bind(p.angka_kredit)
    .bind(e.sumber)
    .bind(e.koreksi_dari.map(str::to_string))
    .bind(&at)
    .execute(&mut **tx)
    .await?;
    Ok(id)
}

/// Marks a valid entry as corrected (version-checked); false when it changed meanwhile.
pub async fn supersede(tx: Tx<'_, '_>, inst: &str, id: &str, version: i64) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE angka_kredit SET status = 'DIKOREKSI', version = version + 1, updated_at = $4 \
         WHERE instansi_id = $1 AND id = $2 AND version = $3 AND status = 'BERLAKU'",
    )
    .bind(inst)
    .bind(id)
    .bind(version)
    .bind(now())
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// An employee's ledger, oldest first, corrected entries included.
pub async fn of_employee(
    pool: &sqlx::AnyPool,
    inst: &str,
    pegawai_id: &str,
) -> sqlx::Result<Vec<EntriAk>> {
    let rows = sqlx::query(
        "SELECT a.id, a.periode_id, pr.tahun, a.evaluasi_id, a.jenjang, a.predikat, a.bulan, \
         a.persentase, a.koefisien, a.nilai, a.sumber, a.status, a.koreksi_dari, a.version, a.created_at \
         FROM angka_kredit a \
         JOIN periode pr ON pr.instansi_id = a.instansi_id AND pr.id = a.periode_id \
         WHERE a.instansi_id = $1 AND a.pegawai_id = $2 ORDER BY pr.tahun, a.created_at, a.id",
    )
    .bind(inst)
    .bind(pegawai_id)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .iter()
        .filter_map(|r| {
            Some(EntriAk {
                id: r.get("id"),
                periode_id: r.get("periode_id"),
                tahun: r.get("tahun"),
                evaluasi_id: r.get("evaluasi_id"),
                jenjang: jenjang(r, "jenjang")?,
                predikat: predikat(r, "predikat")?,
                bulan: r.get("bulan"),
                persentase: r.get("persentase"),
                koefisien: r.get("koefisien"),
                angka_kredit: r.get("nilai"),
                sumber: r.get("sumber"),
                status: r.get("status"),
                koreksi_dari: r.get("koreksi_dari"),
                version: r.get("version"),
                created_at: r.get("created_at"),
            })
        })
        .collect())
}
