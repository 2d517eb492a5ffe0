//! The 9-box of talent: the leader enters each employee's potensi for a period; the grid
//! places everyone with a final predikat and a potensi, with the recommendation per box.

use serde_json::json;

use super::require_unit_reader;
use crate::backend::audit::{self, Change};
use crate::backend::authz::{Actor, EmployeeScope};
use crate::backend::evaluasi::scope::{leads, period, unit, Periode};
use crate::backend::repo::potensi::{self as repo, NewPotensi};
use crate::backend::skp::owner_scope;
use crate::backend::{AppError, AppResult, Db};
use crate::domain::dto::{page_limit, Employee, KotakTalenta, PetaTalenta, Potensi, PotensiInput};
use crate::domain::evaluasi::MAX_ALASAN;
use crate::domain::problem::optional_text;
use crate::domain::talenta::{rekomendasi, sumbu};

/// The employee's PPK, or the head of their unit or one above it (never the person themself).
fn may_judge(actor: &Actor, e: &Employee, scope: &EmployeeScope) -> bool {
    let Some(me) = actor.pegawai_id.as_deref() else {
        return false;
    };
    me != e.id
        && (e.ppk_id.as_deref() == Some(me)
            || actor
                .headed_paths
                .iter()
                .any(|p| scope.unit_path.starts_with(p.as_str())))
}

/// The 9-box is about a year: an annual period.
async fn annual(db: &Db, actor: &Actor, id: Option<&str>) -> AppResult<Periode> {
    let per = period(db, actor, id).await?;
    if per.id != per.annual_id {
        return Err(AppError::bad_request(
            "Potensi dan 9-box dinilai per periode tahunan",
            "Potential and the 9-box are per annual period",
        ));
    }
    Ok(per)
}

/// Sets an employee's potensi for a period (version-checked, audited).
pub async fn set_potensi(
    db: &Db,
    actor: &Actor,
    pegawai_id: &str,
    input: &PotensiInput,
) -> AppResult<Potensi> {
    let (e, scope) = owner_scope(db, pegawai_id).await?;
    actor.require_instansi(&scope.instansi_id)?;
    if !may_judge(actor, &e, &scope) {
        return Err(AppError::new(
            http::StatusCode::FORBIDDEN,
            "forbidden",
            "Potensi pegawai diisi oleh PPK-nya atau pimpinan unitnya",
            "An employee's potential is entered by their PPK or a head of their unit",
        ));
    }
    if let Some(p) = optional_text("alasan", "Alasan", &input.alasan, MAX_ALASAN) {
        return Err(AppError::problem(p));
    }
    let per = annual(db, actor, input.period.as_deref()).await?;
    let inst = scope.instansi_id.as_str();
    let before = repo::find(&db.pool, inst, pegawai_id, &per.id).await?;
    let version = input.version.unwrap_or(0);
    let conflict = || {
        AppError::conflict(
            "Potensi pegawai ini baru saja diubah oleh orang lain. Muat ulang, lalu ulangi.",
            "This employee's potential was just changed by someone else. Reload, then try again.",
        )
    };
    if before.as_ref().map_or(0, |b| b.version) != version {
        return Err(conflict());
    }
    let mut tx = db.begin().await?;
    let saved = repo::save(
        &mut tx,
        inst,
        version,
        &NewPotensi {
            pegawai_id,
            periode_id: &per.id,
            potensi: input.potensi,
            alasan: &input.alasan,
            oleh: actor.pegawai_id.as_deref(),
        },
    )
    .await?;
    if !saved {
        return Err(conflict());
    }
    audit::record(
        &mut tx,
        Change {
            instansi_id: inst,
            akun_id: Some(&actor.akun_id),
            aksi: if before.is_some() { "update" } else { "create" },
            entitas: "potensi_pegawai",
            entitas_id: &format!("{pegawai_id}:{}", per.id),
            sebelum: before.map(|b| json!({ "potensi": b.potensi, "alasan": b.alasan })),
            sesudah: Some(json!({ "potensi": input.potensi, "alasan": input.alasan.trim() })),
        },
    )
    .await?;
    tx.commit().await?;
    repo::find(&db.pool, inst, pegawai_id, &per.id)
        .await?
        .ok_or_else(AppError::internal)
}

/// The grid of a unit subtree for a period, with one page of its people.
pub async fn peta(
    db: &Db,
    actor: &Actor,
    unit_id: Option<&str>,
    period_id: Option<&str>,
    limit: Option<i64>,
    cursor: Option<&str>,
) -> AppResult<PetaTalenta> {
    let u = unit(db, actor, unit_id).await?;
    require_unit_reader(actor, &u)?;
    let per = annual(db, actor, period_id).await?;
    let inst = u.r.instansi_id.as_str();
    let (counts, belum_lengkap) = repo::counts(&db.pool, inst, &per.id, &u.r.path).await?;
    let boxes = (1..=9u8)
        .filter_map(|n| {
            let (kinerja, potensi) = sumbu(n)?;
            let r = rekomendasi(n);
            Some(KotakTalenta {
                kotak: n,
                kinerja,
                potensi,
                jumlah: counts[usize::from(n - 1)],
                penghargaan: r.penghargaan.into(),
                penghargaan_en: r.penghargaan_en.into(),
                pengembangan: r.pengembangan.into(),
                pengembangan_en: r.pengembangan_en.into(),
            })
        })
        .collect();
    let mut page = repo::people(
        &db.pool,
        inst,
        &per.id,
        &u.r.path,
        page_limit(limit),
        cursor,
    )
    .await?;
    // whoever heads the unit or one above judges everyone in it but themself (`may_judge`)
    let heads = leads(actor, &u.r);
    for p in &mut page.items {
        p.boleh_potensi = heads && actor.pegawai_id.as_deref() != Some(p.pegawai_id.as_str());
    }
    Ok(PetaTalenta {
        unit_id: u.r.id.clone(),
        unit_name: u.nama,
        periode_id: per.id,
        boxes,
        belum_lengkap,
        items: page.items,
        next_cursor: page.next_cursor,
    })
}
