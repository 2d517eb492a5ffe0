//! Calibration of a unit subtree for a period: the distribution of predikat against the curve
//! that the unit's organisation result fixes, moves between predikat with a reason each, and
//! finalisation, which is blocked while violations remain unless they are justified, and which
//! locks the results.

use serde_json::json;

use super::rate::conflict;
use super::scope::{leads, period, unit, Periode, Unit};
use crate::backend::audit::{self, Change};
use crate::backend::authz::Actor;
use crate::backend::repo::angka_kredit::Cakupan;
use crate::backend::repo::evaluasi::{self as repo, NewPindah};
use crate::backend::tindak_lanjut::{angka_kredit, pengaturan};
use crate::backend::{AppError, AppResult, Db};
use crate::domain::dto::{
    page_limit, BandKurva, FinalisasiInput, Kalibrasi, Pelanggaran, PindahInput, SebaranPredikat,
};
use crate::domain::evaluasi::{check_finalisasi, MAX_ALASAN};
use crate::domain::kurva::{
    bands, check_sebaran, KurvaSettings, PredikatOrganisasi, Sebaran, Violation,
};
use crate::domain::problem::{required_text, Problem};
use crate::domain::rating::Predikat;

fn forbidden() -> AppError {
    AppError::new(
        http::StatusCode::FORBIDDEN,
        "forbidden",
        "Kalibrasi unit ini hanya untuk pimpinan unit tersebut",
        "Calibrating this unit is for the unit's leaders only",
    )
}

fn may_read(actor: &Actor, u: &Unit) -> bool {
    actor.reads_whole_instansi() || leads(actor, &u.r)
}

fn may_change(actor: &Actor, u: &Unit) -> bool {
    actor.is_admin() || leads(actor, &u.r)
}

/// The group's distribution and the curve's verdict on it.
struct Verdict {
    sebaran: Sebaran,
    belum_dinilai: usize,
    organisasi: Option<PredikatOrganisasi>,
    violations: Vec<Violation>,
}

async fn verdict(db: &Db, u: &Unit, per: &Periode, settings: &KurvaSettings) -> AppResult<Verdict> {
    let inst = u.r.instansi_id.as_str();
    let (counts, belum_dinilai) = repo::distribution(&db.pool, inst, &per.id, &u.r.path).await?;
    let mut sebaran = Sebaran::default();
    for (p, n) in counts {
        sebaran.add(p, n);
    }
    let organisasi = repo::capaian(&db.pool, inst, &u.r.id, &per.id)
        .await?
        .map(|c| c.predikat);
    let violations = organisasi
        .map(|o| check_sebaran(o, &sebaran, settings))
        .unwrap_or_default();
    Ok(Verdict {
        sebaran,
        belum_dinilai,
        organisasi,
        violations,
    })
}

fn pelanggaran(v: &Violation) -> Pelanggaran {
    Pelanggaran {
        message: v.message(),
        predikat: v.band.predikat.clone(),
        required: v.required,
        actual: v.actual,
        total: v.total,
        actual_percent: v.actual_percent,
    }
}

/// The session as the leader sees it, with one page of its people.
pub async fn view(
    db: &Db,
    actor: &Actor,
    unit_id: Option<&str>,
    period_id: Option<&str>,
    limit: Option<i64>,
    cursor: Option<&str>,
) -> AppResult<Kalibrasi> {
    let u = unit(db, actor, unit_id).await?;
    if !may_read(actor, &u) {
        return Err(forbidden());
    }
    let per = period(db, actor, period_id).await?;
    build(db, actor, &u, &per, limit, cursor).await
}

