//! SQL of appeals (keberatan).

use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};

use crate::backend::authz::Actor;
use crate::backend::ids::{new_id, now};
use crate::domain::dto::Keberatan;
use crate::domain::rating::Predikat;

type Tx<'a, 'c> = &'a mut Transaction<'c, Any>;

const SELECT: &str = "SELECT k.instansi_id, k.id, k.evaluasi_id, e.periode_id, k.pegawai_id, \
    p.nama AS pegawai_nama, p.ppk_id, u.path AS unit_path, k.atasan_id, a.nama AS atasan_nama, k.alasan, k.bukti, \
    k.keterangan_ppk, k.keterangan_pegawai, k.status, k.predikat_semula, k.predikat_putusan, \
    k.alasan_putusan, d.nama AS pemutus_nama, k.diajukan_at, k.batas_putusan, k.diputus_at, k.version \
    FROM keberatan k \
    JOIN evaluasi e ON e.instansi_id = k.instansi_id AND e.id = k.evaluasi_id \
    JOIN pegawai p ON p.instansi_id = k.instansi_id AND p.id = k.pegawai_id \
    JOIN unit_kerja u ON u.instansi_id = p.instansi_id AND u.id = p.unit_id \
    LEFT JOIN pegawai a ON a.instansi_id = k.instansi_id AND a.id = k.atasan_id \
    LEFT JOIN pegawai d ON d.instansi_id = k.instansi_id AND d.id = k.diputus_oleh";

/// An appeal with who is involved (instansi, PPK, the employee's unit) for authorisation.
pub struct KeberatanRow {
    pub instansi_id: String,
    pub ppk_id: Option<String>,
    pub unit_path: String,
    pub k: Keberatan,
}

fn to_row(r: &AnyRow, today: &str) -> KeberatanRow {
    let status: String = r.get("status");
    let batas: String = r.get("batas_putusan");
    KeberatanRow {
        instansi_id: r.get("instansi_id"),
        ppk_id: r.get("ppk_id"),
        unit_path: r.get("unit_path"),
        k: Keberatan {
            id: r.get("id"),
            evaluasi_id: r.get("evaluasi_id"),
            periode_id: r.get("periode_id"),
            pegawai_id: r.get("pegawai_id"),
            pegawai_name: r.get("pegawai_nama"),
            atasan_id: r.get("atasan_id"),
            atasan_name: r.get("atasan_nama"),
            alasan: r.get("alasan"),
            bukti: serde_json::from_str(&r.get::<String, _>("bukti")).unwrap_or_default(),
            keterangan_ppk: r.get("keterangan_ppk"),
            keterangan_pegawai: r.get("keterangan_pegawai"),
            terlambat: status == "DIAJUKAN" && batas.as_str() < today,
            status,
            predikat_semula: Predikat::from_code(&r.get::<String, _>("predikat_semula"))
                .unwrap_or(Predikat::Baik),
            predikat_putusan: r
                .get::<Option<String>, _>("predikat_putusan")
                .and_then(|c| Predikat::from_code(&c)),
            alasan_putusan: r.get("alasan_putusan"),
            decided_by_name: r.get("pemutus_nama"),
            diajukan_at: r.get("diajukan_at"),
            batas_putusan: batas,
            diputus_at: r.get("diputus_at"),
            version: r.get("version"),
        },
    }
}

fn today() -> String {
    chrono::Utc::now().date_naive().to_string()
}

pub async fn find(pool: &sqlx::AnyPool, id: &str) -> sqlx::Result<Option<KeberatanRow>> {
    let sql = format!("{SELECT} WHERE k.id = $1");
    let t = today();
    Ok(sqlx::query(&sql)
        .bind(id)
        .fetch_optional(pool)
        .await?
        .map(|r| to_row(&r, &t)))
}

pub async fn for_evaluasi(
    pool: &sqlx::AnyPool,
    inst: &str,
    evaluasi_id: &str,
) -> sqlx::Result<Option<Keberatan>> {
    let sql = format!("{SELECT} WHERE k.instansi_id = $1 AND k.evaluasi_id = $2");
    let t = today();
    Ok(sqlx::query(&sql)
        .bind(inst)
        .bind(evaluasi_id)
        .fetch_optional(pool)
        .await?
        .map(|r| to_row(&r, &t).k))
}

/// The appeals the actor deals with: all of the instansi for admins and auditors; otherwise
/// the ones they filed, must decide (as atasan PPK or a leader above in the hierarchy), or are
/// the PPK of. Newest first, at most 200.
pub async fn list(
    pool: &sqlx::AnyPool,
    actor: &Actor,
    status: Option<&str>,
) -> sqlx::Result<Vec<Keberatan>> {
    let (who, me, headed) = visible(actor);
    let sql = format!(
        "{SELECT} WHERE k.instansi_id = $1 AND {who} AND ($3 = '' OR k.status = $3) \
         ORDER BY k.diajukan_at DESC LIMIT 200"
    );
    let t = today();
    Ok(sqlx::query(&sql)
        .bind(&actor.instansi_id)
        .bind(me)
        .bind(status.unwrap_or_default())
        .bind(headed)
        .fetch_all(pool)
        .await?
        .iter()
        .map(|r| to_row(r, &t).k)
        .collect())
}

