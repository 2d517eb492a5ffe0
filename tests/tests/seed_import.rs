//! Seeds and imports against real databases (the shared harness: a temp-file SQLite database,
//! and a PostgreSQL database created for the test and dropped after it).

use std::collections::{HashMap, HashSet};

use app::backend::auth::login::login;
use app::backend::repo::instansi;
use app::backend::{AppError, Db};
use app::domain::nip::Nip;
use app::domain::pegawai::{normalise_golongan, StatusAsn};
use app::domain::periode::JenisPeriode;
use app::domain::role::Role;
use server::import::{self, Format, Kind, EMPLOYEE_COLUMNS, UNIT_COLUMNS};
use server::seed;
use sqlx::Row;

use rantai_tests::TestDb;

fn backend(t: &TestDb) -> &'static str {
    t.db.backend.name()
}

async fn count(db: &Db, sql: &str, instansi_id: &str) -> i64 {
    sqlx::query(sql)
        .bind(instansi_id)
        .fetch_one(&db.pool)
        .await
        .expect(sql)
        .get::<i64, _>(0)
}

// ---------------------------------------------------------------- demo

struct P {
    id: String,
    nip: String,
    nama: String,
    status: String,
    golongan: String,
    unit: String,
    ppk: Option<String>,
    atasan: Option<String>,
    kepala: bool,
}

async fn people(db: &Db, instansi_id: &str) -> Vec<P> {
    sqlx::query(
        "SELECT p.id, p.nip, p.nama, p.status_asn, p.golongan, p.unit_id, p.ppk_id, p.atasan_ppk_id, \
                j.kepala_unit FROM pegawai p \
         JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id \
         WHERE p.instansi_id = $1",
    )
    .bind(instansi_id)
    .fetch_all(&db.pool)
    .await
    .expect("people")
    .iter()
    .map(|r| P {
        id: r.get("id"),
        nip: r.get("nip"),
        nama: r.get("nama"),
        status: r.get("status_asn"),
        golongan: r.get("golongan"),
        unit: r.get("unit_id"),
        ppk: r.get("ppk_id"),
        atasan: r.get("atasan_ppk_id"),
        kepala: r.get::<i64, _>("kepala_unit") == 1,
    })
    .collect()
}

/// unit id → (parent id, path, level)
async fn units(db: &Db, instansi_id: &str) -> HashMap<String, (Option<String>, String, i64)> {
    sqlx::query("SELECT id, parent_id, path, level FROM unit_kerja WHERE instansi_id = $1")
        .bind(instansi_id)
        .fetch_all(&db.pool)
        .await
        .expect("units")
        .iter()
        .map(|r| {
            (
                r.get("id"),
                (r.get("parent_id"), r.get("path"), r.get("level")),
            )
        })
        .collect()
}

/// Every rule of the PPK chain: staff → head of their unit; head → head of the parent unit;
/// atasan PPK = the PPK's PPK; exactly one person (the top head) without a PPK.
fn check_ppk_rules(ps: &[P], us: &HashMap<String, (Option<String>, String, i64)>) {
    let by_id: HashMap<&str, &P> = ps.iter().map(|p| (p.id.as_str(), p)).collect();
    let head: HashMap<&str, &str> = ps
        .iter()
        .filter(|p| p.kepala)
        .map(|p| (p.unit.as_str(), p.id.as_str()))
        .collect();
    assert_eq!(head.len(), us.len(), "every unit has exactly one head");
    let mut without = 0;
    for p in ps {
        let expected = if p.kepala {
            us[&p.unit].0.as_deref().map(|parent| head[parent])
        } else {
            Some(head[p.unit.as_str()])
        };
        assert_eq!(p.ppk.as_deref(), expected, "PPK of {} ({})", p.nama, p.nip);
        let atasan = p.ppk.as_deref().and_then(|k| by_id[k].ppk.as_deref());
        assert_eq!(p.atasan.as_deref(), atasan, "atasan PPK of {}", p.nama);
        if p.ppk.is_none() {
            without += 1;
            assert_eq!(us[&p.unit].2, 1, "only the root's head has no PPK");
        }
    }
    assert_eq!(without, 1);
}

/// "Pemerintah Kota Sukamaju / … / Seksi …" for a materialised path.
async fn path_names(db: &Db, path: &str) -> String {
    let mut names = vec![];
    for id in path.split('/').filter(|s| !s.is_empty()) {
        names.push(
            sqlx::query("SELECT nama FROM unit_kerja WHERE id = $1")
                .bind(id)
                .fetch_one(&db.pool)
                .await
                .unwrap()
                .get::<String, _>(0),
        );
    }
    names.join(" / ")
}

