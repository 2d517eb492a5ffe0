//! SQL of 360° feedback: rounds, invitations, and responses that name no responder.

use sqlx::any::AnyRow;
use sqlx::{Any, AnyPool, Row, Transaction};

use crate::backend::ids::{new_id, now};
use crate::domain::dto::{Kandidat360, Undangan360, UndanganSaya};
use crate::domain::survei::{Jawaban, Kelompok};

/// The score columns, in `NilaiBerakhlak::ALL` order.
pub const SKOR_COLUMNS: [&str; 7] = [
    "berorientasi_pelayanan",
    "akuntabel",
    "kompeten",
    "harmonis",
    "loyal",
    "adaptif",
    "kolaboratif",
];

#[derive(Clone, Debug)]
pub struct RoundRow {
    pub instansi_id: String,
    pub id: String,
    pub pegawai_id: String,
    pub periode_id: String,
    pub tahun: i64,
    pub created_at: String,
    pub ditutup_at: Option<String>,
}

const ROUND: &str =
    "SELECT s.instansi_id, s.id, s.pegawai_id, s.periode_id, r.tahun, s.created_at, \
    s.ditutup_at FROM survei_360 s \
    JOIN periode r ON r.instansi_id = s.instansi_id AND r.id = s.periode_id";

fn to_round(r: &AnyRow) -> RoundRow {
    RoundRow {
        instansi_id: r.get("instansi_id"),
        id: r.get("id"),
        pegawai_id: r.get("pegawai_id"),
        periode_id: r.get("periode_id"),
        tahun: r.get("tahun"),
        created_at: r.get("created_at"),
        ditutup_at: r.get("ditutup_at"),
    }
}

pub async fn find_round(pool: &AnyPool, id: &str) -> Result<Option<RoundRow>, sqlx::Error> {
    let sql = format!("{ROUND} WHERE s.id = $1");
    let row = sqlx::query(&sql).bind(id).fetch_optional(pool).await?;
    Ok(row.as_ref().map(to_round))
}

pub async fn round_of(
    pool: &AnyPool,
    inst: &str,
    pegawai_id: &str,
    periode_id: &str,
) -> Result<Option<RoundRow>, sqlx::Error> {
    let sql =
        format!("{ROUND} WHERE s.instansi_id = $1 AND s.pegawai_id = $2 AND s.periode_id = $3");
    let row = sqlx::query(&sql)
        .bind(inst)
        .bind(pegawai_id)
        .bind(periode_id)
        .fetch_optional(pool)
        .await?;
    Ok(row.as_ref().map(to_round))
}

pub async fn insert_round(
    tx: &mut Transaction<'_, Any>,
    inst: &str,
    pegawai_id: &str,
    periode_id: &str,
    akun_id: Option<&str>,
) -> Result<String, sqlx::Error> {
    let id = new_id();
    sqlx::query(
        "INSERT INTO survei_360 (instansi_id, id, pegawai_id, periode_id, dibuat_oleh, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(inst)
    .bind(&id)
    .bind(pegawai_id)
    .bind(periode_id)
    .bind(akun_id.map(str::to_string))
    .bind(now())
    .execute(&mut **tx)
    .await?;
    Ok(id)
}

pub async fn close(
    tx: &mut Transaction<'_, Any>,
    inst: &str,
    id: &str,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE survei_360 SET ditutup_at = $3 WHERE instansi_id = $1 AND id = $2 AND ditutup_at IS NULL",
    )
    .bind(inst)
    .bind(id)
    .bind(now())
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub struct NewUndangan<'a> {
    pub kelompok: Kelompok,
    pub pegawai_id: Option<&'a str>,
    pub token_hash: Option<&'a str>,
    pub expires_at: &'a str,
}

