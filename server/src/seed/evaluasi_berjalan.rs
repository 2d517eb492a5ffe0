//! This year's evaluation in progress, so the evaluation pages have something to show on a
//! fresh demo: two seksi of one bidang with their organisation result set (Baik) and their
//! people rated Baik by their PPK, which breaks the Baik curve (at most 70 % Baik, at least
//! one Butuh Perbaikan) and so asks for calibration. In `penilai`'s seksi a few of his staff
//! (`pegawai` among them) are left for him to rate; the quarters are not rated at all.

use app::backend::ids::{new_id, now};
use app::domain::evaluasi::hasil_pimpinan;
use app::domain::kurva::PredikatOrganisasi;
use app::domain::rating::{predikat_pegawai, Rating};
use sqlx::{Any, Transaction};

use super::org::Org;

const ORGANISASI: PredikatOrganisasi = PredikatOrganisasi::Baik;

/// What to seed: the units to rate (each a leaf seksi) and the people left unrated.
pub struct Berjalan<'a> {
    pub periode_id: &'a str,
    pub units: &'a [usize],
    pub unrated: &'a [usize],
}

/// Heads follow the organisation result; the others alternate between the two ratings that
/// give Baik, so every rated person is Baik.
fn ratings(head: bool, i: usize) -> (Rating, Rating, &'static str, &'static str) {
    let perilaku = if i.is_multiple_of(3) {
        Rating::DiAtas
    } else {
        Rating::Sesuai
    };
    let hasil = if head {
        hasil_pimpinan(ORGANISASI)
    } else {
        Rating::Sesuai
    };
    let alasan_perilaku = match perilaku {
        Rating::DiAtas => "Aktif membantu rekan dan cepat menanggapi permohonan layanan",
        _ => "Perilaku kerja sesuai ekspektasi khusus pimpinan",
    };
    (
        hasil,
        perilaku,
        "Realisasi RHK utama sampai triwulan ini sesuai rencana dan didukung bukti",
        alasan_perilaku,
    )
}

pub async fn seed(
    tx: &mut Transaction<'_, Any>,
    inst: &str,
    org: &Org,
    b: &Berjalan<'_>,
) -> Result<(), sqlx::Error> {
    // the dashboard's sums are built again on the next read
    app::backend::repo::dasbor::invalidate(tx, inst).await?;
    let at = now();
    for &u in b.units {
        let superior = org.parent(u).and_then(|p| org.head(p));
        sqlx::query(
            "INSERT INTO capaian_organisasi (instansi_id, unit_id, periode_id, predikat, alasan, \
             oleh, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7)",
        )
        .bind(inst)
        .bind(&org.units[u].id)
        .bind(b.periode_id)
        .bind(ORGANISASI.code())
        .bind("Indikator kinerja utama seksi sampai triwulan III tercapai 95–100 %")
        .bind(superior.map(|h| org.pegawai[h].id.clone()))
        .bind(&at)
        .execute(&mut **tx)
        .await?;
        let people =
            (0..org.pegawai.len()).filter(|&i| org.pegawai_unit[i] == u && !b.unrated.contains(&i));
        for (n, i) in people.enumerate() {
            let p = &org.pegawai[i];
            let (hasil, perilaku, alasan_hasil, alasan_perilaku) = ratings(org.pegawai_head[i], n);
            let predikat = predikat_pegawai(hasil, perilaku);
            sqlx::query(
                "INSERT INTO evaluasi (instansi_id, id, pegawai_id, periode_id, penilai_id, \
                 rating_hasil, alasan_hasil, rating_perilaku, alasan_perilaku, predikat_usulan, \
                 predikat, status, dinilai_at, version, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, 'DINILAI', $11, 1, $11, $11)",
            )
            .bind(inst)
            .bind(new_id())
            .bind(&p.id)
            .bind(b.periode_id)
            .bind(p.ppk_id.clone())
            .bind(hasil.code())
            .bind(alasan_hasil)
            .bind(perilaku.code())
            .bind(alasan_perilaku)
            .bind(predikat.code())
            .bind(&at)
            .execute(&mut **tx)
            .await?;
        }
    }
    Ok(())
}
