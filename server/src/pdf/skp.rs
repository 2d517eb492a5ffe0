//! The SKP as a PDF in the layout of the official form (PermenPANRB 6/2022): the header with
//! the employee and the PPK, the RHK table (utama, tambahan) with the intervened RHK and the
//! IKI per aspect, the perilaku table (BerAKHLAK with the leader's expectations), the
//! lampiran, and the signatures.

use app::domain::dto::{PegawaiRingkas, Skp};
use app::domain::skp::{JenisRhk, StatusSkp};

use super::layout::{cell, head, Doc, MARGIN, PAGE_W};

pub(super) const SIZE: f32 = 8.5;

fn fmt_num(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        format!("{v}").replace('.', ",")
    }
}

/// One line of the identity table: its label and how to read it from a person.
type Field = fn(&PegawaiRingkas) -> &String;

pub(super) fn people(d: &mut Doc, pegawai: &PegawaiRingkas, ppk: Option<&PegawaiRingkas>) {
    let w = [8.0, 24.0, 58.0, 8.0, 24.0, 58.0];
    d.row(
        &w,
        &[
            head("No"),
            head("PEGAWAI YANG DINILAI"),
            head(""),
            head("No"),
            head("PEJABAT PENILAI KINERJA"),
            head(""),
        ],
        SIZE,
    );
    let empty = String::new();
    let pick = |p: Option<&PegawaiRingkas>, f: Field| p.map(f).unwrap_or(&empty).clone();
    let rows: [(&str, Field); 5] = [
        ("Nama", |p| &p.name),
        ("NIP", |p| &p.nip),
        ("Pangkat/Gol.", |p| &p.pangkat),
        ("Jabatan", |p| &p.jabatan),
        ("Unit Kerja", |p| &p.unit_name),
    ];
    for (i, (label, f)) in rows.iter().enumerate() {
        let n = (i + 1).to_string();
        let (a, b) = (f(pegawai).clone(), pick(ppk, *f));
        d.row(
            &w,
            &[
                cell(&n),
                cell(label),
                cell(&a),
                cell(&n),
                cell(label),
                cell(&b),
            ],
            SIZE,
        );
    }
}

fn hasil_kerja(d: &mut Doc, skp: &Skp) {
    let w = [8.0, 40.0, 45.0, 20.0, 42.0, 25.0];
    d.gap(4.0);
    d.para("HASIL KERJA", 10.0, true, false);
    let parent_head = if skp.jpt {
        "Sasaran / RHK yang diintervensi"
    } else {
        "RHK Pimpinan yang Diintervensi"
    };
    d.row(
        &w,
        &[
            head("No"),
            head(parent_head),
            head("Rencana Hasil Kerja"),
            head("Aspek"),
            head("Indikator Kinerja Individu"),
            head("Target"),
        ],
        SIZE,
    );
    for (jenis, label) in [
        (JenisRhk::Utama, "A. Utama"),
        (JenisRhk::Tambahan, "B. Tambahan"),
    ] {
        let list: Vec<_> = skp.rhk.iter().filter(|r| r.jenis == jenis).collect();
        d.row(&[180.0], &[head(label)], SIZE);
        if list.is_empty() {
            d.row(&[180.0], &[cell("-")], SIZE);
        }
        for (i, r) in list.iter().enumerate() {
            let parent = r
                .intervensi
                .as_ref()
                .map(|p| format!("{} ({})", p.judul, p.owner_name))
                .or_else(|| r.sasaran_nama.clone())
                .unwrap_or_else(|| "-".into());
            let mut judul = r.judul.clone();
            if let Some(p) = r.perspektif {
                judul = format!("{judul} [Perspektif: {}]", p.label());
            }
            let n = (i + 1).to_string();
            if r.iki.is_empty() {
                let e = r.ekspektasi.clone().unwrap_or_else(|| "-".into());
                d.row(
                    &w,
                    &[
                        cell(&n),
                        cell(&parent),
                        cell(&judul),
                        cell("-"),
                        cell(&e),
                        cell("-"),
                    ],
                    SIZE,
                );
            }
            for (k, iki) in r.iki.iter().enumerate() {
                let aspek = iki.aspek.map(|a| a.label()).unwrap_or("-");
                let target = format!("{} {}", fmt_num(iki.target), iki.satuan);
                let (n, parent, judul) = if k == 0 {
                    (n.as_str(), parent.as_str(), judul.as_str())
                } else {
                    ("", "", "")
                };
                d.row(
                    &w,
                    &[
                        cell(n),
                        cell(parent),
                        cell(judul),
                        cell(aspek),
                        cell(&iki.nama),
                        cell(&target),
                    ],
                    SIZE,
                );
            }
        }
    }
}

