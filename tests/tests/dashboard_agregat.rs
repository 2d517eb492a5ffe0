//! The dashboard's incremental aggregates on SQLite and PostgreSQL: after a random sequence of
//! real changes through the API (realisasi recorded and sent back, SKP submitted, approved and
//! returned, RHK added and deleted, risks registered, dialogues held, feedback given, squads
//! formed), the stored sums of every unit equal a
//! full recomputation from the source rows — checked after every step (a property test:
//! proptest draws the sequence, a new one on every run; a failure prints it). Also the
//! year-end projection stored with each IKI, and a bulk import dropping the sums so that the
//! next read builds them again.

use app::backend::repo::{dasbor, employee, jabatan};
use app::backend::Db;
use app::domain::jabatan::JenisJabatan;
use http::StatusCode;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;
use rantai_tests::http::Client;
use rantai_tests::plan::{build_chain, rhk, staff_iki, step};
use rantai_tests::{on_both, Org, TestDb};
use serde_json::json;

#[derive(Clone, Debug)]
enum Op {
    /// One of the three staff records a value for a quarter of their first Kuantitas IKI.
    Realisasi {
        who: usize,
        quarter: u32,
        value: u32,
    },
    /// kasi1 sends the newest entry of a staff member back (or accepts it).
    Verify { who: usize, back: bool },
    /// An SKP step: submit (owner), approve or return (kasi1).
    Skp { who: usize, action: usize },
    /// The owner adds an RHK to their draft SKP.
    AddRhk { who: usize },
    /// The owner deletes their newest RHK (a draft SKP only).
    DeleteRhk { who: usize },
    /// The owner registers a risk of that score on their first RHK.
    Risk {
        who: usize,
        kemungkinan: i64,
        dampak: i64,
    },
    /// kasi1 rates a staff member (results, behaviour: Sesuai or Di Bawah Ekspektasi).
    Rate {
        who: usize,
        hasil: bool,
        perilaku: bool,
    },
    /// A new employee joins Seksi Satu.
    Hire,
    /// kasi1 schedules a dialogue with a staff member today, then holds it, cancels it or
    /// leaves it scheduled.
    Dialog { who: usize, outcome: usize },
    /// kasi1 gives a staff member feedback on a BerAKHLAK value.
    Feedback { who: usize },
    /// kasi1 forms a squad with a staff member at that allocation.
    Squad { who: usize, alokasi: i64 },
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => (0usize..2, 1u32..=4, 0u32..8).prop_map(|(who, quarter, value)| Op::Realisasi { who, quarter, value }),
        1 => (0usize..2, any::<bool>()).prop_map(|(who, back)| Op::Verify { who, back }),
        2 => (0usize..2, 0usize..3).prop_map(|(who, action)| Op::Skp { who, action }),
        1 => (0usize..2).prop_map(|who| Op::AddRhk { who }),
        1 => (0usize..2).prop_map(|who| Op::DeleteRhk { who }),
        1 => (0usize..2, 1i64..=5, 1i64..=5).prop_map(|(who, kemungkinan, dampak)| Op::Risk { who, kemungkinan, dampak }),
        1 => (0usize..2, any::<bool>(), any::<bool>()).prop_map(|(who, hasil, perilaku)| Op::Rate { who, hasil, perilaku }),
        1 => Just(Op::Hire),
        1 => (0usize..2, 0usize..3).prop_map(|(who, outcome)| Op::Dialog { who, outcome }),
        1 => (0usize..2).prop_map(|who| Op::Feedback { who }),
        1 => (0usize..2, 0i64..=80).prop_map(|(who, alokasi)| Op::Squad { who, alokasi }),
    ]
}

const STAFF: [&str; 2] = ["staff1a", "staff1b"];

async fn check(db: &Db, inst: &str, periode: &str, after: &str) {
    let mut conn = db.pool.acquire().await.unwrap();
    let fresh = dasbor::recompute(&mut conn, inst, periode).await.unwrap();
    let want = dasbor::roll_up(&mut conn, inst, &fresh).await.unwrap();
    drop(conn);
    let got = dasbor::stored(db, inst, periode).await.unwrap();
    let norm = |m: std::collections::BTreeMap<String, app::domain::dasbor::Jumlah>| {
        m.into_iter()
            .map(|(k, v)| (k, v.normal()))
            .filter(|(_, v)| *v != app::domain::dasbor::Jumlah::default())
            .collect::<std::collections::BTreeMap<_, _>>()
    };
    assert_eq!(norm(got), norm(want), "after {after}");
}

