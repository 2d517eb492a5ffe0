//! The leader dashboard of a unit subtree for a period (`GET /api/v1/dashboard`): SKP status
//! counts, IKI progress against the time elapsed, targets at risk, evidence awaiting
//! verification, dialogues and feedback this quarter, squad workload and the predikat
//! distribution against the curve; each figure for the unit and for each direct
//! sub-unit, so a client drills down unit → sub-unit → employee → RHK.

mod query;

use crate::backend::authz::Actor;
use crate::backend::evaluasi::scope::{leads, unit};
use crate::backend::repo::dasbor::{self as agregat, skor_tinggi};
use crate::backend::repo::evaluasi as eval_repo;
use crate::backend::skp::period::annual;
use crate::backend::{AppError, AppResult, Db};
use crate::domain::dasbor::{batas_persen, kuartal_berjalan, waktu_berjalan_teks};
use crate::domain::dto::{BebanRingkas, Dasbor, DasborUnit, Pelanggaran, SebaranPredikat};
use crate::domain::kurva::{check_sebaran, KurvaSettings, Sebaran};
use crate::domain::rating::Predikat;

/// From this many RHK in a subtree its top-20 lists walk the agency's indexes in order
/// instead of sorting the subtree's own rows.
const LARGE: i64 = 5_000;

/// What a dashboard is of: a unit (with its subtree) and an annual period, resolved and
/// authorised. Its figures are the same for everyone allowed to see them, so open dashboards
/// of one scope share one feed (`server::live`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Scope {
    pub instansi_id: String,
    pub unit_id: String,
    pub periode_id: String,
}

struct Resolved {
    u: crate::backend::evaluasi::scope::Unit,
    periode_id: String,
}

async fn resolve(
    db: &Db,
    actor: &Actor,
    unit_id: Option<&str>,
    period_id: Option<&str>,
) -> AppResult<Resolved> {
    let u = unit(db, actor, unit_id).await?;
    if !(actor.reads_whole_instansi() || leads(actor, &u.r)) {
        return Err(AppError::new(
            http::StatusCode::FORBIDDEN,
            "forbidden",
            "Dasbor unit ini hanya untuk pimpinan unit tersebut",
            "This unit's dashboard is for the unit's leaders only",
        ));
    }
    let per = annual(db, actor, period_id).await?;
    Ok(Resolved {
        u,
        periode_id: per.id,
    })
}

/// Checks that the actor may see the dashboard of the unit (their own by default) and the
/// period (this year's by default), and names it.
pub async fn authorize(
    db: &Db,
    actor: &Actor,
    unit_id: Option<&str>,
    period_id: Option<&str>,
) -> AppResult<Scope> {
    let r = resolve(db, actor, unit_id, period_id).await?;
    Ok(Scope {
        instansi_id: r.u.r.instansi_id.clone(),
        unit_id: r.u.r.id.clone(),
        periode_id: r.periode_id,
    })
}

pub async fn dashboard(
    db: &Db,
    actor: &Actor,
    unit_id: Option<&str>,
    period_id: Option<&str>,
) -> AppResult<Dasbor> {
    let r = resolve(db, actor, unit_id, period_id).await?;
    figures(db, &r.u, &r.periode_id).await
}

/// The figures of an authorised scope (see [`authorize`]).
pub async fn of_scope(db: &Db, s: &Scope) -> AppResult<Dasbor> {
    let r = crate::backend::repo::unit::find(&db.pool, &s.unit_id)
        .await?
        .filter(|r| r.instansi_id == s.instansi_id)
        .ok_or_else(|| AppError::not_found("Unit kerja", "Unit"))?;
    let nama: String =
        sqlx::query_scalar("SELECT nama FROM unit_kerja WHERE instansi_id = $1 AND id = $2")
            .bind(&s.instansi_id)
            .bind(&s.unit_id)
            .fetch_one(&db.pool)
            .await?;
    let u = crate::backend::evaluasi::scope::Unit {
        r,
        nama,
        is_root: false,
    };
    figures(db, &u, &s.periode_id).await
}

async fn figures(
    db: &Db,
    u: &crate::backend::evaluasi::scope::Unit,
    periode_id: &str,
) -> AppResult<Dasbor> {
    let inst = u.r.instansi_id.as_str();
    let (mulai, selesai) = query::period_dates(db, inst, periode_id).await?;
    let today = chrono::Utc::now().date_naive();
    let waktu = waktu_berjalan_teks(&mulai, &selesai, today);
    let q = kuartal_berjalan(&mulai, today);
    let behind_below = batas_persen(waktu);
    let high = skor_tinggi();
    agregat::ensure_built(db, inst, periode_id).await?;
    let units = query::unit_and_children(db, inst, &u.r.id).await?;
    let ids: Vec<&str> = units.iter().map(|c| c.id.as_str()).collect();
    let sums = agregat::sums(db, inst, periode_id, &ids, behind_below).await?;
    let mut total = None;
    let mut subs: Vec<DasborUnit> = vec![];
    for x in &units {
        let f = query::figures(x, sums.get(&x.id), waktu, q);
        if x.id == u.r.id {
            total = Some(f);
        } else {
            subs.push(f);
        }
    }
    let mut total = total.ok_or_else(|| AppError::not_found("Unit kerja", "Unit"))?;
    total.has_children = !subs.is_empty();
    let large = total.rhk >= LARGE;
    let berisiko = query::at_risk(db, inst, &u.r.path, periode_id, waktu, high, large).await?;
    let beban = BebanRingkas {
        di_tim: total.di_tim,
        lebih: total.beban_lebih,
    };
    // the predikat of the people in the subtree, from the unit's stored sums
    let mine = sums.get(&u.r.id).cloned().unwrap_or_default();
    let mut sebaran = Sebaran::default();
    for (p, n) in Predikat::ALL.iter().zip(mine.predikat.iter()) {
        sebaran.add(*p, (*n).max(0) as usize);
    }
    let belum_dinilai = mine.predikat[5].max(0) as usize;
    let organisasi = eval_repo::capaian(&db.pool, inst, &u.r.id, periode_id)
        .await?
        .map(|c| c.predikat);
    let n = sebaran.total();
    let predikat = Predikat::ALL
        .iter()
        .map(|p| SebaranPredikat {
            predikat: *p,
            label: p.label().to_string(),
            count: sebaran.get(*p),
            percent: if n == 0 {
                0.0
            } else {
                sebaran.get(*p) as f64 * 100.0 / n as f64
            },
        })
        .collect();
    let pelanggaran = organisasi
        .map(|o| check_sebaran(o, &sebaran, &KurvaSettings::default()))
        .unwrap_or_default()
        .iter()
        .map(|v| Pelanggaran {
            message: v.message(),
            predikat: v.band.predikat.clone(),
            required: v.required,
            actual: v.actual,
            total: v.total,
            actual_percent: v.actual_percent,
        })
        .collect();
    Ok(Dasbor {
        periode_id: periode_id.to_string(),
        waktu_berjalan: waktu,
        kuartal: q as u32 + 1,
        total,
        sub_units: subs,
        anggota: query::anggota(db, inst, &u.r.id, periode_id, waktu, q).await?,
        berisiko,
        proyeksi: query::proyeksi(db, inst, &u.r.path, periode_id, large).await?,
        beban,
        organisasi,
        predikat,
        belum_dinilai,
        pelanggaran,
    })
}
