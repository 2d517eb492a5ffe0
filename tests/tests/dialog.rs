//! Dialog kinerja through the API on SQLite and PostgreSQL: scheduling by the PPK and by the
//! employee (the other side notified), notes with a version check, held and cancelled as final
//! states, follow-ups with due dates (overdue flagged, one reminder), who may read, schedule
//! and change (one check per role), bad input, the audit trail, and the employee's rating of a
//! held coaching session (once, nine statements).

use http::StatusCode;
use rantai_tests::http::Client;
use rantai_tests::{audit_count, on_both, this_year, Org, TestDb};
use serde_json::{json, Value};

fn day(offset: i64) -> String {
    (chrono::Utc::now().date_naive() + chrono::Duration::days(offset)).to_string()
}

async fn unread(c: &Client) -> (i64, Value) {
    let r = c.get("/api/v1/notifications").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    (r.json["unread"].as_i64().unwrap(), r.json)
}

async fn dialogue_lifecycle(t: TestDb) {
    let org = Org::build(&t.db).await;
    let staff = Client::as_user(&t.db, "staff1a").await;
    let kasi = Client::as_user(&t.db, "kasi1").await;
    let period = this_year(&staff).await;
    let me = &org.emp["staff1a"];
    let list = format!("/api/v1/employees/{me}/dialogues?period={period}");

    // the PPK schedules a coaching session; the employee is told
    let r = kasi
        .post_json(
            &format!("/api/v1/employees/{me}/dialogues"),
            json!({ "period": period, "kind": "COACHING", "title": "Coaching analisis data",
                    "schedule": format!("{}T09:30", day(3)), "notes": "Bahas rencana pelatihan" }),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
    let d = r.json.clone();
    let id = d["id"].as_str().unwrap().to_string();
    assert_eq!(d["leader_id"], org.emp["kasi1"].as_str());
    assert_eq!(d["status"], "DIJADWALKAN");
    assert_eq!(d["schedule"], format!("{}T09:30", day(3)));
    assert_eq!(d["can_edit"], true);
    let (n, notes) = unread(&staff).await;
    assert_eq!(n, 1, "{notes}");
    assert_eq!(notes["items"][0]["kind"], "DIALOG_DIJADWALKAN");

    // the employee adds to the notes; a stale version is refused
    let r = staff
        .put_json(
            &format!("/api/v1/dialogues/{id}"),
            json!({ "notes": "Bahas rencana pelatihan; saya usul kursus statistik",
                    "status": "DIJADWALKAN", "version": d["version"] }),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(
        r.json["notes"],
        "Bahas rencana pelatihan; saya usul kursus statistik"
    );
    let r = kasi
        .put_json(
            &format!("/api/v1/dialogues/{id}"),
            json!({ "notes": "ditimpa", "status": "DIJADWALKAN", "version": d["version"] }),
        )
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.json);

    // a follow-up already past its date is flagged, and reminded of once
    let r = kasi
        .post_json(
            &format!("/api/v1/dialogues/{id}/follow-ups"),
            json!({ "description": "Kirim draf rencana belajar", "pic_id": me, "due": day(-1) }),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
    let tl = r.json["follow_ups"][0].clone();
    assert_eq!(tl["overdue"], true);
    assert_eq!(tl["pic_id"], me.as_str());
    let r = staff.get(&list).await;
    assert_eq!(r.json["overdue"], 1, "{}", r.json);
    // the new follow-up's notification and then the reminder, which is sent once
    let (n, notes) = unread(&staff).await;
    assert_eq!(n, 3, "{notes}");
    assert!(notes["items"][0]["text_id"]
        .as_str()
        .unwrap()
        .contains("jatuh tempo"));
    assert_eq!(unread(&staff).await.0, 3);

    // done: no longer overdue; held: final
    let r = staff
        .put_json(
            &format!("/api/v1/follow-ups/{}", tl["id"].as_str().unwrap()),
            json!({ "status": "SELESAI", "version": tl["version"] }),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(r.json["follow_ups"][0]["overdue"], false);
    assert!(!r.json["follow_ups"][0]["done_at"].is_null());
    let version = r.json["version"].clone();
    let r = kasi
        .put_json(
            &format!("/api/v1/dialogues/{id}"),
            json!({ "notes": "Sepakat kursus statistik Q1", "status": "SELESAI", "version": version }),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(r.json["status"], "SELESAI");
    for back in ["DIJADWALKAN", "DIBATALKAN"] {
        let r = kasi
            .put_json(
                &format!("/api/v1/dialogues/{id}"),
                json!({ "notes": "x", "status": back, "version": r.json["version"] }),
            )
            .await;
        assert_eq!(r.status, StatusCode::CONFLICT, "{back}: {}", r.json);
    }

    // the employee asks for a dialogue herself: it is with her PPK, who is told
    let before = unread(&kasi).await.0;
    let r = staff
        .post_json(
            &format!("/api/v1/employees/{me}/dialogues"),
            json!({ "period": period, "kind": "KLARIFIKASI", "title": "Klarifikasi target Q2",
                    "schedule": day(5) }),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
    assert_eq!(r.json["leader_id"], org.emp["kasi1"].as_str());
    assert_eq!(unread(&kasi).await.0, before + 1);
    let r = staff.get(&list).await;
    assert_eq!(r.json["items"].as_array().unwrap().len(), 2, "{}", r.json);
    // newest schedule first
    assert_eq!(r.json["items"][0]["kind"], "KLARIFIKASI");

    // the audit trail: created, updated twice (notes, held); the follow-up created and done
    assert_eq!(audit_count(&t.db, "dialog_kinerja", &id).await, 3);
    assert_eq!(
        audit_count(&t.db, "tindak_lanjut_dialog", tl["id"].as_str().unwrap()).await,
        2
    );
}
on_both!(dialogue_lifecycle);

async fn who_may_do_what(t: TestDb) {
    let org = Org::build(&t.db).await;
    let period = this_year(&Client::as_user(&t.db, "staff1a").await).await;
    let me = &org.emp["staff1a"];
    let path = format!("/api/v1/employees/{me}/dialogues");
    let body = json!({ "period": period, "kind": "REVIU", "title": "Reviu", "schedule": day(1) });
    let d = Client::as_user(&t.db, "kasi1")
        .await
        .post_json(&path, body.clone())
        .await
        .json;
    // (user, reads, schedules)
    for (user, read, schedule) in [
        ("staff1a", true, true),
        ("kasi1", true, true),
        ("kadis", true, false),
        ("kepala", true, false),
        ("admin", true, false),
        ("auditor", true, false),
        ("staff1b", false, false),
        ("adminb", false, false),
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
            let can_edit = r.json["items"][0]["can_edit"].as_bool().unwrap();
            assert_eq!(can_edit, user == "staff1a" || user == "kasi1", "{user}");
            assert_eq!(r.json["can_create"], schedule, "{user}");
        }
        let r = c.post_json(&path, body.clone()).await;
        let want = if schedule {
            StatusCode::CREATED
        } else {
            StatusCode::FORBIDDEN
        };
        assert_eq!(r.status, want, "{user} schedules: {}", r.json);
        if !(user == "staff1a" || user == "kasi1") {
            let r = c
                .put_json(
                    &format!("/api/v1/dialogues/{}", d["id"].as_str().unwrap()),
                    json!({ "notes": "x", "status": "SELESAI", "version": d["version"] }),
                )
                .await;
            // only the participants change a dialogue, whoever else may read it
            assert_eq!(r.status, StatusCode::FORBIDDEN, "{user} edits: {}", r.json);
        }
    }
    let r = Client::new(&t.db).get(&path).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
}
on_both!(who_may_do_what);

async fn bad_input_is_refused(t: TestDb) {
    let org = Org::build(&t.db).await;
    let kasi = Client::as_user(&t.db, "kasi1").await;
    let period = this_year(&kasi).await;
    let me = &org.emp["staff1a"];
    let path = format!("/api/v1/employees/{me}/dialogues");
    for (body, field) in [
        (
            json!({ "period": period, "kind": "RAPAT", "title": "x", "schedule": day(1) }),
            "kind",
        ),
        (
            json!({ "period": period, "kind": "REVIU", "title": " ", "schedule": day(1) }),
            "judul",
        ),
        (
            json!({ "period": period, "kind": "REVIU", "title": "x", "schedule": "besok" }),
            "jadwal",
        ),
        (
            json!({ "period": period, "kind": "REVIU", "title": "x", "schedule": day(1),
                 "notes": "a".repeat(5001) }),
            "catatan",
        ),
    ] {
        let r = kasi.post_json(&path, body).await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{field}: {}",
            r.json
        );
        assert!(r.json.to_string().contains(field), "{field}: {}", r.json);
    }
    let r = kasi
        .post_json(
            &path,
            json!({ "period": period, "kind": "REVIU", "title": "Reviu", "schedule": day(1) }),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
    let id = r.json["id"].as_str().unwrap().to_string();
    let follow = format!("/api/v1/dialogues/{id}/follow-ups");
    for (body, field) in [
        (
            json!({ "description": "", "pic_id": me, "due": day(7) }),
            "uraian",
        ),
        (
            json!({ "description": "x", "pic_id": me, "due": "31-12-2026" }),
            "due",
        ),
        (
            json!({ "description": "x", "pic_id": org.emp["staff1b"], "due": day(7) }),
            "pic_id",
        ),
    ] {
        let r = kasi.post_json(&follow, body).await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{field}: {}",
            r.json
        );
        assert!(r.json.to_string().contains(field), "{field}: {}", r.json);
    }
    let r = kasi
        .put_json(
            &format!("/api/v1/dialogues/{id}"),
            json!({ "notes": "", "status": "DITUNDA", "version": 1 }),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.json);
    let r = kasi
        .put_json(
            "/api/v1/dialogues/nothing",
            json!({ "notes": "", "status": "SELESAI", "version": 1 }),
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "{}", r.json);
    let r = kasi.post_json(&path, json!({ "title": 3 })).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.json);
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM tindak_lanjut_dialog")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(n, 0);
}
on_both!(bad_input_is_refused);

async fn coaching_is_rated_once_by_the_employee(t: TestDb) {
    let org = Org::build(&t.db).await;
    let staff = Client::as_user(&t.db, "staff1a").await;
    let kasi = Client::as_user(&t.db, "kasi1").await;
    let period = this_year(&staff).await;
    let me = &org.emp["staff1a"];
    let schedule = |kind: &str| json!({ "period": period, "kind": kind, "title": format!("Sesi {kind}"), "schedule": day(-1) });
    let path = format!("/api/v1/employees/{me}/dialogues");
    let d = kasi.post_json(&path, schedule("COACHING")).await.json;
    let id = d["id"].as_str().unwrap().to_string();
    let rate = format!("/api/v1/dialogues/{id}/coaching-rating");
    let scores = json!([5, 4, 4, 3, 5, 5, 4, 4, 5]);
    assert_eq!(d["can_rate"], false);

    // not yet held: refused
    let r = staff
        .post_json(&rate, json!({ "scores": scores, "comment": "" }))
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.json);
    let r = kasi
        .put_json(
            &format!("/api/v1/dialogues/{id}"),
            json!({ "notes": "Dibahas: pelatihan statistik", "status": "SELESAI", "version": d["version"] }),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    let list = staff.get(&format!("{path}?period={period}")).await.json;
    assert_eq!(list["items"][0]["can_rate"], true, "{list}");
    let list = kasi.get(&format!("{path}?period={period}")).await.json;
    assert_eq!(
        list["items"][0]["can_rate"], false,
        "the leader does not rate"
    );

    // the leader cannot rate their own coaching; bad scores are named
    let r = kasi
        .post_json(&rate, json!({ "scores": scores, "comment": "" }))
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.json);
    for (bad, field) in [
        (json!([5, 4, 4]), "scores"),
        (json!([5, 4, 4, 3, 6, 5, 4, 4, 5]), "scores[4]"),
        (json!([0, 4, 4, 3, 5, 5, 4, 4, 5]), "scores[0]"),
    ] {
        let r = staff
            .post_json(&rate, json!({ "scores": bad, "comment": "" }))
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.json);
        assert!(r.json.to_string().contains(field), "{field}: {}", r.json);
    }
    let (before, _) = unread(&kasi).await;
    let r = staff
        .post_json(
            &rate,
            json!({ "scores": scores, "comment": " Sangat membantu " }),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
    let got = &r.json["coaching_rating"];
    assert_eq!(got["scores"], scores);
    assert_eq!(got["average"], 4.33);
    assert_eq!(got["comment"], "Sangat membantu");
    assert_eq!(r.json["can_rate"], false);
    let (after, notes) = unread(&kasi).await;
    assert_eq!(after, before + 1, "{notes}");
    assert_eq!(notes["items"][0]["kind"], "COACHING_DINILAI");
    // the leader reads it; it is kept once
    let list = kasi.get(&format!("{path}?period={period}")).await.json;
    assert_eq!(list["items"][0]["coaching_rating"]["average"], 4.33);
    let r = staff
        .post_json(&rate, json!({ "scores": [1, 1, 1, 1, 1, 1, 1, 1, 1] }))
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.json);
    assert_eq!(audit_count(&t.db, "penilaian_coaching", &id).await, 1);

    // a held review is no development session
    let d = kasi.post_json(&path, schedule("REVIU")).await.json;
    let r = kasi
        .put_json(
            &format!("/api/v1/dialogues/{}", d["id"].as_str().unwrap()),
            json!({ "notes": "", "status": "SELESAI", "version": d["version"] }),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    let r = staff
        .post_json(
            &format!(
                "/api/v1/dialogues/{}/coaching-rating",
                d["id"].as_str().unwrap()
            ),
            json!({ "scores": scores }),
        )
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.json);
    // someone outside the dialogue
    let r = Client::as_user(&t.db, "staff1b")
        .await
        .post_json(&rate, json!({ "scores": scores }))
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.json);
}
on_both!(coaching_is_rated_once_by_the_employee);
