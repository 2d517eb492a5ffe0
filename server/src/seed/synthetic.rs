//! A large synthetic agency for benchmarks: a unit tree of depth 4 (or 5 beyond ~60,000
//! employees) with 30–40 people per leaf unit, heads in every unit, PPK chains like the
//! demo's. The same `--employees` and `--seed` give the same tree, names and NIPs.

use app::backend::repo::{akun, instansi, period};
use app::backend::{AppError, Db};
use app::domain::jabatan::JenisJabatan;
use app::domain::periode::{JenisPeriode, StatusPeriode};
use app::domain::role::Role;
use chrono::Datelike;

use super::catalog::{self, head_position, jf_by_name, jf_position, pelaksana_position};
use super::org::Org;
use super::people::{self, Field};
use super::rng::Rng;
use super::Summary;

/// People per leaf unit, the head included (the tree is sized for this).
const PER_LEAF: usize = 35;
pub const MIN_EMPLOYEES: usize = 10;

const TOPICS: &[&str] = &[
    "Perencanaan",
    "Keuangan",
    "Kepegawaian",
    "Pelayanan Publik",
    "Data dan Informasi",
    "Pengawasan",
    "Hukum",
    "Kerja Sama",
    "Pengembangan Kompetensi",
    "Sarana dan Prasarana",
    "Evaluasi Kinerja",
    "Teknologi Informasi",
    "Hubungan Masyarakat",
    "Kebijakan Strategis",
    "Pengelolaan Aset",
    "Pengadaan",
    "Penelitian dan Pengembangan",
    "Pemberdayaan Masyarakat",
    "Standardisasi",
    "Pengendalian Mutu",
    "Tata Usaha",
    "Statistik",
    "Komunikasi Publik",
    "Reformasi Birokrasi",
];

const JF_POOL: &[(&str, u32)] = &[
    ("Analis Kebijakan", 4),
    ("Pranata Komputer", 3),
    ("Perencana", 3),
    ("Arsiparis", 2),
    ("Analis SDM Aparatur", 2),
    ("Auditor", 1),
    ("Statistisi", 2),
    ("Pranata Hubungan Masyarakat", 2),
    ("Analis Anggaran", 2),
    ("Analis Hukum", 1),
];

const FIELDS: &[Field] = &[Field::Umum, Field::Ekonomi, Field::Hukum, Field::Komputer];

pub fn kode(employees: usize, seed: u64) -> String {
    format!("SYNTH-{seed}-{employees}")
}

pub fn admin_username(employees: usize, seed: u64) -> String {
    format!("synth{seed}-{employees}-admin")
}

/// Units per level (root first) for `leaves` leaf units at the given depth and fan-out.
fn level_counts(leaves: usize, depth: usize, fanout: usize) -> Vec<usize> {
    let mut n = vec![0; depth];
    n[depth - 1] = leaves;
    for d in (1..depth - 1).rev() {
        n[d] = n[d + 1].div_ceil(fanout);
    }
    n[0] = 1;
    n
}

/// The tree shape for `employees`: (depth, fan-out, units per level).
pub fn shape(employees: usize) -> (usize, usize, Vec<usize>) {
    let leaves = ((employees + PER_LEAF / 2) / PER_LEAF).max(1);
    let fanout_for = |depth: u32| {
        let mut b = 2usize;
        while b.pow(depth - 1) < leaves {
            b += 1;
        }
        b
    };
    let depth = if fanout_for(4) <= 12 { 4 } else { 5 };
    let fanout = fanout_for(depth as u32);
    (depth, fanout, level_counts(leaves, depth, fanout))
}

fn head_jenis(depth: usize, level: usize) -> JenisJabatan {
    let ladder: &[JenisJabatan] = if depth >= 5 {
        &[
            JenisJabatan::JptUtama,
            JenisJabatan::JptMadya,
            JenisJabatan::JptPratama,
            JenisJabatan::Administrator,
            JenisJabatan::Pengawas,
        ]
    } else {
        &[
            JenisJabatan::JptMadya,
            JenisJabatan::JptPratama,
            JenisJabatan::Administrator,
            JenisJabatan::Pengawas,
        ]
    };
    ladder[level.min(ladder.len() - 1)]
}

