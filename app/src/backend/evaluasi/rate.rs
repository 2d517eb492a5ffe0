//! The PPK rates Hasil Kerja and Perilaku Kerja with a reason each; the predikat follows the
//! matrix; the employee sees the result and acknowledges it.

use serde_json::json;
use sqlx::Row;

use super::scope::period;
use crate::backend::audit::{self, Change};
use crate::backend::authz::Actor;
use crate::backend::repo::evaluasi::{self as repo, NewRating};
use crate::backend::skp::{owner_scope, require_ppk};
use crate::backend::{AppError, AppResult, Db};
use crate::domain::dto::{Evaluasi, PenilaianInput};
use crate::domain::evaluasi::{check_penilaian, Penilaian};
use crate::domain::kurva::PredikatOrganisasi;
use crate::domain::problem::Problem;
use crate::domain::rating::{predikat_pegawai, Rating};

pub fn not_found() -> AppError {
    AppError::not_found("Evaluasi", "Evaluation")
}

fn locked() -> AppError {
    AppError::conflict(
        "Hasil evaluasi ini sudah final; perubahan hanya melalui keberatan",
        "This evaluation is final; it can only change through an appeal",
    )
}

pub fn conflict() -> AppError {
    AppError::conflict(
        "Evaluasi ini baru saja diubah oleh orang lain. Muat ulang, lalu ulangi perubahan Anda.",
        "This evaluation was just changed by someone else. Reload, then make your change again.",
    )
}

/// An evaluation the actor may read.
pub async fn get(db: &Db, actor: &Actor, id: &str) -> AppResult<Evaluasi> {
    let (inst, e) = repo::find(&db.pool, id).await?.ok_or_else(not_found)?;
    actor.require_instansi(&inst)?;
    let (_, scope) = owner_scope(db, &e.pegawai_id).await?;
    actor.require_employee(&scope)?;
    Ok(e)
}

/// The employee's evaluation for a period (none when not rated yet).
pub async fn of_employee(
    db: &Db,
    actor: &Actor,
    pegawai_id: &str,
    period_id: Option<&str>,
) -> AppResult<Option<Evaluasi>> {
    let (_, scope) = owner_scope(db, pegawai_id).await?;
    actor.require_instansi(&scope.instansi_id)?;
    actor.require_employee(&scope)?;
    let per = period(db, actor, period_id).await?;
    Ok(repo::find_for(&db.pool, &scope.instansi_id, pegawai_id, &per.id).await?)
}

/// The RHK utama (current, in SKP order) of the employee's SKP for the annual period.
async fn rhk_utama(
    db: &Db,
    inst: &str,
    pegawai_id: &str,
    annual_id: &str,
) -> AppResult<Vec<String>> {
    Ok(sqlx::query(
        "SELECT r.id FROM skp s CROSS JOIN rhk r \
         WHERE s.instansi_id = $1 AND s.pegawai_id = $2 AND s.periode_id = $3 \
         AND r.instansi_id = s.instansi_id AND r.skp_id = s.id AND r.jenis = 'UTAMA' \
         AND r.pensiun_at IS NULL ORDER BY r.urutan, r.id",
    )
    .bind(inst)
    .bind(pegawai_id)
    .bind(annual_id)
    .fetch_all(&db.pool)
    .await?
    .iter()
    .map(|r| r.get("id"))
    .collect())
}

/// The capaian kinerja organisasi of the unit the employee heads, when they head one and it is set
/// (their Hasil Kerja rating must follow it).
pub async fn organisasi_dipimpin(
    db: &Db,
    inst: &str,
    pegawai_id: &str,
    periode_id: &str,
) -> AppResult<Option<PredikatOrganisasi>> {
    let row = sqlx::query(
        "SELECT c.predikat FROM pegawai p \
         JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id \
         JOIN capaian_organisasi c ON c.instansi_id = j.instansi_id AND c.unit_id = j.unit_id \
         WHERE p.instansi_id = $1 AND p.id = $2 AND j.kepala_unit = 1 AND c.periode_id = $3",
    )
    .bind(inst)
    .bind(pegawai_id)
    .bind(periode_id)
    .fetch_optional(&db.pool)
    .await?;
    Ok(row.and_then(|r| PredikatOrganisasi::from_code(&r.get::<String, _>("predikat"))))
}