async fn first_rhk(c: &Client, newest: bool) -> Option<(serde_json::Value, String, String)> {
    let skp = rantai_tests::plan::open(c).await;
    let list = skp["rhk"].as_array()?;
    let r = if newest { list.last()? } else { list.first()? };
    let iki = r["iki"]
        .as_array()?
        .iter()
        .find(|i| i["aspek"] == "KUANTITAS")?["id"]
        .as_str()?
        .to_string();
    Some((skp.clone(), r["id"].as_str()?.to_string(), iki))
}

/// Applies the change; whether it was written (some are refused, e.g. a step out of turn).
async fn apply(db: &Db, org: &Org, op: &Op, kasi: &Client, parent: &str) -> bool {
    let ok = |r: rantai_tests::http::Reply| r.status.is_success();
    match *op {
        Op::Realisasi {
            who,
            quarter,
            value,
        } => {
            let c = Client::as_user(db, STAFF[who]).await;
            match first_rhk(&c, false).await {
                Some((_, _, iki)) => ok(c
                    .post_json(
                        &format!("/api/v1/indicators/{iki}/realisasi"),
                        json!({ "sub_period": quarter, "value": value, "narrative": "Tahap",
                                "links": ["https://drive.example.go.id/bukti"] }),
                    )
                    .await),
                None => false,
            }
        }
        Op::Verify { who, back } => {
            let c = Client::as_user(db, STAFF[who]).await;
            let Some((_, _, iki)) = first_rhk(&c, false).await else {
                return false;
            };
            let list = c.get(&format!("/api/v1/indicators/{iki}/realisasi")).await;
            let newest = list.json["items"]
                .as_array()
                .and_then(|a| a.first())
                .and_then(|e| e["id"].as_str())
                .map(str::to_string);
            let Some(id) = newest else {
                return false;
            };
            let body = if back {
                json!({ "status": "PERLU_PERBAIKAN", "comment": "Bukti belum lengkap" })
            } else {
                json!({ "status": "VALID" })
            };
            ok(kasi
                .post_json(&format!("/api/v1/realisasi/{id}/verification"), body)
                .await)
        }
        Op::Skp { who, action } => {
            let c = Client::as_user(db, STAFF[who]).await;
            let skp = rantai_tests::plan::open(&c).await;
            ok(match action {
                0 => step(&c, &skp, "submit", None).await,
                1 => step(kasi, &skp, "approve", None).await,
                _ => step(kasi, &skp, "return", Some("Perbaiki target")).await,
            })
        }
        Op::AddRhk { who } => {
            let c = Client::as_user(db, STAFF[who]).await;
            let skp = rantai_tests::plan::open(&c).await;
            if skp["status"] == "DRAFT" {
                let body = rhk("Tambahan laporan", Some(parent), &staff_iki(4.0, "Laporan"));
                let r = c
                    .post_json(
                        &format!("/api/v1/skp/{}/rhk", skp["id"].as_str().unwrap()),
                        rantai_tests::plan::with(body, json!({ "version": skp["version"] })),
                    )
                    .await;
                assert!(r.status.is_success(), "{}", r.json);
                return true;
            }
            false
        }
        Op::DeleteRhk { who } => {
            let c = Client::as_user(db, STAFF[who]).await;
            match first_rhk(&c, true).await {
                Some((skp, id, _)) => ok(c
                    .delete(&format!("/api/v1/rhk/{id}?version={}", skp["version"]))
                    .await),
                None => false,
            }
        }
        Op::Risk {
            who,
            kemungkinan,
            dampak,
        } => {
            let c = Client::as_user(db, STAFF[who]).await;
            match first_rhk(&c, false).await {
                Some((_, id, _)) => ok(c
                    .post_json(
                        &format!("/api/v1/rhk/{id}/risks"),
                        json!({ "deskripsi": "Cuaca buruk", "kemungkinan": kemungkinan, "dampak": dampak }),
                    )
                    .await),
                None => false,
            }
        }
        Op::Rate {
            who,
            hasil,
            perilaku,
        } => {
            let r = |b: bool| if b { "SESUAI" } else { "DI_BAWAH" };
            let body = json!({ "rating_hasil_kerja": r(hasil), "alasan_hasil_kerja": "sesuai realisasi",
                               "rating_perilaku_kerja": r(perilaku), "alasan_perilaku_kerja": "sesuai umpan balik" });
            ok(kasi
                .post_json(
                    &format!("/api/v1/employees/{}/evaluation", org.emp[STAFF[who]]),
                    body,
                )
                .await)
        }
        Op::Hire => {
            let u = &org.units["seksi1"];
            let mut tx = db.begin().await.unwrap();
            let jab = jabatan::find_or_create(
                &mut tx,
                &u.instansi_id,
                jabatan::NewJabatan {
                    unit_id: &u.id,
                    nama: "Pengolah Data",
                    jenis: JenisJabatan::Pelaksana,
                    jenjang: None,
                    kepala_unit: false,
                },
            )
            .await
            .unwrap();
            let nip = format!(
                "19900101201501{:04}",
                uuid::Uuid::new_v4().as_u128() % 10_000
            );
            employee::insert(
                &mut tx,
                &u.instansi_id,
                None,
                employee::NewEmployee {
                    id: None,
                    nip: &nip,
                    nama: "Staf Baru",
                    status_asn: "PNS",
                    golongan: "II/c",
                    unit_id: &u.id,
                    jabatan_id: &jab,
                    ppk_id: Some(&org.emp["kasi1"]),
                    atasan_ppk_id: Some(&org.emp["kadis"]),
                },
            )
            .await
            .is_ok()
                && tx.commit().await.is_ok()
        }
        Op::Dialog { who, outcome } => {
            let me = &org.emp[STAFF[who]];
            let r = kasi
                .post_json(
                    &format!("/api/v1/employees/{me}/dialogues"),
                    json!({ "period": periode_of(kasi).await.0, "kind": "REVIU", "title": "Reviu triwulan",
                            "schedule": chrono::Utc::now().date_naive().to_string() }),
                )
                .await;
            if !r.status.is_success() || outcome == 2 {
                return r.status.is_success();
            }
            let status = if outcome == 0 {
                "SELESAI"
            } else {
                "DIBATALKAN"
            };
            ok(kasi
                .put_json(
                    &format!("/api/v1/dialogues/{}", r.json["id"].as_str().unwrap()),
                    json!({ "notes": "Dibahas", "status": status, "version": r.json["version"] }),
                )
                .await)
        }
        Op::Feedback { who } => {
            let me = &org.emp[STAFF[who]];
            let (period, subs) = periode_of(kasi).await;
            ok(kasi
                .post_json(
                    &format!("/api/v1/employees/{me}/feedback"),
                    json!({ "period": period, "sub_period": subs[0], "nilai": "KOMPETEN",
                            "text": "Pertahankan ketelitian data" }),
                )
                .await)
        }
        Op::Squad { who, alokasi } => {
            let r = kasi
                .post_json(
                    "/api/v1/squads",
                    json!({ "nama": format!("Tim {}", uuid::Uuid::new_v4()), "alokasi_ketua": 10 }),
                )
                .await;
            if !r.status.is_success() {
                return false;
            }
            ok(kasi
                .post_json(
                    &format!("/api/v1/squads/{}/members", r.json["id"].as_str().unwrap()),
                    json!({ "version": r.json["version"], "pegawai_id": org.emp[STAFF[who]],
                            "peran": "ANGGOTA", "alokasi": alokasi }),
                )
                .await)
        }
    }
}

