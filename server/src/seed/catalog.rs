//! Position catalogues: functional positions (JF) with their jenjang kinds and fields of
//! study, and pelaksana positions (PermenPANRB 45/2022 nomenclature) with their education mix.

use app::domain::jabatan::{JenisJabatan, Jenjang};

use super::org::Position;
use super::people::{Edu, Field, Role};
use super::rng::Rng;

pub struct Jf {
    pub nama: &'static str,
    pub keahlian: bool,
    pub keterampilan: bool,
    pub fields: &'static [Field],
    pub female: f64,
}

const fn jf(
    nama: &'static str,
    keahlian: bool,
    keterampilan: bool,
    fields: &'static [Field],
    female: f64,
) -> Jf {
    Jf {
        nama,
        keahlian,
        keterampilan,
        fields,
        female,
    }
}

use Field::*;

pub const JF: &[Jf] = &[
    jf(
        "Analis Kebijakan",
        true,
        false,
        &[Umum, Hukum, Ekonomi],
        0.5,
    ),
    jf("Perencana", true, false, &[Ekonomi, Planologi, Umum], 0.5),
    jf("Pranata Komputer", true, true, &[Komputer], 0.4),
    jf("Arsiparis", true, true, &[Umum], 0.6),
    jf(
        "Analis SDM Aparatur",
        true,
        false,
        &[Psikologi, Umum, Hukum],
        0.55,
    ),
    jf("Pranata SDM Aparatur", false, true, &[Umum], 0.55),
    jf("Asesor SDM Aparatur", true, false, &[Psikologi], 0.6),
    jf("Auditor", true, true, &[Ekonomi, Hukum], 0.5),
    jf(
        "Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah",
        true,
        false,
        &[Hukum, Umum, Ekonomi],
        0.45,
    ),
    jf(
        "Analis Keuangan Pusat dan Daerah",
        true,
        false,
        &[Ekonomi],
        0.55,
    ),
    jf("Analis Anggaran", true, false, &[Ekonomi], 0.55),
    jf("Pranata Keuangan APBN", false, true, &[Ekonomi], 0.6),
    jf(
        "Pengelola Pengadaan Barang/Jasa",
        true,
        false,
        &[Ekonomi, Teknik],
        0.4,
    ),
    jf(
        "Perancang Peraturan Perundang-undangan",
        true,
        false,
        &[Hukum],
        0.5,
    ),
    jf("Analis Hukum", true, false, &[Hukum], 0.5),
    jf(
        "Pranata Hubungan Masyarakat",
        true,
        true,
        &[Umum, Komputer],
        0.5,
    ),
    jf("Statistisi", true, true, &[Statistik], 0.5),
    jf("Sandiman", true, true, &[Komputer], 0.3),
    jf("Manggala Informatika", true, false, &[Komputer], 0.35),
    jf("Pengawas Sekolah", true, false, &[Pendidikan], 0.5),
    jf("Penilik", true, false, &[Pendidikan], 0.5),
    jf(
        "Pengembang Teknologi Pembelajaran",
        true,
        false,
        &[Pendidikan, Komputer],
        0.5,
    ),
    jf("Epidemiolog Kesehatan", true, true, &[KesMas], 0.6),
    jf("Administrator Kesehatan", true, false, &[KesMas], 0.6),
    jf("Penyuluh Kesehatan Masyarakat", true, false, &[KesMas], 0.7),
    jf("Nutrisionis", true, true, &[Gizi], 0.85),
    jf("Tenaga Sanitasi Lingkungan", true, true, &[KesMas], 0.5),
    jf("Perawat", true, true, &[Keperawatan], 0.75),
    jf("Bidan", true, true, &[Kebidanan], 1.0),
    jf("Dokter", true, false, &[Kedokteran], 0.55),
    jf("Apoteker", true, false, &[Farmasi], 0.7),
    jf(
        "Administrator Database Kependudukan",
        true,
        true,
        &[Komputer, Umum],
        0.45,
    ),
    jf("Teknik Jalan dan Jembatan", true, true, &[Teknik], 0.2),
    jf("Teknik Pengairan", true, true, &[Teknik], 0.2),
    jf("Penata Ruang", true, false, &[Planologi], 0.4),
    jf(
        "Teknik Tata Bangunan dan Perumahan",
        true,
        true,
        &[Teknik],
        0.25,
    ),
];

pub fn jf_by_name(nama: &str) -> &'static Jf {
    JF.iter()
        .find(|j| j.nama == nama)
        .unwrap_or_else(|| panic!("JF '{nama}' is not in the catalogue"))
}

pub struct Pelaksana {
    pub nama: &'static str,
    pub edu: &'static [(Edu, u32)],
    /// None: the unit's fields.
    pub fields: Option<&'static [Field]>,
}

const fn pel(
    nama: &'static str,
    edu: &'static [(Edu, u32)],
    fields: Option<&'static [Field]>,
) -> Pelaksana {
    Pelaksana { nama, edu, fields }
}