/// The employee's current PPK rates them for a period (creating or changing the evaluation).
pub async fn rate(
    db: &Db,
    actor: &Actor,
    pegawai_id: &str,
    input: &PenilaianInput,
) -> AppResult<Evaluasi> {
    let (owner, scope) = owner_scope(db, pegawai_id).await?;
    actor.require_instansi(&scope.instansi_id)?;
    actor.require_employee(&scope)?;
    require_ppk(actor, &owner)?;
    let inst = scope.instansi_id.as_str();
    let per = period(db, actor, input.period.as_deref()).await?;
    per.require_open()?;
    let existing = repo::find_for(&db.pool, inst, pegawai_id, &per.id).await?;
    if let Some(e) = &existing {
        if e.status == "FINAL" {
            return Err(locked());
        }
        if input.version != Some(e.version) {
            return Err(conflict());
        }
    }
    let utama = rhk_utama(db, inst, pegawai_id, &per.annual_id).await?;
    let mut problems = vec![];
    for (i, r) in input.rhk.iter().enumerate() {
        if !utama.contains(&r.rhk_id) {
            problems.push(Problem::new(
                format!("rhk[{i}]"),
                "RHK ini bukan RHK utama dalam SKP pegawai untuk periode ini",
                "This RHK is not an RHK utama of the employee's SKP for this period",
            ));
        }
    }
    let judged: Vec<Option<Rating>> = utama
        .iter()
        .map(|id| input.rhk.iter().find(|r| &r.rhk_id == id).map(|r| r.rating))
        .collect();
    let organisasi = organisasi_dipimpin(db, inst, pegawai_id, &per.id).await?;
    problems.extend(check_penilaian(&Penilaian {
        hasil: input.rating_hasil_kerja,
        alasan_hasil: &input.alasan_hasil_kerja,
        perilaku: input.rating_perilaku_kerja,
        alasan_perilaku: &input.alasan_perilaku_kerja,
        rhk_utama: &judged,
        organisasi,
    }));
    if !problems.is_empty() {
        return Err(AppError::problems(problems));
    }
    let predikat = predikat_pegawai(input.rating_hasil_kerja, input.rating_perilaku_kerja);
    let mut tx = db.begin().await?;
    let id = repo::save(
        &mut tx,
        inst,
        existing.as_ref().map(|e| (e.id.as_str(), e.version)),
        &NewRating {
            pegawai_id,
            periode_id: &per.id,
            penilai_id: actor.pegawai_id.as_deref(),
            hasil: input.rating_hasil_kerja,
            alasan_hasil: &input.alasan_hasil_kerja,
            perilaku: input.rating_perilaku_kerja,
            alasan_perilaku: &input.alasan_perilaku_kerja,
            predikat,
        },
    )
    .await?
    .ok_or_else(conflict)?;
    let ratings: Vec<_> = input
        .rhk
        .iter()
        .filter(|r| utama.contains(&r.rhk_id))
        .cloned()
        .collect();
    repo::set_rhk(&mut tx, inst, &id, &ratings).await?;
    let sebelum = existing.as_ref().map(|e| {
        json!({ "rating_hasil_kerja": e.rating_hasil_kerja, "rating_perilaku_kerja": e.rating_perilaku_kerja,
                "predikat": e.predikat })
    });
    audit::record(
        &mut tx,
        Change {
            instansi_id: inst,
            akun_id: Some(&actor.akun_id),
            aksi: if existing.is_some() { "update" } else { "rate" },
            entitas: "evaluasi",
            entitas_id: &id,
            sebelum,
            sesudah: Some(json!({
                "pegawai_id": pegawai_id, "periode_id": per.id,
                "rating_hasil_kerja": input.rating_hasil_kerja,
                "alasan_hasil_kerja": input.alasan_hasil_kerja.trim(),
                "rating_perilaku_kerja": input.rating_perilaku_kerja,
                "alasan_perilaku_kerja": input.alasan_perilaku_kerja.trim(),
                "rhk": ratings, "predikat": predikat,
            })),
        },
    )
    .await?;
    tx.commit().await?;
    get(db, actor, &id).await
}

/// The employee acknowledges their result; the appeal period runs from then.
pub async fn acknowledge(db: &Db, actor: &Actor, id: &str) -> AppResult<Evaluasi> {
    let e = get(db, actor, id).await?;
    if actor.pegawai_id.as_deref() != Some(e.pegawai_id.as_str()) {
        return Err(AppError::new(
            http::StatusCode::FORBIDDEN,
            "forbidden",
            "Hanya pegawai yang dinilai yang dapat menyatakan menerima hasil evaluasinya",
            "Only the employee rated can acknowledge the result",
        ));
    }
    let mut tx = db.begin().await?;
    if repo::acknowledge(&mut tx, &actor.instansi_id, id).await? {
        audit::record(
            &mut tx,
            Change {
                instansi_id: &actor.instansi_id,
                akun_id: Some(&actor.akun_id),
                aksi: "acknowledge",
                entitas: "evaluasi",
                entitas_id: id,
                sebelum: None,
                sesudah: Some(json!({ "predikat": e.predikat })),
            },
        )
        .await?;
    }
    tx.commit().await?;
    get(db, actor, id).await
}
