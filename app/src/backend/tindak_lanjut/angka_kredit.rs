//! The angka kredit ledger. Entries are written automatically, never by hand:
//!
//! - when a calibration is finalised, every final annual evaluation of a functional employee in
//!   its subtree that has no valid entry gets one (sumber KALIBRASI);
//! - when an appeal decision changes the predikat, the valid entry is marked DIKOREKSI and a new
//!   entry with the decided predikat replaces it, naming the old one (sumber KEBERATAN).
//!
//! Both go through [`sync`], inside the transaction of the change, with an audit row per
//! entry; it is idempotent, so running it again (or over an overlapping subtree) adds nothing.

use chrono::NaiveDate;
use serde_json::json;
use sqlx::{Any, Transaction};

use crate::backend::audit::{self, Change};
use crate::backend::authz::Actor;
use crate::backend::repo::angka_kredit::{self as repo, Cakupan, Calon, NewEntri};
use crate::backend::skp::owner_scope;
use crate::backend::{AppError, AppResult, Db};
use crate::domain::angka_kredit::{Jenjang, PerolehanAk};
use crate::domain::dto::AngkaKredit;
use crate::domain::kemajuan_ak::{bulan_penilaian, kemajuan};

fn months(c: &Calon) -> u8 {
    let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
    match (d(&c.mulai), d(&c.selesai)) {
        (Some(a), Some(b)) => bulan_penilaian(a, b),
        _ => 12,
    }
}

fn perolehan(jenjang: Jenjang, c: &Calon, bulan: u8) -> AppResult<PerolehanAk> {
    PerolehanAk::hitung(jenjang, c.predikat, bulan).map_err(|e| {
        tracing::error!(error = %e, evaluasi = %c.evaluasi_id, "angka kredit");
        AppError::internal()
    })
}

/// Brings the ledger up to date for the final evaluations in scope; the number of entries
/// written. `sumber` is KALIBRASI or KEBERATAN.
pub async fn sync(
    tx: &mut Transaction<'_, Any>,
    inst: &str,
    cakupan: &Cakupan<'_>,
    sumber: &str,
    akun_id: Option<&str>,
) -> AppResult<usize> {
    let mut written = 0;
    for c in repo::calon(tx, inst, cakupan).await? {
        let (p, koreksi_dari) = match (&c.entri, c.jenjang) {
            (None, Some(j)) => (perolehan(j, &c, months(&c))?, None),
            // a correction keeps the jenjang and months of the entry it corrects
            (Some(old), _) if old.predikat != c.predikat => {
                if !repo::supersede(tx, inst, &old.id, old.version).await? {
                    return Err(AppError::conflict(
                        "Angka kredit pegawai ini baru saja diubah. Ulangi.",
                        "This employee's angka kredit was just changed. Try again.",
                    ));
                }
                (perolehan(old.jenjang, &c, old.bulan)?, Some(old))
            }
            _ => continue,
        };
        let id = repo::insert(
            tx,
            inst,
            &NewEntri {
                pegawai_id: &c.pegawai_id,
                periode_id: &c.periode_id,
                evaluasi_id: &c.evaluasi_id,
                perolehan: &p,
                sumber,
                koreksi_dari: koreksi_dari.map(|o| o.id.as_str()),
            },
        )
        .await?;
        audit::record(
            tx,
            Change {
                instansi_id: inst,
                akun_id,
                aksi: if koreksi_dari.is_some() {
                    "correct"
                } else {
                    "post"
                },
                entitas: "angka_kredit",
                entitas_id: &id,
                sebelum: koreksi_dari
                    .map(|o| json!({ "id": o.id, "predikat": o.predikat, "jenjang": o.jenjang })),
                sesudah: Some(json!({
                    "pegawai_id": c.pegawai_id, "evaluasi_id": c.evaluasi_id, "sumber": sumber,
                    "perolehan": p,
                })),
            },
        )
        .await?;
        written += 1;
    }
    Ok(written)
}

/// An employee's ledger, total and progress, for whoever may read the employee.
pub async fn ledger(db: &Db, actor: &Actor, pegawai_id: &str) -> AppResult<AngkaKredit> {
    let (e, scope) = owner_scope(db, pegawai_id).await?;
    actor.require_instansi(&scope.instansi_id)?;
    actor.require_employee(&scope)?;
    let entries = repo::of_employee(&db.pool, &scope.instansi_id, pegawai_id).await?;
    let jenjang = e.jenjang.as_deref().and_then(Jenjang::from_code);
    let valid = || entries.iter().filter(|x| x.status == "BERLAKU");
    let total = valid().map(|x| x.angka_kredit).sum();
    let total_jenjang = valid()
        .filter(|x| Some(x.jenjang) == jenjang)
        .map(|x| x.angka_kredit)
        .sum();
    Ok(AngkaKredit {
        pegawai_id: e.id,
        nip: e.nip,
        name: e.name,
        jabatan: e.jabatan,
        jenjang,
        kemajuan: jenjang.map(|j| kemajuan(j, total_jenjang)),
        entries,
        total,
        total_jenjang,
    })
}
