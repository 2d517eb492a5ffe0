//! The Dokumen Evaluasi Kinerja Pegawai as a PDF in the layout of the official form
//! (PermenPANRB 6/2022): the period, the employee, the pejabat penilai and their atasan, the
//! capaian kinerja organisasi, the RHK with the PPK's judgement, the two ratings with their
//! reasons, the predikat, and the signature blocks.

use app::backend::tindak_lanjut::dokumen::DokumenEvaluasi;
use app::domain::dto::PegawaiRingkas;

use super::layout::{cell, head, Doc, MARGIN, PAGE_W};
use super::skp::{people, SIZE};

fn atasan(d: &mut Doc, a: Option<&PegawaiRingkas>) {
    let w = [8.0, 40.0, 132.0];
    d.row(
        &w,
        &[head("No"), head("ATASAN PEJABAT PENILAI KINERJA"), head("")],
        SIZE,
    );
    let pick = |f: fn(&PegawaiRingkas) -> &String| a.map(f).cloned().unwrap_or_default();
    let rows = [
        ("Nama", pick(|p| &p.name)),
        ("NIP", pick(|p| &p.nip)),
        ("Pangkat/Gol.", pick(|p| &p.pangkat)),
        ("Jabatan", pick(|p| &p.jabatan)),
        ("Unit Kerja", pick(|p| &p.unit_name)),
    ];
    for (i, (label, value)) in rows.iter().enumerate() {
        let n = (i + 1).to_string();
        d.row(&w, &[cell(&n), cell(label), cell(value)], SIZE);
    }
}

fn rhk(d: &mut Doc, doc: &DokumenEvaluasi) {
    d.gap(4.0);
    d.para("HASIL KERJA", 10.0, true, false);
    let w = [8.0, 22.0, 110.0, 40.0];
    d.row(
        &w,
        &[
            head("No"),
            head("Jenis"),
            head("Rencana Hasil Kerja"),
            head("Penilaian PPK"),
        ],
        SIZE,
    );
    if doc.rhk.is_empty() {
        d.row(
            &[180.0],
            &[cell("Tidak ada RHK dalam SKP periode ini")],
            SIZE,
        );
    }
    for (i, r) in doc.rhk.iter().enumerate() {
        let n = (i + 1).to_string();
        let jenis = if r.utama { "Utama" } else { "Tambahan" };
        let rating = r.rating.map(|x| x.label()).unwrap_or("-");
        d.row(
            &w,
            &[cell(&n), cell(jenis), cell(&r.judul), cell(rating)],
            SIZE,
        );
    }
}

fn penilaian(d: &mut Doc, doc: &DokumenEvaluasi) {
    let e = &doc.evaluasi;
    d.gap(4.0);
    d.para("EVALUASI KINERJA", 10.0, true, false);
    let w = [8.0, 52.0, 120.0];
    let organisasi = doc
        .organisasi
        .as_ref()
        .map(|(unit, p)| format!("{} ({unit})", p.label()))
        .unwrap_or_else(|| "Belum ditetapkan".into());
    let hasil = format!(
        "{}. Alasan: {}",
        e.rating_hasil_kerja.label(),
        e.alasan_hasil_kerja
    );
    let perilaku = format!(
        "{}. Alasan: {}",
        e.rating_perilaku_kerja.label(),
        e.alasan_perilaku_kerja
    );
    let status = if e.status == "FINAL" {
        "Final"
    } else {
        "Belum final (dapat berubah dalam kalibrasi)"
    };
    let rows = [
        ("CAPAIAN KINERJA ORGANISASI", organisasi),
        ("RATING HASIL KERJA", hasil),
        ("RATING PERILAKU KERJA", perilaku),
        ("PREDIKAT KINERJA PEGAWAI", e.predikat.label().to_string()),
        ("STATUS", status.to_string()),
    ];
    for (i, (label, value)) in rows.iter().enumerate() {
        let n = (i + 1).to_string();
        d.row(&w, &[cell(&n), head(label), cell(value)], SIZE);
    }
}

fn signatures(d: &mut Doc, doc: &DokumenEvaluasi) {
    d.gap(8.0);
    d.need(40.0);
    let top = d.y;
    let third = (PAGE_W - 2.0 * MARGIN) / 3.0;
    let date = doc
        .evaluasi
        .final_at
        .as_deref()
        .unwrap_or(&doc.evaluasi.dinilai_at)
        .get(..10)
        .map(|s| format!("Tanggal: {s}"))
        .unwrap_or_default();
    let who = |p: Option<&PegawaiRingkas>| p.map(|p| (p.name.clone(), p.nip.clone()));
    let cols = [
        (0.0, "Atasan Pejabat Penilai", who(doc.atasan.as_ref())),
        (third, "Pejabat Penilai Kinerja", who(doc.penilai.as_ref())),
        (2.0 * third, "Pegawai yang Dinilai", who(Some(&doc.pegawai))),
    ];
    for (x, role, person) in cols {
        let first = if x == third { date.as_str() } else { "" };
        let (name, nip) = person.unwrap_or_default();
        d.signature(top, x, first, role, (&name, &nip));
    }
}

/// The whole document.
pub fn render(doc: &DokumenEvaluasi) -> Result<Vec<u8>, printpdf::Error> {
    let mut d = Doc::new(&format!(
        "Evaluasi Kinerja {} {}",
        doc.pegawai.name, doc.periode
    ))?;
    d.para("DOKUMEN EVALUASI KINERJA PEGAWAI", 13.0, true, true);
    d.para(
        &format!("{} - PERIODE PENILAIAN {}", doc.instansi, doc.periode),
        9.0,
        false,
        true,
    );
    d.gap(3.0);
    people(&mut d, &doc.pegawai, doc.penilai.as_ref());
    atasan(&mut d, doc.atasan.as_ref());
    rhk(&mut d, doc);
    penilaian(&mut d, doc);
    signatures(&mut d, doc);
    d.finish()
}