async fn build(
    db: &Db,
    actor: &Actor,
    u: &Unit,
    per: &Periode,
    limit: Option<i64>,
    cursor: Option<&str>,
) -> AppResult<Kalibrasi> {
    let inst = u.r.instansi_id.as_str();
    let settings = pengaturan::kurva(db, inst).await?;
    let v = verdict(db, u, per, &settings).await?;
    let total = v.sebaran.total();
    let checked = total > 0 && total >= settings.min_group;
    let distribution = Predikat::ALL
        .iter()
        .map(|p| {
            let count = v.sebaran.get(*p);
            SebaranPredikat {
                predikat: *p,
                label: p.label().to_string(),
                count,
                percent: if total == 0 {
                    0.0
                } else {
                    count as f64 * 100.0 / total as f64
                },
            }
        })
        .collect();
    let band_list = v
        .organisasi
        .map(bands)
        .unwrap_or_default()
        .into_iter()
        .map(|b| {
            let actual = b.count(&v.sebaran);
            BandKurva {
                description: b.description(),
                kind: if b.bound.is_ceiling() {
                    "at_most"
                } else {
                    "at_least"
                }
                .into(),
                required: b.bound.head_count(total, settings.rounding),
                holds: !checked || b.bound.holds(actual, total, settings.rounding),
                actual,
                predikat: b.predikat,
            }
        })
        .collect();
    let people = repo::peserta(
        &db.pool,
        inst,
        &per.id,
        &u.r.path,
        page_limit(limit),
        cursor,
    )
    .await?;
    let sesi = repo::sesi(&db.pool, inst, &u.r.id, &per.id)
        .await?
        .unwrap_or_default();
    let status = if sesi.status.is_empty() {
        "TERBUKA".to_string()
    } else {
        sesi.status.clone()
    };
    Ok(Kalibrasi {
        unit_id: u.r.id.clone(),
        unit_name: u.nama.clone(),
        periode_id: per.id.clone(),
        organisasi: v.organisasi,
        boleh_ubah: may_change(actor, u) && status != "FINAL" && per.require_open().is_ok(),
        status,
        justifikasi: sesi.justifikasi,
        final_at: sesi.final_at,
        total,
        belum_dinilai: v.belum_dinilai,
        checked,
        min_group: settings.min_group,
        distribution,
        bands: band_list,
        violations: v.violations.iter().map(pelanggaran).collect(),
        people: people.items,
        next_cursor: people.next_cursor,
        moves: repo::moves(&db.pool, inst, &u.r.id, &per.id).await?,
        version: sesi.version,
    })
}

async fn open_session(
    db: &Db,
    actor: &Actor,
    unit_id: &str,
    period_id: Option<&str>,
) -> AppResult<(Unit, Periode)> {
    let u = unit(db, actor, Some(unit_id)).await?;
    if !may_change(actor, &u) {
        return Err(forbidden());
    }
    let per = period(db, actor, period_id).await?;
    per.require_open()?;
    if repo::sesi(&db.pool, &u.r.instansi_id, &u.r.id, &per.id)
        .await?
        .is_some_and(|s| s.status == "FINAL")
    {
        return Err(AppError::conflict(
            "Kalibrasi ini sudah final: hasilnya terkunci",
            "This calibration is final: its results are locked",
        ));
    }
    Ok((u, per))
}

