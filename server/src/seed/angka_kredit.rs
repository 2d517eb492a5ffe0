//! The demo's follow-up of last year: the angka kredit ledger of every functional employee
//! (posted from the final evaluations exactly as a calibration's finalisation posts it, so the
//! appeal of `pegawai` is already in the result), and the leaders' potensi for part of the
//! people, so the 9-box has something to show.

use app::backend::audit::{self, Change};
use app::backend::repo::angka_kredit::Cakupan;
use app::backend::repo::potensi::{self, NewPotensi};
use app::backend::tindak_lanjut::angka_kredit;
use app::backend::AppError;
use app::domain::talenta::Tingkat;
use serde_json::json;
use sqlx::{Any, Transaction};

use super::org::Org;
use super::rng::Rng;

/// Every how many people one gets a potensi (the rest are still to be judged).
const POTENSI_EVERY: usize = 3;

/// Writes last year's (`periode_id`, closed and calibrated) ledger and potensi.
pub async fn seed(
    tx: &mut Transaction<'_, Any>,
    inst: &str,
    org: &Org,
    periode_id: &str,
) -> Result<(), AppError> {
    for root in org.units.iter().filter(|u| u.parent_id.is_none()) {
        let subtree = Cakupan::Subtree {
            periode_id,
            path: &root.path,
        };
        angka_kredit::sync(tx, inst, &subtree, "KALIBRASI", None).await?;
    }
    let mut rng = Rng::new(0x0054_414c_454e);
    let levels = [
        (Tingkat::Rendah, 2),
        (Tingkat::Menengah, 5),
        (Tingkat::Tinggi, 3),
    ];
    for p in org.pegawai.iter().step_by(POTENSI_EVERY) {
        let Some(ppk) = p.ppk_id.as_deref() else {
            continue;
        };
        let level = rng.weighted(&levels);
        let alasan = "Asesmen potensi dan pengamatan PPK selama tahun penilaian";
        potensi::save(
            tx,
            inst,
            0,
            &NewPotensi {
                pegawai_id: &p.id,
                periode_id,
                potensi: level,
                alasan,
                oleh: Some(ppk),
            },
        )
        .await?;
        audit::record(
            tx,
            Change {
                instansi_id: inst,
                akun_id: None,
                aksi: "create",
                entitas: "potensi_pegawai",
                entitas_id: &format!("{}:{periode_id}", p.id),
                sebelum: None,
                sesudah: Some(json!({ "potensi": level, "alasan": alasan })),
            },
        )
        .await?;
    }
    Ok(())
}
