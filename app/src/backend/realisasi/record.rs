//! Recording an achievement: the RHK's owner, in an open period, for a sub-period of the
//! SKP's year that has begun, with files (already streamed to temp files) and links. One
//! transaction writes the entry, its evidence, the IKI's cumulative realisasi, the RHK's
//! stored summary and the audit row; files are placed inside it and removed if it fails.
//! A retry with the same `Idempotency-Key` from the same account returns the first entry.

use serde_json::json;

use super::access::akses;
use super::store::{EvidenceStore, StagedFile};
use crate::backend::audit::{self, Change};
use crate::backend::authz::Actor;
use crate::backend::repo::realisasi::{self as repo, NewBukti, NewRealisasi};
use crate::backend::{AppError, AppResult, Db};
use crate::domain::dto::{Realisasi, RealisasiInput, SubPeriodRef};
use crate::domain::problem::{optional_text, Problem};
use crate::domain::realisasi::{check_nilai, check_tautan, MAX_BERKAS, MAX_NARASI, MAX_TAUTAN};

/// The entry, and whether this call created it (false: an idempotent retry).
#[derive(Debug)]
pub struct Dicatat {
    pub entry: Realisasi,
    pub created: bool,
}

/// A client's idempotency key: 1–200 visible ASCII characters.
pub fn check_key(key: &str) -> AppResult<()> {
    if key.is_empty() || key.len() > 200 || !key.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(AppError::bad_request(
            "Idempotency-Key harus 1–200 karakter ASCII tanpa spasi",
            "Idempotency-Key must be 1–200 ASCII characters without spaces",
        ));
    }
    Ok(())
}

/// The entry an earlier request with this key made, if any (for the same IKI; another IKI is
/// a reuse of the key, refused).
pub async fn replay(
    db: &Db,
    actor: &Actor,
    iki_id: &str,
    key: Option<&str>,
) -> AppResult<Option<Realisasi>> {
    let Some(key) = key else { return Ok(None) };
    let Some((id, iki)) =
        repo::by_idempotency_key(&db.pool, &actor.instansi_id, &actor.akun_id, key).await?
    else {
        return Ok(None);
    };
    if iki != iki_id {
        let mut e = AppError::problem(Problem::new(
            "Idempotency-Key",
            "Idempotency-Key ini sudah dipakai untuk permintaan lain",
            "This Idempotency-Key was already used for another request",
        ));
        e.code = "idempotency_key_reused";
        return Err(e);
    }
    Ok(repo::find(&db.pool, &id).await?.map(|(_, e)| e))
}

/// Checks the actor may record on the IKI (before any upload is accepted).
pub async fn precheck(db: &Db, actor: &Actor, iki_id: &str) -> AppResult<()> {
    akses(db, actor, iki_id).await?.require_record()
}

