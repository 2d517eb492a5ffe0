//! Starting a round for an employee and an annual period, inviting colleagues, creating
//! masyarakat links (the token is returned once and never stored), and closing early. Audited.

use serde_json::json;

use super::access::{self, round_not_found};
use super::token;
use crate::backend::audit::{self, Change};
use crate::backend::authz::Actor;
use crate::backend::ids::at_offset;
use crate::backend::repo::survei::{self as repo, NewUndangan, RoundRow};
use crate::backend::skp::period::annual;
use crate::backend::{AppError, AppResult, Db};
use crate::domain::dto::{Employee, Kandidat360, Survei360, Tautan360};
use crate::domain::survei::{Kelompok, MASA_BERLAKU_HARI};

/// The round as its managers see it.
pub async fn load(db: &Db, r: &RoundRow, subject: &Employee) -> AppResult<Survei360> {
    let invitations = repo::invitations(&db.pool, &r.instansi_id, &r.id).await?;
    let pending = repo::has_pending(&db.pool, &r.instansi_id, &r.id).await?;
    Ok(Survei360 {
        finished: r.ditutup_at.is_some() || (!invitations.is_empty() && !pending),
        responses: repo::response_count(&db.pool, &r.instansi_id, &r.id).await?,
        id: r.id.clone(),
        subject_id: subject.id.clone(),
        subject_name: subject.name.clone(),
        period_id: r.periode_id.clone(),
        year: r.tahun,
        created_at: r.created_at.clone(),
        closed_at: r.ditutup_at.clone(),
        invitations,
    })
}

/// The employee's round for the annual period (this year's by default), if started.
pub async fn of_employee(
    db: &Db,
    actor: &Actor,
    pegawai_id: &str,
    periode: Option<&str>,
) -> AppResult<Option<Survei360>> {
    let subject = access::subject(db, actor, pegawai_id).await?;
    let p = annual(db, actor, periode).await?;
    match repo::round_of(&db.pool, &actor.instansi_id, pegawai_id, &p.id).await? {
        Some(r) => Ok(Some(load(db, &r, &subject).await?)),
        None => Ok(None),
    }
}

/// Whom the round's managers may invite.
pub async fn candidates(db: &Db, actor: &Actor, survei_id: &str) -> AppResult<Vec<Kandidat360>> {
    let (r, subject) = access::round(db, actor, survei_id).await?;
    Ok(repo::candidates(&db.pool, &r.instansi_id, &subject.id, Some(&r.id)).await?)
}

pub async fn start(
    db: &Db,
    actor: &Actor,
    pegawai_id: &str,
    periode: Option<&str>,
) -> AppResult<Survei360> {
    let subject = access::subject(db, actor, pegawai_id).await?;
    let p = annual(db, actor, periode).await?;
    p.require_open()?;
    if repo::round_of(&db.pool, &actor.instansi_id, pegawai_id, &p.id)
        .await?
        .is_some()
    {
        return Err(AppError::conflict(
            format!("Survei 360° {} untuk pegawai ini sudah ada", p.tahun),
            format!("This employee already has a 360° round for {}", p.tahun),
        ));
    }
    let mut tx = db.begin().await?;
    let id = repo::insert_round(
        &mut tx,
        &actor.instansi_id,
        pegawai_id,
        &p.id,
        Some(&actor.akun_id),
    )
    .await?;
    audit::record(
        &mut tx,
        Change {
            instansi_id: &actor.instansi_id,
            akun_id: Some(&actor.akun_id),
            aksi: "create",
            entitas: "survei_360",
            entitas_id: &id,
            sebelum: None,
            sesudah: Some(json!({ "pegawai_id": pegawai_id, "periode_id": p.id })),
        },
    )
    .await?;
    tx.commit().await?;
    let r = repo::find_round(&db.pool, &id)
        .await?
        .ok_or_else(round_not_found)?;
    load(db, &r, &subject).await
}

fn require_open(r: &RoundRow) -> AppResult<()> {
    if r.ditutup_at.is_some() {
        Err(AppError::conflict(
            "Survei 360° ini sudah ditutup",
            "This 360° round is closed",
        ))
    } else {
        Ok(())
    }
}

