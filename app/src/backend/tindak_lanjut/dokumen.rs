//! What the Dokumen Evaluasi Kinerja Pegawai shows (PermenPANRB 6/2022): the evaluation with
//! the employee, the pejabat penilai and the atasan, the organisation's result that fixed the
//! curve, the RHK with the PPK's judgement, the ratings with reasons and the predikat.

use sqlx::Row;

use crate::backend::authz::Actor;
use crate::backend::evaluasi::{rate, scope::period};
use crate::backend::repo::skp::ringkas;
use crate::backend::skp::owner_scope;
use crate::backend::{AppResult, Db};
use crate::domain::dto::{Evaluasi, PegawaiRingkas};
use crate::domain::kurva::PredikatOrganisasi;
use crate::domain::rating::Rating;

/// One RHK of the SKP with the PPK's judgement (RHK utama only).
pub struct RhkDinilai {
    pub utama: bool,
    pub judul: String,
    pub rating: Option<Rating>,
}

pub struct DokumenEvaluasi {
    pub instansi: String,
    pub periode: String,
    pub evaluasi: Evaluasi,
    pub pegawai: PegawaiRingkas,
    pub penilai: Option<PegawaiRingkas>,
    pub atasan: Option<PegawaiRingkas>,
    /// The unit whose capaian kinerja organisasi applies (the nearest up the tree) and its result.
    pub organisasi: Option<(String, PredikatOrganisasi)>,
    pub rhk: Vec<RhkDinilai>,
}

/// The document's content, for whoever may read the evaluation.
pub async fn dokumen(db: &Db, actor: &Actor, evaluasi_id: &str) -> AppResult<DokumenEvaluasi> {
    let e = rate::get(db, actor, evaluasi_id).await?;
    let (owner, scope) = owner_scope(db, &e.pegawai_id).await?;
    let inst = scope.instansi_id.as_str();
    let per = period(db, actor, Some(&e.periode_id)).await?;
    let person = |id: Option<String>| async move {
        match id {
            Some(id) => ringkas(&db.pool, inst, &id).await,
            None => Ok(None),
        }
    };
    let pegawai = person(Some(e.pegawai_id.clone()))
        .await?
        .ok_or_else(rate::not_found)?;
    let penilai = person(e.penilai_id.clone()).await?;
    let atasan = person(owner.atasan_ppk_id.clone()).await?;
    let rhk = sqlx::query(
        "SELECT r.id, r.jenis, r.judul FROM skp s CROSS JOIN rhk r \
         WHERE s.instansi_id = $1 AND s.pegawai_id = $2 AND s.periode_id = $3 \
         AND r.instansi_id = s.instansi_id AND r.skp_id = s.id AND r.pensiun_at IS NULL \
         ORDER BY r.jenis DESC, r.urutan, r.id",
    )
    .bind(inst)
    .bind(&e.pegawai_id)
    .bind(&per.annual_id)
    .fetch_all(&db.pool)
    .await?
    .iter()
    .map(|r| {
        let id: String = r.get("id");
        RhkDinilai {
            utama: r.get::<String, _>("jenis") == "UTAMA",
            judul: r.get("judul"),
            rating: e.rhk.iter().find(|x| x.rhk_id == id).map(|x| x.rating),
        }
    })
    .collect();
    // the nearest unit up the tree with a result for the period (the path is '/root/…/unit/')
    let organisasi = sqlx::query(
        "SELECT u.path, u.nama, c.predikat FROM capaian_organisasi c \
         JOIN unit_kerja u ON u.instansi_id = c.instansi_id AND u.id = c.unit_id \
         WHERE c.instansi_id = $1 AND c.periode_id = $2",
    )
    .bind(inst)
    .bind(&e.periode_id)
    .fetch_all(&db.pool)
    .await?
    .iter()
    .filter(|r| {
        scope
            .unit_path
            .starts_with(r.get::<String, _>("path").as_str())
    })
    .max_by_key(|r| r.get::<String, _>("path").len())
    .and_then(|r| {
        PredikatOrganisasi::from_code(&r.get::<String, _>("predikat"))
            .map(|p| (r.get::<String, _>("nama"), p))
    });
    Ok(DokumenEvaluasi {
        instansi: actor.instansi_nama.clone(),
        periode: per.nama,
        evaluasi: e,
        pegawai,
        penilai,
        atasan,
        organisasi,
        rhk,
    })
}
