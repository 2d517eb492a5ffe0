//! The leader dashboard of a unit subtree for a period (`GET /api/v1/dashboard`): SKP status
//! counts, IKI progress against the time elapsed, targets at risk, squad workload and the
//! predikat distribution against the curve; each figure for the unit and for each direct
//! sub-unit, so a client drills down unit → sub-unit → employee → RHK.

mod query;

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::backend::authz::Actor;
use crate::backend::evaluasi::scope::{leads, unit};
use crate::backend::repo::evaluasi as eval_repo;
use crate::backend::skp::period::annual;
use crate::backend::{AppError, AppResult, Db};
use crate::domain::dasbor::{waktu_berjalan, BATAS_TERTINGGAL};
use crate::domain::dto::{Dasbor, DasborUnit, Pelanggaran, SebaranPredikat};
use crate::domain::kurva::{check_sebaran, KurvaSettings, Sebaran};
use crate::domain::rating::Predikat;
use crate::domain::risiko::level_skor;

/// The lowest likelihood × impact score that is Tinggi or above.
fn skor_tinggi() -> i64 {
    (1..=25).find(|s| level_skor(*s).is_high()).unwrap_or(10)
}

fn date(s: &str) -> Option<NaiveDate> {
    s.get(..10)
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
}

pub async fn dashboard(
    db: &Db,
    actor: &Actor,
    unit_id: Option<&str>,
    period_id: Option<&str>,
) -> AppResult<Dasbor> {
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
    let inst = u.r.instansi_id.as_str();
    let (mulai, selesai) = query::period_dates(db, inst, &per.id).await?;
    let today = chrono::Utc::now().date_naive();
    let waktu = match (date(&mulai), date(&selesai)) {
        (Some(a), Some(b)) => waktu_berjalan(a, b, today),
        _ => 0.0,
    };
    let behind_below = waktu - BATAS_TERTINGGAL;
    let high = skor_tinggi();
    let units = query::units(db, inst, &u.r.path).await?;
    let people = query::skp_counts(db, inst, &u.r.path, &per.id).await?;
    let rhk = query::rhk_stats(db, inst, &u.r.path, &per.id, behind_below, high).await?;
    // each unit of the subtree counts towards the unit itself and the sub-unit above it
    let children: Vec<&query::UnitRow> = units
        .iter()
        .filter(|x| x.parent_id.as_deref() == Some(u.r.id.as_str()))
        .collect();
    let me = units.iter().find(|x| x.id == u.r.id);
    let mut total = query::empty(
        &u.r.id,
        me.map(|m| m.kode.as_str()).unwrap_or(""),
        &u.nama,
        !children.is_empty(),
    );
    let mut subs: Vec<DasborUnit> = children
        .iter()
        .map(|c| query::empty(&c.id, &c.kode, &c.nama, c.has_children))
        .collect();
    let path_of: HashMap<&str, &str> = units
        .iter()
        .map(|x| (x.id.as_str(), x.path.as_str()))
        .collect();
    let sub_of = |unit_id: &str| -> Option<usize> {
        let p = path_of.get(unit_id)?;
        children.iter().position(|c| p.starts_with(c.path.as_str()))
    };
    for (unit_id, c) in &people {
        query::add_people(&mut total, c);
        if let Some(i) = sub_of(unit_id) {
            query::add_people(&mut subs[i], c);
        }
    }
    for (unit_id, s) in &rhk {
        query::add_rhk(&mut total, s);
        if let Some(i) = sub_of(unit_id) {
            query::add_rhk(&mut subs[i], s);
        }
    }
    for d in std::iter::once(&mut total).chain(subs.iter_mut()) {
        query::finish(d);
    }
    let berisiko = query::at_risk(db, inst, &u.r.path, &per.id, behind_below, high, waktu).await?;
    let beban = query::beban(db, inst, &u.r.path, &per.id).await?;
    let (counts, belum_dinilai) =
        eval_repo::distribution(&db.pool, inst, &per.id, &u.r.path).await?;
    let mut sebaran = Sebaran::default();
    for (p, n) in counts {
        sebaran.add(p, n);
    }
    let organisasi = eval_repo::capaian(&db.pool, inst, &u.r.id, &per.id)
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
        periode_id: per.id,
        waktu_berjalan: waktu,
        total,
        sub_units: subs,
        berisiko,
        proyeksi: vec![],
        beban,
        organisasi,
        predikat,
        belum_dinilai,
        pelanggaran,
    })
}