/// Invites a colleague of the subject; their group follows from how they relate to them.
pub async fn invite(
    db: &Db,
    actor: &Actor,
    survei_id: &str,
    pegawai_id: &str,
) -> AppResult<Survei360> {
    let (r, subject) = access::round(db, actor, survei_id).await?;
    require_open(&r)?;
    let candidates = repo::candidates(&db.pool, &r.instansi_id, &subject.id, Some(&r.id)).await?;
    let c = candidates
        .iter()
        .find(|c| c.id == pegawai_id)
        .ok_or_else(|| {
            AppError::problem(crate::domain::problem::Problem::new(
                "pegawai",
                "Hanya atasan, rekan kerja, atau bawahan pegawai ini yang dapat diundang",
                "Only this employee's superior, peers or subordinates can be invited",
            ))
        })?;
    if c.invited {
        return Err(AppError::conflict(
            "Pegawai ini sudah diundang",
            "This employee is already invited",
        ));
    }
    let kelompok = Kelompok::from_code(&c.group).unwrap_or(Kelompok::Rekan);
    let expires_at = at_offset(chrono::Duration::days(MASA_BERLAKU_HARI));
    let mut tx = db.begin().await?;
    let id = repo::insert_invitation(
        &mut tx,
        &r.instansi_id,
        &r.id,
        NewUndangan {
            kelompok,
            pegawai_id: Some(pegawai_id),
            token_hash: None,
            expires_at: &expires_at,
        },
    )
    .await?;
    audit::record(
        &mut tx,
        Change {
            instansi_id: &r.instansi_id,
            akun_id: Some(&actor.akun_id),
            aksi: "invite",
            entitas: "survei_360",
            entitas_id: &r.id,
            sebelum: None,
            sesudah: Some(json!({ "invitation_id": id, "group": kelompok.code(),
                "pegawai_id": pegawai_id, "expires_at": expires_at })),
        },
    )
    .await?;
    tx.commit().await?;
    load(db, &r, &subject).await
}

/// A new single-use masyarakat link; its address is in the answer only.
pub async fn link(db: &Db, actor: &Actor, survei_id: &str) -> AppResult<Tautan360> {
    let (r, _) = access::round(db, actor, survei_id).await?;
    require_open(&r)?;
    let (token, hash) = token::issue(&r.instansi_id);
    let expires_at = at_offset(chrono::Duration::days(MASA_BERLAKU_HARI));
    let mut tx = db.begin().await?;
    let id = repo::insert_invitation(
        &mut tx,
        &r.instansi_id,
        &r.id,
        NewUndangan {
            kelompok: Kelompok::Masyarakat,
            pegawai_id: None,
            token_hash: Some(&hash),
            expires_at: &expires_at,
        },
    )
    .await?;
    audit::record(
        &mut tx,
        Change {
            instansi_id: &r.instansi_id,
            akun_id: Some(&actor.akun_id),
            aksi: "create_link",
            entitas: "survei_360",
            entitas_id: &r.id,
            sebelum: None,
            sesudah: Some(
                json!({ "invitation_id": id, "group": "MASYARAKAT", "expires_at": expires_at }),
            ),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Tautan360 {
        invitation_id: id,
        path: format!("/360/{token}"),
        expires_at,
    })
}

/// Ends the round early: no more answers; results can be read.
pub async fn close(db: &Db, actor: &Actor, survei_id: &str) -> AppResult<Survei360> {
    let (r, subject) = access::round(db, actor, survei_id).await?;
    require_open(&r)?;
    let mut tx = db.begin().await?;
    if repo::close(&mut tx, &r.instansi_id, &r.id).await? {
        audit::record(
            &mut tx,
            Change {
                instansi_id: &r.instansi_id,
                akun_id: Some(&actor.akun_id),
                aksi: "close",
                entitas: "survei_360",
                entitas_id: &r.id,
                sebelum: None,
                sesudah: Some(json!({ "closed": true })),
            },
        )
        .await?;
    }
    tx.commit().await?;
    let r = repo::find_round(&db.pool, &r.id)
        .await?
        .ok_or_else(round_not_found)?;
    load(db, &r, &subject).await
}
