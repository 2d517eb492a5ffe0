//! The demo's realisasi for the sub-periods so far: `pegawai` and up to seven colleagues
//! (the other staff of `penilai`), every IKI of their RHK, one entry per sub-period that has
//! begun, with evidence: a small generated PDF for the first IKI of each RHK, a link for the
//! others. Earlier sub-periods are verified VALID by the person's PPK, the latest is DIAJUKAN;
//! one of `pegawai`'s was sent back for correction (PERLU_PERBAIKAN, with the PPK's comment)
//! and corrected. Values follow the plan's seeded achievement, so the cascade's progress keeps
//! its shape, and the IKI's realisasi is then the cumulative rule's.

use std::collections::HashMap;
use std::path::PathBuf;

use app::backend::ids::new_id;
use app::backend::realisasi::EvidenceStore;
use app::backend::repo::bulk::AuditBy;
use app::backend::repo::realisasi::bulk::{insert_all, BerkasSeed, BuktiSeed, EntriSeed};
use app::backend::AppError;
use app::domain::periode::{nama_periode, JenisPeriode};
use app::domain::realisasi::{Akumulasi, JenisSatuan};
use sha2::{Digest, Sha256};
use sqlx::{Any, Row, Transaction};

/// (id, nama, nip, ppk_id, akun_id) of a person who gets entries.
type Orang = (String, String, String, Option<String>, Option<String>);

/// Colleagues of `pegawai` who get entries too.
const COLLEAGUES: i64 = 7;

