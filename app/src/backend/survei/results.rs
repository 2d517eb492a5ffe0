//! The anonymised results of an employee's round, for those who may manage it. They are given
//! only once the round is finished (closed, or nothing pending), so nobody can watch the
//! figures move when a particular colleague answers.

use super::access;
use super::round::load;
use crate::backend::authz::Actor;
use crate::backend::repo::survei as repo;
use crate::backend::skp::period::annual;
use crate::backend::{AppResult, Db};
use crate::domain::berakhlak::NilaiBerakhlak;
use crate::domain::dto::{BarisHasil360, Hasil360};
use crate::domain::survei::{ringkas, Baris, Jawaban, AMBANG_ANONIM};

fn row(b: &Baris, group: &str) -> BarisHasil360 {
    BarisHasil360 {
        group: group.into(),
        count: b.jumlah as i64,
        means: b
            .rerata
            .iter()
            .map(|m| (m * 100.0).round() / 100.0)
            .collect(),
    }
}

pub async fn of_employee(
    db: &Db,
    actor: &Actor,
    pegawai_id: &str,
    periode: Option<&str>,
) -> AppResult<Hasil360> {
    let subject = access::subject(db, actor, pegawai_id).await?;
    let p = annual(db, actor, periode).await?;
    let r = repo::round_of(&db.pool, &actor.instansi_id, pegawai_id, &p.id)
        .await?
        .ok_or_else(access::round_not_found)?;
    let s = load(db, &r, &subject).await?;
    let mut out = Hasil360 {
        survey_id: r.id.clone(),
        subject_id: subject.id.clone(),
        subject_name: subject.name.clone(),
        year: r.tahun,
        finished: s.finished,
        threshold: AMBANG_ANONIM as i64,
        values: NilaiBerakhlak::ALL
            .iter()
            .map(|v| v.code().to_string())
            .collect(),
        rows: vec![],
        overall: None,
        total: s.responses,
        withheld: 0,
        comments: vec![],
    };
    if !s.finished {
        return Ok(out);
    }
    let all = repo::responses(&db.pool, &r.instansi_id, &r.id).await?;
    let jawaban: Vec<Jawaban> = all.iter().map(|(j, _)| *j).collect();
    let sum = ringkas(&jawaban);
    out.rows = sum
        .baris
        .iter()
        .map(|b| row(b, b.kelompok.code()))
        .collect();
    out.overall = sum.keseluruhan.as_ref().map(|b| row(b, "SEMUA"));
    out.withheld = sum.ditahan as i64;
    // comments only from groups that are shown (alone or pooled), sorted to lose any order
    let shown_pool = sum.baris.iter().any(|b| b.kelompok.code() == "LAINNYA");
    let shown = |k: &str| shown_pool || sum.baris.iter().any(|b| b.kelompok.code() == k);
    let mut comments: Vec<String> = all
        .iter()
        .filter(|(j, _)| shown(j.kelompok.code()))
        .filter_map(|(_, c)| c.clone())
        .collect();
    comments.sort();
    out.comments = comments;
    Ok(out)
}
