//! The demo's 360° feedback for `pegawai`: last year's round, finished, with answers from
//! penilai (ATASAN, one answer: withheld), four peers (REKAN) and three service users
//! (MASYARAKAT); and this year's open round with one masyarakat link, whose address is logged
//! (it exists only in the log), and a pending invitation for penilai.

use app::backend::audit::{self, Change};
use app::backend::ids::at_offset;
use app::backend::repo::survei::{self as repo, NewUndangan};
use app::backend::survei::token;
use app::backend::AppError;
use app::domain::survei::{Jawaban, Kelompok, MASA_BERLAKU_HARI};
use sqlx::{Any, Row, Transaction};

/// Scores of the demo's answers (one row per answer, BerAKHLAK order).
const SKOR: [(Kelompok, [u8; 7]); 8] = [
    (Kelompok::Atasan, [4, 5, 4, 4, 5, 3, 4]),
    (Kelompok::Rekan, [4, 4, 5, 5, 4, 4, 5]),
    (Kelompok::Rekan, [5, 4, 4, 5, 5, 3, 4]),
    (Kelompok::Rekan, [4, 5, 4, 4, 4, 4, 5]),
    (Kelompok::Rekan, [3, 4, 4, 5, 4, 3, 4]),
    (Kelompok::Masyarakat, [5, 4, 4, 5, 4, 4, 4]),
    (Kelompok::Masyarakat, [4, 4, 3, 4, 4, 3, 4]),
    (Kelompok::Masyarakat, [5, 5, 4, 5, 4, 4, 5]),
];

const KOMENTAR: [&str; 2] = [
    "Pelayanan cepat dan penjelasannya mudah dipahami.",
    "Selalu siap membantu rekan yang kesulitan.",
];

async fn peers(
    tx: &mut Transaction<'_, Any>,
    inst: &str,
    pegawai: &str,
    penilai: &str,
) -> Result<Vec<String>, AppError> {
    Ok(sqlx::query(
        "SELECT id FROM pegawai WHERE instansi_id = $1 AND ppk_id = $2 AND id <> $3 \
         ORDER BY nip LIMIT 4",
    )
    .bind(inst)
    .bind(penilai)
    .bind(pegawai)
    .fetch_all(&mut **tx)
    .await?
    .iter()
    .map(|r| r.get("id"))
    .collect())
}

async fn round(
    tx: &mut Transaction<'_, Any>,
    inst: &str,
    periode: &str,
    pegawai: &str,
) -> Result<String, AppError> {
    let id = repo::insert_round(tx, inst, pegawai, periode, None).await?;
    audit::record(
        tx,
        Change {
            instansi_id: inst,
            akun_id: None,
            aksi: "create",
            entitas: "survei_360",
            entitas_id: &id,
            sebelum: None,
            sesudah: Some(
                serde_json::json!({ "pegawai_id": pegawai, "periode_id": periode, "seed": true }),
            ),
        },
    )
    .await?;
    Ok(id)
}

async fn invitation(
    tx: &mut Transaction<'_, Any>,
    inst: &str,
    survei: &str,
    kelompok: Kelompok,
    pegawai: Option<&str>,
    hash: Option<&str>,
) -> Result<String, AppError> {
    let expires_at = at_offset(chrono::Duration::days(MASA_BERLAKU_HARI));
    Ok(repo::insert_invitation(
        tx,
        inst,
        survei,
        NewUndangan {
            kelompok,
            pegawai_id: pegawai,
            token_hash: hash,
            expires_at: &expires_at,
        },
    )
    .await?)
}

/// Last year's finished round (`closed_periode`) and this year's open one (`open_periode`).
pub async fn seed(
    tx: &mut Transaction<'_, Any>,
    inst: &str,
    closed_periode: &str,
    open_periode: &str,
    pegawai: &str,
    penilai: &str,
) -> Result<(), AppError> {
    let peers = peers(tx, inst, pegawai, penilai).await?;
    let done = round(tx, inst, closed_periode, pegawai).await?;
    let mut rekan = peers.iter();
    for (i, (kelompok, skor)) in SKOR.iter().enumerate() {
        let who = match kelompok {
            Kelompok::Atasan => Some(penilai),
            Kelompok::Rekan => match rekan.next() {
                Some(p) => Some(p.as_str()),
                None => continue,
            },
            _ => None,
        };
        let hash = who.is_none().then(|| token::issue(inst).1);
        let u = invitation(tx, inst, &done, *kelompok, who, hash.as_deref()).await?;
        repo::use_invitation(tx, inst, &u).await?;
        let j = Jawaban {
            kelompok: *kelompok,
            skor: *skor,
        };
        let komentar = KOMENTAR.get(i % 5).copied();
        repo::insert_response(tx, inst, &done, &j, komentar).await?;
    }
    repo::close(tx, inst, &done).await?;

    let open = round(tx, inst, open_periode, pegawai).await?;
    invitation(tx, inst, &open, Kelompok::Atasan, Some(penilai), None).await?;
    let (t, hash) = token::issue(inst);
    invitation(tx, inst, &open, Kelompok::Masyarakat, None, Some(&hash)).await?;
    tracing::info!(path = %format!("/360/{t}"), "demo: an open 360° masyarakat link for pegawai");
    Ok(())
}
