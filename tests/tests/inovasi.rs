//! Innovation records through the API on SQLite and PostgreSQL: the employee records and
//! changes them (version check, RHK link limited to their own RHK, links http(s), impact
//! required once implemented), who may read and write (one check per role), the per-unit
//! counts for leaders, and the audit trail.

use http::StatusCode;
use rantai_tests::http::Client;
use rantai_tests::plan::build_chain;
use rantai_tests::{audit_count, on_both, this_year, Org, TestDb};
use serde_json::{json, Value};

fn record(period: &str, status: &str, rhk: Option<&str>) -> Value {
    json!({ "period": period, "rhk_id": rhk, "title": "Antrean KTP lewat WhatsApp",
            "problem": "Warga antre lebih dari dua jam", "solution": "Nomor antre dikirim lewat WhatsApp",
            "status": status, "links": ["https://drive.example.go.id/inovasi.pdf", ""],
            "impact": "" })
}

async fn record_and_change(t: TestDb) {
    let org = Org::build(&t.db).await;
    let chain = build_chain(&t.db).await;
    let staff = Client::as_user(&t.db, "staff1a").await;
    let period = this_year(&staff).await;
    let me = &org.emp["staff1a"];
    let path = format!("/api/v1/employees/{me}/innovations");

    let r = staff.get(&format!("{path}?period={period}")).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(r.json["items"], json!([]));
    assert_eq!(r.json["can_create"], true);
    let own_rhk: Vec<&str> = r.json["rhk"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["id"].as_str().unwrap())
        .collect();
    assert!(own_rhk.contains(&chain.staff1a.as_str()), "{}", r.json);

    let r = staff
        .post_json(&path, record(&period, "IDE", Some(&chain.staff1a)))
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
    let i = r.json.clone();
    let id = i["id"].as_str().unwrap().to_string();
    assert_eq!(i["status"], "IDE");
    assert_eq!(i["rhk_id"], chain.staff1a.as_str());
    assert!(i["rhk_title"].is_string());
    assert_eq!(
        i["links"],
        json!(["https://drive.example.go.id/inovasi.pdf"])
    );
    assert_eq!(i["unit_id"], org.units["seksi1"].id.as_str());
    assert_eq!(i["version"], 1);

    // implemented needs the measured impact
    let mut body = record(&period, "DITERAPKAN", None);
    body["version"] = json!(1);
    let r = staff
        .put_json(&format!("/api/v1/innovations/{id}"), body.clone())
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.json);
    assert!(r.json.to_string().contains("impact"), "{}", r.json);
    body["impact"] = json!("Waktu tunggu turun dari 120 ke 25 menit");
    let r = staff
        .put_json(&format!("/api/v1/innovations/{id}"), body.clone())
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(r.json["status"], "DITERAPKAN");
    assert_eq!(r.json["rhk_id"], Value::Null);
    assert_eq!(r.json["version"], 2);
    // the same version again is stale
    let r = staff
        .put_json(&format!("/api/v1/innovations/{id}"), body.clone())
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.json);
    let mut no_version = body.clone();
    no_version["version"] = Value::Null;
    let r = staff
        .put_json(&format!("/api/v1/innovations/{id}"), no_version)
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.json);

    // bad input: another person's RHK, a non-http link, an unknown status, empty texts
    for (body, field) in [
        (record(&period, "IDE", Some(&chain.staff1b)), "rhk_id"),
        (
            {
                let mut b = record(&period, "IDE", None);
                b["links"] = json!(["javascript:alert(1)"]);
                b
            },
            "links",
        ),
        (record(&period, "SELESAI", None), "status"),
        (
            {
                let mut b = record(&period, "IDE", None);
                b["title"] = json!(" ");
                b
            },
            "title",
        ),
    ] {
        let r = staff.post_json(&path, body).await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{field}: {}",
            r.json
        );
        assert!(r.json.to_string().contains(field), "{field}: {}", r.json);
    }
    let r = staff.post_json(&path, json!({ "title": 3 })).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.json);
    let r = staff
        .put_json("/api/v1/innovations/nothing", body.clone())
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "{}", r.json);

    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM inovasi")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(n, 1, "refused input wrote nothing");
    assert_eq!(audit_count(&t.db, "inovasi", &id).await, 2);
}
on_both!(record_and_change);

