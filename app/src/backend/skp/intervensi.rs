//! The database checks of an RHK's links: the intervened RHK must belong to the employee's
//! PPK, in the same period, approved or published early — or, for a squad result (an RHK
//! tagged with a squad), be one its squad allows (the squad's RHK, the lead's, or the serving
//! leader's; `backend::tim::parent_allowed`); the chain must not loop; a strategic goal must
//! be the instansi's for that year.

use sqlx::{Any, Transaction};

use crate::backend::repo::skp::{chain_up, find_rhk, SkpRow};
use crate::domain::dto::{Employee, RhkInput};
use crate::domain::problem::Problem;
use crate::domain::skp::StatusSkp;

/// Longest chain walked when looking for a loop (deeper than any organisation).
const MAX_CHAIN: i64 = 64;

pub async fn check(
    tx: &mut Transaction<'_, Any>,
    skp: &SkpRow,
    owner: &Employee,
    jpt: bool,
    input: &RhkInput,
    editing: Option<&str>,
) -> Result<Vec<Problem>, sqlx::Error> {
    let mut out = vec![];
    let parent_id = input
        .intervensi_id
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty());
    match parent_id {
        None if !jpt => out.push(Problem::new(
            "intervensi_id",
            "RHK wajib mengintervensi tepat satu RHK atasan (RHK milik PPK Anda)",
            "The RHK must intervene exactly one superior RHK (one of your PPK's)",
        )),
        None => {}
        Some(pid) => {
            let parent = find_rhk(&mut **tx, pid).await?;
            match parent {
                Some(p) if p.instansi_id == skp.instansi_id => {
                    let squad = match editing {
                        Some(me) => {
                            crate::backend::tim::squad_parent_ok(tx, &skp.instansi_id, me, &p)
                                .await?
                        }
                        None => false,
                    };
                    if squad {
                        // a squad result: its squad decides what it may intervene
                    } else if p.periode_id != skp.periode_id {
                        out.push(Problem::new(
                            "intervensi_id",
                            "RHK atasan berasal dari periode lain",
                            "The superior RHK belongs to another period",
                        ));
                    } else if owner.ppk_id.as_deref() != Some(p.pegawai_id.as_str()) {
                        out.push(Problem::new(
                            "intervensi_id",
                            format!(
                                "RHK yang diintervensi harus milik PPK Anda ({})",
                                owner.ppk_name.as_deref().unwrap_or("belum ditetapkan")
                            ),
                            format!(
                                "The intervened RHK must be your PPK's ({})",
                                owner.ppk_name.as_deref().unwrap_or("not set")
                            ),
                        ));
                    } else if p.skp_status != StatusSkp::Disetujui && !p.terbit {
                        out.push(Problem::new(
                            "intervensi_id",
                            "RHK atasan ini belum disetujui dan belum diterbitkan oleh atasan",
                            "This superior RHK is neither approved nor published by the superior",
                        ));
                    }
                    if let Some(me) = editing {
                        let chain = chain_up(&mut **tx, &skp.instansi_id, pid, MAX_CHAIN).await?;
                        if chain.iter().any(|a| a.id == me) {
                            out.push(Problem::new(
                                "intervensi_id",
                                "Intervensi ini membuat rantai hasil melingkar",
                                "This link would make the result chain circular",
                            ));
                        }
                    }
                }
                _ => out.push(Problem::new(
                    "intervensi_id",
                    "RHK atasan yang diintervensi tidak ditemukan",
                    "The intervened superior RHK was not found",
                )),
            }
        }
    }
    if let Some(sid) = input.sasaran_id.as_deref().filter(|s| !s.trim().is_empty()) {
        let found: Option<String> = sqlx::query_scalar(
            "SELECT periode_id FROM sasaran_strategis WHERE instansi_id = $1 AND id = $2",
        )
        .bind(&skp.instansi_id)
        .bind(sid)
        .fetch_optional(&mut **tx)
        .await?;
        if found.as_deref() != Some(skp.periode_id.as_str()) {
            out.push(Problem::new(
                "sasaran_id",
                "Sasaran strategis tidak ditemukan pada periode ini",
                "The strategic goal was not found in this period",
            ));
        }
    }
    Ok(out)
}