pub async fn insert_invitation(
    tx: &mut Transaction<'_, Any>,
    inst: &str,
    survei_id: &str,
    u: NewUndangan<'_>,
) -> Result<String, sqlx::Error> {
    let id = new_id();
    sqlx::query(
        "INSERT INTO undangan_360 (instansi_id, id, survei_id, kelompok, pegawai_id, token_hash, \
         expires_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(inst)
    .bind(&id)
    .bind(survei_id)
    .bind(u.kelompok.code())
    .bind(u.pegawai_id.map(str::to_string))
    .bind(u.token_hash.map(str::to_string))
    .bind(u.expires_at)
    .bind(now())
    .execute(&mut **tx)
    .await?;
    Ok(id)
}

/// An invitation with its round, as answering needs it.
#[derive(Clone, Debug)]
pub struct InvitationRow {
    pub instansi_id: String,
    pub id: String,
    pub survei_id: String,
    pub kelompok: Kelompok,
    pub pegawai_id: Option<String>,
    pub expires_at: String,
    pub used: bool,
    pub round_closed: bool,
    pub subject_id: String,
    pub tahun: i64,
}

const INVITATION: &str = "SELECT u.instansi_id, u.id, u.survei_id, u.kelompok, u.pegawai_id, \
    u.expires_at, u.used_at, s.ditutup_at, s.pegawai_id AS subject_id, r.tahun \
    FROM undangan_360 u \
    JOIN survei_360 s ON s.instansi_id = u.instansi_id AND s.id = u.survei_id \
    JOIN periode r ON r.instansi_id = s.instansi_id AND r.id = s.periode_id";

fn to_invitation(r: &AnyRow) -> InvitationRow {
    InvitationRow {
        instansi_id: r.get("instansi_id"),
        id: r.get("id"),
        survei_id: r.get("survei_id"),
        kelompok: Kelompok::from_code(&r.get::<String, _>("kelompok")).unwrap_or(Kelompok::Rekan),
        pegawai_id: r.get("pegawai_id"),
        expires_at: r.get("expires_at"),
        used: r.get::<Option<String>, _>("used_at").is_some(),
        round_closed: r.get::<Option<String>, _>("ditutup_at").is_some(),
        subject_id: r.get("subject_id"),
        tahun: r.get("tahun"),
    }
}

pub async fn invitation_by_token(
    pool: &AnyPool,
    inst: &str,
    token_hash: &str,
) -> Result<Option<InvitationRow>, sqlx::Error> {
    let sql = format!("{INVITATION} WHERE u.instansi_id = $1 AND u.token_hash = $2");
    let row = sqlx::query(&sql)
        .bind(inst)
        .bind(token_hash)
        .fetch_optional(pool)
        .await?;
    Ok(row.as_ref().map(to_invitation))
}

pub async fn invitation_by_id(
    pool: &AnyPool,
    id: &str,
) -> Result<Option<InvitationRow>, sqlx::Error> {
    let sql = format!("{INVITATION} WHERE u.id = $1");
    let row = sqlx::query(&sql).bind(id).fetch_optional(pool).await?;
    Ok(row.as_ref().map(to_invitation))
}

/// Marks the invitation used if it is still unused and unexpired, and its round open: false
/// when another request used it first (the single-use guarantee is this one statement).
pub async fn use_invitation(
    tx: &mut Transaction<'_, Any>,
    inst: &str,
    id: &str,
) -> Result<bool, sqlx::Error> {
    let at = now();
    let done = sqlx::query(
        "UPDATE undangan_360 SET used_at = $3 WHERE instansi_id = $1 AND id = $2 \
         AND used_at IS NULL AND expires_at > $4 AND EXISTS (SELECT 1 FROM survei_360 s \
         WHERE s.instansi_id = undangan_360.instansi_id AND s.id = undangan_360.survei_id \
         AND s.ditutup_at IS NULL)",
    )
    .bind(inst)
    .bind(id)
    .bind(&at[..10])
    .bind(&at)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Stores a response with a random (not time-ordered) id and no responder.
pub async fn insert_response(
    tx: &mut Transaction<'_, Any>,
    inst: &str,
    survei_id: &str,
    j: &Jawaban,
    komentar: Option<&str>,
) -> Result<(), sqlx::Error> {
    let sql = format!(
        "INSERT INTO tanggapan_360 (instansi_id, id, survei_id, kelompok, {}, komentar) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
        SKOR_COLUMNS.join(", ")
    );
    let mut q = sqlx::query(&sql)
        .bind(inst)
        .bind(uuid::Uuid::new_v4().to_string())
        .bind(survei_id)
        .bind(j.kelompok.code());
    for s in j.skor {
        q = q.bind(i64::from(s));
    }
    q.bind(komentar.map(str::to_string))
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// A round's responses with their comments, ordered by their random id (no meaning).
pub async fn responses(
    pool: &AnyPool,
    inst: &str,
    survei_id: &str,
) -> Result<Vec<(Jawaban, Option<String>)>, sqlx::Error> {
    let sql = format!(
        "SELECT kelompok, {}, komentar FROM tanggapan_360 \
         WHERE instansi_id = $1 AND survei_id = $2 ORDER BY id",
        SKOR_COLUMNS.join(", ")
    );
    let rows = sqlx::query(&sql)
        .bind(inst)
        .bind(survei_id)
        .fetch_all(pool)
        .await?;
    Ok(rows
        .iter()
        .filter_map(|r| {
            let kelompok = Kelompok::from_code(&r.get::<String, _>("kelompok"))?;
            let mut skor = [0u8; 7];
            for (i, c) in SKOR_COLUMNS.iter().enumerate() {
                skor[i] = u8::try_from(r.get::<i64, _>(*c)).unwrap_or(0);
            }
            Some((Jawaban { kelompok, skor }, r.get("komentar")))
        })
        .collect())
}

fn state(used: bool, expires_at: &str, at: &str) -> &'static str {
    if used {
        "USED"
    } else if expires_at <= at {
        "EXPIRED"
    } else {
        "OPEN"
    }
}

/// A round's invitations, oldest first, with the invitee's name for internal ones.
pub async fn invitations(
    pool: &AnyPool,
    inst: &str,
    survei_id: &str,
) -> Result<Vec<Undangan360>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT u.id, u.kelompok, p.nama, u.expires_at, u.used_at FROM undangan_360 u \
         LEFT JOIN pegawai p ON p.instansi_id = u.instansi_id AND p.id = u.pegawai_id \
         WHERE u.instansi_id = $1 AND u.survei_id = $2 ORDER BY u.created_at, u.id",
    )
    .bind(inst)
    .bind(survei_id)
    .fetch_all(pool)
    .await?;
    let at = now();
    Ok(rows
        .iter()
        .map(|r| {
            let expires_at: String = r.get("expires_at");
            let used = r.get::<Option<String>, _>("used_at").is_some();
            Undangan360 {
                id: r.get("id"),
                group: r.get("kelompok"),
                invitee_name: r.get("nama"),
                state: state(used, &expires_at, &at).into(),
                expires_at,
            }
        })
        .collect())
}