/// How many of the appeals the actor sees are undecided past their deadline (all of them,
/// not only the page `list` returns).
pub async fn count_overdue(pool: &sqlx::AnyPool, actor: &Actor) -> sqlx::Result<i64> {
    let (who, me, headed) = visible(actor);
    // `$4 = $4`: every `who` then names all four parameters
    let sql = format!(
        "SELECT COUNT(*) AS n FROM keberatan k \
         JOIN pegawai p ON p.instansi_id = k.instansi_id AND p.id = k.pegawai_id \
         JOIN unit_kerja u ON u.instansi_id = p.instansi_id AND u.id = p.unit_id \
         WHERE k.instansi_id = $1 AND {who} AND k.status = 'DIAJUKAN' AND k.batas_putusan < $3 \
         AND $4 = $4"
    );
    sqlx::query(&sql)
        .bind(&actor.instansi_id)
        .bind(me)
        .bind(today())
        .bind(headed)
        .fetch_one(pool)
        .await
        .map(|r| r.get("n"))
}

/// The condition on appeals the actor sees ($2: their employee id, $4: the path prefix of the
/// unit they head, '' for none), with those two values.
fn visible(actor: &Actor) -> (&'static str, String, String) {
    let me = actor.pegawai_id.clone().unwrap_or_default();
    let who = if actor.reads_whole_instansi() {
        "1 = 1"
    } else {
        "(k.pegawai_id = $2 OR k.atasan_id = $2 OR p.ppk_id = $2 \
          OR ($4 <> '' AND u.path LIKE $4))"
    };
    // a person heads at most one unit (their jabatan's)
    let headed = actor
        .headed_paths
        .first()
        .map(|p| format!("{p}%"))
        .unwrap_or_default();
    (who, me, headed)
}

pub struct NewKeberatan<'a> {
    pub evaluasi_id: &'a str,
    pub pegawai_id: &'a str,
    pub atasan_id: &'a str,
    pub alasan: &'a str,
    pub bukti: &'a [String],
    pub predikat_semula: Predikat,
    pub batas_putusan: &'a str,
}

/// Files an appeal; `None` when the evaluation already has one.
pub async fn insert(
    tx: Tx<'_, '_>,
    inst: &str,
    n: &NewKeberatan<'_>,
) -> sqlx::Result<Option<String>> {
    let id = new_id();
    let done = sqlx::query(
        "INSERT INTO keberatan (instansi_id, id, evaluasi_id, pegawai_id, atasan_id, alasan, bukti, \
         predikat_semula, diajukan_at, batas_putusan) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) \
         ON CONFLICT (instansi_id, evaluasi_id) DO NOTHING",
    )
    .bind(inst)
    .bind(&id)
    .bind(n.evaluasi_id)
    .bind(n.pegawai_id)
    .bind(n.atasan_id)
    .bind(n.alasan.trim())
    .bind(serde_json::to_string(n.bukti).unwrap_or_else(|_| "[]".into()))
    .bind(n.predikat_semula.code())
    .bind(now())
    .bind(n.batas_putusan)
    .execute(&mut **tx)
    .await?;
    Ok((done.rows_affected() == 1).then_some(id))
}

pub struct Putusan<'a> {
    pub keterangan_ppk: &'a str,
    pub keterangan_pegawai: &'a str,
    pub predikat: Predikat,
    pub alasan: &'a str,
    pub oleh: Option<&'a str>,
}

/// Records the decision (once): false when already decided or the version is stale.
pub async fn decide(
    tx: Tx<'_, '_>,
    inst: &str,
    id: &str,
    version: i64,
    d: &Putusan<'_>,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE keberatan SET status = 'DIPUTUS', keterangan_ppk = $3, keterangan_pegawai = $4, \
         predikat_putusan = $5, alasan_putusan = $6, diputus_oleh = $7, diputus_at = $8, \
         version = version + 1 \
         WHERE instansi_id = $1 AND id = $2 AND status = 'DIAJUKAN' AND version = $9",
    )
    .bind(inst)
    .bind(id)
    .bind(d.keterangan_ppk.trim())
    .bind(d.keterangan_pegawai.trim())
    .bind(d.predikat.code())
    .bind(d.alasan.trim())
    .bind(d.oleh.map(str::to_string))
    .bind(now())
    .bind(version)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The decision changes the final result (the only way it changes).
pub async fn apply_to_evaluasi(
    tx: Tx<'_, '_>,
    inst: &str,
    evaluasi_id: &str,
    predikat: Predikat,
) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE evaluasi SET predikat = $3, updated_at = $4, version = version + 1 \
         WHERE instansi_id = $1 AND id = $2",
    )
    .bind(inst)
    .bind(evaluasi_id)
    .bind(predikat.code())
    .bind(now())
    .execute(&mut **tx)
    .await?;
    super::dasbor::refresh_evaluasi(tx, inst, evaluasi_id).await
}