fn unit_prefix(depth: usize, level: usize) -> &'static str {
    let names: &[&str] = if depth >= 5 {
        &["", "Deputi Bidang", "Direktorat", "Subdirektorat", "Seksi"]
    } else {
        &["", "Direktorat", "Subdirektorat", "Seksi"]
    };
    names[level.min(names.len() - 1)]
}

/// Builds the agency in memory; deterministic for (employees, seed) apart from the ids.
pub fn build(employees: usize, seed: u64) -> Org {
    let mut rng = Rng::new(seed);
    let mut org = Org::default();
    let (depth, fanout, counts) = shape(employees);
    let total_units: usize = counts.iter().sum();
    let leaves = counts[depth - 1];
    let staff_total = employees.saturating_sub(total_units);
    let mut staff: Vec<usize> = (0..leaves)
        .map(|i| staff_total / leaves + usize::from(i < staff_total % leaves))
        .collect();
    for i in (0..leaves.saturating_sub(1)).step_by(2) {
        let k = (rng.range(0, 5) as usize).min(staff[i + 1]);
        staff[i] += k;
        staff[i + 1] -= k;
    }
    let pel_pool = catalog::PELAKSANA_UMUM;
    let mut prev: Vec<usize> = vec![];
    let mut leaf_no = 0usize;
    for (level, &n) in counts.iter().enumerate() {
        let mut this = Vec::with_capacity(n);
        let mut child_no = vec![0usize; prev.len()];
        for i in 0..n {
            let (kode, nama, parent) = if level == 0 {
                (
                    "SYN".to_string(),
                    format!("Badan Sintetis {seed}-{employees}"),
                    None,
                )
            } else {
                let pi = i / fanout;
                child_no[pi] += 1;
                let parent = prev[pi];
                let kode = format!("{}.{:02}", org.units[parent].kode, child_no[pi]);
                let topic = rng.pick(TOPICS);
                let nama = format!("{} {topic} {}", unit_prefix(depth, level), i + 1);
                (kode, nama, Some(parent))
            };
            let head_nama = if let Some(rest) = nama.strip_prefix("Direktorat ") {
                format!("Direktur {rest}")
            } else if nama.starts_with("Deputi ") {
                nama.clone()
            } else {
                format!("Kepala {nama}")
            };
            let ui = org.add_unit(kode, nama, parent);
            let (pos, role) = head_position(head_nama, head_jenis(depth, level), FIELDS);
            let p = people::person(&mut rng, &role, &mut org.nips);
            org.add(ui, &pos, p);
            if level == depth - 1 {
                for _ in 0..staff[leaf_no] {
                    let (pos, role) = if rng.chance(0.4) {
                        let name: &str = rng.weighted(JF_POOL);
                        let j = jf_by_name(name);
                        let jj = catalog::jenjang(&mut rng, j, false);
                        jf_position(j, jj)
                    } else {
                        let name: &str = rng.weighted(pel_pool);
                        let p = catalog::pelaksana_by_name(name);
                        pelaksana_position(p, FIELDS)
                    };
                    let p = people::person(&mut rng, &role, &mut org.nips);
                    org.add(ui, &pos, p);
                }
                leaf_no += 1;
            }
            this.push(ui);
        }
        prev = this;
    }
    org.link_ppk();
    org
}

