//! Giving feedback: the PPK on any RHK or BerAKHLAK value, a squad lead on the squad's RHK,
//! for a sub-period that has begun, in an open year. One transaction writes it, answers the
//! request it names, notifies the employee and audits.

use serde_json::json;

use super::access::{akses, Akses};
use crate::backend::audit::{self, Change};
use crate::backend::authz::Actor;
use crate::backend::notifikasi::kirim;
use crate::backend::repo::realisasi::sub_periode;
use crate::backend::repo::umpan_balik::{self as repo, NewUmpanBalik};
use crate::backend::{AppError, AppResult, Db};
use crate::domain::dto::{UmpanBalik, UmpanBalikInput};
use crate::domain::notifikasi::{cuplikan, JenisNotifikasi};
use crate::domain::problem::Problem;
use crate::domain::umpan_balik::{check_isi, topik, Topik};

fn not_allowed(perilaku: bool) -> AppError {
    if perilaku {
        AppError::new(
            http::StatusCode::FORBIDDEN,
            "forbidden",
            "Hanya PPK pegawai ini yang dapat memberi umpan balik perilaku",
            "Only this employee's PPK can give feedback on behaviour",
        )
    } else {
        AppError::new(
            http::StatusCode::FORBIDDEN,
            "forbidden",
            "Hanya PPK pegawai ini (atau ketua tim untuk RHK tim) yang dapat memberi umpan balik",
            "Only this employee's PPK (or the squad lead for a squad RHK) can give feedback",
        )
    }
}

/// The link to an employee's feedback page for a year.
pub fn page_link(pegawai_id: &str, periode_id: &str) -> String {
    format!("/umpan-balik?pegawai={pegawai_id}&period={periode_id}")
}

fn require_may_give(a: &Akses, actor: &Actor, t: &Topik) -> AppResult<()> {
    let ok = match t {
        Topik::Rhk(id) => a.may_give_rhk(actor, a.rhk(id)?),
        Topik::Perilaku(_) => a.is_ppk && !a.is_owner,
    };
    if ok {
        Ok(())
    } else {
        Err(not_allowed(matches!(t, Topik::Perilaku(_))))
    }
}

/// The request being answered must be this employee's, this year's and on this topic.
async fn check_request(db: &Db, inst: &str, a: &Akses, t: &Topik, id: &str) -> AppResult<()> {
    let found = repo::find_request(&db.pool, inst, id).await?;
    let same_topic = |q: &crate::domain::dto::PermintaanUmpanBalik| match t {
        Topik::Rhk(r) => q.rhk_id.as_deref() == Some(r.as_str()),
        Topik::Perilaku(v) => q.nilai.as_deref() == Some(v.code()),
    };
    match found {
        Some(q)
            if q.pegawai_id == a.owner.id
                && q.periode_id == a.annual.id
                && same_topic(&q.request) =>
        {
            Ok(())
        }
        _ => Err(AppError::problem(Problem::new(
            "request_id",
            "Permintaan umpan balik ini bukan untuk topik ini",
            "This feedback request is not about this topic",
        ))),
    }
}

pub async fn give(
    db: &Db,
    actor: &Actor,
    pegawai_id: &str,
    input: UmpanBalikInput,
) -> AppResult<UmpanBalik> {
    let a = akses(db, actor, pegawai_id, Some(&input.period)).await?;
    let t = topik(input.rhk_id.as_deref(), input.nilai.as_deref()).map_err(AppError::problem)?;
    require_may_give(&a, actor, &t)?;
    a.require_open()?;
    let giver = actor.pegawai_id.clone().ok_or_else(AppError::forbidden)?;
    let inst = actor.instansi_id.clone();
    let mut problems = vec![];
    if let Some(p) = check_isi(&input.text) {
        problems.push(p);
    }
    let today = chrono::Utc::now().date_naive().to_string();
    match sub_periode(&db.pool, &inst, &a.annual.id, Some(&input.sub_period), None).await? {
        Some(s) if s.mulai <= today => {}
        Some(s) => problems.push(Problem::new(
            "sub_period",
            format!("Sub-periode ini belum dimulai (mulai {})", s.mulai),
            format!(
                "This sub-period has not started yet (it starts {})",
                s.mulai
            ),
        )),
        None => problems.push(Problem::new(
            "sub_period",
            format!("Pilih sub-periode tahun {}", a.annual.tahun),
            format!("Choose a sub-period of {}", a.annual.tahun),
        )),
    }
    if !problems.is_empty() {
        return Err(AppError::problems(problems));
    }
    let request_id = input
        .request_id
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty());
    if let Some(id) = request_id {
        check_request(db, &inst, &a, &t, id).await?;
    }
    let (rhk_id, nilai) = match &t {
        Topik::Rhk(id) => (Some(id.as_str()), None),
        Topik::Perilaku(v) => (None, Some(v.code())),
    };
    let isi = input.text.trim();
    let mut tx = db.begin().await?;
    let id = repo::insert(
        &mut tx,
        &inst,
        &NewUmpanBalik {
            pegawai_id,
            sub_periode_id: &input.sub_period,
            tahunan_id: &a.annual.id,
            pemberi_id: &giver,
            rhk_id,
            nilai,
            isi,
            permintaan_id: request_id,
        },
    )
    .await?;
    if let Some(q) = request_id {
        repo::answer_request(&mut tx, &inst, q).await?;
    }
    let about = cuplikan(&a.topic_label(&t), 60);
    kirim(
        &mut tx,
        &inst,
        pegawai_id,
        JenisNotifikasi::UmpanBalikDiberikan,
        (
            format!("{} memberi umpan balik tentang {about}", actor.nama),
            format!("{} gave feedback on {about}", actor.nama),
        ),
        page_link(pegawai_id, &a.annual.id),
    )
    .await?;
    audit::record(
        &mut tx,
        Change {
            instansi_id: &inst,
            akun_id: Some(&actor.akun_id),
            aksi: "create",
            entitas: "umpan_balik",
            entitas_id: &id,
            sebelum: None,
            sesudah: Some(
                json!({ "pegawai_id": pegawai_id, "sub_period": input.sub_period,
                "rhk_id": rhk_id, "nilai": nilai, "text": isi, "by": giver,
                "request_id": request_id }),
            ),
        },
    )
    .await?;
    tx.commit().await?;
    repo::find(&db.pool, &inst, &id)
        .await?
        .ok_or_else(AppError::internal)
}