/// This year's period and its sub-periods.
async fn periode_of(c: &Client) -> (String, Vec<String>) {
    let p = c.get("/api/v1/periods").await.json;
    let y = &p["items"][0];
    let subs = y["sub_periods"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_string())
        .collect();
    (y["id"].as_str().unwrap().to_string(), subs)
}

async fn aggregates_equal_a_recomputation(t: TestDb) {
    let org = Org::build(&t.db).await;
    let chain = build_chain(&t.db).await;
    let kadis = Client::as_user(&t.db, "kadis").await;
    let kasi = Client::as_user(&t.db, "kasi1").await;
    let dinas = &org.units["dinas"].id;
    // the first read builds the period's sums
    let r = kadis.get(&format!("/api/v1/dashboard?unit={dinas}")).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    let periode = r.json["periode_id"].as_str().unwrap().to_string();
    let inst = org.instansi_a.clone();
    check(&t.db, &inst, &periode, "the first build").await;

    let mut runner = TestRunner::default();
    let ops = proptest::collection::vec(op(), 16)
        .new_tree(&mut runner)
        .unwrap()
        .current();
    let mut written = 0;
    for (n, op) in ops.iter().enumerate() {
        written += apply(&t.db, &org, op, &kasi, &chain.kasi1).await as usize;
        check(&t.db, &inst, &periode, &format!("step {n} of {ops:?}")).await;
    }
    // most draws change something (a few are refused, e.g. an SKP step out of turn)
    assert!(written >= 4, "only {written} of {ops:?} were written");
    // and the dashboard shows the stored figures
    let r = kadis.get(&format!("/api/v1/dashboard?unit={dinas}")).await;
    let mut conn = t.db.pool.acquire().await.unwrap();
    let fresh = dasbor::recompute(&mut conn, &inst, &periode).await.unwrap();
    let sums = dasbor::roll_up(&mut conn, &inst, &fresh).await.unwrap();
    let want = &sums[dinas.as_str()];
    assert_eq!(r.json["total"]["rhk"], want.rhk, "{ops:?}");
    assert_eq!(r.json["total"]["pegawai"], want.pegawai(), "{ops:?}");
    assert_eq!(
        r.json["total"]["risiko_tinggi"], want.risiko_tinggi,
        "{ops:?}"
    );
    assert_eq!(r.json["total"]["iki_kurang"], want.iki_kurang, "{ops:?}");
    let w = r.json["waktu_berjalan"].as_f64().unwrap();
    assert_eq!(r.json["total"]["tertinggal"], want.tertinggal(w), "{ops:?}");
    let q = r.json["kuartal"].as_u64().unwrap() as usize - 1;
    assert_eq!(
        r.json["total"]["bukti_menunggu"], want.bukti_menunggu,
        "{ops:?}"
    );
    assert_eq!(
        r.json["total"]["tanpa_dialog"],
        want.pegawai() - want.dialog[q],
        "{ops:?}"
    );
    assert_eq!(r.json["total"]["umpan_balik"], want.umpan[q], "{ops:?}");
    assert_eq!(r.json["beban"]["lebih"], want.beban_lebih, "{ops:?}");
}
on_both!(aggregates_equal_a_recomputation);

