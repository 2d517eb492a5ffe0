//! The demo's innovation records: `pegawai` has an implemented innovation linked to her first
//! RHK and a new idea; two colleagues of her section have a prototype and an idea, so the
//! section's and the bidang's counts on `/inovasi?unit=` show something.

use app::backend::repo::bulk::PegawaiRow;
use app::backend::repo::inovasi::{insert, Isi};
use app::backend::AppError;
use app::domain::inovasi::StatusInovasi;
use sqlx::{Any, Row, Transaction};

pub async fn seed(
    tx: &mut Transaction<'_, Any>,
    inst: &str,
    periode_id: &str,
    people: &[&PegawaiRow],
) -> Result<(), AppError> {
    let Some(first) = people.first() else {
        return Ok(());
    };
    let rhk: Option<String> = sqlx::query(
        "SELECT id FROM rhk WHERE instansi_id = $1 AND pegawai_id = $2 AND periode_id = $3 \
         ORDER BY urutan, id LIMIT 1",
    )
    .bind(inst)
    .bind(&first.id)
    .bind(periode_id)
    .fetch_optional(&mut **tx)
    .await?
    .map(|r| r.get("id"));
    let records = [
        (
            0,
            Isi {
                rhk_id: rhk.as_deref(),
                judul: "Antrean layanan KTP-el lewat WhatsApp",
                masalah: "Warga menunggu lebih dari dua jam di ruang layanan tanpa kepastian giliran.",
                solusi: "Nomor antrean dan panggilan dikirim lewat WhatsApp; warga datang saat gilirannya dekat.",
                status: StatusInovasi::Diterapkan,
                tautan: "https://drive.example.go.id/inovasi/antrean-wa.pdf",
                dampak: "Rata-rata waktu tunggu di lokasi turun dari 128 menit menjadi 24 menit (Maret–Mei).",
            },
        ),
        (
            0,
            Isi {
                rhk_id: None,
                judul: "Pengingat otomatis dokumen kedaluwarsa",
                masalah: "Banyak warga baru mengurus dokumen setelah masa berlakunya habis.",
                solusi: "Pesan pengingat satu bulan sebelum masa berlaku habis.",
                status: StatusInovasi::Ide,
                tautan: "",
                dampak: "",
            },
        ),
        (
            1,
            Isi {
                rhk_id: None,
                judul: "Formulir pindah datang daring",
                masalah: "Formulir kertas sering tidak lengkap dan harus diisi ulang.",
                solusi: "Formulir daring dengan pemeriksaan isian sebelum dikirim.",
                status: StatusInovasi::Prototipe,
                tautan: "https://drive.example.go.id/inovasi/formulir-pindah.pdf",
                dampak: "",
            },
        ),
        (
            2,
            Isi {
                rhk_id: None,
                judul: "Papan informasi persyaratan layanan",
                masalah: "Pertanyaan berulang tentang persyaratan di loket.",
                solusi: "Papan dan kode QR berisi persyaratan tiap layanan.",
                status: StatusInovasi::Ide,
                tautan: "",
                dampak: "",
            },
        ),
    ];
    for (who, isi) in records {
        let Some(p) = people.get(who) else { continue };
        insert(tx, inst, &p.id, &p.unit_id, periode_id, &isi).await?;
    }
    Ok(())
}