pub async fn record(
    db: &Db,
    store: &EvidenceStore,
    actor: &Actor,
    iki_id: &str,
    input: RealisasiInput,
    files: Vec<StagedFile>,
    key: Option<&str>,
) -> AppResult<Dicatat> {
    if let Some(k) = key {
        check_key(k)?;
    }
    if let Some(entry) = replay(db, actor, iki_id, key).await? {
        return Ok(Dicatat {
            entry,
            created: false,
        });
    }
    let a = akses(db, actor, iki_id).await?;
    a.require_record()?;
    let ctx = &a.ctx;

    let mut problems = vec![];
    if let Err(p) = check_nilai(input.value, &ctx.satuan) {
        problems.push(p);
    }
    problems.extend(optional_text(
        "narrative",
        "Narasi",
        &input.narrative,
        MAX_NARASI,
    ));
    let mut links = vec![];
    for l in input.links.iter().filter(|l| !l.trim().is_empty()) {
        match check_tautan(l) {
            Ok(u) => links.push(u),
            Err(p) => problems.push(p),
        }
    }
    if links.len() > MAX_TAUTAN {
        problems.push(Problem::new(
            "links",
            format!("Paling banyak {MAX_TAUTAN} tautan per realisasi"),
            format!("At most {MAX_TAUTAN} links per entry"),
        ));
    }
    if files.len() > MAX_BERKAS {
        problems.push(Problem::new(
            "file",
            format!("Paling banyak {MAX_BERKAS} berkas per realisasi"),
            format!("At most {MAX_BERKAS} files per entry"),
        ));
    }
    let (sp_id, sp_no) = match &input.sub_period {
        SubPeriodRef::Id(id) => (Some(id.as_str()), None),
        SubPeriodRef::Number(n) => (None, Some(*n)),
    };
    let sp = repo::sub_periode(&db.pool, &ctx.instansi_id, &ctx.periode_id, sp_id, sp_no).await?;
    match &sp {
        None => problems.push(Problem::new(
            "sub_period",
            format!("Pilih sub-periode tahun {} dari SKP ini", ctx.tahun),
            format!("Choose a sub-period of {}, the year of this SKP", ctx.tahun),
        )),
        Some(s) if s.mulai > chrono::Utc::now().date_naive().to_string() => {
            problems.push(Problem::new(
                "sub_period",
                format!("Sub-periode ini belum dimulai (mulai {})", s.mulai),
                format!(
                    "This sub-period has not started yet (it starts {})",
                    s.mulai
                ),
            ))
        }
        _ => {}
    }
    if !problems.is_empty() {
        return Err(if problems.len() == 1 {
            AppError::problem(problems.remove(0))
        } else {
            AppError::problems(problems)
        });
    }
    let sp = sp.ok_or_else(AppError::internal)?;

    let hashes: Vec<String> = files.iter().map(|f| f.sha256.clone()).collect();
    let res = write(db, store, actor, &a, &sp.id, &input, &links, files, key).await;
    match res {
        Ok(id) => {
            let (_, entry) = repo::find(&db.pool, &id)
                .await?
                .ok_or_else(AppError::internal)?;
            Ok(Dicatat {
                entry,
                created: true,
            })
        }
        Err(e) => {
            for sha in &hashes {
                store.remove_unreferenced(db, &ctx.instansi_id, sha).await;
            }
            // a concurrent retry with the same key won the race: answer with its entry
            if e.code == "conflict" {
                if let Some(entry) = replay(db, actor, iki_id, key).await? {
                    return Ok(Dicatat {
                        entry,
                        created: false,
                    });
                }
            }
            Err(e)
        }
    }
}

#[allow(clippy::too_many_arguments)]
async fn write(
    db: &Db,
    store: &EvidenceStore,
    actor: &Actor,
    a: &super::access::Akses,
    sub_periode_id: &str,
    input: &RealisasiInput,
    links: &[String],
    files: Vec<StagedFile>,
    key: Option<&str>,
) -> AppResult<String> {
    let ctx = &a.ctx;
    let inst = ctx.instansi_id.as_str();
    let mut tx = db.begin().await?;
    let id = repo::insert(
        &mut tx,
        inst,
        &NewRealisasi {
            iki_id: &ctx.iki_id,
            rhk_id: &ctx.rhk_id,
            periode_id: sub_periode_id,
            nilai: input.value,
            narasi: input.narrative.trim(),
            akun_id: &actor.akun_id,
            idempotency_key: key,
        },
    )
    .await?;
    let mut evidence = vec![];
    let mut urutan = 0i64;
    for f in files {
        repo::insert_berkas(&mut tx, inst, &f.sha256, f.size, f.mime).await?;
        let (sha, name, size, mime) = (f.sha256.clone(), f.name.clone(), f.size, f.mime);
        store.place(inst, f).await.map_err(|e| {
            tracing::error!(error = %e, "placing an evidence file");
            AppError::internal()
        })?;
        repo::insert_bukti(
            &mut tx,
            inst,
            &id,
            urutan,
            &NewBukti::Berkas {
                sha256: &sha,
                nama: &name,
            },
        )
        .await?;
        urutan += 1;
        evidence.push(json!({ "file": name, "sha256": sha, "size": size, "mime": mime }));
    }
    for url in links {
        repo::insert_bukti(&mut tx, inst, &id, urutan, &NewBukti::Tautan { url }).await?;
        urutan += 1;
        evidence.push(json!({ "link": url }));
    }
    let cumulative =
        repo::refresh_iki(&mut tx, inst, &ctx.iki_id, &ctx.rhk_id, &ctx.satuan).await?;
    audit::record(
        &mut tx,
        Change {
            instansi_id: inst,
            akun_id: Some(&actor.akun_id),
            aksi: "create",
            entitas: "realisasi",
            entitas_id: &id,
            sebelum: None,
            sesudah: Some(json!({
                "iki_id": ctx.iki_id, "rhk_id": ctx.rhk_id, "skp_id": ctx.skp_id,
                "sub_period": sub_periode_id, "value": input.value,
                "narrative": input.narrative.trim(), "evidence": evidence,
                "iki_realisasi": cumulative,
            })),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}