fn perilaku(d: &mut Doc, skp: &Skp) {
    let w = [8.0, 102.0, 70.0];
    d.gap(4.0);
    d.need(30.0);
    d.para("PERILAKU KERJA", 10.0, true, false);
    d.row(
        &w,
        &[
            head("No"),
            head("Perilaku (BerAKHLAK)"),
            head("Ekspektasi Khusus Pimpinan"),
        ],
        SIZE,
    );
    for (i, p) in skp.perilaku.iter().enumerate() {
        let text = format!(
            "{}\u{2029}{}",
            p.label,
            p.statements
                .iter()
                .map(|s| format!("- {s}"))
                .collect::<Vec<_>>()
                .join("\u{2029}")
        );
        let e = if p.ekspektasi.is_empty() {
            "-"
        } else {
            p.ekspektasi.as_str()
        };
        d.row(
            &w,
            &[cell(&(i + 1).to_string()), cell(&text), cell(e)],
            SIZE,
        );
    }
}

fn lampiran(d: &mut Doc, skp: &Skp) {
    d.gap(4.0);
    d.need(30.0);
    d.para("LAMPIRAN SASARAN KINERJA PEGAWAI", 10.0, true, false);
    let l = &skp.lampiran;
    for (title, items) in [
        ("Dukungan Sumber Daya", &l.dukungan_sumber_daya),
        ("Skema Pertanggungjawaban", &l.skema_pertanggungjawaban),
        ("Konsekuensi", &l.konsekuensi),
    ] {
        d.row(&[180.0], &[head(title)], SIZE);
        if items.is_empty() {
            d.row(&[180.0], &[cell("-")], SIZE);
        }
        for (i, item) in items.iter().enumerate() {
            d.row(
                &[8.0, 172.0],
                &[cell(&(i + 1).to_string()), cell(item)],
                SIZE,
            );
        }
    }
}

fn signatures(d: &mut Doc, skp: &Skp) {
    d.gap(8.0);
    d.need(40.0);
    let top = d.y;
    let half = (PAGE_W - 2.0 * MARGIN) / 2.0;
    let date = skp
        .disetujui_at
        .as_deref()
        .or(skp.diajukan_at.as_deref())
        .and_then(|s| s.get(..10))
        .map(|s| format!("Tanggal: {s}"))
        .unwrap_or_default();
    let ppk = skp.ppk.as_ref();
    let cols = [
        (
            0.0,
            String::new(),
            "Pejabat Penilai Kinerja",
            ppk.map(|p| (p.name.clone(), p.nip.clone())),
        ),
        (
            half,
            date,
            "Pegawai yang Dinilai",
            Some((skp.pegawai.name.clone(), skp.pegawai.nip.clone())),
        ),
    ];
    for (x, first, role, who) in cols {
        let (name, nip) = who.unwrap_or_default();
        d.signature(top, x, &first, role, (&name, &nip));
    }
}

/// The whole document.
pub fn render(skp: &Skp, instansi: &str) -> Result<Vec<u8>, printpdf::Error> {
    let mut d = Doc::new(&format!("SKP {} {}", skp.pegawai.name, skp.tahun))?;
    d.para("SASARAN KINERJA PEGAWAI", 13.0, true, true);
    let kind = if skp.jpt {
        "PENDEKATAN HASIL KERJA KUANTITATIF - JPT"
    } else {
        "PENDEKATAN HASIL KERJA KUANTITATIF"
    };
    d.para(kind, 9.0, true, true);
    d.para(
        &format!(
            "{instansi} - PERIODE 1 JANUARI SD 31 DESEMBER {}",
            skp.tahun
        ),
        9.0,
        false,
        true,
    );
    if skp.status != StatusSkp::Disetujui {
        d.para(
            &format!(
                "Status: {} (belum disetujui PPK) - versi {}",
                skp.status.label(),
                skp.versi
            ),
            8.5,
            true,
            true,
        );
    } else {
        d.para(
            &format!("Disetujui - versi {}", skp.versi),
            8.5,
            false,
            true,
        );
    }
    d.gap(3.0);
    people(&mut d, &skp.pegawai, skp.ppk.as_ref());
    hasil_kerja(&mut d, skp);
    perilaku(&mut d, skp);
    lampiran(&mut d, skp);
    signatures(&mut d, skp);
    d.finish()
}
