//! Peta Kontribusi: an employee's home-unit RHK and every squad role side by side, each with
//! its IKI and progress, the intervened RHK and its path up to the strategic goal, and the
//! share of the person's time (`GET /api/v1/employees/{id}/contributions`).
//!
//! Whoever may read the employee sees it all; a squad lead who may not sees only the results
//! of the squads they lead (`terbatas`), never the home-unit RHK.

use std::collections::HashMap;

use super::super::skp::owner_scope;
use crate::backend::authz::Actor;
use crate::backend::repo::skp::ringkas;
use crate::backend::repo::tim::{self as repo, progress_of, PeranKontribusi};
use crate::backend::skp::cascade::path_to_goal;
use crate::backend::skp::period::annual;
use crate::backend::{AppError, AppResult, Db};
use crate::domain::dto::{ChainStep, JenisKontribusi, Kontribusi, PetaKontribusi};
use crate::domain::skp::JenisRhk;
use crate::domain::tim::{beban, share};

pub async fn peta(
    db: &Db,
    actor: &Actor,
    pegawai_id: &str,
    period: Option<&str>,
) -> AppResult<PetaKontribusi> {
    let (_, scope) = owner_scope(db, pegawai_id).await?;
    actor.require_instansi(&scope.instansi_id)?;
    let inst = scope.instansi_id.as_str();
    let p = annual(db, actor, period).await?;
    let mut roles = repo::peran_of(&db.pool, inst, &p.id, pegawai_id).await?;
    let full = actor.can_read_employee(&scope);
    if !full {
        let me = actor.pegawai_id.as_deref();
        roles.retain(|r| Some(r.ketua_id.as_str()) == me);
        if roles.is_empty() {
            return Err(AppError::forbidden());
        }
    }
    let pegawai = ringkas(&db.pool, inst, pegawai_id)
        .await?
        .ok_or_else(|| AppError::not_found("Pegawai", "Employee"))?;
    let load = beban(&roles.iter().map(|r| r.alokasi).collect::<Vec<_>>());
    let role_of: HashMap<&str, &PeranKontribusi> = roles
        .iter()
        .flat_map(|r| r.rhk_ids.iter().map(move |id| (id.as_str(), r)))
        .collect();
    let mut rhk = repo::rhk_of(&db.pool, inst, &p.id, pegawai_id).await?;
    if !full {
        rhk.retain(|r| role_of.contains_key(r.id.as_str()));
    }
    let home = rhk.iter().filter(|r| r.tim_id.is_none()).count();
    let mut paths: HashMap<String, Vec<ChainStep>> = HashMap::new();
    let mut items = vec![];
    for r in rhk {
        let role = role_of.get(r.id.as_str()).copied();
        let jalur = match &r.parent {
            Some(parent) => match paths.get(&parent.id) {
                Some(j) => j.clone(),
                None => {
                    let j = path_to_goal(db, inst, &parent.id).await?;
                    paths.insert(parent.id.clone(), j.clone());
                    j
                }
            },
            None => vec![],
        };
        let (kind, alokasi) = match (&r.tim_id, role) {
            (None, _) => (JenisKontribusi::Unit, share(load.unit, home)),
            (Some(_), Some(role)) => (
                JenisKontribusi::Tim,
                share(role.alokasi, role.rhk_ids.len()),
            ),
            (Some(_), None) => (JenisKontribusi::Tim, 0.0),
        };
        items.push(Kontribusi {
            kind,
            progress: progress_of(&r.iki),
            jenis: JenisRhk::from_code(&r.jenis).unwrap_or(JenisRhk::Utama),
            rhk_id: r.id,
            judul: r.judul,
            iki: r.iki,
            tim_id: r.tim_id.clone(),
            tim_nama: role.map(|x| x.tim_nama.clone()),
            peran: role.map(|x| x.label.clone()),
            penugasan_dari: r.penugasan_dari,
            intervensi: r.parent,
            jalur,
            alokasi,
        });
    }
    // home results first, then the squads
    items.sort_by_key(|k| k.kind == JenisKontribusi::Tim);
    let mut rekomendasi = repo::rekomendasi_for(&db.pool, inst, pegawai_id, &p.id).await?;
    if !full {
        rekomendasi.retain(|k| roles.iter().any(|r| r.tim_id == k.tim_id));
    }
    Ok(PetaKontribusi {
        pegawai,
        periode_id: p.id,
        tahun: p.tahun,
        items,
        beban: load,
        rekomendasi,
        terbatas: !full,
    })
}