/// Writes the entries and their files; returns the files placed (for removal if the seed's
/// transaction fails).
pub async fn seed(
    tx: &mut Transaction<'_, Any>,
    inst: &str,
    store: &EvidenceStore,
    periode_id: &str,
    pegawai_id: &str,
) -> Result<Vec<PathBuf>, AppError> {
    let today = chrono::Utc::now().date_naive().to_string();
    let subs: Vec<(String, i64, String, String)> = sqlx::query(
        "SELECT id, nomor, jenis, selesai FROM periode WHERE instansi_id = $1 AND parent_id = $2 \
         AND mulai <= $3 ORDER BY nomor",
    )
    .bind(inst)
    .bind(periode_id)
    .bind(&today)
    .fetch_all(&mut **tx)
    .await?
    .iter()
    .map(|r| {
        (
            r.get("id"),
            r.get("nomor"),
            r.get("jenis"),
            r.get("selesai"),
        )
    })
    .collect();
    let Some((_, _, jenis, _)) = subs.first() else {
        return Ok(vec![]);
    };
    let jenis = JenisPeriode::from_code(jenis).unwrap_or_default();
    let total_subs = 12 / i64::from(jenis.months());
    // pegawai first, then the colleagues with the same PPK
    let people: Vec<Orang> = sqlx::query(
        "SELECT p.id, p.nama, p.nip, p.ppk_id, a.id AS akun_id FROM pegawai p \
         LEFT JOIN akun a ON a.instansi_id = p.instansi_id AND a.pegawai_id = p.id \
         WHERE p.instansi_id = $1 AND (p.id = $2 OR p.id IN (SELECT c.id FROM pegawai c \
            WHERE c.instansi_id = $1 AND c.id <> $2 AND c.ppk_id = \
              (SELECT ppk_id FROM pegawai WHERE instansi_id = $1 AND id = $2) \
            ORDER BY c.nip LIMIT $3)) \
         ORDER BY CASE WHEN p.id = $2 THEN 0 ELSE 1 END, p.nip",
    )
    .bind(inst)
    .bind(pegawai_id)
    .bind(COLLEAGUES)
    .fetch_all(&mut **tx)
    .await?
    .iter()
    .map(|r| {
        (
            r.get("id"),
            r.get("nama"),
            r.get("nip"),
            r.get("ppk_id"),
            r.get("akun_id"),
        )
    })
    .collect();
    let mut entri = vec![];
    let mut bukti = vec![];
    let mut berkas: HashMap<String, BerkasSeed> = HashMap::new();
    let mut files: Vec<(String, Vec<u8>)> = vec![];
    for (pid, nama, nip, ppk, akun) in &people {
        let iki = sqlx::query(
            "SELECT i.id, i.rhk_id, i.urutan, i.target, i.satuan, i.realisasi, r.judul FROM rhk r \
             CROSS JOIN iki i WHERE r.instansi_id = $1 AND r.periode_id = $2 AND r.pegawai_id = $3 \
             AND r.pensiun_at IS NULL AND i.instansi_id = r.instansi_id AND i.rhk_id = r.id \
             ORDER BY r.urutan, r.id, i.urutan",
        )
        .bind(inst)
        .bind(periode_id)
        .bind(pid)
        .fetch_all(&mut **tx)
        .await?;
        for (k, row) in iki.iter().enumerate() {
            let target: f64 = row.get("target");
            let satuan: String = row.get("satuan");
            let judul: String = row.get("judul");
            let seeded: Option<f64> = row.get("realisasi");
            let n = subs.len() as f64;
            let share = seeded
                .map(|r| (r / target).clamp(0.0, 1.0))
                .unwrap_or(0.85 * n / total_subs as f64);
            let values = split(target * share, &satuan, subs.len());
            for (i, (sp_id, nomor, _, selesai)) in subs.iter().enumerate() {
                let latest = i + 1 == subs.len();
                let at = seed_time(selesai, &today, "09:00");
                let verified = seed_time(selesai, &today, "14:00");
                let periode = nama_periode(
                    chrono::Datelike::year(&chrono::Utc::now()),
                    jenis,
                    *nomor as u32,
                );
                let value = values[i];
                let narasi =
                    format!("{periode}: {judul}, tercapai {value} {satuan} sesuai rencana kerja.");
                // pegawai's first IKI in the latest sub-period: sent back, then corrected
                let send_back = latest && pid == pegawai_id && k == 0;
                let (status, by, when) = match (latest, send_back) {
                    (false, _) => ("VALID", ppk.clone(), Some(verified.clone())),
                    (true, true) => ("PERLU_PERBAIKAN", ppk.clone(), Some(verified.clone())),
                    (true, false) => ("DIAJUKAN", None, None),
                };
                let id = new_id();
                let first_of_rhk = row.get::<i64, _>("urutan") == 0;
                if first_of_rhk {
                    let text = [
                        "BERITA ACARA CAPAIAN KINERJA".to_string(),
                        format!("Pemerintah Kota Sukamaju - {periode}"),
                        format!("Nama: {nama} (NIP {nip})"),
                        format!("Rencana hasil kerja: {judul}"),
                        format!("Realisasi: {value} {satuan}"),
                    ];
                    let pdf = small_pdf(&text);
                    let sha = hex::encode(Sha256::digest(&pdf));
                    berkas.entry(sha.clone()).or_insert(BerkasSeed {
                        sha256: sha.clone(),
                        ukuran: pdf.len() as i64,
                        mime: "application/pdf",
                    });
                    files.push((sha.clone(), pdf));
                    bukti.push(BuktiSeed {
                        id: new_id(),
                        realisasi_id: id.clone(),
                        urutan: 0,
                        sha256: Some(sha),
                        nama: Some(format!("Berita acara {periode}.pdf")),
                        url: None,
                    });
                } else {
                    bukti.push(BuktiSeed {
                        id: new_id(),
                        realisasi_id: id.clone(),
                        urutan: 0,
                        sha256: None,
                        nama: None,
                        url: Some(format!(
                            "https://arsip.sukamaju.example/bukti/{nip}/{}-{nomor}",
                            jenis.code().to_lowercase()
                        )),
                    });
                }
                entri.push(EntriSeed {
                    id,
                    iki_id: row.get("id"),
                    rhk_id: row.get("rhk_id"),
                    satuan: satuan.clone(),
                    periode_id: sp_id.clone(),
                    nilai: value,
                    narasi: narasi.clone(),
                    status,
                    komentar: send_back
                        .then(|| "Lampirkan daftar hadir kegiatan sebagai bukti dukung.".into()),
                    diverifikasi_oleh: by,
                    diverifikasi_at: when,
                    dibuat_oleh: akun.clone(),
                    created_at: at.clone(),
                });
                if send_back {
                    // the correction, recorded later the same day
                    let corrected = new_id();
                    bukti.push(BuktiSeed {
                        id: new_id(),
                        realisasi_id: corrected.clone(),
                        urutan: 0,
                        sha256: None,
                        nama: None,
                        url: Some(format!(
                            "https://arsip.sukamaju.example/bukti/{nip}/daftar-hadir-{nomor}"
                        )),
                    });
                    entri.push(EntriSeed {
                        id: corrected,
                        iki_id: row.get("id"),
                        rhk_id: row.get("rhk_id"),
                        satuan: satuan.clone(),
                        periode_id: sp_id.clone(),
                        nilai: value,
                        narasi: format!("{narasi} Dilengkapi daftar hadir."),
                        status: "DIAJUKAN",
                        komentar: None,
                        diverifikasi_oleh: None,
                        diverifikasi_at: None,
                        dibuat_oleh: akun.clone(),
                        created_at: seed_time(selesai, &today, "16:00"),
                    });
                }
            }
        }
    }
    // the files first (each to a temp file, renamed into place), then the rows
    let mut placed = vec![];
    for (sha, bytes) in &files {
        let target = store.path_of(inst, sha);
        if placed.contains(&target) {
            continue;
        }
        let mut up = store.begin("bukti.pdf")?;
        up.write(bytes).await?;
        let staged = up.finish().await?;
        store.place(inst, staged).await.map_err(|e| {
            tracing::error!(error = %e, "demo evidence");
            AppError::internal()
        })?;
        placed.push(target);
    }
    let berkas: Vec<BerkasSeed> = berkas.into_values().collect();
    let by = AuditBy {
        akun_id: None,
        aksi: "create",
    };
    if let Err(e) = insert_all(tx, inst, by, &entri, &berkas, &bukti).await {
        discard(&placed);
        return Err(e.into());
    }
    Ok(placed)
}

