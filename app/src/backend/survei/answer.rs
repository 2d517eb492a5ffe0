//! Answering once: an internal invitee (signed in) by their invitation, a service user (no
//! account) by their link. Marking the invitation used and storing the response happen in one
//! transaction, the mark conditional on it being unused and unexpired, so a link never counts
//! twice. The response keeps no trace of who gave it; the audit entry names no account.

use serde_json::json;

use super::token;
use crate::backend::audit::{self, Change};
use crate::backend::authz::Actor;
use crate::backend::ids::now;
use crate::backend::repo::employee;
use crate::backend::repo::survei::{self as repo, InvitationRow};
use crate::backend::{AppError, AppResult, Db};
use crate::domain::berakhlak::NilaiBerakhlak;
use crate::domain::dto::{Formulir360, Jawaban360Input};
use crate::domain::survei::{check_komentar, check_skor, Jawaban};
use http::StatusCode;

pub fn link_unknown() -> AppError {
    AppError::new(
        StatusCode::NOT_FOUND,
        "link_unknown",
        "Tautan survei ini tidak dikenal. Periksa kembali alamatnya.",
        "This survey link is not known. Check the address.",
    )
}

pub fn link_used() -> AppError {
    AppError::new(
        StatusCode::GONE,
        "link_used",
        "Tautan ini sudah digunakan. Setiap tautan hanya dapat dipakai satu kali.",
        "This link has already been used. Each link works only once.",
    )
}

pub fn link_expired() -> AppError {
    AppError::new(
        StatusCode::GONE,
        "link_expired",
        "Tautan ini sudah kedaluwarsa atau surveinya sudah ditutup.",
        "This link has expired or its survey is closed.",
    )
}

fn require_answerable(u: &InvitationRow) -> AppResult<()> {
    if u.used {
        Err(link_used())
    } else if u.round_closed || u.expires_at <= now() {
        Err(link_expired())
    } else {
        Ok(())
    }
}

async fn by_token(db: &Db, t: &str) -> AppResult<InvitationRow> {
    let (inst, hash) = token::read(t).ok_or_else(link_unknown)?;
    repo::invitation_by_token(&db.pool, &inst, &hash)
        .await?
        .ok_or_else(link_unknown)
}

/// The caller's own invitation (404 for anyone else's: its existence is not theirs to know).
async fn by_invitation(db: &Db, actor: &Actor, id: &str) -> AppResult<InvitationRow> {
    let u = repo::invitation_by_id(&db.pool, id)
        .await?
        .ok_or_else(link_unknown)?;
    actor.require_instansi(&u.instansi_id)?;
    if u.pegawai_id.is_none() || u.pegawai_id != actor.pegawai_id {
        return Err(link_unknown());
    }
    Ok(u)
}

async fn form(db: &Db, u: &InvitationRow) -> AppResult<Formulir360> {
    require_answerable(u)?;
    let (subject, _) = employee::find(&db.pool, &u.subject_id)
        .await?
        .ok_or_else(link_unknown)?;
    let instansi_name: String =
        sqlx::query_scalar("SELECT nama FROM instansi WHERE instansi_id = $1")
            .bind(&u.instansi_id)
            .fetch_one(&db.pool)
            .await?;
    Ok(Formulir360 {
        subject_name: subject.name,
        subject_jabatan: subject.jabatan,
        instansi_name,
        group: u.kelompok.code().into(),
        year: u.tahun,
        expires_at: u.expires_at.clone(),
    })
}

pub async fn form_by_token(db: &Db, t: &str) -> AppResult<Formulir360> {
    form(db, &by_token(db, t).await?).await
}

pub async fn form_by_invitation(db: &Db, actor: &Actor, id: &str) -> AppResult<Formulir360> {
    form(db, &by_invitation(db, actor, id).await?).await
}

/// The scores of the input, checked (422 with one detail per missing or bad value).
pub fn check(input: &Jawaban360Input) -> AppResult<([u8; 7], Option<String>)> {
    let mut problems = vec![];
    let skor = match check_skor(|v: NilaiBerakhlak| {
        input
            .scores
            .iter()
            .find(|(k, _)| NilaiBerakhlak::from_code(k) == Some(v))
            // a score that is not a whole number is out of range
            .map(|(_, s)| s.as_i64().unwrap_or(0))
    }) {
        Ok(s) => s,
        Err(p) => {
            problems.extend(p);
            [0; 7]
        }
    };
    problems.extend(check_komentar(&input.comment));
    if !problems.is_empty() {
        return Err(AppError::problems(problems));
    }
    let komentar = Some(input.comment.trim().to_string()).filter(|c| !c.is_empty());
    Ok((skor, komentar))
}

async fn record(db: &Db, u: &InvitationRow, input: &Jawaban360Input) -> AppResult<()> {
    require_answerable(u)?;
    let (skor, komentar) = check(input)?;
    let mut tx = db.begin().await?;
    if !repo::use_invitation(&mut tx, &u.instansi_id, &u.id).await? {
        // someone was faster, or it lapsed in between
        let again = repo::invitation_by_id(&db.pool, &u.id).await?;
        return Err(match again {
            Some(a) if a.used => link_used(),
            _ => link_expired(),
        });
    }
    let j = Jawaban {
        kelompok: u.kelompok,
        skor,
    };
    repo::insert_response(
        &mut tx,
        &u.instansi_id,
        &u.survei_id,
        &j,
        komentar.as_deref(),
    )
    .await?;
    audit::record(
        &mut tx,
        Change {
            instansi_id: &u.instansi_id,
            akun_id: None,
            aksi: "answer",
            entitas: "survei_360",
            entitas_id: &u.survei_id,
            sebelum: None,
            sesudah: Some(json!({ "group": u.kelompok.code() })),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

pub async fn answer_by_token(db: &Db, t: &str, input: &Jawaban360Input) -> AppResult<()> {
    record(db, &by_token(db, t).await?, input).await
}

pub async fn answer_by_invitation(
    db: &Db,
    actor: &Actor,
    id: &str,
    input: &Jawaban360Input,
) -> AppResult<()> {
    record(db, &by_invitation(db, actor, id).await?, input).await
}