pub const PELAKSANA: &[Pelaksana] = &[
    pel(
        "Pengadministrasi Perkantoran",
        &[(Edu::Sma, 6), (Edu::D3, 3), (Edu::S1, 1)],
        None,
    ),
    pel(
        "Pengolah Data dan Informasi",
        &[(Edu::D3, 4), (Edu::S1, 6)],
        None,
    ),
    pel(
        "Penata Layanan Operasional",
        &[(Edu::S1, 9), (Edu::S2, 1)],
        None,
    ),
    pel(
        "Pengelola Layanan Operasional",
        &[(Edu::D3, 4), (Edu::S1, 6)],
        None,
    ),
    pel(
        "Operator Layanan Operasional",
        &[(Edu::Sma, 7), (Edu::D3, 3)],
        None,
    ),
    pel(
        "Penelaah Teknis Kebijakan",
        &[(Edu::S1, 85), (Edu::S2, 15)],
        None,
    ),
    pel(
        "Pengelola Umum Operasional",
        &[(Edu::Sd, 2), (Edu::Smp, 3), (Edu::Sma, 5)],
        Some(&[Umum]),
    ),
    pel(
        "Operator Layanan Kesehatan",
        &[(Edu::D3, 1)],
        Some(&[KesMas, Keperawatan, Kebidanan, Farmasi, Gizi]),
    ),
    pel(
        "Pengelola Layanan Kesehatan",
        &[(Edu::S1, 1)],
        Some(&[KesMas, Keperawatan, Gizi]),
    ),
    pel(
        "Teknisi Sarana dan Prasarana",
        &[(Edu::Sma, 6), (Edu::D3, 4)],
        Some(&[Teknik]),
    ),
    pel(
        "Penata Kelola Sistem dan Teknologi Informasi",
        &[(Edu::D3, 3), (Edu::S1, 7)],
        Some(&[Komputer]),
    ),
];

pub fn pelaksana_by_name(nama: &str) -> &'static Pelaksana {
    PELAKSANA
        .iter()
        .find(|p| p.nama == nama)
        .unwrap_or_else(|| panic!("pelaksana '{nama}' is not in the catalogue"))
}

/// The usual pelaksana mix of a unit.
pub const PELAKSANA_UMUM: &[(&str, u32)] = &[
    ("Pengadministrasi Perkantoran", 6),
    ("Pengolah Data dan Informasi", 4),
    ("Penata Layanan Operasional", 3),
    ("Pengelola Layanan Operasional", 3),
    ("Operator Layanan Operasional", 3),
    ("Penelaah Teknis Kebijakan", 2),
    ("Pengelola Umum Operasional", 2),
];

/// Share of PPPK among staff (heads are always PNS), for ~30 % overall.
pub const PPPK_SHARE: f64 = 0.31;

/// Jenjang for a JF: keahlian or keterampilan as the JF allows, weighted to the usual mix;
/// `senior` gives Ahli Madya (JF directly under a JPT).
pub fn jenjang(rng: &mut Rng, j: &Jf, senior: bool) -> Jenjang {
    if senior && j.keahlian {
        return Jenjang::AhliMadya;
    }
    let keahlian = j.keahlian && (!j.keterampilan || rng.chance(0.65));
    if keahlian {
        rng.weighted(&[
            (Jenjang::AhliPertama, 45),
            (Jenjang::AhliMuda, 40),
            (Jenjang::AhliMadya, 15),
        ])
    } else {
        rng.weighted(&[
            (Jenjang::Terampil, 45),
            (Jenjang::Mahir, 35),
            (Jenjang::Penyelia, 20),
        ])
    }
}

/// A JF position and the role for the person who holds it.
pub fn jf_position(j: &'static Jf, jenjang: Jenjang) -> (Position, Role<'static>) {
    (
        Position {
            nama: format!("{} {}", j.nama, jenjang.label()),
            jenis: JenisJabatan::Fungsional,
            jenjang: Some(jenjang),
            kepala: false,
        },
        Role {
            jenis: JenisJabatan::Fungsional,
            jenjang: Some(jenjang),
            edu: &[],
            fields: j.fields,
            female: j.female,
            pppk: PPPK_SHARE,
        },
    )
}

/// A pelaksana position and the role for the person who holds it.
pub fn pelaksana_position(
    p: &'static Pelaksana,
    unit_fields: &'static [Field],
) -> (Position, Role<'static>) {
    (
        Position {
            nama: p.nama.to_string(),
            jenis: JenisJabatan::Pelaksana,
            jenjang: None,
            kepala: false,
        },
        Role {
            jenis: JenisJabatan::Pelaksana,
            jenjang: None,
            edu: p.edu,
            fields: p.fields.unwrap_or(unit_fields),
            female: 0.5,
            pppk: PPPK_SHARE,
        },
    )
}

/// The head of a unit.
pub fn head_position(
    nama: String,
    jenis: JenisJabatan,
    fields: &'static [Field],
) -> (Position, Role<'static>) {
    (
        Position {
            nama,
            jenis,
            jenjang: None,
            kepala: true,
        },
        Role {
            jenis,
            jenjang: None,
            edu: &[],
            fields,
            female: 0.3,
            pppk: 0.0,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use app::domain::jabatan::check_jenjang;

    #[test]
    fn catalogue_is_consistent() {
        for j in JF {
            assert!(j.keahlian || j.keterampilan, "{}", j.nama);
            assert!(!j.fields.is_empty(), "{}", j.nama);
        }
        for (p, _) in PELAKSANA_UMUM {
            pelaksana_by_name(p);
        }
        let mut rng = Rng::new(3);
        for j in JF {
            for _ in 0..20 {
                let jj = jenjang(&mut rng, j, false);
                let (pos, _) = jf_position(j, jj);
                assert!(check_jenjang(pos.jenis, pos.jenjang).is_ok());
                let is_keahlian = jj.code().starts_with("AHLI");
                assert!(if is_keahlian {
                    j.keahlian
                } else {
                    j.keterampilan
                });
            }
        }
    }
}
