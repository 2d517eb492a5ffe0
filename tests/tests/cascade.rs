//! The cascade tree on SQLite and PostgreSQL: strategic goal → leaders' RHK → staff RHK,
//! progress rolled up by weight, the flags, depth and lazy expansion, search with the path to
//! each hit, the breadcrumb of an RHK, and who may see which unit.

use http::StatusCode;
use rantai_tests::http::Client;
use rantai_tests::plan::{add, build_chain, open, rhk, staff_iki, with};
use rantai_tests::{on_both, Org, TestDb};
use serde_json::{json, Value};

fn find<'a>(n: &'a Value, id: &str) -> Option<&'a Value> {
    if n["id"] == id {
        return Some(n);
    }
    n["children"].as_array()?.iter().find_map(|c| find(c, id))
}

fn flags(n: &Value) -> Vec<String> {
    n["flags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f.as_str().unwrap().to_string())
        .collect()
}

async fn tree_from_goal_to_staff_with_progress(t: TestDb) {
    let org = Org::build(&t.db).await;
    let chain = build_chain(&t.db).await;
    // staff1a reached its 5 ton, staff1b nothing yet (realisasi arrives with monitoring)
    let mut tx = t.db.pool.begin().await.unwrap();
    sqlx::query("UPDATE iki SET realisasi = target WHERE rhk_id = $1")
        .bind(&chain.staff1a)
        .execute(&mut *tx)
        .await
        .unwrap();
    app::backend::repo::skp::refresh_ringkasan(&mut tx, &org.instansi_a, &chain.staff1a)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let kepala = Client::as_user(&t.db, "kepala").await;
    let root = &org.units["root"].id;
    let r = kepala
        .get(&format!("/api/v1/units/{root}/cascade?depth=10"))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    let tree = r.json;
    assert_eq!(tree["kind"], "unit");
    assert_eq!(tree["children"][0]["id"], chain.goal);
    assert_eq!(tree["children"][0]["kind"], "sasaran");
    // the chain, each level under the one it intervenes
    let path = [
        &chain.goal,
        &chain.kepala,
        &chain.kadis,
        &chain.kasi1,
        &chain.staff1a,
    ];
    for w in path.windows(2) {
        let parent = find(&tree, w[0]).unwrap_or_else(|| panic!("{} missing", w[0]));
        assert!(find(parent, w[1]).is_some(), "{} not under {}", w[1], w[0]);
    }
    let staff = find(&tree, &chain.staff1a).unwrap();
    assert_eq!(staff["owner"]["name"], "Pegawai staff1a");
    assert_eq!(staff["status"], "DRAFT");
    // KUANTITAS 5/5, KUALITAS 100/100, WAKTU 12/12: 100 %; staff1b 0 %; the leaders get the mean
    assert_eq!(staff["progress"], 1.0);
    assert_eq!(find(&tree, &chain.staff1b).unwrap()["progress"], 0.0);
    for id in [&chain.kasi1, &chain.kadis, &chain.kepala, &chain.goal] {
        assert_eq!(find(&tree, id).unwrap()["progress"], 0.5, "{id}");
    }
    assert_eq!(tree["summary"]["rhk"], 5);
    assert_eq!(tree["summary"]["orphan"], 0);

    // weights: staff1a counts 3 times as much as staff1b
    sqlx::query("UPDATE rhk SET bobot = 3 WHERE id = $1")
        .bind(&chain.staff1a)
        .execute(&t.db.pool)
        .await
        .unwrap();
    let tree = kepala
        .get(&format!("/api/v1/units/{root}/cascade?depth=10"))
        .await
        .json;
    assert_eq!(find(&tree, &chain.kasi1).unwrap()["progress"], 0.75);

    // depth cuts the tree and says so; `node` expands one node lazily
    let shallow = kepala
        .get(&format!("/api/v1/units/{root}/cascade?depth=2"))
        .await
        .json;
    let kepala_node = find(&shallow, &chain.kepala).unwrap();
    assert_eq!(kepala_node["children"], json!([]));
    assert_eq!(kepala_node["has_children"], true);
    assert_eq!(kepala_node["child_count"], 1);
    let r = kepala
        .get(&format!(
            "/api/v1/units/{root}/cascade?depth=1&node={}",
            chain.kadis
        ))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(r.json["id"], chain.kadis);
    assert_eq!(r.json["children"][0]["id"], chain.kasi1);
    assert_eq!(r.json["children"][0]["has_children"], true);
    let r = kepala
        .get(&format!("/api/v1/units/{root}/cascade?node=nope"))
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}
on_both!(tree_from_goal_to_staff_with_progress);

async fn flags_show_where_the_chain_breaks(t: TestDb) {
    let org = Org::build(&t.db).await;
    let chain = build_chain(&t.db).await;
    // kasi2 leads staff2 but nobody intervenes kasi2's RHK; staff2 is overloaded with 11 RHK
    let kasi2 = Client::as_user(&t.db, "kasi2").await;
    let skp = open(&kasi2).await;
    let (_, unsupported) = add(
        &kasi2,
        &skp,
        rhk(
            "Terkelolanya data pangan",
            Some(&chain.kadis),
            &staff_iki(4.0, "Laporan"),
        ),
    )
    .await;
    sqlx::query("UPDATE rhk SET terbit = 1 WHERE id = $1")
        .bind(&unsupported)
        .execute(&t.db.pool)
        .await
        .unwrap();
    let staff2 = Client::as_user(&t.db, "staff2").await;
    let mut skp = open(&staff2).await;
    for i in 0..11 {
        let (s, _) = add(
            &staff2,
            &skp,
            rhk(
                &format!("Pemutakhiran data {i}"),
                Some(&unsupported),
                &staff_iki(1.0, "Laporan"),
            ),
        )
        .await;
        skp = s;
    }
    // and now kasi2's RHK is supported; add a second one that is not
    let skp = kasi2
        .get(&format!("/api/v1/skp/{}", skp_id_of(&kasi2).await))
        .await
        .json;
    let (_, lonely) = add(
        &kasi2,
        &skp,
        rhk(
            "Terselenggaranya rapat koordinasi",
            Some(&chain.kadis),
            &staff_iki(4.0, "Kegiatan"),
        ),
    )
    .await;

    // kadis revises the approved SKP and adds an RHK pointing at nothing (a JPT may point
    // at a goal instead of a superior RHK; this one does neither)
    let kadis = Client::as_user(&t.db, "kadis").await;
    let me = kadis.get("/api/v1/me").await.json;
    let skp = kadis
        .get(&format!(
            "/api/v1/employees/{}/skp",
            me["id"].as_str().unwrap()
        ))
        .await
        .json;
    let r = step_revise(&kadis, &skp).await;
    let (_, orphan) = add(
        &kadis,
        &r,
        with(
            rhk("Inovasi layanan digital", None, &[("", 3.0, "aplikasi")]),
            json!({ "perspektif": "PROSES_BISNIS" }),
        ),
    )
    .await;
    let kepala = Client::as_user(&t.db, "kepala").await;
    let root = &org.units["root"].id;
    let tree = kepala
        .get(&format!("/api/v1/units/{root}/cascade?depth=10"))
        .await
        .json;
    let unlinked = tree["children"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["kind"] == "unlinked")
        .expect("unlinked group");
    assert_eq!(unlinked["children"][0]["id"], orphan);
    // kadis leads staff, so the new RHK is also unsupported
    assert_eq!(flags(&unlinked["children"][0]), ["orphan", "unsupported"]);
    assert_eq!(flags(find(&tree, &lonely).unwrap()), ["unsupported"]);
    assert_eq!(
        flags(find(&tree, &unsupported).unwrap()),
        Vec::<String>::new()
    );
    let some_staff2 = find(&tree, &unsupported).unwrap()["children"][0].clone();
    assert_eq!(flags(&some_staff2), ["overloaded"]);
    assert_eq!(tree["summary"]["orphan"], 1);
    assert_eq!(tree["summary"]["unsupported"], 2);
    assert_eq!(tree["summary"]["overloaded"], 11);
    // a sub-unit's tree shows its own RHK with the chain above them as context
    let kasi = Client::as_user(&t.db, "kasi2").await;
    let seksi2 = &org.units["seksi2"].id;
    let sub = kasi
        .get(&format!("/api/v1/units/{seksi2}/cascade?depth=10"))
        .await
        .json;
    assert!(find(&sub, &chain.kadis).is_some(), "context up to the goal");
    assert!(
        find(&sub, &chain.kasi1).is_none(),
        "a sibling unit's RHK are not in it"
    );
    assert_eq!(sub["summary"]["rhk"], 13);
}
on_both!(flags_show_where_the_chain_breaks);

/// The cascade reads each RHK's stored summary: adding and removing a risk through the API
/// must move the `high_risk` flag and the summary count in the same request's transaction.
async fn stored_summary_follows_risk_writes(t: TestDb) {
    let org = Org::build(&t.db).await;
    let chain = build_chain(&t.db).await;
    let kepala = Client::as_user(&t.db, "kepala").await;
    let kasi = Client::as_user(&t.db, "kasi1").await;
    let tree = format!("/api/v1/units/{}/cascade?depth=10", org.units["root"].id);
    let high = |v: &Value| {
        (
            flags(find(v, &chain.kasi1).expect("kasi1 in the tree")).contains(&"high_risk".into()),
            v["summary"]["high_risk"].as_i64().unwrap(),
        )
    };
    assert_eq!(high(&kepala.get(&tree).await.json), (false, 0));
    let r = kasi
        .post_json(
            &format!("/api/v1/rhk/{}/risks", chain.kasi1),
            json!({ "deskripsi": "Distribusi terhambat cuaca", "kemungkinan": 4, "dampak": 3,
                "mitigasi": "Jadwal cadangan", "pemilik": "Kepala Seksi" }),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
    assert_eq!(high(&kepala.get(&tree).await.json), (true, 1));
    let risk = r.json["rhk"][0]["risiko"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let r = kasi
        .delete(&format!("/api/v1/rhk/{}/risks/{risk}", chain.kasi1))
        .await;
    assert!(r.status.is_success(), "{}: {}", r.status, r.json);
    assert_eq!(high(&kepala.get(&tree).await.json), (false, 0));
}
on_both!(stored_summary_follows_risk_writes);

async fn step_revise(c: &Client, skp: &Value) -> Value {
    let r = rantai_tests::plan::step(c, skp, "revise", None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    r.json
}

async fn skp_id_of(c: &Client) -> String {
    let me = c.get("/api/v1/me").await.json;
    c.get(&format!(
        "/api/v1/employees/{}/skp",
        me["id"].as_str().unwrap()
    ))
    .await
    .json["id"]
        .as_str()
        .unwrap()
        .to_string()
}

async fn search_and_breadcrumb(t: TestDb) {
    let org = Org::build(&t.db).await;
    let chain = build_chain(&t.db).await;
    let kadis = Client::as_user(&t.db, "kadis").await;
    let dinas = &org.units["dinas"].id;
    // by owner name, by NIP prefix (staff1a is the 4th person: …011004) and by RHK text
    for q in ["staff1a", "198001012005011004", "wilayah STAFF1A"] {
        let r = kadis
            .get(&format!(
                "/api/v1/units/{dinas}/cascade/search?q={}",
                q.replace(' ', "%20")
            ))
            .await;
        assert_eq!(r.status, StatusCode::OK, "{q}: {}", r.json);
        assert_eq!(r.json.as_array().unwrap().len(), 1, "{q}: {}", r.json);
        assert_eq!(r.json[0]["id"], chain.staff1a);
        assert_eq!(
            r.json[0]["path"],
            json!([
                chain.goal,
                chain.kepala,
                chain.kadis,
                chain.kasi1,
                chain.staff1a
            ])
        );
    }
    let r = kadis
        .get(&format!("/api/v1/units/{dinas}/cascade/search?q=x"))
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    // the result chain of staff1a's RHK, up to the strategic goal
    let staff = Client::as_user(&t.db, "staff1a").await;
    let r = staff
        .get(&format!("/api/v1/rhk/{}/chain", chain.staff1a))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    let ids: Vec<&str> = r
        .json
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            &chain.goal,
            &chain.kepala,
            &chain.kadis,
            &chain.kasi1,
            &chain.staff1a
        ]
    );
    assert_eq!(r.json[0]["kind"], "sasaran");
    assert_eq!(r.json[4]["owner_name"], "Pegawai staff1a");
    // nobody else's chain for an employee
    let other = Client::as_user(&t.db, "staff2").await;
    assert_eq!(
        other
            .get(&format!("/api/v1/rhk/{}/chain", chain.staff1a))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
}
on_both!(search_and_breadcrumb);

async fn who_may_see_a_units_tree(t: TestDb) {
    let org = Org::build(&t.db).await;
    build_chain(&t.db).await;
    let path = |u: &str| format!("/api/v1/units/{}/cascade", org.units[u].id);
    let cases: &[(&str, &str, StatusCode)] = &[
        ("staff1a", "seksi1", StatusCode::FORBIDDEN),
        ("kasi1", "seksi1", StatusCode::OK),
        ("kasi1", "seksi2", StatusCode::FORBIDDEN),
        ("kasi1", "dinas", StatusCode::FORBIDDEN),
        ("kadis", "seksi2", StatusCode::OK),
        ("kepala", "root", StatusCode::OK),
        ("auditor", "seksi2", StatusCode::OK),
        ("admin", "root", StatusCode::OK),
        ("adminb", "root", StatusCode::FORBIDDEN),
    ];
    for (user, unit, want) in cases {
        let c = Client::as_user(&t.db, user).await;
        assert_eq!(c.get(&path(unit)).await.status, *want, "{user} → {unit}");
    }
    let c = Client::as_user(&t.db, "kepala").await;
    assert_eq!(
        c.get("/api/v1/units/nope/cascade").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        c.get(&format!("{}?depth=x", path("root"))).await.status,
        StatusCode::BAD_REQUEST
    );
}
on_both!(who_may_see_a_units_tree);

async fn strategic_goals(t: TestDb) {
    Org::build(&t.db).await;
    let chain = build_chain(&t.db).await;
    let admin = Client::as_user(&t.db, "admin").await;
    let staff = Client::as_user(&t.db, "staff1a").await;
    let list = staff.get("/api/v1/strategic-goals").await;
    assert_eq!(list.status, StatusCode::OK);
    assert_eq!(list.json[0]["indikator"][0]["target"], 85.0);
    // only the admin or the head of the agency edits
    let body = json!({ "kode": "SS2", "nama": "Meningkatnya akuntabilitas", "indikator": [] });
    assert_eq!(
        staff
            .post_json("/api/v1/strategic-goals", body.clone())
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let kepala = Client::as_user(&t.db, "kepala").await;
    let r = kepala
        .post_json("/api/v1/strategic-goals", body.clone())
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
    assert_eq!(
        admin
            .post_json("/api/v1/strategic-goals", body)
            .await
            .status,
        StatusCode::CONFLICT,
        "same code"
    );
    let bad = json!({ "kode": "SS3", "nama": "", "indikator": [{ "nama": "x", "target": -1.0, "satuan": "" }] });
    let r = admin.post_json("/api/v1/strategic-goals", bad).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(r.json["error"]["details"].as_array().unwrap().len(), 3);
    // a goal in use cannot be deleted; an unused one can; a stale version conflicts
    assert_eq!(
        admin
            .delete(&format!("/api/v1/strategic-goals/{}", chain.goal))
            .await
            .status,
        StatusCode::CONFLICT
    );
    let id = r_id(&kepala).await;
    let upd = json!({ "version": 1, "kode": "SS2", "nama": "Meningkatnya akuntabilitas kinerja", "indikator": [] });
    assert_eq!(
        admin
            .put_json(&format!("/api/v1/strategic-goals/{id}"), upd.clone())
            .await
            .status,
        StatusCode::OK
    );
    assert_eq!(
        admin
            .put_json(&format!("/api/v1/strategic-goals/{id}"), upd)
            .await
            .status,
        StatusCode::CONFLICT
    );
    assert_eq!(
        admin
            .delete(&format!("/api/v1/strategic-goals/{id}"))
            .await
            .status,
        StatusCode::NO_CONTENT
    );
}
on_both!(strategic_goals);

async fn r_id(c: &Client) -> String {
    let list = c.get("/api/v1/strategic-goals").await.json;
    list.as_array()
        .unwrap()
        .iter()
        .find(|g| g["kode"] == "SS2")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string()
}

async fn post_csv(c: &Client, body: &'static str) -> rantai_tests::http::Reply {
    let req = http::Request::post("/api/v1/strategic-goals/import")
        .header(http::header::CONTENT_TYPE, "text/csv")
        .body(axum::body::Body::from(body))
        .unwrap();
    c.send(req).await
}

async fn strategic_goals_import(t: TestDb) {
    Org::build(&t.db).await;
    let admin = Client::as_user(&t.db, "admin").await;
    // a bad file saves nothing and names every wrong cell by row
    let bad = "tahun,kode,nama,indikator,target,satuan\n2026,SS1,Pelayanan,IKM,85,indeks\n1999,SS2,X,Y,1,%\n2026,SS3,Z,W,-2,%\n";
    let r = post_csv(&admin, bad).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.json);
    let rows: Vec<(i64, String)> = r.json["error"]["details"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["row"].as_i64().unwrap(),
                d["field"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(rows, [(3, "tahun".to_string()), (4, "target".to_string())]);
    assert_eq!(admin.get("/api/v1/strategic-goals").await.json, json!([]));
    // two rows of one goal are one goal with two indicators
    let good = "tahun;kode;nama;indikator;target;satuan\n2026;SS1;Meningkatnya pelayanan;IKM;85,5;indeks\n2026;SS1;Meningkatnya pelayanan;Waktu layanan;3;hari\n2026;SS2;Meningkatnya akuntabilitas;Nilai SAKIP;75;nilai\n";
    let r = post_csv(&admin, good).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(r.json["rows"], 2);
    let list = admin.get("/api/v1/strategic-goals").await.json;
    assert_eq!(list[0]["indikator"].as_array().unwrap().len(), 2);
    assert_eq!(list[0]["indikator"][0]["target"], 85.5);
    // importing the same codes again is refused; staff may not import
    assert_eq!(
        post_csv(&admin, good).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let staff = Client::as_user(&t.db, "staff1a").await;
    assert_eq!(post_csv(&staff, good).await.status, StatusCode::FORBIDDEN);
}
on_both!(strategic_goals_import);

/// Floats travel through the packed queries (`repo::packed`) as exact text: what comes back
/// is the same double on both backends, including values JSON's 15 digits would round.
async fn packed_rows_keep_floats_exact(t: TestDb) {
    use app::backend::authz::Sql;
    use app::backend::repo::packed::{self, Col, Num};
    let d = |e: &str| format!("CAST({e} AS DOUBLE PRECISION)");
    let cases = [
        (format!("{} / {}", d("1"), d("3")), 1.0f64 / 3.0),
        (format!("{} + {}", d("0.1"), d("0.2")), 0.1 + 0.2),
        (d("2.5"), 2.5),
        (d("1"), 1.0),
        (format!("{} / {}", d("7"), d("9000000")), 7.0 / 9_000_000.0),
    ];
    let from: Vec<String> = cases
        .iter()
        .enumerate()
        .map(|(i, (e, _))| format!("SELECT {i} AS k, {e} AS x, 'a\"b' AS s"))
        .collect();
    let sql = packed::select(
        t.db.backend,
        &[
            Col::Plain("k"),
            Col::Float("x"),
            Col::Plain("s"),
            Col::Float("NULL"),
        ],
        &format!("FROM ({}) t", from.join(" UNION ALL ")),
    );
    let mut rows: Vec<(i64, Num, String, Option<Num>)> =
        packed::fetch(&t.db, &Sql::default(), &sql).await.unwrap();
    rows.sort_by_key(|r| r.0);
    assert_eq!(rows.len(), cases.len());
    for ((_, want), (_, got, s, none)) in cases.iter().zip(rows) {
        assert_eq!(got.0.to_bits(), want.to_bits(), "{want}");
        assert_eq!(s, "a\"b");
        assert_eq!(none, None);
    }
}
on_both!(packed_rows_keep_floats_exact);
