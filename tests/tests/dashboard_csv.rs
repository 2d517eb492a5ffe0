//! The leader dashboard's tables as CSV (`GET /api/v1/dashboard.csv`) on SQLite and
//! PostgreSQL: the headers and rows of each table match the dashboard's JSON, an unknown
//! table is a 400 JSON error, staff are refused like on the dashboard.

use http::StatusCode;
use rantai_tests::http::{Client, Reply};
use rantai_tests::plan::build_chain;
use rantai_tests::{on_both, Org, TestDb};

fn records(r: &Reply) -> (Vec<String>, Vec<Vec<String>>) {
    let mut rd = csv::Reader::from_reader(r.body.as_slice());
    let header = rd
        .headers()
        .expect("a header row")
        .iter()
        .map(str::to_string)
        .collect();
    let rows = rd
        .records()
        .map(|x| {
            x.expect("a CSV record")
                .iter()
                .map(str::to_string)
                .collect()
        })
        .collect();
    (header, rows)
}

fn assert_csv(r: &Reply, name: &str) {
    assert_eq!(
        r.status,
        StatusCode::OK,
        "{}",
        String::from_utf8_lossy(&r.body)
    );
    assert_eq!(
        r.headers[http::header::CONTENT_TYPE],
        "text/csv; charset=utf-8"
    );
    let disposition = r.headers[http::header::CONTENT_DISPOSITION]
        .to_str()
        .unwrap();
    assert!(
        disposition.starts_with("attachment; filename="),
        "{disposition}"
    );
    assert!(
        disposition.contains(&format!("-{name}.csv")),
        "{disposition}"
    );
}

async fn dashboard_csv_tables(t: TestDb) {
    let org = Org::build(&t.db).await;
    let chain = build_chain(&t.db).await;
    let kadis = Client::as_user(&t.db, "kadis").await;
    let dinas = &org.units["dinas"].id;
    let json = kadis.get(&format!("/api/v1/dashboard?unit={dinas}")).await;
    assert_eq!(json.status, StatusCode::OK, "{}", json.json);
    let d = &json.json;
    let url = |table: &str| format!("/api/v1/dashboard.csv?unit={dinas}&table={table}");

    // anggota: the people directly in Seksi Satu, by name
    let r = kadis
        .get(&format!(
            "/api/v1/dashboard.csv?unit={}&table=anggota",
            org.units["seksi1"].id
        ))
        .await;
    assert_csv(&r, "anggota");
    let (header, rows) = records(&r);
    assert_eq!(header[..4], ["pegawai_id", "nip", "nama", "status_skp"]);
    assert_eq!(rows.len(), 3, "{rows:?}");
    assert!(
        rows.iter()
            .any(|row| row[0] == org.emp["staff1a"] && row[3] == "DRAFT"),
        "{rows:?}"
    );

    // sub_units: the unit itself, then each direct sub-unit
    let r = kadis.get(&url("sub_units")).await;
    assert_csv(&r, "sub_units");
    let (header, rows) = records(&r);
    assert_eq!(
        header,
        [
            "tingkat",
            "unit_id",
            "kode",
            "nama",
            "pegawai",
            "skp_belum",
            "skp_draft",
            "skp_diajukan",
            "skp_disetujui",
            "skp_dikembalikan",
            "rhk",
            "progres_persen",
            "waktu_berjalan_persen",
            "tertinggal",
            "risiko_tinggi",
            "iki_kurang",
            "bukti_menunggu",
            "kuartal",
            "tanpa_dialog",
            "umpan_balik",
            "di_tim",
            "beban_lebih",
        ]
    );
    assert_eq!(rows.len(), 3, "{rows:?}");
    assert_eq!(rows[0][0], "unit");
    assert_eq!(rows[0][1], *dinas);
    // Dinas: 6 people, 2 without an SKP, 2 drafts, 2 approved, 4 RHK at 0 progress
    assert_eq!(&rows[0][4..11], ["6", "2", "2", "0", "2", "0", "4"]);
    assert_eq!(rows[0][11], "0.0");
    let w = d["waktu_berjalan"].as_f64().unwrap();
    assert_eq!(rows[0][12], format!("{:.1}", w * 100.0));
    assert_eq!(rows[0][13], d["total"]["tertinggal"].to_string());
    let seksi1 = rows
        .iter()
        .find(|r| r[1] == org.units["seksi1"].id)
        .expect("seksi 1");
    assert_eq!(seksi1[0], "sub_unit");
    assert_eq!((seksi1[4].as_str(), seksi1[10].as_str()), ("3", "3"));
    let seksi2 = rows
        .iter()
        .find(|r| r[1] == org.units["seksi2"].id)
        .expect("seksi 2");
    // no RHK: no progress at all (an empty cell, not 0)
    assert_eq!((seksi2[5].as_str(), seksi2[11].as_str()), ("2", ""));

    // berisiko: the same targets as the JSON, in the same order
    let r = kadis.get(&url("berisiko")).await;
    assert_csv(&r, "berisiko");
    let (header, rows) = records(&r);
    assert_eq!(
        header,
        [
            "rhk_id",
            "judul",
            "pegawai_id",
            "pegawai",
            "unit",
            "progres_persen",
            "gap_persen",
            "risiko_tinggi"
        ]
    );
    let ids: Vec<&str> = d["berisiko"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["rhk_id"].as_str().unwrap())
        .collect();
    assert_eq!(rows.iter().map(|r| r[0].as_str()).collect::<Vec<_>>(), ids);
    if w > 0.25 {
        let staff = rows
            .iter()
            .find(|r| r[0] == chain.staff1a)
            .expect("staff1a's RHK is behind");
        assert_eq!(staff[2], org.emp["staff1a"]);
        assert_eq!(staff[5], "0.0");
        assert_eq!(staff[6], format!("{:.1}", w * 100.0));
        assert_eq!(staff[7], "false");
    }

    // proyeksi: the header, and as many rows as the JSON has
    let r = kadis.get(&url("proyeksi")).await;
    assert_csv(&r, "proyeksi");
    let (header, rows) = records(&r);
    assert_eq!(header.len(), 16);
    assert_eq!(
        (&header[0][..], &header[11][..], &header[12][..]),
        ("iki_id", "kurang_persen", "model")
    );
    assert_eq!(rows.len(), d["proyeksi"].as_array().unwrap().len());

    // predikat: the five predikat, then the people not rated yet
    let r = kadis.get(&url("predikat")).await;
    assert_csv(&r, "predikat");
    let (header, rows) = records(&r);
    assert_eq!(header, ["kode", "predikat", "jumlah", "persen"]);
    assert_eq!(rows.len(), 6, "{rows:?}");
    assert_eq!(rows[0][1], d["predikat"][0]["label"].as_str().unwrap());
    assert!(rows[..5].iter().all(|r| r[2] == "0"), "{rows:?}");
    assert_eq!(rows[5][..3], ["BELUM_DINILAI", "Belum dinilai", "6"]);

    // the caller's own unit by default
    let kasi1 = Client::as_user(&t.db, "kasi1").await;
    let r = kasi1.get("/api/v1/dashboard.csv?table=sub_units").await;
    assert_csv(&r, "sub_units");
    let (_, rows) = records(&r);
    assert_eq!(rows.len(), 1, "a section has no sub-units: {rows:?}");
    assert_eq!(rows[0][1], org.units["seksi1"].id);
}
on_both!(dashboard_csv_tables);