/// The synthetic agency as import files (rows without header): units
/// `kode, nama, kode_induk` and employees in the column order of `import::EMPLOYEE_COLUMNS`.
/// For benchmarks and tests of the import.
pub fn export(employees: usize, seed: u64) -> (Vec<Vec<String>>, Vec<Vec<String>>) {
    use std::collections::HashMap;
    let org = build(employees, seed);
    let kode: HashMap<&str, &str> = org
        .units
        .iter()
        .map(|u| (u.id.as_str(), u.kode.as_str()))
        .collect();
    let jabatan: HashMap<&str, &app::backend::repo::bulk::JabatanRow> =
        org.jabatan.iter().map(|j| (j.id.as_str(), j)).collect();
    let nip: HashMap<&str, &str> = org
        .pegawai
        .iter()
        .map(|p| (p.id.as_str(), p.nip.as_str()))
        .collect();
    let units = org
        .units
        .iter()
        .map(|u| {
            let induk = u.parent_id.as_deref().map(|p| kode[p]).unwrap_or("");
            vec![u.kode.clone(), u.nama.clone(), induk.to_string()]
        })
        .collect();
    let people = org
        .pegawai
        .iter()
        .map(|p| {
            let j = jabatan[p.jabatan_id.as_str()];
            let nip_of = |id: &Option<String>| {
                id.as_deref()
                    .map(|i| nip[i].to_string())
                    .unwrap_or_default()
            };
            vec![
                p.nip.clone(),
                p.nama.clone(),
                p.status_asn.code().to_string(),
                p.golongan.clone(),
                kode[p.unit_id.as_str()].to_string(),
                j.nama.clone(),
                j.jenis.code().to_string(),
                j.jenjang.map(|x| x.code().to_string()).unwrap_or_default(),
                if j.kepala_unit { "ya" } else { "tidak" }.to_string(),
                nip_of(&p.ppk_id),
                nip_of(&p.atasan_ppk_id),
            ]
        })
        .collect();
    (units, people)
}

/// One squad per this many employees, of 5–9 members from anywhere in the agency.
const EMPLOYEES_PER_SQUAD: usize = 150;

/// The employee in five squads (for the contribution-map benchmark): the staff member in the
/// middle of the list.
pub fn multi_squad_member(org: &Org) -> Option<usize> {
    let staff = super::tim::staff(org);
    staff.get(staff.len() / 2).copied()
}

/// The agency's squads; `multi_squad_member` is in the first five, with roles of 10–30 %.
fn squads(
    org: &Org,
    plan: &mut app::backend::repo::bulk_plan::PlanSeed,
    seed: u64,
) -> app::backend::repo::tim::bulk::TimSeeds {
    let mut rng = Rng::new(seed ^ 0x0054_494d);
    let count = (org.pegawai.len() / EMPLOYEES_PER_SQUAD).max(1);
    let fixed: Vec<(usize, &'static str, &'static str, i64)> = multi_squad_member(org)
        .map(|who| {
            [
                ("ANGGOTA", "", 20),
                ("LAINNYA", "analis data", 10),
                ("KOORDINATOR", "", 30),
                ("ANGGOTA", "", 10),
                ("LAINNYA", "penulis laporan", 20),
            ]
            .into_iter()
            .map(|(p, n, a)| (who, p, n, a))
            .collect()
        })
        .unwrap_or_default();
    let specs = super::tim::specs(org, &mut rng, count.max(fixed.len()), &fixed);
    super::tim::build(org, plan, &specs, &mut rng)
}

