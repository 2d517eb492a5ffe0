//! One test per role: who may read which employees and units (API.md: 403 for a resource
//! that exists but is not yours).

use http::StatusCode;
use rantai_tests::http::Client;
use rantai_tests::{on_both, Org, TestDb};
use serde_json::Value;

fn names(v: &Value) -> Vec<String> {
    let mut n: Vec<String> = v["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["name"].as_str().unwrap().to_string())
        .collect();
    n.sort();
    n
}

fn pegawai(users: &[&str]) -> Vec<String> {
    let mut n: Vec<String> = users.iter().map(|u| format!("Pegawai {u}")).collect();
    n.sort();
    n
}

async fn pegawai_sees_only_themselves(t: TestDb) {
    let org = Org::build(&t.db).await;
    let c = Client::as_user(&t.db, "staff1a").await;
    assert_eq!(
        c.get(&format!("/api/v1/employees/{}", org.emp["staff1a"]))
            .await
            .status,
        StatusCode::OK
    );
    for other in ["staff1b", "kasi1", "staff2", "kepala"] {
        let r = c
            .get(&format!("/api/v1/employees/{}", org.emp[other]))
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{other}");
        assert_eq!(r.json["error"]["code"], "forbidden");
    }
    assert_eq!(
        names(&c.get("/api/v1/employees").await.json),
        pegawai(&["staff1a"])
    );
    // the audit trail of someone else's record is forbidden too
    let r = c
        .get(&format!(
            "/api/v1/audit?entity=pegawai&id={}",
            org.emp["staff1b"]
        ))
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = c
        .get(&format!(
            "/api/v1/audit?entity=pegawai&id={}",
            org.emp["staff1a"]
        ))
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json[0]["aksi"], "create");
}
on_both!(pegawai_sees_only_themselves);

async fn ppk_sees_the_staff_they_assess(t: TestDb) {
    let org = Org::build(&t.db).await;
    // kasi2 heads Seksi Dua and assesses staff2
    let c = Client::as_user(&t.db, "kasi2").await;
    assert_eq!(
        names(&c.get("/api/v1/employees").await.json),
        pegawai(&["kasi2", "staff2"])
    );
    assert_eq!(
        c.get(&format!("/api/v1/employees/{}", org.emp["staff2"]))
            .await
            .status,
        StatusCode::OK
    );
    assert_eq!(
        c.get(&format!("/api/v1/employees/{}", org.emp["staff1a"]))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        c.get(&format!("/api/v1/employees/{}", org.emp["kadis"]))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
}
on_both!(ppk_sees_the_staff_they_assess);

async fn leader_reads_only_their_subtree(t: TestDb) {
    let org = Org::build(&t.db).await;
    let c = Client::as_user(&t.db, "kasi1").await;
    assert_eq!(
        names(&c.get("/api/v1/employees").await.json),
        pegawai(&["kasi1", "staff1a", "staff1b"])
    );
    assert_eq!(
        c.get(&format!("/api/v1/employees/{}", org.emp["staff2"]))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    // the head of the Dinas sees both sections, not the head of the city above
    let c = Client::as_user(&t.db, "kadis").await;
    let all = names(&c.get("/api/v1/employees").await.json);
    assert_eq!(
        all,
        pegawai(&["kadis", "kasi1", "kasi2", "staff1a", "staff1b", "staff2"])
    );
    let seksi2 = c
        .get(&format!(
            "/api/v1/employees?unit={}",
            org.units["seksi2"].id
        ))
        .await;
    assert_eq!(names(&seksi2.json), pegawai(&["kasi2", "staff2"]));
    // the root head sees the whole instansi
    let c = Client::as_user(&t.db, "kepala").await;
    assert_eq!(
        c.get("/api/v1/employees").await.json["items"]
            .as_array()
            .unwrap()
            .len(),
        7
    );
}
on_both!(leader_reads_only_their_subtree);

async fn admin_reads_their_instansi_only(t: TestDb) {
    let org = Org::build(&t.db).await;
    let c = Client::as_user(&t.db, "admin").await;
    assert_eq!(
        c.get("/api/v1/employees").await.json["items"]
            .as_array()
            .unwrap()
            .len(),
        7
    );
    assert_eq!(
        c.get(&format!("/api/v1/employees/{}", org.emp["staff2"]))
            .await
            .status,
        StatusCode::OK
    );
    // another instansi's employee and unit exist, and are forbidden
    assert_eq!(
        c.get(&format!("/api/v1/employees/{}", org.emp["kepalab"]))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        c.get(&format!("/api/v1/units/{}", org.units["root_b"].id))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        c.get(&format!("/api/v1/units?parent={}", org.units["root_b"].id))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        c.get(&format!(
            "/api/v1/employees?unit={}",
            org.units["root_b"].id
        ))
        .await
        .status,
        StatusCode::FORBIDDEN
    );
    // what does not exist is 404
    assert_eq!(
        c.get("/api/v1/employees/0000").await.status,
        StatusCode::NOT_FOUND
    );
    // and the other admin sees only their own
    let b = Client::as_user(&t.db, "adminb").await;
    assert_eq!(
        names(&b.get("/api/v1/employees").await.json),
        pegawai(&["kepalab"])
    );
    assert_eq!(
        b.get(&format!("/api/v1/employees/{}", org.emp["staff1a"]))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
}
on_both!(admin_reads_their_instansi_only);

async fn auditor_reads_everything_in_instansi(t: TestDb) {
    let org = Org::build(&t.db).await;
    let c = Client::as_user(&t.db, "auditor").await;
    assert_eq!(
        c.get("/api/v1/employees").await.json["items"]
            .as_array()
            .unwrap()
            .len(),
        7
    );
    let r = c
        .get(&format!(
            "/api/v1/audit?entity=unit_kerja&id={}",
            org.units["dinas"].id
        ))
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json[0]["sesudah"]["nama"], "Dinas Uji");
    assert_eq!(
        c.get(&format!("/api/v1/employees/{}", org.emp["kepalab"]))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    // a non-admin cannot read the audit trail of organisation records
    let p = Client::as_user(&t.db, "kadis").await;
    let r = p
        .get(&format!(
            "/api/v1/audit?entity=unit_kerja&id={}",
            org.units["dinas"].id
        ))
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
}
on_both!(auditor_reads_everything_in_instansi);