async fn demo_case(t: &TestDb) {
    let db = &t.db;
    let started = std::time::Instant::now();
    let s = seed::demo::run(db).await.expect("seed demo");
    eprintln!(
        "[{}] seed demo: {:.2} s",
        backend(t),
        started.elapsed().as_secs_f64()
    );
    assert!(s.created);
    assert!((35..=45).contains(&s.units), "units {}", s.units);
    assert!(
        (1400..=1600).contains(&s.employees),
        "employees {}",
        s.employees
    );
    assert_eq!(s.accounts, 6);
    let inst = s.instansi_id.clone();

    let us = units(db, &inst).await;
    assert_eq!(us.len(), s.units);
    assert_eq!(us.values().map(|u| u.2).max(), Some(4));
    assert_eq!(us.values().filter(|u| u.2 == 1).count(), 1);
    for (id, (parent, path, level)) in &us {
        assert!(path.ends_with(&format!("/{id}/")));
        if let Some(p) = parent {
            assert_eq!(path, &format!("{}{id}/", us[p].1));
            assert_eq!(*level, us[p].2 + 1);
        }
    }

    let ps = people(db, &inst).await;
    assert_eq!(ps.len(), s.employees);
    let mut nips = HashSet::new();
    let mut pppk = 0;
    for p in &ps {
        let nip = Nip::parse(&p.nip).unwrap_or_else(|e| panic!("{} {}: {e}", p.nama, p.nip));
        assert!(nips.insert(p.nip.clone()), "duplicate NIP {}", p.nip);
        let by: i32 = p.nip[0..4].parse().unwrap();
        let ay: i32 = p.nip[8..12].parse().unwrap();
        assert!((1966..=2001).contains(&by), "{}", p.nip);
        assert!((20..=35).contains(&(ay - by)), "{}", p.nip);
        assert_eq!(nip.as_str(), p.nip);
        let status = StatusAsn::from_code(&p.status).expect("status");
        assert_eq!(
            normalise_golongan(status, &p.golongan).as_deref(),
            Ok(p.golongan.as_str())
        );
        if status == StatusAsn::Pppk {
            pppk += 1;
            assert!(!p.kepala, "a PPPK heads a unit: {}", p.nama);
        }
    }
    let share = pppk as f64 / ps.len() as f64;
    assert!((0.25..=0.35).contains(&share), "PPPK share {share}");
    check_ppk_rules(&ps, &us);

    // the six accounts log in and are who they should be
    let mut actors = HashMap::new();
    for u in ["admin", "kepala", "atasan", "penilai", "pegawai", "auditor"] {
        let (_, actor) = login(db, u, seed::demo::PASSWORD)
            .await
            .unwrap_or_else(|e| panic!("login {u}: {e}"));
        assert_eq!(actor.instansi_id, inst);
        actors.insert(u, actor);
    }
    assert!(login(db, "admin", "salah-sandi").await.is_err());
    assert!(actors["admin"].granted.contains(&Role::Admin));
    assert!(actors["auditor"].granted.contains(&Role::Auditor));
    let root_path = us.values().find(|u| u.2 == 1).map(|u| u.1.clone()).unwrap();
    assert_eq!(actors["kepala"].headed_paths, vec![root_path]);
    let by_id: HashMap<&str, &P> = ps.iter().map(|p| (p.id.as_str(), p)).collect();
    let penilai = by_id[actors["penilai"].pegawai_id.as_deref().unwrap()];
    let pegawai = by_id[actors["pegawai"].pegawai_id.as_deref().unwrap()];
    assert!(actors["penilai"].is_ppk && penilai.kepala);
    assert_eq!(us[&penilai.unit].2, 4, "penilai heads a seksi (level 4)");
    assert_eq!(pegawai.ppk.as_deref(), Some(penilai.id.as_str()));
    assert_eq!(pegawai.unit, penilai.unit);
    let in_seksi = ps.iter().filter(|p| p.unit == penilai.unit).count();
    assert!(in_seksi >= 5, "the penilai's seksi has {in_seksi} people");
    let admin = by_id[actors["admin"].pegawai_id.as_deref().unwrap()];
    let auditor = by_id[actors["auditor"].pegawai_id.as_deref().unwrap()];
    assert!(path_names(db, &us[&admin.unit].1)
        .await
        .contains("Badan Kepegawaian"));
    assert!(path_names(db, &us[&auditor.unit].1)
        .await
        .contains("Inspektorat"));
    assert!(path_names(db, &us[&penilai.unit].1)
        .await
        .contains(" / Seksi "));

    // periods: this year running, last year closed, quarterly
    let periods = app::backend::repo::period::list(&db.pool, &inst)
        .await
        .unwrap();
    assert_eq!(periods.len(), 2);
    assert_eq!(periods[0].status, "PELAKSANAAN");
    assert_eq!(periods[0].sub_periods.len(), 4);
    assert_eq!(periods[1].status, "DITUTUP");
    assert_eq!(periods[0].tahun, periods[1].tahun + 1);

    // audited in the same transaction
    let audited = count(
        db,
        "SELECT COUNT(*) FROM audit_log WHERE instansi_id = $1 AND entitas = 'pegawai'",
        &inst,
    )
    .await;
    assert_eq!(audited as usize, s.employees);

    // idempotent
    let before = count(
        db,
        "SELECT COUNT(*) FROM audit_log WHERE instansi_id = $1",
        &inst,
    )
    .await;
    let again = seed::demo::run(db).await.expect("second seed demo");
    assert!(!again.created);
    assert_eq!(again.instansi_id, inst);
    assert_eq!(
        (again.units, again.employees, again.accounts),
        (s.units, s.employees, s.accounts)
    );
    let n: i64 = sqlx::query("SELECT COUNT(*) FROM instansi")
        .fetch_one(&db.pool)
        .await
        .unwrap()
        .get(0);
    assert_eq!(n, 1);
    let after = count(
        db,
        "SELECT COUNT(*) FROM audit_log WHERE instansi_id = $1",
        &inst,
    )
    .await;
    assert_eq!(after, before, "a repeated seed wrote audit rows");
    assert_eq!(
        count(
            db,
            "SELECT COUNT(*) FROM pegawai WHERE instansi_id = $1",
            &inst
        )
        .await as usize,
        s.employees
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn demo_seed() {
    for t in TestDb::all().await {
        demo_case(&t).await;
    }
}

// ---------------------------------------------------------------- synthetic

async fn nips_and_units(db: &Db, inst: &str) -> (Vec<(String, String)>, Vec<String>) {
    let mut nips: Vec<(String, String)> =
        sqlx::query("SELECT nip, nama FROM pegawai WHERE instansi_id = $1")
            .bind(inst)
            .fetch_all(&db.pool)
            .await
            .unwrap()
            .iter()
            .map(|r| (r.get("nip"), r.get("nama")))
            .collect();
    nips.sort();
    let mut kodes: Vec<String> = sqlx::query("SELECT kode FROM unit_kerja WHERE instansi_id = $1")
        .bind(inst)
        .fetch_all(&db.pool)
        .await
        .unwrap()
        .iter()
        .map(|r| r.get("kode"))
        .collect();
    kodes.sort();
    (nips, kodes)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn synthetic_is_deterministic() {
    let mut dbs = vec![TestDb::sqlite().await, TestDb::sqlite().await];
    dbs.extend(TestDb::postgres().await);
    let mut seen = vec![];
    for t in &dbs {
        let s = seed::synthetic::run(&t.db, 2_000, 77)
            .await
            .expect("synthetic");
        assert!(s.created);
        assert_eq!(s.employees, 2_000);
        let (nips, kodes) = nips_and_units(&t.db, &s.instansi_id).await;
        assert_eq!(nips.len(), 2_000);
        for (n, _) in &nips {
            Nip::parse(n).unwrap();
        }
        let us = units(&t.db, &s.instansi_id).await;
        let depth = us.values().map(|u| u.2).max().unwrap();
        assert!((4..=5).contains(&depth));
        check_ppk_rules(&people(&t.db, &s.instansi_id).await, &us);
        seen.push((backend(t), nips, kodes));
    }
    for w in seen.windows(2) {
        assert_eq!(
            w[0].1, w[1].1,
            "NIPs and names differ: {} vs {}",
            w[0].0, w[1].0
        );
        assert_eq!(w[0].2, w[1].2, "unit codes differ");
    }
    // same seed again: nothing new; another seed: another agency, another admin
    let t = &dbs[0];
    let again = seed::synthetic::run(&t.db, 2_000, 77).await.unwrap();
    assert!(!again.created);
    let other = seed::synthetic::run(&t.db, 2_000, 78).await.unwrap();
    assert!(other.created);
    let (nips78, _) = nips_and_units(&t.db, &other.instansi_id).await;
    assert_ne!(nips78, seen[0].1);
    for (u, n) in [(2_000, 77u64), (2_000, 78)] {
        login(&t.db, &seed::synthetic::admin_username(u, n), "rantai-demo")
            .await
            .expect("synthetic admin logs in");
    }
    // the demo's usernames stay free
    seed::demo::run(&t.db).await.expect("demo beside synthetic");
}

// ---------------------------------------------------------------- import

async fn new_instansi(db: &Db, kode: &str) -> String {
    let mut tx = db.begin().await.unwrap();
    let id = instansi::create(&mut tx, kode, "Instansi Uji", JenisPeriode::Triwulanan)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    id
}

/// A valid NIP for test number i (unique for i < 999).
fn nip(i: usize) -> String {
    format!(
        "1985{:02}{:02}201001{}{:03}",
        1 + i % 12,
        1 + i % 28,
        1 + i % 2,
        1 + i % 999
    )
}

fn rows(v: &[&[&str]]) -> Vec<Vec<String>> {
    v.iter()
        .map(|r| r.iter().map(|s| s.to_string()).collect())
        .collect()
}

fn units_file() -> Vec<Vec<String>> {
    rows(&[
        &["DINAS", "Dinas Contoh", ""],
        &["BID1", "Bidang Satu", "DINAS"],
        &["SEK1", "Seksi Satu", "BID1"],
        // parent later in the file
        &["SEK0", "Seksi Nol", "BID2"],
        &["BID2", "Bidang Dua", "DINAS"],
    ])
}

fn employees_file() -> Vec<Vec<String>> {
    let n: Vec<String> = (0..8).map(nip).collect();
    let e = |cells: [&str; 11]| cells.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    vec![
        e([
            &n[0],
            "Dr. Kepala Dinas, M.Si.",
            "PNS",
            "IV/c",
            "DINAS",
            "Kepala Dinas Contoh",
            "JPT_PRATAMA",
            "",
            "ya",
            "",
            "",
        ]),
        e([
            &n[1],
            "Kabid Satu",
            "PNS",
            "IV/a",
            "BID1",
            "Kepala Bidang Satu",
            "ADMINISTRATOR",
            "",
            "ya",
            &n[0],
            "",
        ]),
        e([
            &n[2],
            "Kasi Satu",
            "PNS",
            "III/d",
            "SEK1",
            "Kepala Seksi Satu",
            "PENGAWAS",
            "",
            "1",
            &n[1],
            &n[0],
        ]),
        e([
            &n[3],
            "Staf Satu",
            "PPPK",
            "ix",
            "SEK1",
            "Pengolah Data dan Informasi",
            "PELAKSANA",
            "",
            "tidak",
            &n[2],
            "",
        ]),
        e([
            &n[4],
            "Analis Satu",
            "PNS",
            "iii/c",
            "BID1",
            "Analis Kebijakan Ahli Muda",
            "fungsional",
            "Ahli Muda",
            "",
            &n[1],
            "",
        ]),
        // PPK further down the file
        e([
            &n[5],
            "Staf Dua",
            "PNS",
            "II/c",
            "BID2",
            "Pengadministrasi Perkantoran",
            "PELAKSANA",
            "",
            "",
            &n[6],
            "",
        ]),
        e([
            &n[6],
            "Kabid Dua",
            "PNS",
            "IV/a",
            "BID2",
            "Kepala Bidang Dua",
            "ADMINISTRATOR",
            "",
            "TRUE",
            &n[0],
            "",
        ]),
        e([
            &n[7],
            "Staf Tiga",
            "PNS",
            "II/c",
            "BID2",
            "Pengadministrasi Perkantoran",
            "PELAKSANA",
            "",
            "false",
            &n[6],
            "",
        ]),
    ]
}

fn xlsx(header: &[&str], rows: &[Vec<String>]) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (c, h) in header.iter().enumerate() {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            if !v.is_empty() {
                sheet.write_string(r as u32 + 1, c as u16, v).unwrap();
            }
        }
    }
    book.save_to_buffer().unwrap()
}

struct Imported {
    id: String,
    unit: String,
    ppk: Option<String>,
    atasan: Option<String>,
    golongan: String,
    jabatan: String,
    jenjang: Option<String>,
}

async fn imported(db: &Db, inst: &str) -> HashMap<String, Imported> {
    sqlx::query(
        "SELECT p.id, p.nip, u.kode, p.ppk_id, p.atasan_ppk_id, p.golongan, j.nama AS jabatan, j.jenjang \
         FROM pegawai p JOIN unit_kerja u ON u.instansi_id = p.instansi_id AND u.id = p.unit_id \
         JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id \
         WHERE p.instansi_id = $1",
    )
    .bind(inst)
    .fetch_all(&db.pool)
    .await
    .unwrap()
    .iter()
    .map(|r| {
        (
            r.get("nip"),
            Imported {
                id: r.get("id"),
                unit: r.get("kode"),
                ppk: r.get("ppk_id"),
                atasan: r.get("atasan_ppk_id"),
                golongan: r.get("golongan"),
                jabatan: r.get("jabatan"),
                jenjang: r.get("jenjang"),
            },
        )
    })
    .collect()
}

async fn check_valid_import(db: &Db, inst: &str) {
    let got = imported(db, inst).await;
    assert_eq!(got.len(), 8);
    let id = |i: usize| Some(got[&nip(i)].id.clone());
    assert_eq!(got[&nip(0)].ppk, None);
    assert_eq!(got[&nip(1)].ppk, id(0));
    assert_eq!(got[&nip(1)].atasan, None, "the kepala dinas has no PPK");
    assert_eq!(got[&nip(2)].atasan, id(0));
    assert_eq!(got[&nip(3)].ppk, id(2));
    assert_eq!(
        got[&nip(3)].atasan,
        id(1),
        "an empty atasan PPK is the PPK's PPK"
    );
    assert_eq!(got[&nip(3)].golongan, "IX");
    assert_eq!(got[&nip(4)].golongan, "III/c");
    assert_eq!(got[&nip(4)].jenjang.as_deref(), Some("AHLI_MUDA"));
    assert_eq!(got[&nip(4)].jabatan, "Analis Kebijakan Ahli Muda");
    assert_eq!(got[&nip(5)].ppk, id(6));
    assert_eq!(got[&nip(5)].atasan, id(0));
    assert_eq!(got[&nip(5)].unit, "BID2");
    // two people share one position
    assert_eq!(
        count(
            db,
            "SELECT COUNT(*) FROM jabatan WHERE instansi_id = $1 AND nama = 'Pengadministrasi Perkantoran'",
            inst
        )
        .await,
        1
    );
    let us: HashMap<String, (i64, String)> =
        sqlx::query("SELECT kode, level, path FROM unit_kerja WHERE instansi_id = $1")
            .bind(inst)
            .fetch_all(&db.pool)
            .await
            .unwrap()
            .iter()
            .map(|r| (r.get("kode"), (r.get("level"), r.get("path"))))
            .collect();
    assert_eq!(us["SEK0"].0, 3);
    assert!(us["SEK0"].1.starts_with(&us["BID2"].1));
    assert_eq!(
        count(
            db,
            "SELECT COUNT(*) FROM audit_log WHERE instansi_id = $1 AND aksi = 'import' AND entitas = 'pegawai'",
            inst
        )
        .await,
        8
    );
    assert_eq!(
        count(
            db,
            "SELECT COUNT(*) FROM audit_log WHERE instansi_id = $1 AND entitas = 'impor'",
            inst
        )
        .await,
        2
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn import_valid_csv_and_xlsx() {
    for t in TestDb::all().await {
        let db = &t.db;
        // CSV: BOM, ';', header in another case and order-independent
        let inst = new_instansi(db, "UJI-CSV").await;
        let mut units = b"\xef\xbb\xbf".to_vec();
        units.extend(import::to_csv(
            &["KODE", " Nama ", "Kode Induk"],
            &units_file(),
            b';',
        ));
        let r = import::run_bytes(db, &inst, None, Kind::Units, &units, Format::Csv)
            .await
            .expect("units csv");
        assert_eq!(r.rows, 5);
        let emp = import::to_csv(&EMPLOYEE_COLUMNS, &employees_file(), b',');
        let path = std::env::temp_dir().join(format!("rantai-{}.csv", uuid::Uuid::new_v4()));
        std::fs::write(&path, &emp).unwrap();
        let r = import::run(db, &inst, None, Kind::Employees, &path).await;
        let _ = std::fs::remove_file(&path);
        assert_eq!(r.expect("employees csv").rows, 8);
        check_valid_import(db, &inst).await;

        // XLSX
        let inst = new_instansi(db, "UJI-XLSX").await;
        let units = xlsx(&UNIT_COLUMNS, &units_file());
        import::run_bytes(db, &inst, None, Kind::Units, &units, Format::Xlsx)
            .await
            .expect("units xlsx");
        let emp = xlsx(&EMPLOYEE_COLUMNS, &employees_file());
        let path = std::env::temp_dir().join(format!("rantai-{}.xlsx", uuid::Uuid::new_v4()));
        std::fs::write(&path, &emp).unwrap();
        let r = import::run(db, &inst, None, Kind::Employees, &path).await;
        let _ = std::fs::remove_file(&path);
        assert_eq!(r.expect("employees xlsx").rows, 8);
        check_valid_import(db, &inst).await;
    }
}

fn pairs(e: &AppError) -> Vec<(usize, String)> {
    e.details
        .iter()
        .map(|d| (d.row.unwrap_or(0), d.field.clone()))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn import_bad_rows_writes_nothing() {
    for t in TestDb::all().await {
        let db = &t.db;
        let inst = new_instansi(db, "UJI-SALAH").await;
        let units = import::to_csv(&UNIT_COLUMNS, &units_file(), b',');
        import::run_bytes(db, &inst, None, Kind::Units, &units, Format::Csv)
            .await
            .unwrap();
        let audit_before = count(
            db,
            "SELECT COUNT(*) FROM audit_log WHERE instansi_id = $1",
            &inst,
        )
        .await;
        let jab_before = count(
            db,
            "SELECT COUNT(*) FROM jabatan WHERE instansi_id = $1",
            &inst,
        )
        .await;

        let n: Vec<String> = (0..20).map(nip).collect();
        let e = |cells: [&str; 11]| cells.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let bad = vec![
            // row 2: fine
            e([
                &n[0],
                "Kepala",
                "PNS",
                "IV/c",
                "DINAS",
                "Kepala Dinas Contoh",
                "JPT_PRATAMA",
                "",
                "ya",
                "",
                "",
            ]),
            // row 3: invalid NIP (month 13 in the birth date)
            e([
                "198513122010011003",
                "A",
                "PNS",
                "III/a",
                "BID1",
                "Staf",
                "PELAKSANA",
                "",
                "",
                &n[0],
                "",
            ]),
            // row 4: unknown unit
            e([
                &n[2],
                "B",
                "PNS",
                "III/a",
                "TIDAK-ADA",
                "Staf",
                "PELAKSANA",
                "",
                "",
                &n[0],
                "",
            ]),
            // row 5: duplicate NIP of row 2
            e([
                &n[0],
                "C",
                "PNS",
                "III/a",
                "BID1",
                "Staf",
                "PELAKSANA",
                "",
                "",
                "",
                "",
            ]),
            // row 6: PNS golongan for a PPPK
            e([
                &n[3],
                "D",
                "PPPK",
                "III/a",
                "BID1",
                "Staf",
                "PELAKSANA",
                "",
                "",
                &n[0],
                "",
            ]),
            // row 7: functional position without jenjang
            e([
                &n[4],
                "E",
                "PNS",
                "III/a",
                "BID1",
                "Analis Kebijakan",
                "FUNGSIONAL",
                "",
                "",
                &n[0],
                "",
            ]),
            // row 8: unknown PPK
            e([
                &n[5],
                "F",
                "PNS",
                "III/a",
                "BID1",
                "Staf",
                "PELAKSANA",
                "",
                "",
                &n[19],
                "",
            ]),
            // row 9: PPK = self
            e([
                &n[6],
                "G",
                "PNS",
                "III/a",
                "BID1",
                "Staf",
                "PELAKSANA",
                "",
                "",
                &n[6],
                "",
            ]),
            // rows 10 and 11: a PPK cycle
            e([
                &n[7],
                "H",
                "PNS",
                "III/a",
                "BID1",
                "Staf",
                "PELAKSANA",
                "",
                "",
                &n[8],
                "",
            ]),
            e([
                &n[8],
                "I",
                "PNS",
                "III/a",
                "BID1",
                "Staf",
                "PELAKSANA",
                "",
                "",
                &n[7],
                "",
            ]),
            // row 12: jenjang on a pelaksana, bad kepala_unit value
            e([
                &n[9],
                "J",
                "PNS",
                "III/a",
                "BID1",
                "Staf",
                "PELAKSANA",
                "AHLI_MUDA",
                "mungkin",
                &n[0],
                "",
            ]),
            // row 13: fine
            e([
                &n[10],
                "K",
                "PNS",
                "III/a",
                "BID1",
                "Staf",
                "PELAKSANA",
                "",
                "",
                &n[0],
                "",
            ]),
        ];
        let file = import::to_csv(&EMPLOYEE_COLUMNS, &bad, b',');
        let err = import::run_bytes(db, &inst, None, Kind::Employees, &file, Format::Csv)
            .await
            .expect_err("bad rows must fail");
        assert_eq!(err.code, "validation");
        let got = pairs(&err);
        let want: Vec<(usize, String)> = [
            (3, "nip"),
            (4, "kode_unit"),
            (5, "nip"),
            (6, "golongan"),
            (7, "jenjang"),
            (8, "nip_ppk"),
            (9, "nip_ppk"),
            (10, "nip_ppk"),
            (11, "nip_ppk"),
            (12, "jenjang"),
            (12, "kepala_unit"),
        ]
        .iter()
        .map(|(r, f)| (*r, f.to_string()))
        .collect();
        let mut sorted = got.clone();
        sorted.sort();
        assert_eq!(sorted, want, "errors: {:#?}", err.details);
        let msg = |row: usize, field: &str| {
            err.details
                .iter()
                .find(|d| d.row == Some(row) && d.field == field)
                .map(|d| d.message.clone())
                .unwrap()
        };
        assert!(msg(3, "nip").contains("Tanggal lahir"), "{}", msg(3, "nip"));
        assert!(msg(5, "nip").contains("baris 2"));
        assert!(msg(10, "nip_ppk").contains("siklus"));
        assert!(msg(9, "nip_ppk").contains("sendiri"));
        // nothing written
        assert_eq!(
            count(
                db,
                "SELECT COUNT(*) FROM pegawai WHERE instansi_id = $1",
                &inst
            )
            .await,
            0
        );
        assert_eq!(
            count(
                db,
                "SELECT COUNT(*) FROM jabatan WHERE instansi_id = $1",
                &inst
            )
            .await,
            jab_before
        );
        assert_eq!(
            count(
                db,
                "SELECT COUNT(*) FROM audit_log WHERE instansi_id = $1",
                &inst
            )
            .await,
            audit_before
        );

        // a missing required column: one error, on row 1
        let cols: Vec<&str> = EMPLOYEE_COLUMNS
            .iter()
            .copied()
            .filter(|c| *c != "golongan")
            .collect();
        let file = import::to_csv(&cols, &[], b';');
        let err = import::run_bytes(db, &inst, None, Kind::Employees, &file, Format::Csv)
            .await
            .unwrap_err();
        assert_eq!(pairs(&err), vec![(1, "golongan".to_string())]);

        // units: a cycle in kode_induk, an unknown parent, a duplicate
        let file = import::to_csv(
            &UNIT_COLUMNS,
            &rows(&[
                &["X1", "Satu", "X2"],
                &["X2", "Dua", "X1"],
                &["X3", "Tiga", "ENTAH"],
                &["DINAS", "Sudah ada", ""],
                &["X4", "Empat", "DINAS"],
            ]),
            b',',
        );
        let err = import::run_bytes(db, &inst, None, Kind::Units, &file, Format::Csv)
            .await
            .unwrap_err();
        let mut got = pairs(&err);
        got.sort();
        assert_eq!(
            got,
            vec![
                (2, "kode_induk".to_string()),
                (3, "kode_induk".to_string()),
                (4, "kode_induk".to_string()),
                (5, "kode".to_string()),
            ]
        );
        assert_eq!(
            count(
                db,
                "SELECT COUNT(*) FROM unit_kerja WHERE instansi_id = $1",
                &inst
            )
            .await,
            5
        );

        // XLSX with a NIP typed as a number
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet();
        for (c, h) in EMPLOYEE_COLUMNS.iter().enumerate() {
            sheet.write_string(0, c as u16, *h).unwrap();
        }
        let row = &bad[0];
        for (c, v) in row.iter().enumerate() {
            if c == 0 {
                sheet.write_number(1, 0, v.parse::<f64>().unwrap()).unwrap();
            } else {
                sheet.write_string(1, c as u16, v).unwrap();
            }
        }
        let bytes = book.save_to_buffer().unwrap();
        let err = import::run_bytes(db, &inst, None, Kind::Employees, &bytes, Format::Xlsx)
            .await
            .unwrap_err();
        assert_eq!(pairs(&err), vec![(2, "nip".to_string())]);
        assert!(err.details[0].message.contains("angka"));

        // not UTF-8
        let latin1 = b"kode,nama,kode_induk\nY1,Dinas Caf\xe9,\n";
        let err = import::run_bytes(db, &inst, None, Kind::Units, latin1, Format::Csv)
            .await
            .unwrap_err();
        assert!(err.message_id.contains("UTF-8") && err.message_id.contains("baris 2"));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn import_refers_to_ppk_in_database() {
    for t in TestDb::all().await {
        let db = &t.db;
        let inst = new_instansi(db, "UJI-DB").await;
        let units = import::to_csv(&UNIT_COLUMNS, &units_file(), b',');
        import::run_bytes(db, &inst, None, Kind::Units, &units, Format::Csv)
            .await
            .unwrap();
        let all = employees_file();
        // first the three heads, then staff who point at them
        let first = import::to_csv(&EMPLOYEE_COLUMNS, &all[0..3], b',');
        import::run_bytes(db, &inst, None, Kind::Employees, &first, Format::Csv)
            .await
            .expect("heads");
        // more units under a unit that is already in the database
        let more = import::to_csv(
            &UNIT_COLUMNS,
            &rows(&[&["SEK2", "Seksi Dua", "BID1"]]),
            b',',
        );
        import::run_bytes(db, &inst, None, Kind::Units, &more, Format::Csv)
            .await
            .expect("unit under a database unit");
        let second = import::to_csv(&EMPLOYEE_COLUMNS, &all[3..5], b',');
        import::run_bytes(db, &inst, None, Kind::Employees, &second, Format::Csv)
            .await
            .expect("staff with PPK in the database");
        let got = imported(db, &inst).await;
        assert_eq!(got.len(), 5);
        assert_eq!(got[&nip(3)].ppk, Some(got[&nip(2)].id.clone()));
        assert_eq!(
            got[&nip(3)].atasan,
            Some(got[&nip(1)].id.clone()),
            "atasan PPK from the PPK's PPK in the database"
        );
        // the same people again: duplicates of the database; a second head of a unit
        let dup = import::to_csv(&EMPLOYEE_COLUMNS, &all[3..4], b',');
        let err = import::run_bytes(db, &inst, None, Kind::Employees, &dup, Format::Csv)
            .await
            .unwrap_err();
        assert_eq!(pairs(&err), vec![(2, "nip".to_string())]);
        let mut head2 = all[1].clone();
        head2[0] = nip(30);
        let err = import::run_bytes(
            db,
            &inst,
            None,
            Kind::Employees,
            &import::to_csv(&EMPLOYEE_COLUMNS, &[head2], b','),
            Format::Csv,
        )
        .await
        .unwrap_err();
        assert_eq!(pairs(&err), vec![(2, "kepala_unit".to_string())]);
    }
}

/// Writes sample import files (a synthetic agency of RANTAI_SAMPLE_EMPLOYEES people, default
/// 10,000) into RANTAI_SAMPLE_DIR: units.csv, employees.csv, employees.xlsx. Run on demand:
/// `RANTAI_SAMPLE_DIR=/tmp/sample cargo test -p rantai-tests --test seed_import -- --ignored`.
#[test]
#[ignore]
fn write_sample_files() {
    let dir = std::path::PathBuf::from(
        std::env::var("RANTAI_SAMPLE_DIR").unwrap_or_else(|_| "sample".into()),
    );
    let n = std::env::var("RANTAI_SAMPLE_EMPLOYEES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    std::fs::create_dir_all(&dir).unwrap();
    let (units, people) = seed::synthetic::export(n, 7);
    std::fs::write(
        dir.join("units.csv"),
        import::to_csv(&UNIT_COLUMNS, &units, b','),
    )
    .unwrap();
    std::fs::write(
        dir.join("employees.csv"),
        import::to_csv(&EMPLOYEE_COLUMNS, &people, b','),
    )
    .unwrap();
    std::fs::write(dir.join("employees.xlsx"), xlsx(&EMPLOYEE_COLUMNS, &people)).unwrap();
}