/// The projection stored with an IKI, ranked on the dashboard with its inputs.
async fn projection_of_a_target(t: TestDb) {
    let org = Org::build(&t.db).await;
    let chain = build_chain(&t.db).await;
    let staff = Client::as_user(&t.db, "staff1a").await;
    let (_, _, iki) = first_rhk(&staff, false).await.unwrap();
    // 5 ton for the year; 1 ton in the first quarter and none reported after: 4 ton by December
    let r = staff
        .post_json(
            &format!("/api/v1/indicators/{iki}/realisasi"),
            json!({ "sub_period": 1, "value": 1, "narrative": "Tahap 1",
                    "links": ["https://drive.example.go.id/q1"] }),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
    let kadis = Client::as_user(&t.db, "kadis").await;
    let d = kadis
        .get(&format!("/api/v1/dashboard?unit={}", org.units["dinas"].id))
        .await
        .json;
    let p = d["proyeksi"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["iki_id"] == iki.as_str())
        .unwrap_or_else(|| panic!("{d}"));
    assert_eq!(p["rhk_id"], chain.staff1a);
    assert_eq!(p["model"], "RATA_RATA");
    assert_eq!(p["realisasi"], 1.0);
    assert_eq!(p["proyeksi"], 4.0);
    assert_eq!(p["dilaporkan"], 1);
    assert_eq!(p["jumlah_sub"], 4);
    assert_eq!(p["laju"], 1.0);
    assert!((p["kurang"].as_f64().unwrap() - 0.2).abs() < 1e-9, "{p}");
    assert_eq!(d["total"]["iki_kurang"], 1, "{d}");
    // 2 ton in the second quarter: 3 ton in two quarters, 6 by December, enough
    let r = staff
        .post_json(
            &format!("/api/v1/indicators/{iki}/realisasi"),
            json!({ "sub_period": 2, "value": 2, "narrative": "Tahap 2",
                    "links": ["https://drive.example.go.id/q2"] }),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
    let d = kadis
        .get(&format!("/api/v1/dashboard?unit={}", org.units["dinas"].id))
        .await
        .json;
    assert!(
        !d["proyeksi"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["iki_id"] == iki.as_str()),
        "{d}"
    );
    assert_eq!(d["total"]["iki_kurang"], 0, "{d}");
    let stored: Option<f64> = sqlx::query_scalar("SELECT proyeksi FROM iki WHERE id = $1")
        .bind(&iki)
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(stored, Some(6.0));
}
on_both!(projection_of_a_target);

/// A bulk import drops the built sums; the next read builds them again, equal to the source.
async fn an_import_rebuilds(t: TestDb) {
    let org = Org::build(&t.db).await;
    build_chain(&t.db).await;
    let kadis = Client::as_user(&t.db, "kadis").await;
    let dinas = &org.units["dinas"].id;
    let before = kadis
        .get(&format!("/api/v1/dashboard?unit={dinas}"))
        .await
        .json;
    let periode = before["periode_id"].as_str().unwrap().to_string();
    let built = || async {
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM dasbor_siap WHERE instansi_id = $1")
            .bind(&org.instansi_a)
            .fetch_one(&t.db.pool)
            .await
            .unwrap()
    };
    assert_eq!(built().await, 1);
    let mut tx = t.db.begin().await.unwrap();
    dasbor::invalidate(&mut tx, &org.instansi_a).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!(built().await, 0);
    let after = kadis
        .get(&format!("/api/v1/dashboard?unit={dinas}"))
        .await
        .json;
    assert_eq!(built().await, 1);
    assert_eq!(before["total"], after["total"]);
    assert_eq!(before["sub_units"], after["sub_units"]);
    check(&t.db, &org.instansi_a, &periode, "a rebuild").await;
    // the employee level of the drill-down: the people directly in Seksi Satu
    let seksi = kadis
        .get(&format!(
            "/api/v1/dashboard?unit={}",
            org.units["seksi1"].id
        ))
        .await
        .json;
    let anggota = seksi["anggota"].as_array().unwrap();
    assert_eq!(anggota.len(), 3, "{seksi}");
    let s1a = anggota
        .iter()
        .find(|a| a["pegawai_id"] == org.emp["staff1a"].as_str())
        .unwrap();
    assert_eq!(s1a["status_skp"], "DRAFT");
    assert_eq!(s1a["rhk"], 1);
    assert_eq!(s1a["progres"], 0.0);
    assert!(after["anggota"]
        .as_array()
        .unwrap()
        .iter()
        .all(|a| a["pegawai_id"] != org.emp["staff1a"].as_str()));
}
on_both!(an_import_rebuilds);

/// The activity figures, one change at a time: a realisasi waits for verification until the
/// PPK verifies it, a held dialogue (not a cancelled one) removes a person from "no dialogue
/// this quarter", feedback counts in its quarter, and two squads taking 110 % flag a person.
async fn activity_figures(t: TestDb) {
    let org = Org::build(&t.db).await;
    build_chain(&t.db).await;
    let kadis = Client::as_user(&t.db, "kadis").await;
    let kasi = Client::as_user(&t.db, "kasi1").await;
    let staff = Client::as_user(&t.db, "staff1a").await;
    let me = org.emp["staff1a"].clone();
    let dinas = org.units["dinas"].id.clone();
    let seksi = org.units["seksi1"].id.clone();
    let read = |unit: String| {
        let kadis = &kadis;
        async move {
            let r = kadis.get(&format!("/api/v1/dashboard?unit={unit}")).await;
            assert_eq!(r.status, StatusCode::OK, "{}", r.json);
            r.json
        }
    };
    let d = read(dinas.clone()).await;
    let pegawai = d["total"]["pegawai"].as_i64().unwrap();
    assert!((1..=4).contains(&d["kuartal"].as_i64().unwrap()), "{d}");
    assert_eq!(d["total"]["bukti_menunggu"], 0);
    assert_eq!(d["total"]["tanpa_dialog"], pegawai);
    assert_eq!(d["total"]["umpan_balik"], 0);
    assert_eq!(d["beban"], json!({ "di_tim": 0, "lebih": 0 }));

    // a realisasi waits for verification, in the dinas and in Seksi Satu, until verified
    let (_, _, iki) = first_rhk(&staff, false).await.unwrap();
    let r = staff
        .post_json(
            &format!("/api/v1/indicators/{iki}/realisasi"),
            json!({ "sub_period": 1, "value": 1, "narrative": "Tahap 1",
                    "links": ["https://drive.example.go.id/q1"] }),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
    let entry = r.json["id"].as_str().unwrap().to_string();
    let d = read(dinas.clone()).await;
    assert_eq!(d["total"]["bukti_menunggu"], 1, "{d}");
    let row = d["sub_units"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["unit_id"] == seksi.as_str())
        .unwrap();
    assert_eq!(row["bukti_menunggu"], 1);
    let r = kasi
        .post_json(
            &format!("/api/v1/realisasi/{entry}/verification"),
            json!({ "status": "VALID" }),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(read(dinas.clone()).await["total"]["bukti_menunggu"], 0);

    // dialogues: a cancelled one does not count, a held one does
    let (period, subs) = periode_of(&kasi).await;
    let today = chrono::Utc::now().date_naive().to_string();
    for status in ["DIBATALKAN", "SELESAI"] {
        let r = kasi
            .post_json(
                &format!("/api/v1/employees/{me}/dialogues"),
                json!({ "period": period, "kind": "REVIU", "title": "Reviu triwulan",
                        "schedule": today }),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
        let r = kasi
            .put_json(
                &format!("/api/v1/dialogues/{}", r.json["id"].as_str().unwrap()),
                json!({ "notes": "Dibahas", "status": status, "version": r.json["version"] }),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.json);
        let held = i64::from(status == "SELESAI");
        assert_eq!(
            read(dinas.clone()).await["total"]["tanpa_dialog"],
            pegawai - held,
            "{status}"
        );
    }
    let s = read(seksi.clone()).await;
    for a in s["anggota"].as_array().unwrap() {
        assert_eq!(a["dialog"], a["pegawai_id"] == me.as_str(), "{a}");
    }

    // feedback counts in the quarter it was given
    let r = kasi
        .post_json(
            &format!("/api/v1/employees/{me}/feedback"),
            json!({ "period": period, "sub_period": subs[0], "nilai": "KOMPETEN",
                    "text": "Pertahankan ketelitian data" }),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
    let d = read(dinas.clone()).await;
    assert_eq!(d["total"]["umpan_balik"], 1, "{d}");

    // squads: 60 % with kasi1 and 50 % with kasi2 is above 100 %
    for (lead, alokasi) in [(&kasi, 60), (&Client::as_user(&t.db, "kasi2").await, 50)] {
        let r = lead
            .post_json(
                "/api/v1/squads",
                json!({ "nama": format!("Tim {alokasi}"), "alokasi_ketua": 10 }),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
        let r = lead
            .post_json(
                &format!("/api/v1/squads/{}/members", r.json["id"].as_str().unwrap()),
                json!({ "version": r.json["version"], "pegawai_id": me,
                        "peran": "ANGGOTA", "alokasi": alokasi }),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
    }
    let d = read(dinas.clone()).await;
    // the two leads (10 % each) and staff1a
    assert_eq!(d["beban"], json!({ "di_tim": 3, "lebih": 1 }), "{d}");
    let s = read(seksi).await;
    let mine = s["anggota"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["pegawai_id"] == me.as_str())
        .unwrap();
    assert_eq!(mine["beban_lebih"], true);
    assert_eq!(mine["umpan_balik"], 1);
    check(&t.db, &org.instansi_a, &period, "the activity").await;
}
on_both!(activity_figures);