async fn dashboard_csv_refusals(t: TestDb) {
    let org = Org::build(&t.db).await;
    let dinas = &org.units["dinas"].id;
    let kadis = Client::as_user(&t.db, "kadis").await;
    for table in ["nope", ""] {
        let r = kadis
            .get(&format!("/api/v1/dashboard.csv?unit={dinas}&table={table}"))
            .await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{table}: {}", r.json);
        assert_eq!(r.json["error"]["code"], "bad_request", "{}", r.json);
        assert!(
            r.json["error"]["message"]
                .as_str()
                .unwrap()
                .contains("sub_units"),
            "{}",
            r.json
        );
    }
    let r = kadis
        .get(&format!("/api/v1/dashboard.csv?unit={dinas}"))
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.json);

    // the dashboard's own rules: staff and another instansi refused, admins and auditors not
    for (user, want) in [
        ("staff1a", StatusCode::FORBIDDEN),
        ("kasi1", StatusCode::FORBIDDEN),
        ("adminb", StatusCode::FORBIDDEN),
        ("auditor", StatusCode::OK),
        ("admin", StatusCode::OK),
    ] {
        let c = Client::as_user(&t.db, user).await;
        let r = c
            .get(&format!(
                "/api/v1/dashboard.csv?unit={dinas}&table=predikat"
            ))
            .await;
        assert_eq!(r.status, want, "{user}: {}", r.json);
        if want == StatusCode::FORBIDDEN {
            assert_eq!(r.json["error"]["code"], "forbidden", "{user}: {}", r.json);
        }
    }
    let r = Client::new(&t.db)
        .get(&format!(
            "/api/v1/dashboard.csv?unit={dinas}&table=predikat"
        ))
        .await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
}
on_both!(dashboard_csv_refusals);
