//! The demo agency: Pemerintah Kota Sukamaju, a fictional city government of 42 units over
//! four levels and ~1,500 employees, with the demo accounts of API.md (password
//! `rantai-demo`) and two years of periods. The same every time (fixed seed); running it again
//! changes nothing.

use app::backend::repo::bulk::AuditBy;
use app::backend::repo::{akun, bulk_plan, instansi, period};
use app::backend::skp::sasaran;
use app::backend::{AppError, Db};
use app::domain::jabatan::{JenisJabatan, Jenjang};
use app::domain::periode::{JenisPeriode, StatusPeriode};
use app::domain::role::Role;
use chrono::Datelike;

use super::catalog::{self, head_position, jf_by_name, jf_position, pelaksana_position};
use super::org::{Org, Position};
use super::people::{self, Field};
use super::plan;
use super::rng::Rng;
use super::{tim, Summary};

pub const KODE: &str = "KOTA-SUKAMAJU";
pub const NAMA: &str = "Pemerintah Kota Sukamaju";
pub const PASSWORD: &str = "rantai-demo";
const SEED: u64 = 0x5355_4B41_4D41_4A55; // "SUKAMAJU"
/// Squads (tim kerja) of the current year, across units.
const SQUADS: usize = 7;

/// The subject area of a unit: its JF and the fields of study of its people.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Dom {
    Pemerintahan,
    Hukum,
    Organisasi,
    Umum,
    Pendidikan,
    Kesehatan,
    Dukcapil,
    Pupr,
    Bappeda,
    Bkpsdm,
    Bpkad,
    Inspektorat,
    Kominfo,
}

impl Dom {
    fn fields(self) -> &'static [Field] {
        use Field::*;
        match self {
            Dom::Pemerintahan => &[Umum, Hukum, Ekonomi],
            Dom::Hukum => &[Hukum],
            Dom::Organisasi => &[Umum, Psikologi],
            Dom::Umum => &[Umum, Ekonomi],
            Dom::Pendidikan => &[Pendidikan, Umum],
            Dom::Kesehatan => &[KesMas, Keperawatan, Umum],
            Dom::Dukcapil => &[Umum, Komputer],
            Dom::Pupr => &[Teknik, Planologi],
            Dom::Bappeda => &[Ekonomi, Planologi, Statistik],
            Dom::Bkpsdm => &[Psikologi, Umum],
            Dom::Bpkad => &[Ekonomi],
            Dom::Inspektorat => &[Ekonomi, Hukum],
            Dom::Kominfo => &[Komputer, Umum],
        }
    }

    /// JF of the substantive units (bidang, bagian, irban) of this area.
    fn jf(self) -> &'static [(&'static str, u32)] {
        match self {
            Dom::Pemerintahan => &[
                ("Analis Kebijakan", 5),
                ("Analis Hukum", 1),
                ("Arsiparis", 1),
            ],
            Dom::Hukum => &[
                ("Perancang Peraturan Perundang-undangan", 4),
                ("Analis Hukum", 4),
                ("Arsiparis", 1),
            ],
            Dom::Organisasi => &[
                ("Analis Kebijakan", 3),
                ("Analis SDM Aparatur", 2),
                ("Perencana", 1),
            ],
            Dom::Umum => &[
                ("Arsiparis", 3),
                ("Pranata Hubungan Masyarakat", 3),
                ("Pranata Komputer", 1),
                ("Pengelola Pengadaan Barang/Jasa", 2),
            ],
            Dom::Pendidikan => &[
                ("Pengawas Sekolah", 4),
                ("Penilik", 2),
                ("Pengembang Teknologi Pembelajaran", 2),
                ("Analis Kebijakan", 1),
            ],
            Dom::Kesehatan => &[
                ("Epidemiolog Kesehatan", 2),
                ("Administrator Kesehatan", 3),
                ("Penyuluh Kesehatan Masyarakat", 3),
                ("Nutrisionis", 2),
                ("Tenaga Sanitasi Lingkungan", 2),
                ("Perawat", 4),
                ("Bidan", 3),
                ("Dokter", 2),
                ("Apoteker", 1),
            ],
            Dom::Dukcapil => &[
                ("Administrator Database Kependudukan", 4),
                ("Pranata Komputer", 2),
                ("Arsiparis", 1),
            ],
            Dom::Pupr => &[
                ("Teknik Jalan dan Jembatan", 4),
                ("Teknik Pengairan", 2),
                ("Penata Ruang", 2),
                ("Teknik Tata Bangunan dan Perumahan", 2),
                ("Pengelola Pengadaan Barang/Jasa", 1),
            ],
            Dom::Bappeda => &[("Perencana", 6), ("Analis Kebijakan", 2), ("Statistisi", 2)],
            Dom::Bkpsdm => &[
                ("Analis SDM Aparatur", 5),
                ("Pranata SDM Aparatur", 3),
                ("Asesor SDM Aparatur", 2),
            ],
            Dom::Bpkad => &[
                ("Analis Keuangan Pusat dan Daerah", 4),
                ("Analis Anggaran", 3),
                ("Pranata Keuangan APBN", 2),
            ],
            Dom::Inspektorat => &[
                ("Auditor", 6),
                ("Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah", 4),
            ],
            Dom::Kominfo => &[
                ("Pranata Komputer", 4),
                ("Manggala Informatika", 2),
                ("Sandiman", 1),
                ("Statistisi", 1),
                ("Pranata Hubungan Masyarakat", 2),
            ],
        }
    }

    fn pelaksana(self) -> Vec<(&'static str, u32)> {
        let mut v = catalog::PELAKSANA_UMUM.to_vec();
        match self {
            Dom::Kesehatan => v.extend([
                ("Operator Layanan Kesehatan", 4),
                ("Pengelola Layanan Kesehatan", 3),
            ]),
            Dom::Pupr => v.push(("Teknisi Sarana dan Prasarana", 4)),
            Dom::Dukcapil | Dom::Kominfo => {
                v.push(("Penata Kelola Sistem dan Teknologi Informasi", 3))
            }
            Dom::Umum => v.push(("Pengelola Umum Operasional", 6)),
            _ => {}
        }
        v
    }
}

