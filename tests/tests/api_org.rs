//! Units, employees and periods: contents, search and pagination.

use http::StatusCode;
use rantai_tests::http::Client;
use rantai_tests::{on_both, Org, TestDb};

async fn unit_tree_one_level_at_a_time(t: TestDb) {
    let org = Org::build(&t.db).await;
    let c = Client::as_user(&t.db, "staff1a").await;
    let roots = c.get("/api/v1/units").await;
    assert_eq!(roots.status, StatusCode::OK);
    let items = roots.json["items"].as_array().unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["nama"], "Pemerintah Kota Uji");
    assert_eq!(items[0]["has_children"], true);
    assert_eq!(items[0]["kepala"], "Pegawai kepala");
    let kids = c
        .get(&format!("/api/v1/units?parent={}", org.units["dinas"].id))
        .await
        .json;
    let kids: Vec<_> = kids["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| {
            (
                u["kode"].clone(),
                u["employee_count"].clone(),
                u["has_children"].clone(),
            )
        })
        .collect();
    assert_eq!(
        kids,
        vec![
            ("A.1.1".into(), 3.into(), false.into()),
            ("A.1.2".into(), 2.into(), false.into())
        ]
    );
    let page = c
        .get(&format!(
            "/api/v1/units?parent={}&limit=1",
            org.units["dinas"].id
        ))
        .await
        .json;
    assert_eq!(page["items"].as_array().unwrap().len(), 1);
    let next = page["next_cursor"].as_str().unwrap();
    let page2 = c
        .get(&format!(
            "/api/v1/units?parent={}&limit=1&cursor={next}",
            org.units["dinas"].id
        ))
        .await
        .json;
    assert_eq!(page2["items"][0]["kode"], "A.1.2");
    assert!(page2["next_cursor"].is_null());
}
on_both!(unit_tree_one_level_at_a_time);

async fn employees_paginate_and_search(t: TestDb) {
    let org = Org::build(&t.db).await;
    let c = Client::as_user(&t.db, "admin").await;
    let mut seen = vec![];
    let mut cursor: Option<String> = None;
    loop {
        let url = match &cursor {
            Some(cur) => format!("/api/v1/employees?limit=3&cursor={cur}"),
            None => "/api/v1/employees?limit=3".to_string(),
        };
        let page = c.get(&url).await.json;
        for e in page["items"].as_array().unwrap() {
            seen.push(e["name"].as_str().unwrap().to_string());
        }
        match page["next_cursor"].as_str() {
            Some(next) => cursor = Some(next.to_string()),
            None => break,
        }
    }
    let mut sorted = seen.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(seen.len(), 7);
    assert_eq!(seen, sorted, "pages are ordered by name without repeats");
    // an over-large limit is clamped, not refused
    assert_eq!(
        c.get("/api/v1/employees?limit=100000").await.status,
        StatusCode::OK
    );
    // search by name (any case) and by NIP prefix, spaces allowed
    let r = c.get("/api/v1/employees?q=STAFF1").await.json;
    assert_eq!(r["items"].as_array().unwrap().len(), 2);
    let r = c
        .get("/api/v1/employees?q=19800101%20200501%201%20007")
        .await
        .json;
    assert_eq!(r["items"][0]["name"], "Pegawai staff2");
    assert_eq!(r["items"][0]["ppk_name"], "Pegawai kasi2");
    assert_eq!(r["items"][0]["atasan_ppk_name"], "Pegawai kadis");
    assert_eq!(r["items"][0]["pangkat"], "Penata Muda (III/a)");
    // LIKE wildcards in the search are literal
    assert_eq!(
        c.get("/api/v1/employees?q=%25").await.json["items"]
            .as_array()
            .unwrap()
            .len(),
        0
    );
    let r = c
        .get(&format!(
            "/api/v1/employees?unit={}&q=kasi",
            org.units["seksi1"].id
        ))
        .await
        .json;
    assert_eq!(r["items"].as_array().unwrap().len(), 1);
}
on_both!(employees_paginate_and_search);

async fn periods_have_sub_periods(t: TestDb) {
    Org::build(&t.db).await;
    let r = Client::as_user(&t.db, "staff1a")
        .await
        .get("/api/v1/periods")
        .await;
    assert_eq!(r.status, StatusCode::OK);
    let year = &r.json["items"][0];
    assert_eq!(year["tahun"], 2026);
    assert_eq!(year["jenis"], "TAHUNAN");
    let subs = year["sub_periods"].as_array().unwrap();
    assert_eq!(subs.len(), 4);
    assert_eq!(subs[1]["nama"], "Triwulan II 2026");
    assert_eq!(subs[1]["mulai"], "2026-04-01");
    assert_eq!(subs[1]["selesai"], "2026-06-30");
    let b = Client::as_user(&t.db, "adminb")
        .await
        .get("/api/v1/periods")
        .await;
    assert_eq!(
        b.json["items"][0]["sub_periods"].as_array().unwrap().len(),
        12
    );
}
on_both!(periods_have_sub_periods);

#[tokio::test]
async fn openapi_describes_the_api() {
    let t = TestDb::sqlite().await;
    let doc = Client::new(&t.db).get("/api/v1/openapi.json").await.json;
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    for path in [
        "/healthz",
        "/api/v1/openapi.json",
        "/api/v1/auth/login",
        "/api/v1/auth/logout",
        "/api/v1/me",
        "/api/v1/periods",
        "/api/v1/units",
        "/api/v1/units/{id}",
        "/api/v1/employees",
        "/api/v1/employees/{id}",
        "/api/v1/audit",
    ] {
        assert!(
            doc["paths"][path].is_object(),
            "{path} missing from the OpenAPI document"
        );
    }
}
