//! The demo's continuous feedback: for `pegawai`, one piece from the PPK per sub-period so far
//! on an RHK and one on a BerAKHLAK value (rotating), an open request of hers about
//! Kolaboratif, and the notifications these would have sent (the newest unread).

use app::backend::audit::{self, Change};
use app::backend::ids::new_id;
use app::backend::AppError;
use app::domain::berakhlak::NilaiBerakhlak;
use app::domain::periode::{nama_periode, JenisPeriode};
use sqlx::{Any, Row, Transaction};

use super::realisasi::seed_time;

const ON_RHK: [&str; 4] = [
    "Target triwulan ini tercapai; lampirkan berita acara setiap penyaluran agar mudah diverifikasi.",
    "Laporan sudah rapi. Perhatikan ketepatan waktu pengiriman ke dinas provinsi.",
    "Capaian di bawah rencana: mari bahas kendala lapangan pada dialog kinerja berikutnya.",
    "Kualitas data meningkat; pertahankan pemeriksaan silang dengan data kelurahan.",
];
const ON_VALUE: [&str; 4] = [
    "Sigap membantu warga yang datang tanpa janji; pertahankan.",
    "Aktif berbagi cara kerja baru dengan rekan satu seksi.",
    "Perlu lebih tepat waktu dalam rapat koordinasi.",
    "Inisiatif merapikan arsip digital sangat membantu tim.",
];

/// The feedback of one year for `pegawai` (nothing when she has no PPK or no RHK).
pub async fn seed(
    tx: &mut Transaction<'_, Any>,
    inst: &str,
    periode_id: &str,
    pegawai_id: &str,
) -> Result<(), AppError> {
    let today = chrono::Utc::now().date_naive().to_string();
    let Some(who) = sqlx::query(
        "SELECT p.nama, p.ppk_id, k.nama AS ppk_nama FROM pegawai p \
         JOIN pegawai k ON k.instansi_id = p.instansi_id AND k.id = p.ppk_id \
         WHERE p.instansi_id = $1 AND p.id = $2",
    )
    .bind(inst)
    .bind(pegawai_id)
    .fetch_optional(&mut **tx)
    .await?
    else {
        return Ok(());
    };
    let (nama, ppk, ppk_nama): (String, String, String) =
        (who.get("nama"), who.get("ppk_id"), who.get("ppk_nama"));
    let rhk: Vec<(String, String)> = sqlx::query(
        "SELECT id, judul FROM rhk WHERE instansi_id = $1 AND pegawai_id = $2 AND periode_id = $3 \
         AND tim_id IS NULL ORDER BY urutan, id",
    )
    .bind(inst)
    .bind(pegawai_id)
    .bind(periode_id)
    .fetch_all(&mut **tx)
    .await?
    .iter()
    .map(|r| (r.get("id"), r.get("judul")))
    .collect();
    if rhk.is_empty() {
        return Ok(());
    }
    let subs = sqlx::query(
        "SELECT id, tahun, jenis, nomor, selesai FROM periode \
         WHERE instansi_id = $1 AND parent_id = $2 AND mulai <= $3 ORDER BY nomor",
    )
    .bind(inst)
    .bind(periode_id)
    .bind(&today)
    .fetch_all(&mut **tx)
    .await?;
    let link = format!("/umpan-balik?pegawai={pegawai_id}&period={periode_id}");
    let mut last = None;
    for (i, s) in subs.iter().enumerate() {
        let (sub, selesai): (String, String) = (s.get("id"), s.get("selesai"));
        let (r_id, r_judul) = &rhk[i % rhk.len()];
        let value = NilaiBerakhlak::ALL[i % NilaiBerakhlak::ALL.len()];
        for (n, (rhk_id, nilai, isi)) in [
            (Some(r_id.as_str()), None, ON_RHK[i % ON_RHK.len()]),
            (None, Some(value.code()), ON_VALUE[i % ON_VALUE.len()]),
        ]
        .into_iter()
        .enumerate()
        {
            let at = seed_time(&selesai, &today, &format!("0{}:00", 8 + n));
            let id = new_id();
            sqlx::query(
                "INSERT INTO umpan_balik (instansi_id, id, pegawai_id, periode_id, tahunan_id, \
                 pemberi_id, rhk_id, nilai, isi, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
            )
            .bind(inst)
            .bind(&id)
            .bind(pegawai_id)
            .bind(&sub)
            .bind(periode_id)
            .bind(&ppk)
            .bind(rhk_id)
            .bind(nilai)
            .bind(isi)
            .bind(&at)
            .execute(&mut **tx)
            .await?;
            audit::record(
                tx,
                Change {
                    instansi_id: inst,
                    akun_id: None,
                    aksi: "create",
                    entitas: "umpan_balik",
                    entitas_id: &id,
                    sebelum: None,
                    sesudah: Some(serde_json::json!({ "pegawai_id": pegawai_id,
                        "sub_period": sub, "rhk_id": rhk_id, "nilai": nilai, "text": isi,
                        "by": ppk, "seed": true })),
                },
            )
            .await?;
            let about = rhk_id
                .map(|_| r_judul.clone())
                .unwrap_or(value.label().into());
            let jenis = JenisPeriode::from_code(&s.get::<String, _>("jenis")).unwrap_or_default();
            let sp = nama_periode(
                s.get::<i64, _>("tahun") as i32,
                jenis,
                s.get::<i64, _>("nomor") as u32,
            );
            last = Some((about, sp, at));
        }
    }
    // the newest feedback's notification (unread), and her open request to the PPK
    if let Some((about, _sp, at)) = last {
        notify(
            tx,
            inst,
            pegawai_id,
            "UMPAN_BALIK_DIBERIKAN",
            &format!("{ppk_nama} memberi umpan balik tentang {about}"),
            &format!("{ppk_nama} gave feedback on {about}"),
            &link,
            &at,
        )
        .await?;
    }
    let request = new_id();
    let at = app::backend::ids::now();
    sqlx::query(
        "INSERT INTO permintaan_umpan_balik (instansi_id, id, pegawai_id, periode_id, kepada_id, \
         nilai, pesan, created_at) VALUES ($1, $2, $3, $4, $5, 'KOLABORATIF', $6, $7)",
    )
    .bind(inst)
    .bind(&request)
    .bind(pegawai_id)
    .bind(periode_id)
    .bind(&ppk)
    .bind("Mohon masukan atas kerja sama saya dengan tim lintas bidang.")
    .bind(&at)
    .execute(&mut **tx)
    .await?;
    notify(
        tx,
        inst,
        &ppk,
        "UMPAN_BALIK_DIMINTA",
        &format!("{nama} meminta umpan balik tentang Kolaboratif"),
        &format!("{nama} asks for feedback on Kolaboratif"),
        &link,
        &at,
    )
    .await
}

#[allow(clippy::too_many_arguments)]
async fn notify(
    tx: &mut Transaction<'_, Any>,
    inst: &str,
    to: &str,
    jenis: &str,
    id_text: &str,
    en_text: &str,
    link: &str,
    at: &str,
) -> Result<(), AppError> {
    sqlx::query(
        "INSERT INTO notifikasi (instansi_id, id, penerima_id, jenis, pesan_id, pesan_en, tautan, \
         created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(inst)
    .bind(new_id())
    .bind(to)
    .bind(jenis)
    .bind(id_text)
    .bind(en_text)
    .bind(link)
    .bind(at)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