pub async fn response_count(
    pool: &AnyPool,
    inst: &str,
    survei_id: &str,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar::<_, i64>(
        "SELECT CAST(COUNT(*) AS BIGINT) FROM tanggapan_360 WHERE instansi_id = $1 AND survei_id = $2",
    )
    .bind(inst)
    .bind(survei_id)
    .fetch_one(pool)
    .await
}

/// The caller's internal invitations still open (unused, unexpired, round open).
pub async fn my_pending(
    pool: &AnyPool,
    inst: &str,
    pegawai_id: &str,
) -> Result<Vec<UndanganSaya>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT u.id, u.kelompok, u.expires_at, r.tahun, p.nama, j.nama AS jabatan \
         FROM undangan_360 u \
         JOIN survei_360 s ON s.instansi_id = u.instansi_id AND s.id = u.survei_id \
         JOIN periode r ON r.instansi_id = s.instansi_id AND r.id = s.periode_id \
         JOIN pegawai p ON p.instansi_id = s.instansi_id AND p.id = s.pegawai_id \
         JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id \
         WHERE u.instansi_id = $1 AND u.pegawai_id = $2 AND u.used_at IS NULL \
         AND u.expires_at > $3 AND s.ditutup_at IS NULL ORDER BY u.expires_at, u.id",
    )
    .bind(inst)
    .bind(pegawai_id)
    .bind(now())
    .fetch_all(pool)
    .await?;
    Ok(rows
        .iter()
        .map(|r| UndanganSaya {
            id: r.get("id"),
            subject_name: r.get("nama"),
            subject_jabatan: r.get("jabatan"),
            group: r.get("kelompok"),
            year: r.get("tahun"),
            expires_at: r.get("expires_at"),
        })
        .collect())
}

