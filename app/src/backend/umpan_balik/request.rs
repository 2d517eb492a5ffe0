//! Asking for feedback: the employee asks about one RHK or one value; a squad RHK's request
//! goes to the squad lead, everything else to the PPK, who is notified. Audited.

use serde_json::json;

use super::access::akses;
use super::give::page_link;
use crate::backend::audit::{self, Change};
use crate::backend::authz::Actor;
use crate::backend::notifikasi::kirim;
use crate::backend::repo::umpan_balik::{self as repo, NewPermintaan};
use crate::backend::{AppError, AppResult, Db};
use crate::domain::dto::{PermintaanInput, PermintaanUmpanBalik};
use crate::domain::notifikasi::{cuplikan, JenisNotifikasi};
use crate::domain::problem::Problem;
use crate::domain::umpan_balik::{check_pesan, topik, Topik};

pub async fn ask(
    db: &Db,
    actor: &Actor,
    pegawai_id: &str,
    input: PermintaanInput,
) -> AppResult<PermintaanUmpanBalik> {
    let a = akses(db, actor, pegawai_id, Some(&input.period)).await?;
    if !a.is_owner {
        return Err(AppError::new(
            http::StatusCode::FORBIDDEN,
            "forbidden",
            "Hanya pegawai sendiri yang dapat meminta umpan balik atas kinerjanya",
            "Only the employee can ask for feedback on their own performance",
        ));
    }
    a.require_open()?;
    let t = topik(input.rhk_id.as_deref(), input.nilai.as_deref()).map_err(AppError::problem)?;
    if let Some(p) = check_pesan(&input.message) {
        return Err(AppError::problem(p));
    }
    let kepada = match &t {
        Topik::Rhk(id) => {
            let r = a.rhk(id)?;
            r.tim_ketua.clone().or_else(|| a.owner.ppk_id.clone())
        }
        Topik::Perilaku(_) => a.owner.ppk_id.clone(),
    }
    .filter(|k| k != pegawai_id)
    .ok_or_else(|| {
        AppError::problem(Problem::new(
            "topik",
            "Belum ada PPK (atau ketua tim) yang dapat dimintai umpan balik",
            "There is no PPK (or squad lead) to ask for feedback yet",
        ))
    })?;
    let (rhk_id, nilai) = match &t {
        Topik::Rhk(id) => (Some(id.as_str()), None),
        Topik::Perilaku(v) => (None, Some(v.code())),
    };
    let inst = actor.instansi_id.clone();
    let pesan = input.message.trim();
    let mut tx = db.begin().await?;
    let id = repo::insert_request(
        &mut tx,
        &inst,
        &NewPermintaan {
            pegawai_id,
            periode_id: &a.annual.id,
            kepada_id: &kepada,
            rhk_id,
            nilai,
            pesan,
        },
    )
    .await?;
    let about = cuplikan(&a.topic_label(&t), 60);
    kirim(
        &mut tx,
        &inst,
        &kepada,
        JenisNotifikasi::UmpanBalikDiminta,
        (
            format!("{} meminta umpan balik tentang {about}", a.owner.name),
            format!("{} asks for feedback on {about}", a.owner.name),
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
            entitas: "permintaan_umpan_balik",
            entitas_id: &id,
            sebelum: None,
            sesudah: Some(
                json!({ "pegawai_id": pegawai_id, "to": kepada, "rhk_id": rhk_id,
                "nilai": nilai, "message": pesan }),
            ),
        },
    )
    .await?;
    tx.commit().await?;
    repo::find_request(&db.pool, &inst, &id)
        .await?
        .map(|q| q.request)
        .ok_or_else(AppError::internal)
}