/// Removes files a failed seed placed.
pub fn discard(placed: &[PathBuf]) {
    for p in placed {
        let _ = std::fs::remove_file(p);
    }
}

/// `total` over `n` sub-periods: summed units split into (whole, for counted things) parts;
/// level units rising to `total` in the latest.
fn split(total: f64, satuan: &str, n: usize) -> Vec<f64> {
    let kind = JenisSatuan::dari_satuan(satuan);
    match kind.akumulasi() {
        Akumulasi::Terakhir => (1..=n)
            .map(|i| (total * (0.9 + 0.1 * i as f64 / n as f64)).round())
            .map(|v| {
                if kind == JenisSatuan::Persen {
                    v.min(100.0)
                } else {
                    v
                }
            })
            .collect(),
        Akumulasi::Jumlah => {
            let whole = total.round() as i64;
            let base = whole / n as i64;
            (0..n)
                .map(|i| {
                    let extra = if i + 1 == n {
                        whole - base * n as i64
                    } else {
                        0
                    };
                    (base + extra) as f64
                })
                .collect()
        }
    }
}

/// A one-page PDF with the lines in Helvetica (ASCII only), with a correct cross-reference
/// table.
fn small_pdf(lines: &[String]) -> Vec<u8> {
    let mut text = String::from("BT /F1 12 Tf 56 780 Td 16 TL\n");
    for l in lines {
        let safe: String = l
            .chars()
            .map(|c| {
                if c.is_ascii() && !c.is_ascii_control() {
                    c
                } else {
                    '?'
                }
            })
            .collect();
        let safe = safe
            .replace('\\', "\\\\")
            .replace('(', "\\(")
            .replace(')', "\\)");
        text.push_str(&format!("({safe}) Tj T*\n"));
    }
    text.push_str("ET\n");
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>".to_string(),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_string(),
        format!("<< /Length {} >>\nstream\n{text}endstream", text.len()),
    ];
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = vec![];
    for (i, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n{o}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for o in offsets {
        out.extend(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

/// A seeded timestamp: the sub-period's last day (today at the latest) at `hh_mm` UTC, never
/// later than now, so entries that users record afterwards are the newest.
pub(super) fn seed_time(selesai: &str, today: &str, hh_mm: &str) -> String {
    let at = format!("{}T{hh_mm}:00.000Z", selesai.min(today));
    at.min(app::backend::ids::now())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits() {
        assert_eq!(split(7.0, "Dokumen", 3), vec![2.0, 2.0, 3.0]);
        assert_eq!(split(9.6, "Bulan", 4).iter().sum::<f64>(), 10.0);
        let p = split(80.0, "%", 4);
        assert_eq!(p.last(), Some(&80.0));
        assert!(p.iter().all(|v| *v <= 100.0));
    }

    #[test]
    fn the_pdf_is_one() {
        let pdf = small_pdf(&["Halo (dunia)".into(), "Realisasi: 5 ton".into()]);
        assert!(pdf.starts_with(b"%PDF-1.4"));
        assert!(pdf.ends_with(b"%%EOF\n"));
        assert_eq!(
            app::backend::realisasi::store::detect(&pdf).unwrap(),
            "application/pdf"
        );
    }
}