/// Creates the synthetic agency `SYNTH-<seed>-<employees>`, or returns the existing one's
/// summary. Also an admin account `synth<seed>-<employees>-admin` (password `rantai-demo`)
/// and the current year's periods with strategic goals and every employee's SKP.
pub async fn run(db: &Db, employees: usize, seed: u64) -> Result<Summary, AppError> {
    if employees < MIN_EMPLOYEES {
        return Err(AppError::bad_request(
            format!("Jumlah pegawai minimal {MIN_EMPLOYEES}"),
            format!("At least {MIN_EMPLOYEES} employees"),
        ));
    }
    let kode = kode(employees, seed);
    if let Some(id) = instansi::find_by_kode(&db.pool, &kode).await? {
        return super::demo::summary_of(db, &id).await;
    }
    let org = build(employees, seed);
    let mut tx = db.begin().await?;
    if sqlx::query("SELECT 1 AS x FROM instansi WHERE kode = $1")
        .bind(&kode)
        .fetch_optional(&mut *tx)
        .await?
        .is_some()
    {
        tx.rollback().await?;
        let id = instansi::find_by_kode(&db.pool, &kode)
            .await?
            .ok_or_else(AppError::internal)?;
        return super::demo::summary_of(db, &id).await;
    }
    let jenis = JenisPeriode::Triwulanan;
    let nama = format!("Instansi Sintetis {seed}-{employees}");
    let inst = instansi::create(&mut tx, &kode, &nama, jenis).await?;
    org.write(&mut tx, &inst).await?;
    akun::create(
        &mut tx,
        &inst,
        None,
        akun::NewAkun {
            username: &admin_username(employees, seed),
            password: super::demo::PASSWORD,
            pegawai_id: None,
            roles: &[Role::Admin],
        },
    )
    .await?;
    let year = chrono::Utc::now().year();
    let periode = period::create_year(
        &mut tx,
        &inst,
        None,
        year,
        jenis,
        StatusPeriode::Pelaksanaan,
    )
    .await?;
    // this year's plans, so the cascade, SKP and dashboard benchmarks have data
    let mut goals = vec![];
    for g in super::plan::goal_inputs() {
        goals.push(app::backend::skp::sasaran::insert(&mut tx, &inst, None, &periode, &g).await?);
    }
    let mut plan = super::plan::generate(
        &org,
        &goals,
        &periode,
        year,
        seed,
        Default::default(),
        false,
    );
    let squads = squads(&org, &mut plan, seed);
    let by = app::backend::repo::bulk::AuditBy {
        akun_id: None,
        aksi: "create",
    };
    app::backend::repo::bulk_plan::insert_plans(&mut tx, &inst, by, &plan).await?;
    app::backend::repo::tim::bulk::insert_tims(&mut tx, &inst, by, &squads).await?;
    tx.commit().await?;
    db.analyze(&super::SEEDED_TABLES).await?;
    Ok(Summary {
        instansi_id: inst,
        units: org.units.len(),
        employees: org.pegawai.len(),
        accounts: 1,
        created: true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        for n in [10, 100, 1_000, 10_000, 100_000, 250_000] {
            let (depth, fanout, counts) = shape(n);
            assert!((4..=5).contains(&depth), "{n}: depth {depth}");
            assert_eq!(counts[0], 1);
            assert!(
                counts.windows(2).all(|w| w[0] * fanout >= w[1]),
                "{n}: {counts:?}"
            );
            let org = build(n.min(20_000), 1);
            assert_eq!(org.pegawai.len(), n.min(20_000));
        }
        let (depth, _, _) = shape(100_000);
        assert_eq!(depth, 5);
    }

    #[test]
    fn deterministic_and_linked() {
        let a = build(3_000, 9);
        let b = build(3_000, 9);
        let c = build(3_000, 10);
        let key = |o: &Org| {
            o.pegawai
                .iter()
                .map(|p| (p.nip.clone(), p.nama.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(key(&a), key(&b));
        assert_ne!(key(&a), key(&c));
        let kodes = |o: &Org| o.units.iter().map(|u| u.kode.clone()).collect::<Vec<_>>();
        assert_eq!(kodes(&a), kodes(&b));
        // everyone but the top head has a PPK; leaves hold 30–40 people
        assert_eq!(a.pegawai.iter().filter(|p| p.ppk_id.is_none()).count(), 1);
        let leaf_level = a.units.iter().map(|u| u.level).max().unwrap();
        for u in a.units.iter().filter(|u| u.level == leaf_level) {
            let n = a.pegawai.iter().filter(|p| p.unit_id == u.id).count();
            assert!((28..=42).contains(&n), "leaf {} has {n}", u.kode);
        }
    }
}
