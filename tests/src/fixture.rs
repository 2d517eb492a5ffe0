//! A small organisation in two instansi, built through the real repositories:
//!
//! instansi A: Pemkot (kepala) → Dinas (kadis) → Seksi 1 (kasi1; staff1a, staff1b)
//!                                            → Seksi 2 (kasi2; staff2)
//!             plus accounts `admin` (admin) and `auditor` (auditor) without employee records.
//! instansi B: Kabupaten (kepalab), account `adminb` (admin).
//! Every account's password is `PASSWORD`.

use std::collections::HashMap;

use app::backend::repo::jabatan::NewJabatan;
use app::backend::repo::unit::{NewUnit, UnitRef};
use app::backend::repo::{akun, employee, instansi, jabatan, period, unit};
use app::backend::Db;
use app::domain::jabatan::JenisJabatan;
use app::domain::periode::{JenisPeriode, StatusPeriode};
use app::domain::role::Role;

pub const PASSWORD: &str = "rahasia-123";

#[derive(Debug, Default)]
pub struct Org {
    pub instansi_a: String,
    pub instansi_b: String,
    pub units: HashMap<&'static str, UnitRef>,
    /// Employee ids by the username of their account.
    pub emp: HashMap<&'static str, String>,
}

struct Person {
    user: &'static str,
    unit: &'static str,
    jabatan: &'static str,
    jenis: JenisJabatan,
    kepala: bool,
    ppk: Option<&'static str>,
}

impl Org {
    pub async fn build(db: &Db) -> Org {
        let mut org = Org::default();
        let mut tx = db.begin().await.unwrap();
        org.instansi_a = instansi::create(
            &mut tx,
            "TEST-A",
            "Pemerintah Kota Uji",
            JenisPeriode::Triwulanan,
        )
        .await
        .unwrap();
        org.instansi_b = instansi::create(
            &mut tx,
            "TEST-B",
            "Pemerintah Kabupaten Lain",
            JenisPeriode::Bulanan,
        )
        .await
        .unwrap();
        let a = org.instansi_a.clone();
        let root = unit::insert(
            &mut tx,
            &a,
            None,
            NewUnit {
                kode: "A",
                nama: "Pemerintah Kota Uji",
                parent: None,
            },
        )
        .await
        .unwrap();
        let dinas = unit::insert(
            &mut tx,
            &a,
            None,
            NewUnit {
                kode: "A.1",
                nama: "Dinas Uji",
                parent: Some(&root),
            },
        )
        .await
        .unwrap();
        let s1 = unit::insert(
            &mut tx,
            &a,
            None,
            NewUnit {
                kode: "A.1.1",
                nama: "Seksi Satu",
                parent: Some(&dinas),
            },
        )
        .await
        .unwrap();
        let s2 = unit::insert(
            &mut tx,
            &a,
            None,
            NewUnit {
                kode: "A.1.2",
                nama: "Seksi Dua",
                parent: Some(&dinas),
            },
        )
        .await
        .unwrap();
        let b = org.instansi_b.clone();
        let root_b = unit::insert(
            &mut tx,
            &b,
            None,
            NewUnit {
                kode: "B",
                nama: "Pemerintah Kabupaten Lain",
                parent: None,
            },
        )
        .await
        .unwrap();
        for (k, u) in [
            ("root", root),
            ("dinas", dinas),
            ("seksi1", s1),
            ("seksi2", s2),
            ("root_b", root_b),
        ] {
            org.units.insert(k, u);
        }

        use JenisJabatan::*;
        let people = [
            Person {
                user: "kepala",
                unit: "root",
                jabatan: "Sekretaris Daerah",
                jenis: JptPratama,
                kepala: true,
                ppk: None,
            },
            Person {
                user: "kadis",
                unit: "dinas",
                jabatan: "Kepala Dinas",
                jenis: JptPratama,
                kepala: true,
                ppk: Some("kepala"),
            },
            Person {
                user: "kasi1",
                unit: "seksi1",
                jabatan: "Kepala Seksi Satu",
                jenis: Pengawas,
                kepala: true,
                ppk: Some("kadis"),
            },
            Person {
                user: "staff1a",
                unit: "seksi1",
                jabatan: "Pengadministrasi Perkantoran",
                jenis: Pelaksana,
                kepala: false,
                ppk: Some("kasi1"),
            },
            Person {
                user: "staff1b",
                unit: "seksi1",
                jabatan: "Pengadministrasi Perkantoran",
                jenis: Pelaksana,
                kepala: false,
                ppk: Some("kasi1"),
            },
            Person {
                user: "kasi2",
                unit: "seksi2",
                jabatan: "Kepala Seksi Dua",
                jenis: Pengawas,
                kepala: true,
                ppk: Some("kadis"),
            },
            Person {
                user: "staff2",
                unit: "seksi2",
                jabatan: "Pengelola Data",
                jenis: Pelaksana,
                kepala: false,
                ppk: Some("kasi2"),
            },
            Person {
                user: "kepalab",
                unit: "root_b",
                jabatan: "Sekretaris Daerah",
                jenis: JptPratama,
                kepala: true,
                ppk: None,
            },
        ];
        for (i, p) in people.iter().enumerate() {
            let u = org.units[p.unit].clone();
            let jab = jabatan::find_or_create(
                &mut tx,
                &u.instansi_id,
                NewJabatan {
                    unit_id: &u.id,
                    nama: p.jabatan,
                    jenis: p.jenis,
                    jenjang: None,
                    kepala_unit: p.kepala,
                },
            )
            .await
            .unwrap();
            let ppk = p.ppk.map(|x| org.emp[x].clone());
            let atasan = p
                .ppk
                .and_then(|x| people.iter().find(|q| q.user == x))
                .and_then(|q| q.ppk)
                .map(|x| org.emp[x].clone());
            let nip = format!("198001012005011{:03}", i + 1);
            let id = employee::insert(
                &mut tx,
                &u.instansi_id,
                None,
                employee::NewEmployee {
                    id: None,
                    nip: &nip,
                    nama: &format!("Pegawai {}", p.user),
                    status_asn: "PNS",
                    golongan: "III/a",
                    unit_id: &u.id,
                    jabatan_id: &jab,
                    ppk_id: ppk.as_deref(),
                    atasan_ppk_id: atasan.as_deref(),
                },
            )
            .await
            .unwrap();
            org.emp.insert(p.user, id.clone());
            akun::create(
                &mut tx,
                &u.instansi_id,
                None,
                akun::NewAkun {
                    username: p.user,
                    password: PASSWORD,
                    pegawai_id: Some(&id),
                    roles: &[],
                },
            )
            .await
            .unwrap();
        }
        for (user, inst, role) in [
            ("admin", &a, Role::Admin),
            ("auditor", &a, Role::Auditor),
            ("adminb", &b, Role::Admin),
        ] {
            akun::create(
                &mut tx,
                inst,
                None,
                akun::NewAkun {
                    username: user,
                    password: PASSWORD,
                    pegawai_id: None,
                    roles: &[role],
                },
            )
            .await
            .unwrap();
        }
        period::create_year(
            &mut tx,
            &a,
            None,
            2026,
            JenisPeriode::Triwulanan,
            StatusPeriode::Pelaksanaan,
        )
        .await
        .unwrap();
        period::create_year(
            &mut tx,
            &b,
            None,
            2026,
            JenisPeriode::Bulanan,
            StatusPeriode::Pelaksanaan,
        )
        .await
        .unwrap();
        tx.commit().await.unwrap();
        org
    }
}