async fn who_may_do_what(t: TestDb) {
    let org = Org::build(&t.db).await;
    let staff = Client::as_user(&t.db, "staff1a").await;
    let period = this_year(&staff).await;
    let me = &org.emp["staff1a"];
    let path = format!("/api/v1/employees/{me}/innovations");
    let i = staff
        .post_json(&path, record(&period, "PROTOTIPE", None))
        .await
        .json;
    let id = i["id"].as_str().unwrap();
    let mut change = record(&period, "IDE", None);
    change["version"] = i["version"].clone();
    // (user, reads)
    for (user, read) in [
        ("staff1a", true),
        ("kasi1", true),
        ("kadis", true),
        ("kepala", true),
        ("admin", true),
        ("auditor", true),
        ("staff1b", false),
        ("adminb", false),
    ] {
        let c = Client::as_user(&t.db, user).await;
        let r = c.get(&format!("{path}?period={period}")).await;
        let want = if read {
            StatusCode::OK
        } else {
            StatusCode::FORBIDDEN
        };
        assert_eq!(r.status, want, "{user} reads: {}", r.json);
        if read {
            let mine = user == "staff1a";
            assert_eq!(r.json["can_create"], mine, "{user}");
            assert_eq!(r.json["items"][0]["can_edit"], mine, "{user}");
        }
        if user != "staff1a" {
            // only the employee writes their records, whoever else may read them
            let r = c.post_json(&path, record(&period, "IDE", None)).await;
            assert_eq!(
                r.status,
                StatusCode::FORBIDDEN,
                "{user} creates: {}",
                r.json
            );
            let r = c
                .put_json(&format!("/api/v1/innovations/{id}"), change.clone())
                .await;
            assert_eq!(
                r.status,
                StatusCode::FORBIDDEN,
                "{user} changes: {}",
                r.json
            );
        }
    }
    let r = Client::new(&t.db).get(&path).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
}
on_both!(who_may_do_what);

async fn unit_counts(t: TestDb) {
    let org = Org::build(&t.db).await;
    let period = this_year(&Client::as_user(&t.db, "staff1a").await).await;
    for (user, status, impact) in [
        ("staff1a", "DITERAPKAN", "Antrean turun 80 %"),
        ("staff1a", "IDE", ""),
        ("staff2", "PROTOTIPE", ""),
    ] {
        let c = Client::as_user(&t.db, user).await;
        let mut body = record(&period, status, None);
        body["impact"] = json!(impact);
        let r = c
            .post_json(
                &format!("/api/v1/employees/{}/innovations", org.emp[user]),
                body,
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{user}: {}", r.json);
    }
    let dinas = &org.units["dinas"].id;
    let path = format!("/api/v1/units/{dinas}/innovations?period={period}");
    let r = Client::as_user(&t.db, "kadis").await.get(&path).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    let u = &r.json;
    assert_eq!(
        (
            &u["unit"]["total"],
            &u["unit"]["ide"],
            &u["unit"]["prototipe"],
            &u["unit"]["diterapkan"]
        ),
        (&json!(3), &json!(1), &json!(1), &json!(1)),
        "{u}"
    );
    let subs: Vec<(String, i64)> = u["sub_units"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["unit_name"].as_str().unwrap().to_string(),
                s["total"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        subs,
        [("Seksi Dua".to_string(), 1), ("Seksi Satu".to_string(), 2)]
    );
    assert_eq!(u["items"].as_array().unwrap().len(), 3);
    // a section head sees only their section
    let s1 = &org.units["seksi1"].id;
    let r = Client::as_user(&t.db, "kasi1")
        .await
        .get(&format!("/api/v1/units/{s1}/innovations?period={period}"))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(r.json["unit"]["total"], 2);
    assert_eq!(r.json["sub_units"], json!([]));
    // (user, may read the dinas's counts)
    for (user, want) in [
        ("kepala", StatusCode::OK),
        ("admin", StatusCode::OK),
        ("auditor", StatusCode::OK),
        ("kasi1", StatusCode::FORBIDDEN),
        ("staff1a", StatusCode::FORBIDDEN),
        ("adminb", StatusCode::FORBIDDEN),
    ] {
        let r = Client::as_user(&t.db, user).await.get(&path).await;
        assert_eq!(r.status, want, "{user}: {}", r.json);
    }
}
on_both!(unit_counts);
