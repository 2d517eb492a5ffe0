//! Recording and changing innovation records: the employee only, in an open year.

use serde_json::json;

use crate::backend::audit::{self, Change};
use crate::backend::authz::Actor;
use crate::backend::repo::inovasi::{self as repo, Isi};
use crate::backend::repo::umpan_balik::rhk_of;
use crate::backend::skp::owner_scope;
use crate::backend::skp::period::annual;
use crate::backend::{AppError, AppResult, Db};
use crate::domain::dto::{Inovasi, InovasiInput};
use crate::domain::inovasi::{check, tautan_text, Isian};
use crate::domain::problem::Problem;

fn only_the_employee() -> AppError {
    AppError::new(
        http::StatusCode::FORBIDDEN,
        "forbidden",
        "Catatan inovasi diisi oleh pegawai yang bersangkutan",
        "An innovation record is written by the employee themself",
    )
}

fn conflict() -> AppError {
    AppError::conflict(
        "Catatan inovasi ini baru saja diubah. Muat ulang, lalu ulangi perubahan Anda.",
        "This innovation record was just changed. Reload, then make your change again.",
    )
}

/// The checked input with the RHK link resolved against the employee's RHK of the year.
struct Checked {
    status: crate::domain::inovasi::StatusInovasi,
    tautan: String,
    rhk_id: Option<String>,
}

async fn checked(
    db: &Db,
    inst: &str,
    pegawai_id: &str,
    periode_id: &str,
    input: &InovasiInput,
) -> AppResult<Checked> {
    let mut problems = vec![];
    let ok = check(&Isian {
        judul: &input.title,
        masalah: &input.problem,
        solusi: &input.solution,
        status: &input.status,
        tautan: &input.links,
        dampak: &input.impact,
    })
    .map_err(|p| problems.extend(p))
    .ok();
    let rhk_id = input
        .rhk_id
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty());
    if let Some(id) = rhk_id {
        let own = rhk_of(&db.pool, inst, pegawai_id, periode_id).await?;
        if !own.iter().any(|r| r.id == id) {
            problems.push(Problem::new(
                "rhk_id",
                "RHK itu bukan RHK Anda pada tahun ini",
                "That RHK is not one of yours this year",
            ));
        }
    }
    match (ok, problems.is_empty()) {
        (Some(ok), true) => Ok(Checked {
            status: ok.status,
            tautan: tautan_text(&ok.tautan),
            rhk_id: rhk_id.map(str::to_string),
        }),
        _ => Err(AppError::problems(problems)),
    }
}

fn isi<'a>(input: &'a InovasiInput, c: &'a Checked) -> Isi<'a> {
    Isi {
        rhk_id: c.rhk_id.as_deref(),
        judul: input.title.trim(),
        masalah: input.problem.trim(),
        solusi: input.solution.trim(),
        status: c.status,
        tautan: &c.tautan,
        dampak: input.impact.trim(),
    }
}

fn snapshot(i: &Isi) -> serde_json::Value {
    json!({ "rhk_id": i.rhk_id, "title": i.judul, "problem": i.masalah,
        "solution": i.solusi, "status": i.status.code(), "links": i.tautan, "impact": i.dampak })
}

async fn fresh(db: &Db, id: &str) -> AppResult<Inovasi> {
    let (_, mut i) = repo::find(&db.pool, id)
        .await?
        .ok_or_else(AppError::internal)?;
    i.can_edit = true;
    Ok(i)
}

/// The employee records an innovation in an annual period (the current one by default).
pub async fn create(
    db: &Db,
    actor: &Actor,
    pegawai_id: &str,
    input: InovasiInput,
) -> AppResult<Inovasi> {
    let (owner, scope) = owner_scope(db, pegawai_id).await?;
    actor.require_instansi(&scope.instansi_id)?;
    if actor.pegawai_id.as_deref() != Some(pegawai_id) {
        return Err(if actor.can_read_employee(&scope) {
            only_the_employee()
        } else {
            AppError::forbidden()
        });
    }
    let a = annual(db, actor, Some(&input.period)).await?;
    a.require_open()?;
    let inst = scope.instansi_id.as_str();
    let c = checked(db, inst, pegawai_id, &a.id, &input).await?;
    let isi = isi(&input, &c);
    let mut tx = db.begin().await?;
    let id = repo::insert(&mut tx, inst, pegawai_id, &owner.unit_id, &a.id, &isi).await?;
    audit::record(
        &mut tx,
        Change {
            instansi_id: inst,
            akun_id: Some(&actor.akun_id),
            aksi: "create",
            entitas: "inovasi",
            entitas_id: &id,
            sebelum: None,
            sesudah: Some(snapshot(&isi)),
        },
    )
    .await?;
    tx.commit().await?;
    fresh(db, &id).await
}

/// The employee changes a record, naming the version read (409 when stale).
pub async fn update(db: &Db, actor: &Actor, id: &str, input: InovasiInput) -> AppResult<Inovasi> {
    let (inst, before) = repo::find(&db.pool, id)
        .await?
        .ok_or_else(|| AppError::not_found("Catatan inovasi", "Innovation record"))?;
    actor.require_instansi(&inst)?;
    if actor.pegawai_id.as_deref() != Some(before.employee_id.as_str()) {
        let (_, scope) = owner_scope(db, &before.employee_id).await?;
        return Err(if actor.can_read_employee(&scope) {
            only_the_employee()
        } else {
            AppError::forbidden()
        });
    }
    let Some(version) = input.version else {
        return Err(AppError::problem(Problem::new(
            "version",
            "Sebutkan versi yang dibaca (version)",
            "Name the version you read (version)",
        )));
    };
    annual(db, actor, Some(&before.period_id))
        .await?
        .require_open()?;
    let c = checked(db, &inst, &before.employee_id, &before.period_id, &input).await?;
    let isi = isi(&input, &c);
    let mut tx = db.begin().await?;
    if !repo::update(&mut tx, &inst, id, &isi, version).await? {
        return Err(conflict());
    }
    audit::record(
        &mut tx,
        Change {
            instansi_id: &inst,
            akun_id: Some(&actor.akun_id),
            aksi: "update",
            entitas: "inovasi",
            entitas_id: id,
            sebelum: Some(json!({ "rhk_id": before.rhk_id, "title": before.title,
                "problem": before.problem, "solution": before.solution, "status": before.status,
                "links": before.links, "impact": before.impact })),
            sesudah: Some(snapshot(&isi)),
        },
    )
    .await?;
    tx.commit().await?;
    fresh(db, id).await
}