/// JF of a sekretariat or subbagian, whatever the area.
const JF_SEKRETARIAT: &[(&str, u32)] = &[
    ("Arsiparis", 3),
    ("Analis SDM Aparatur", 2),
    ("Perencana", 2),
    ("Pranata Komputer", 1),
    ("Analis Keuangan Pusat dan Daerah", 2),
    ("Pengelola Pengadaan Barang/Jasa", 1),
    ("Pranata SDM Aparatur", 1),
];

/// A unit of the demo city: code, name, parent code, the head's position (empty: derived from
/// the name), area, number of staff besides the head, and the first staff member's position
/// (JF name with jenjang, or a pelaksana name) when it matters for the demo accounts.
struct Spec {
    kode: &'static str,
    nama: &'static str,
    parent: Option<&'static str>,
    head: &'static str,
    dom: Dom,
    staff: usize,
    lead: Option<(&'static str, Option<Jenjang>)>,
}

const fn u(
    kode: &'static str,
    nama: &'static str,
    parent: &'static str,
    dom: Dom,
    staff: usize,
) -> Spec {
    Spec {
        kode,
        nama,
        parent: Some(parent),
        head: "",
        dom,
        staff,
        lead: None,
    }
}

const fn opd(
    kode: &'static str,
    nama: &'static str,
    head: &'static str,
    dom: Dom,
    staff: usize,
) -> Spec {
    Spec {
        kode,
        nama,
        parent: Some("PEMKOT"),
        head,
        dom,
        staff,
        lead: None,
    }
}

const PENILAI_UNIT: &str = "DUKCAPIL-DAFDUK-IDP";
const PENILAI_BIDANG: &str = "DUKCAPIL-DAFDUK";
const SEKSI_SEBELAH: &str = "DUKCAPIL-DAFDUK-PDP";
const ADMIN_UNIT: &str = "BKPSDM-PKPK";
const AUDITOR_UNIT: &str = "INSP-IRBAN1";

fn units() -> Vec<Spec> {
    use Dom::*;
    let mut v = vec![
        Spec {
            kode: "PEMKOT",
            nama: NAMA,
            parent: None,
            head: "Sekretaris Daerah",
            dom: Pemerintahan,
            staff: 0,
            lead: None,
        },
        opd(
            "ASPEM",
            "Asisten Pemerintahan dan Kesejahteraan Rakyat",
            "Asisten Pemerintahan dan Kesejahteraan Rakyat",
            Pemerintahan,
            0,
        ),
        opd(
            "ASADM",
            "Asisten Perekonomian dan Administrasi Umum",
            "Asisten Perekonomian dan Administrasi Umum",
            Umum,
            0,
        ),
        opd(
            "DISDIK",
            "Dinas Pendidikan",
            "Kepala Dinas Pendidikan",
            Pendidikan,
            4,
        ),
        opd(
            "DINKES",
            "Dinas Kesehatan",
            "Kepala Dinas Kesehatan",
            Kesehatan,
            3,
        ),
        opd(
            "DISDUKCAPIL",
            "Dinas Kependudukan dan Pencatatan Sipil",
            "Kepala Dinas Kependudukan dan Pencatatan Sipil",
            Dukcapil,
            0,
        ),
        opd(
            "DPUPR",
            "Dinas Pekerjaan Umum dan Penataan Ruang",
            "Kepala Dinas Pekerjaan Umum dan Penataan Ruang",
            Pupr,
            2,
        ),
        opd(
            "BAPPEDA",
            "Badan Perencanaan Pembangunan Daerah",
            "Kepala Badan Perencanaan Pembangunan Daerah",
            Bappeda,
            4,
        ),
        opd(
            "BKPSDM",
            "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
            "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
            Bkpsdm,
            2,
        ),
        opd(
            "BPKAD",
            "Badan Pengelolaan Keuangan dan Aset Daerah",
            "Kepala Badan Pengelolaan Keuangan dan Aset Daerah",
            Bpkad,
            2,
        ),
        opd(
            "INSPEKTORAT",
            "Inspektorat Daerah",
            "Inspektur",
            Inspektorat,
            4,
        ),
        opd(
            "DISKOMINFO",
            "Dinas Komunikasi dan Informatika",
            "Kepala Dinas Komunikasi dan Informatika",
            Kominfo,
            2,
        ),
        u(
            "ASPEM-PEM",
            "Bagian Pemerintahan",
            "ASPEM",
            Pemerintahan,
            35,
        ),
        u("ASPEM-HUK", "Bagian Hukum", "ASPEM", Hukum, 28),
        u("ASADM-UMUM", "Bagian Umum", "ASADM", Umum, 80),
        u("ASADM-ORG", "Bagian Organisasi", "ASADM", Organisasi, 26),
        u(
            "DISDIK-SEK",
            "Sekretariat Dinas Pendidikan",
            "DISDIK",
            Pendidikan,
            40,
        ),
        u(
            "DISDIK-SEK-UMPEG",
            "Subbagian Umum dan Kepegawaian",
            "DISDIK-SEK",
            Pendidikan,
            20,
        ),
        u(
            "DISDIK-SD",
            "Bidang Pembinaan Sekolah Dasar",
            "DISDIK",
            Pendidikan,
            140,
        ),
        u(
            "DISDIK-SMP",
            "Bidang Pembinaan Sekolah Menengah Pertama",
            "DISDIK",
            Pendidikan,
            120,
        ),
        u(
            "DINKES-SEK",
            "Sekretariat Dinas Kesehatan",
            "DINKES",
            Kesehatan,
            45,
        ),
        u(
            "DINKES-KESMAS",
            "Bidang Kesehatan Masyarakat",
            "DINKES",
            Kesehatan,
            130,
        ),
        u(
            "DINKES-YANKES",
            "Bidang Pelayanan dan Sumber Daya Kesehatan",
            "DINKES",
            Kesehatan,
            110,
        ),
        u(
            "DINKES-YANKES-PRIMER",
            "Seksi Pelayanan Kesehatan Primer",
            "DINKES-YANKES",
            Kesehatan,
            25,
        ),
        u(
            "DUKCAPIL-SEK",
            "Sekretariat Dinas Kependudukan dan Pencatatan Sipil",
            "DISDUKCAPIL",
            Dukcapil,
            30,
        ),
        u(
            "DUKCAPIL-DAFDUK",
            "Bidang Pelayanan Pendaftaran Penduduk",
            "DISDUKCAPIL",
            Dukcapil,
            45,
        ),
        u(
            PENILAI_UNIT,
            "Seksi Identitas Penduduk",
            "DUKCAPIL-DAFDUK",
            Dukcapil,
            12,
        ),
        u(
            "DUKCAPIL-DAFDUK-PDP",
            "Seksi Pindah Datang Penduduk",
            "DUKCAPIL-DAFDUK",
            Dukcapil,
            14,
        ),
        u(
            "DPUPR-SEK",
            "Sekretariat Dinas Pekerjaan Umum dan Penataan Ruang",
            "DPUPR",
            Pupr,
            35,
        ),
        u("DPUPR-BM", "Bidang Bina Marga", "DPUPR", Pupr, 100),
        u(
            "DPUPR-BM-JJ",
            "Seksi Pembangunan Jalan dan Jembatan",
            "DPUPR-BM",
            Pupr,
            20,
        ),
        u(
            "BAPPEDA-SEK",
            "Sekretariat Badan Perencanaan Pembangunan Daerah",
            "BAPPEDA",
            Bappeda,
            25,
        ),
        u(
            "BAPPEDA-P2EPD",
            "Bidang Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah",
            "BAPPEDA",
            Bappeda,
            45,
        ),
        u(
            "BKPSDM-SEK",
            "Sekretariat Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
            "BKPSDM",
            Bkpsdm,
            25,
        ),
        u(
            ADMIN_UNIT,
            "Bidang Penilaian Kinerja dan Pengembangan Kompetensi Aparatur",
            "BKPSDM",
            Bkpsdm,
            45,
        ),
        u(
            "BPKAD-SEK",
            "Sekretariat Badan Pengelolaan Keuangan dan Aset Daerah",
            "BPKAD",
            Bpkad,
            30,
        ),
        u("BPKAD-ANG", "Bidang Anggaran", "BPKAD", Bpkad, 60),
        u(
            "BPKAD-ANG-PA",
            "Seksi Penyusunan Anggaran",
            "BPKAD-ANG",
            Bpkad,
            18,
        ),
        u(
            "INSP-SEK",
            "Sekretariat Inspektorat Daerah",
            "INSPEKTORAT",
            Inspektorat,
            20,
        ),
        u(
            AUDITOR_UNIT,
            "Inspektur Pembantu Wilayah I",
            "INSPEKTORAT",
            Inspektorat,
            45,
        ),
        u(
            "DISKOMINFO-SEK",
            "Sekretariat Dinas Komunikasi dan Informatika",
            "DISKOMINFO",
            Kominfo,
            22,
        ),
        u(
            "DISKOMINFO-APTIKA",
            "Bidang Aplikasi Informatika",
            "DISKOMINFO",
            Kominfo,
            38,
        ),
    ];
    for s in &mut v {
        s.lead = match s.kode {
            ADMIN_UNIT => Some(("Analis SDM Aparatur", Some(Jenjang::AhliMuda))),
            AUDITOR_UNIT => Some(("Auditor", Some(Jenjang::AhliMuda))),
            PENILAI_UNIT => Some(("Pengolah Data dan Informasi", None)),
            _ => None,
        };
    }
    v
}

/// The head's position: given for the top two levels; "Sekretaris …" for a sekretariat,
/// the unit's own name for an inspektur pembantu, otherwise "Kepala <unit>".
fn head_name(s: &Spec) -> String {
    if !s.head.is_empty() {
        s.head.to_string()
    } else if let Some(rest) = s.nama.strip_prefix("Sekretariat ") {
        format!("Sekretaris {rest}")
    } else if s.nama.starts_with("Inspektur ") {
        s.nama.to_string()
    } else {
        format!("Kepala {}", s.nama)
    }
}

fn head_jenis(level: i64) -> JenisJabatan {
    match level {
        1 | 2 => JenisJabatan::JptPratama,
        3 => JenisJabatan::Administrator,
        _ => JenisJabatan::Pengawas,
    }
}

const STAF_AHLI: [&str; 3] = [
    "Staf Ahli Wali Kota Bidang Pemerintahan, Hukum dan Politik",
    "Staf Ahli Wali Kota Bidang Ekonomi, Keuangan dan Pembangunan",
    "Staf Ahli Wali Kota Bidang Kemasyarakatan dan Sumber Daya Manusia",
];

/// The people chosen for the demo accounts (indices into `Org::pegawai`).
struct Cast {
    kepala: usize,
    penilai: usize,
    pegawai: usize,
    /// `penilai`'s PPK, so `pegawai`'s atasan PPK (decides her appeals).
    atasan: usize,
    /// `penilai`'s seksi and its sibling: this year's calibration in progress.
    seksi: [usize; 2],
    admin: usize,
    auditor: usize,
}

fn build() -> (Org, Cast) {
    let mut rng = Rng::new(SEED);
    let mut org = Org::default();
    let specs = units();
    let mut by_kode = std::collections::HashMap::new();
    let mut firsts = std::collections::HashMap::new();
    for s in &specs {
        let parent = s.parent.map(|p| by_kode[p]);
        let ui = org.add_unit(s.kode.to_string(), s.nama.to_string(), parent);
        by_kode.insert(s.kode, ui);
        let level = org.units[ui].level;
        let fields = s.dom.fields();
        let (pos, role) = head_position(head_name(s), head_jenis(level), fields);
        let p = people::person(&mut rng, &role, &mut org.nips);
        org.add(ui, &pos, p);
        if level == 1 {
            for nama in STAF_AHLI {
                let pos = Position {
                    nama: nama.to_string(),
                    jenis: JenisJabatan::JptPratama,
                    jenjang: None,
                    kepala: false,
                };
                let p = people::person(&mut rng, &role, &mut org.nips);
                org.add(ui, &pos, p);
            }
        }
        let is_sekretariat = s.nama.starts_with("Sekretariat") || s.nama.starts_with("Subbagian");
        let (jf_pool, jf_share) = match level {
            2 => (s.dom.jf(), 1.0),
            3 if s.nama.starts_with("Inspektur ") => (s.dom.jf(), 0.85),
            3 if is_sekretariat => (JF_SEKRETARIAT, 0.25),
            3 => (s.dom.jf(), 0.55),
            _ if is_sekretariat => (JF_SEKRETARIAT, 0.1),
            _ => (s.dom.jf(), 0.1),
        };
        let pel_pool = s.dom.pelaksana();
        for i in 0..s.staff {
            let (pos, role) = match (i, s.lead) {
                (0, Some((nama, Some(jj)))) => jf_position(jf_by_name(nama), jj),
                (0, Some((nama, None))) => {
                    pelaksana_position(catalog::pelaksana_by_name(nama), fields)
                }
                _ if rng.chance(jf_share) => {
                    let name: &str = rng.weighted(jf_pool);
                    let j = jf_by_name(name);
                    let jj = catalog::jenjang(&mut rng, j, level == 2);
                    jf_position(j, jj)
                }
                _ => {
                    let name: &str = rng.weighted(&pel_pool);
                    let p = catalog::pelaksana_by_name(name);
                    pelaksana_position(p, fields)
                }
            };
            let p = people::person(&mut rng, &role, &mut org.nips);
            let idx = org.add(ui, &pos, p);
            if i == 0 {
                firsts.insert(s.kode, idx);
            }
        }
    }
    org.link_ppk();
    let head = |k: &str| org.head(by_kode[k]).expect("every demo unit has a head");
    let cast = Cast {
        kepala: head("PEMKOT"),
        penilai: head(PENILAI_UNIT),
        pegawai: firsts[PENILAI_UNIT],
        atasan: head(PENILAI_BIDANG),
        seksi: [by_kode[PENILAI_UNIT], by_kode[SEKSI_SEBELAH]],
        admin: firsts[ADMIN_UNIT],
        auditor: firsts[AUDITOR_UNIT],
    };
    (org, cast)
}

/// Counts of an existing instansi, for a repeated run.
pub(super) async fn summary_of(db: &Db, instansi_id: &str) -> Result<Summary, AppError> {
    use sqlx::Row;
    let row = sqlx::query(
        "SELECT (SELECT COUNT(*) FROM unit_kerja WHERE instansi_id = $1) AS units, \
                (SELECT COUNT(*) FROM pegawai WHERE instansi_id = $1) AS employees, \
                (SELECT COUNT(*) FROM akun WHERE instansi_id = $1) AS accounts",
    )
    .bind(instansi_id)
    .fetch_one(&db.pool)
    .await?;
    Ok(Summary {
        instansi_id: instansi_id.to_string(),
        units: row.get::<i64, _>("units") as usize,
        employees: row.get::<i64, _>("employees") as usize,
        accounts: row.get::<i64, _>("accounts") as usize,
        created: false,
    })
}

/// Creates the demo agency, or returns the existing one's summary.
pub async fn run(db: &Db) -> Result<Summary, AppError> {
    if let Some(id) = instansi::find_by_kode(&db.pool, KODE).await? {
        return summary_of(db, &id).await;
    }
    let (org, cast) = build();
    let mut tx = db.begin().await?;
    // checked again under the write lock: a concurrent run may have won
    if sqlx::query("SELECT 1 AS x FROM instansi WHERE kode = $1")
        .bind(KODE)
        .fetch_optional(&mut *tx)
        .await?
        .is_some()
    {
        tx.rollback().await?;
        let id = instansi::find_by_kode(&db.pool, KODE)
            .await?
            .ok_or_else(AppError::internal)?;
        return summary_of(db, &id).await;
    }
    let jenis = JenisPeriode::Triwulanan;
    let inst = instansi::create(&mut tx, KODE, NAMA, jenis).await?;
    org.write(&mut tx, &inst).await?;
    let accounts: [(&str, usize, &[Role]); 6] = [
        ("admin", cast.admin, &[Role::Admin]),
        ("kepala", cast.kepala, &[]),
        ("atasan", cast.atasan, &[]),
        ("penilai", cast.penilai, &[]),
        ("pegawai", cast.pegawai, &[]),
        ("auditor", cast.auditor, &[Role::Auditor]),
    ];
    for (username, who, roles) in accounts {
        akun::create(
            &mut tx,
            &inst,
            None,
            akun::NewAkun {
                username,
                password: PASSWORD,
                pegawai_id: Some(&org.pegawai[who].id),
                roles,
            },
        )
        .await?;
    }
    let year = chrono::Utc::now().year();
    // evidence files of this year's realisasi, removed again if the seed fails
    let store = app::backend::realisasi::EvidenceStore::from_env();
    let mut placed = vec![];
    let cast_plan = plan::Cast {
        penilai: Some(cast.penilai),
        pegawai: Some(cast.pegawai),
    };
    let mut annual = vec![];
    for (tahun, status) in [
        (year - 1, StatusPeriode::Ditutup),
        (year, StatusPeriode::Pelaksanaan),
    ] {
        let periode = period::create_year(&mut tx, &inst, None, tahun, jenis, status).await?;
        annual.push(periode.clone());
        let mut goals = vec![];
        for g in plan::goal_inputs() {
            goals.push(sasaran::insert(&mut tx, &inst, None, &periode, &g).await?);
        }
        let closed = status == StatusPeriode::Ditutup;
        let mut p = plan::generate(
            &org,
            &goals,
            &periode,
            tahun,
            SEED ^ tahun as u64,
            cast_plan,
            closed,
        );
        // this year's squads; `pegawai` is in the first two (one led by `penilai`)
        let squads = if closed {
            Default::default()
        } else {
            let mut rng = Rng::new(SEED ^ 0x0054_494d);
            let fixed = [
                (cast.pegawai, "ANGGOTA", "", 30),
                (cast.pegawai, "LAINNYA", "analis data", 20),
            ];
            let mut specs = tim::specs(&org, &mut rng, SQUADS, &fixed);
            specs[0].ketua = cast.penilai;
            tim::build(&org, &mut p, &specs, &mut rng)
        };
        let by = AuditBy {
            akun_id: None,
            aksi: "create",
        };
        bulk_plan::insert_plans(&mut tx, &inst, by, &p).await?;
        app::backend::repo::tim::bulk::insert_tims(&mut tx, &inst, by, &squads).await?;
        if !closed {
            let pegawai = &org.pegawai[cast.pegawai].id;
            placed = super::realisasi::seed(&mut tx, &inst, &store, &periode, pegawai).await?;
            super::umpan_balik::seed(&mut tx, &inst, &periode, pegawai).await?;
            super::dialog::seed(&mut tx, &inst, &periode, pegawai).await?;
            let innovators: Vec<_> = org.pegawai.iter().skip(cast.pegawai).take(3).collect();
            super::inovasi::seed(&mut tx, &inst, &periode, &innovators).await?;
            // `pegawai` and the next of penilai's staff are left for penilai to rate
            let berjalan = super::evaluasi_berjalan::Berjalan {
                periode_id: &periode,
                units: &cast.seksi,
                unrated: &[cast.pegawai, cast.pegawai + 1],
            };
            super::evaluasi_berjalan::seed(&mut tx, &inst, &org, &berjalan).await?;
        }
        if closed {
            super::evaluasi::seed_year_end(
                &mut tx,
                &inst,
                &org,
                &periode,
                tahun,
                cast.pegawai,
                SEED ^ 0x0045_5641,
            )
            .await?;
            super::angka_kredit::seed(&mut tx, &inst, &org, &periode).await?;
        }
    }
    let (pegawai, penilai) = (&org.pegawai[cast.pegawai].id, &org.pegawai[cast.penilai].id);
    super::survei::seed(&mut tx, &inst, &annual[0], &annual[1], pegawai, penilai).await?;
    // the seed writes its rows directly: the dashboard builds its sums from them on first read
    app::backend::repo::dasbor::invalidate(&mut tx, &inst).await?;
    if let Err(e) = tx.commit().await {
        super::realisasi::discard(&placed);
        return Err(e.into());
    }
    db.analyze(&super::SEEDED_TABLES).await?;
    Ok(Summary {
        instansi_id: inst,
        units: org.units.len(),
        employees: org.pegawai.len(),
        accounts: accounts.len(),
        created: true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shape() {
        let (org, cast) = build();
        assert_eq!(org.units.len(), 42);
        assert!(
            (1400..=1600).contains(&org.pegawai.len()),
            "{}",
            org.pegawai.len()
        );
        assert_eq!(org.units.iter().map(|u| u.level).max(), Some(4));
        let p = &org.pegawai;
        assert_eq!(p[cast.pegawai].ppk_id.as_ref(), Some(&p[cast.penilai].id));
        assert!(p[cast.kepala].ppk_id.is_none());
        assert_eq!(
            p[cast.pegawai].atasan_ppk_id.as_ref(),
            Some(&p[cast.atasan].id)
        );
        assert_eq!(org.pegawai_unit[cast.pegawai + 1], cast.seksi[0]);
        // deterministic
        let (again, _) = build();
        let nips = |o: &Org| o.pegawai.iter().map(|p| p.nip.clone()).collect::<Vec<_>>();
        assert_eq!(nips(&org), nips(&again));
        let pppk = p
            .iter()
            .filter(|e| e.status_asn == app::domain::pegawai::StatusAsn::Pppk)
            .count();
        let share = pppk as f64 / p.len() as f64;
        assert!((0.25..=0.35).contains(&share), "PPPK share {share}");
    }
}
