//! The employee dashboard (`GET /api/v1/dashboard/employee`, issue 7.2): one employee's year
//! at a glance: progress per RHK against the time elapsed, every IKI's realisasi and year-end
//! projection (`domain::proyeksi`), progress per squad role, the open follow-ups of their
//! dialogues and the latest feedback. For a leader it is the employee level of the drill-down
//! unit → sub-unit → employee → RHK.
//!
//! Who may read it: whoever may read the employee (`Actor::can_read_employee`: the employee,
//! their PPK and atasan PPK, the heads of the units above, admins and auditors of the same
//! instansi); anyone else 403, another instansi's employee 403 as every employee read.
//! The queries are per employee, never per RHK or IKI.

mod query;
pub mod susun;

use std::collections::HashMap;

use crate::backend::authz::Actor;
use crate::backend::repo::tim::{self as tim_repo, progress_of};
use crate::backend::skp::owner_scope;
use crate::backend::skp::period::annual;
use crate::backend::{dialog, umpan_balik, AppError, AppResult, Db};
use crate::domain::dasbor::{tertinggal, waktu_berjalan_teks};
use crate::domain::dto::{DasborPegawai, IkiKemajuan, ProyeksiIki, RhkKemajuan};
use crate::domain::proyeksi::proyeksikan;
use crate::domain::risiko::level_skor;
use crate::domain::skp::JenisRhk;

/// The dashboard of `pegawai_id` (the caller's own without one) for the annual period
/// `period_id` (this year's without one).
pub async fn dasbor_pegawai(
    db: &Db,
    actor: &Actor,
    pegawai_id: Option<&str>,
    period_id: Option<&str>,
) -> AppResult<DasborPegawai> {
    let pegawai_id = pegawai_id
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .or(actor.pegawai_id.as_deref())
        .ok_or_else(|| AppError::not_found("Pegawai", "Employee"))?
        .to_string();
    let (owner, scope) = owner_scope(db, &pegawai_id).await?;
    actor.require_instansi(&scope.instansi_id)?;
    actor.require_employee(&scope)?;
    let inst = scope.instansi_id.as_str();
    let per = annual(db, actor, period_id).await?;
    let tahun = query::tahun(db, inst, &per.id).await?;
    let today = chrono::Utc::now().date_naive();
    let waktu = waktu_berjalan_teks(&tahun.mulai, &tahun.selesai, today);
    let skp = query::skp(db, inst, &pegawai_id, &per.id).await?;
    // the RHK with their IKI, and the squad roles, as the contribution map reads them
    let rhk_rows = tim_repo::rhk_of(&db.pool, inst, &per.id, &pegawai_id).await?;
    let roles = tim_repo::peran_of(&db.pool, inst, &per.id, &pegawai_id).await?;
    let risiko = query::risiko(db, inst, &pegawai_id, &per.id).await?;
    let mut entri = query::entri(db, inst, &pegawai_id, &per.id).await?;
    let tim_of: HashMap<&str, &str> = roles
        .iter()
        .map(|r| (r.tim_id.as_str(), r.tim_nama.as_str()))
        .collect();
    let rhk: Vec<RhkKemajuan> = rhk_rows
        .into_iter()
        .map(|r| {
            let progres = progress_of(&r.iki);
            let iki = r
                .iki
                .into_iter()
                .map(|k| {
                    let e = entri.remove(&k.id).unwrap_or_default();
                    let proyeksi = proyeksikan(&k.satuan, &e, tahun.jumlah_sub)
                        .map(|p| ProyeksiIki::dari(k.target, &p));
                    IkiKemajuan {
                        iki_id: k.id,
                        indikator: k.nama,
                        aspek: k.aspek,
                        target: k.target,
                        satuan: k.satuan,
                        realisasi: k.realisasi,
                        proyeksi,
                    }
                })
                .collect();
            RhkKemajuan {
                tim_nama: r
                    .tim_id
                    .as_deref()
                    .and_then(|t| tim_of.get(t))
                    .map(|s| s.to_string()),
                tim_id: r.tim_id,
                jenis: JenisRhk::from_code(&r.jenis).unwrap_or(JenisRhk::Utama),
                tertinggal: tertinggal(progres, waktu),
                risiko_tinggi: risiko.get(&r.id).is_some_and(|s| level_skor(*s).is_high()),
                progres,
                rhk_id: r.id,
                judul: r.judul,
                iki,
            }
        })
        .collect();
    let peran = susun::peran(
        &roles
            .iter()
            .map(|r| susun::Peran {
                anggota_id: &r.anggota_id,
                tim_id: &r.tim_id,
                tim_nama: &r.tim_nama,
                label: &r.label,
                alokasi: r.alokasi,
                rhk_ids: &r.rhk_ids,
            })
            .collect::<Vec<_>>(),
        &rhk,
    );
    // the follow-ups and feedback through their own reads, which keep their visibility rules
    let dialogs = dialog::for_employee(db, actor, &pegawai_id, Some(&per.id)).await?;
    let feedback = umpan_balik::for_employee(db, actor, &pegawai_id, Some(&per.id)).await?;
    Ok(DasborPegawai {
        milik_sendiri: actor.pegawai_id.as_deref() == Some(pegawai_id.as_str()),
        pegawai_id,
        nama: owner.name,
        nip: owner.nip,
        jabatan: owner.jabatan,
        unit_name: owner.unit_name,
        periode_id: per.id,
        tahun: per.tahun,
        waktu_berjalan: waktu,
        skp_status: skp.as_ref().map(|(_, s)| s.clone()),
        skp_id: skp.map(|(id, _)| id),
        progres: susun::rata_rata(rhk.iter().map(|r| r.progres)),
        tindak_lanjut: susun::tindak_lanjut(&dialogs.items, susun::MAKS_TINDAK_LANJUT),
        umpan_balik: susun::umpan_balik(&feedback, susun::MAKS_UMPAN_BALIK),
        rhk,
        peran,
    })
}