/// The subject's colleagues: their PPK (ATASAN), those they assess (BAWAHAN), and those
/// sharing their PPK or their unit (REKAN); `invited` marks those already in the round.
pub async fn candidates(
    pool: &AnyPool,
    inst: &str,
    subject_id: &str,
    survei_id: Option<&str>,
) -> Result<Vec<Kandidat360>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT p.id, p.nama, j.nama AS jabatan, \
         CASE WHEN p.id = s.ppk_id THEN 'ATASAN' WHEN p.ppk_id = s.id THEN 'BAWAHAN' \
              ELSE 'REKAN' END AS kelompok, \
         CAST(CASE WHEN EXISTS (SELECT 1 FROM undangan_360 u WHERE u.instansi_id = p.instansi_id \
              AND u.survei_id = $3 AND u.pegawai_id = p.id) THEN 1 ELSE 0 END AS BIGINT) AS diundang \
         FROM pegawai s \
         JOIN pegawai p ON p.instansi_id = s.instansi_id AND p.id <> s.id AND p.aktif = 1 \
              AND (p.id = s.ppk_id OR p.ppk_id = s.id OR p.ppk_id = s.ppk_id OR p.unit_id = s.unit_id) \
         JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id \
         WHERE s.instansi_id = $1 AND s.id = $2 ORDER BY kelompok, p.nama, p.id LIMIT 200",
    )
    .bind(inst)
    .bind(subject_id)
    .bind(survei_id.unwrap_or(""))
    .fetch_all(pool)
    .await?;
    Ok(rows
        .iter()
        .map(|r| Kandidat360 {
            id: r.get("id"),
            name: r.get("nama"),
            jabatan: r.get("jabatan"),
            group: r.get("kelompok"),
            invited: r.get::<i64, _>("diundang") == 1,
        })
        .collect())
}

/// Whether any invitation of the round could still be answered.
pub async fn has_pending(pool: &AnyPool, inst: &str, survei_id: &str) -> Result<bool, sqlx::Error> {
    let n = sqlx::query_scalar::<_, i64>(
        "SELECT CAST(COUNT(*) AS BIGINT) FROM undangan_360 WHERE instansi_id = $1 \
         AND survei_id = $2 AND used_at IS NULL AND expires_at > $3",
    )
    .bind(inst)
    .bind(survei_id)
    .bind(now())
    .fetch_one(pool)
    .await?;
    Ok(n > 0)
}

/// Whose rounds the page offers the caller: themself and those they assess.
pub async fn subjects(
    pool: &AnyPool,
    inst: &str,
    me: &str,
) -> Result<Vec<crate::domain::dto::Subjek360>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT p.id, p.nama, j.nama AS jabatan FROM pegawai p \
         JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id \
         WHERE p.instansi_id = $1 AND p.aktif = 1 AND (p.id = $2 OR p.ppk_id = $2) \
         ORDER BY CASE WHEN p.id = $2 THEN 0 ELSE 1 END, p.nama, p.id LIMIT 200",
    )
    .bind(inst)
    .bind(me)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .iter()
        .map(|r| crate::domain::dto::Subjek360 {
            id: r.get("id"),
            name: r.get("nama"),
            jabatan: r.get("jabatan"),
        })
        .collect())
}
