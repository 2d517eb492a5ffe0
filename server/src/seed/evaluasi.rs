//! Last year's finished evaluation for the demo agency: every unit's organisation result set
//! by its superior (Baik), every employee rated by their PPK with reasons, the calibration of
//! the whole agency finalised within the curve, and one appeal (by `pegawai`) decided by the
//! atasan PPK, which raised Butuh Perbaikan to Baik.

use app::backend::ids::new_id;
use app::backend::repo::bulk::AuditBy;
use app::backend::repo::evaluasi_bulk::{insert_year, CapaianSeed, EvaluasiSeed, TahunSeed};
use app::domain::evaluasi::hasil_pimpinan;
use app::domain::kurva::{check_distribution, PredikatOrganisasi};
use app::domain::rating::{predikat_pegawai, Predikat, Rating};
use sqlx::{Any, Transaction};

use super::org::Org;
use super::rng::Rng;

const ORGANISASI: PredikatOrganisasi = PredikatOrganisasi::Baik;

fn alasan_hasil(r: Rating) -> &'static str {
    match r {
        Rating::DiAtas => {
            "Seluruh RHK utama melampaui ekspektasi, didukung bukti realisasi lengkap"
        }
        Rating::Sesuai => {
            "RHK utama tercapai sesuai ekspektasi berdasarkan realisasi dan bukti dukung"
        }
        Rating::DiBawah => "Sebagian RHK utama di bawah target tanpa kendala yang dapat dijelaskan",
    }
}

fn alasan_perilaku(r: Rating) -> &'static str {
    match r {
        Rating::DiAtas => {
            "Menjadi teladan nilai BerAKHLAK, terutama kolaboratif dan berorientasi pelayanan"
        }
        Rating::Sesuai => "Perilaku kerja sesuai ekspektasi khusus pimpinan sepanjang tahun",
        Rating::DiBawah => {
            "Beberapa kali tidak hadir rapat koordinasi dan terlambat menindaklanjuti"
        }
    }
}

/// The ratings of one person: unit heads follow the organisation result; others are drawn
/// so that the agency fits the Baik curve (Baik at most 70 %, some Butuh Perbaikan).
fn draw(rng: &mut Rng, head: bool) -> (Rating, Rating) {
    use Rating::*;
    if head {
        let perilaku = if rng.chance(0.3) { DiAtas } else { Sesuai };
        return (hasil_pimpinan(ORGANISASI), perilaku);
    }
    rng.weighted(&[
        ((DiAtas, DiAtas), 20),
        ((Sesuai, Sesuai), 45),
        ((DiAtas, Sesuai), 12),
        ((Sesuai, DiAtas), 5),
        ((DiBawah, Sesuai), 13),
        ((Sesuai, DiBawah), 4),
        ((DiBawah, DiBawah), 1),
    ])
}

/// Writes the closed year `periode_id` of `tahun`.
pub async fn seed_year_end(
    tx: &mut Transaction<'_, Any>,
    inst: &str,
    org: &Org,
    periode_id: &str,
    tahun: i32,
    pegawai: usize,
    seed: u64,
) -> Result<(), sqlx::Error> {
    let mut rng = Rng::new(seed);
    let capaian: Vec<CapaianSeed> = (0..org.units.len())
        .map(|u| {
            let superior = org.parent(u).or(Some(u)).and_then(|p| org.head(p));
            CapaianSeed {
                unit_id: org.units[u].id.clone(),
                predikat: ORGANISASI,
                alasan: "Capaian indikator kinerja utama unit 92–101 % dari target",
                oleh: superior.map(|h| org.pegawai[h].id.clone()),
            }
        })
        .collect();
    let mut evaluasi: Vec<EvaluasiSeed> = org
        .pegawai
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let (hasil, perilaku) = if i == pegawai {
                (Rating::DiBawah, Rating::Sesuai)
            } else {
                draw(&mut rng, org.pegawai_head[i])
            };
            let usulan = predikat_pegawai(hasil, perilaku);
            EvaluasiSeed {
                id: new_id(),
                pegawai_id: p.id.clone(),
                penilai_id: p.ppk_id.clone(),
                hasil,
                alasan_hasil: alasan_hasil(hasil),
                perilaku,
                alasan_perilaku: alasan_perilaku(perilaku),
                predikat_usulan: usulan,
                predikat: usulan,
            }
        })
        .collect();
    // the appeal of `pegawai`: decided in their favour
    evaluasi[pegawai].predikat = Predikat::Baik;
    let all: Vec<Predikat> = evaluasi.iter().map(|e| e.predikat).collect();
    debug_assert!(check_distribution(ORGANISASI, &all).is_empty());
    let root = (0..org.units.len()).find(|&u| org.parent(u).is_none());
    let kalibrasi: Vec<(String, Option<String>)> = root
        .map(|u| {
            (
                org.units[u].id.clone(),
                org.head(u).map(|h| org.pegawai[h].id.clone()),
            )
        })
        .into_iter()
        .collect();
    let next = tahun + 1;
    let y = TahunSeed {
        periode_id,
        dinilai_at: &format!("{tahun}-12-20T09:00:00.000Z"),
        final_at: &format!("{next}-01-08T10:00:00.000Z"),
        diterima_at: &format!("{next}-01-09T08:00:00.000Z"),
        capaian: &capaian,
        evaluasi: &evaluasi,
        kalibrasi: &kalibrasi,
    };
    let by = AuditBy {
        akun_id: None,
        aksi: "create",
    };
    insert_year(tx, inst, by, &y).await?;
    let e = &evaluasi[pegawai];
    let who = &org.pegawai[pegawai];
    sqlx::query(
        "INSERT INTO keberatan (instansi_id, id, evaluasi_id, pegawai_id, atasan_id, alasan, bukti, \
         keterangan_ppk, keterangan_pegawai, status, predikat_semula, predikat_putusan, alasan_putusan, \
         diajukan_at, batas_putusan, diputus_at, diputus_oleh, version) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'DIPUTUS', $10, $11, $12, $13, $14, $15, $16, 2)",
    )
    .bind(inst)
    .bind(new_id())
    .bind(&e.id)
    .bind(&who.id)
    .bind(who.atasan_ppk_id.clone())
    .bind("Realisasi layanan administrasi 104 % tidak dipertimbangkan; penundaan karena gangguan sistem")
    .bind(r#"["https://drive.example.go.id/bukti/laporan-layanan.pdf"]"#)
    .bind("Dua RHK utama terlambat dari jadwal triwulan III")
    .bind("Keterlambatan karena gangguan aplikasi layanan selama tiga minggu; bukti tiket terlampir")
    .bind(e.predikat_usulan.code())
    .bind(e.predikat.code())
    .bind("Keterlambatan di luar kendali pegawai dan target tahunan tercapai; predikat menjadi Baik")
    .bind(format!("{next}-01-12T08:30:00.000Z"))
    .bind(format!("{next}-01-26"))
    .bind(format!("{next}-01-20T14:00:00.000Z"))
    .bind(who.atasan_ppk_id.clone())
    .execute(&mut **tx)
    .await?;
    Ok(())
}