/// Moves one person to another predikat, with a reason.
pub async fn pindah(db: &Db, actor: &Actor, input: &PindahInput) -> AppResult<Kalibrasi> {
    let (u, per) = open_session(db, actor, &input.unit, input.period.as_deref()).await?;
    let inst = u.r.instansi_id.as_str();
    let (e_inst, e) = repo::find(&db.pool, &input.evaluasi_id)
        .await?
        .ok_or_else(super::rate::not_found)?;
    actor.require_instansi(&e_inst)?;
    if e.periode_id != per.id || !repo::in_subtree(&db.pool, inst, &e.pegawai_id, &u.r.path).await?
    {
        return Err(AppError::bad_request(
            "Evaluasi ini bukan bagian dari kalibrasi unit dan periode ini",
            "This evaluation is not part of this unit's calibration for the period",
        ));
    }
    if e.status == "FINAL" {
        return Err(AppError::conflict(
            "Hasil evaluasi ini sudah final; perubahan hanya melalui keberatan",
            "This evaluation is final; it can only change through an appeal",
        ));
    }
    if let Some(p) = required_text("alasan", "Alasan pemindahan", &input.alasan, MAX_ALASAN) {
        return Err(AppError::problem(p));
    }
    if e.predikat == input.predikat {
        return Err(AppError::problem(Problem::new(
            "predikat",
            format!("{} sudah berpredikat {}", e.name, e.predikat.label()),
            format!("{} already has the predikat {}", e.name, e.predikat.label()),
        )));
    }
    let mut tx = db.begin().await?;
    if !repo::set_predikat(&mut tx, inst, &e.id, input.version, input.predikat).await? {
        return Err(conflict());
    }
    repo::insert_pindah(
        &mut tx,
        inst,
        &NewPindah {
            unit_id: &u.r.id,
            periode_id: &per.id,
            evaluasi_id: &e.id,
            dari: e.predikat,
            ke: input.predikat,
            alasan: &input.alasan,
            oleh: actor.pegawai_id.as_deref(),
        },
    )
    .await?;
    repo::touch_sesi(&mut tx, inst, &u.r.id, &per.id).await?;
    audit::record(
        &mut tx,
        Change {
            instansi_id: inst,
            akun_id: Some(&actor.akun_id),
            aksi: "calibrate",
            entitas: "evaluasi",
            entitas_id: &e.id,
            sebelum: Some(json!({ "predikat": e.predikat })),
            sesudah: Some(json!({ "predikat": input.predikat, "alasan": input.alasan.trim(), "unit_id": u.r.id })),
        },
    )
    .await?;
    tx.commit().await?;
    build(db, actor, &u, &per, None, None).await
}

/// Finalises the session and locks its results.
pub async fn finalise(db: &Db, actor: &Actor, input: &FinalisasiInput) -> AppResult<Kalibrasi> {
    let (u, per) = open_session(db, actor, &input.unit, input.period.as_deref()).await?;
    let inst = u.r.instansi_id.as_str();
    let v = verdict(db, &u, &per, &pengaturan::kurva(db, inst).await?).await?;
    if v.organisasi.is_none() {
        return Err(AppError::problem(Problem::new(
            "organisasi",
            "Tetapkan dulu capaian kinerja organisasi unit ini: ia menentukan pola distribusi",
            "Set this unit's organisation result first: it fixes the distribution curve",
        )));
    }
    let problems = check_finalisasi(&v.violations, v.belum_dinilai, &input.justifikasi);
    if !problems.is_empty() {
        return Err(AppError::problems(problems));
    }
    let justifikasi = if v.violations.is_empty() {
        ""
    } else {
        input.justifikasi.trim()
    };
    let mut tx = db.begin().await?;
    let locked = repo::lock_subtree(&mut tx, inst, &per.id, &u.r.path).await?;
    // final annual results of functional positions earn angka kredit (tindak_lanjut::angka_kredit)
    let subtree = Cakupan::Subtree {
        periode_id: &per.id,
        path: &u.r.path,
    };
    angka_kredit::sync(&mut tx, inst, &subtree, "KALIBRASI", Some(&actor.akun_id)).await?;
    if !repo::finalise_sesi(
        &mut tx,
        inst,
        &u.r.id,
        &per.id,
        justifikasi,
        actor.pegawai_id.as_deref(),
    )
    .await?
    {
        return Err(conflict());
    }
    audit::record(
        &mut tx,
        Change {
            instansi_id: inst,
            akun_id: Some(&actor.akun_id),
            aksi: "finalise",
            entitas: "kalibrasi",
            entitas_id: &format!("{}:{}", u.r.id, per.id),
            sebelum: None,
            sesudah: Some(json!({
                "sebaran": v.sebaran, "organisasi": v.organisasi, "dikunci": locked,
                "pelanggaran": v.violations.iter().map(Violation::message).collect::<Vec<_>>(),
                "justifikasi": justifikasi,
            })),
        },
    )
    .await?;
    tx.commit().await?;
    build(db, actor, &u, &per, None, None).await
}
