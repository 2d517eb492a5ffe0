//! Reading an SKP whole, the PPK's list of subordinates, and the RHK an employee may intervene.

use std::collections::HashMap;

use sqlx::any::AnyRow;
use sqlx::Row;

use super::SkpRow;
use crate::domain::berakhlak::NilaiBerakhlak;
use crate::domain::cascade::{flags, progress_iki, RhkFakta};
use crate::domain::dto::{
    Iki, Lampiran, PegawaiRingkas, Perilaku, Rhk, RhkRef, Risiko, Skp, SkpBawahan,
};
use crate::domain::jabatan::JenisJabatan;
use crate::domain::pegawai::pangkat_label;
use crate::domain::problem::Problem;
use crate::domain::risiko;
use crate::domain::skp::{
    check_pembagian, check_submit, Aspek, Cascading, JenisRhk, Pembagian, Perspektif, RhkRingkas,
    StatusSkp,
};

/// The columns of `to_ringkas`, over `p` (pegawai) and `PEGAWAI_JOINS`.
pub const PEGAWAI_COLS: &str = "p.id, p.nip, p.nama, p.golongan, j.nama AS jabatan, \
    j.jenis AS jenis_jabatan, u.nama AS unit_nama";
pub const PEGAWAI_JOINS: &str =
    "JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id \
    JOIN unit_kerja u ON u.instansi_id = p.instansi_id AND u.id = p.unit_id";

pub fn to_ringkas(r: &AnyRow) -> PegawaiRingkas {
    let golongan: String = r.get("golongan");
    PegawaiRingkas {
        id: r.get("id"),
        nip: r.get("nip"),
        name: r.get("nama"),
        pangkat: pangkat_label(&golongan),
        golongan,
        jabatan: r.get("jabatan"),
        jenis_jabatan: r.get("jenis_jabatan"),
        unit_name: r.get("unit_nama"),
    }
}

pub async fn ringkas(
    pool: &sqlx::AnyPool,
    instansi_id: &str,
    id: &str,
) -> Result<Option<PegawaiRingkas>, sqlx::Error> {
    let sql = format!(
        "SELECT {PEGAWAI_COLS} FROM pegawai p {PEGAWAI_JOINS} WHERE p.instansi_id = $1 AND p.id = $2"
    );
    Ok(sqlx::query(&sql)
        .bind(instansi_id)
        .bind(id)
        .fetch_optional(pool)
        .await?
        .as_ref()
        .map(to_ringkas))
}

/// The name of the squad an RHK comes from (a cell of its Matriks Peran Hasil), if any.
pub async fn squad_of_rhk<'e, E>(
    ex: E,
    instansi_id: &str,
    rhk_id: &str,
) -> Result<Option<String>, sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    sqlx::query_scalar(
        "SELECT t.nama FROM rhk r JOIN tim t ON t.instansi_id = r.instansi_id AND t.id = r.tim_id \
         WHERE r.instansi_id = $1 AND r.id = $2",
    )
    .bind(instansi_id)
    .bind(rhk_id)
    .fetch_optional(ex)
    .await
}

fn json_list(s: Option<String>) -> Vec<String> {
    s.and_then(|s| serde_json::from_str(&s).ok())
        .unwrap_or_default()
}

/// Counts the RHK of an employee's staff that intervene each of `rhk_ids`'s RHK, with the
/// first Kuantitas target of each directly cascaded child (for the split check).
struct Anak {
    count: HashMap<String, i64>,
    langsung: HashMap<String, Vec<(f64, String)>>,
}

async fn anak(pool: &sqlx::AnyPool, instansi_id: &str, skp_id: &str) -> Result<Anak, sqlx::Error> {
    let rows = sqlx::query(
        // CROSS JOIN: SQLite drives from the SKP's RHK, then their children by parent
        "SELECT c.parent_id, c.id, c.cascading, c.kuantitas_target AS target, \
            c.kuantitas_satuan AS satuan FROM rhk p CROSS JOIN rhk c \
         WHERE p.instansi_id = $1 AND p.skp_id = $2 AND c.instansi_id = p.instansi_id \
         AND c.parent_id = p.id AND c.pensiun_at IS NULL",
    )
    .bind(instansi_id)
    .bind(skp_id)
    .fetch_all(pool)
    .await?;
    let mut a = Anak {
        count: HashMap::new(),
        langsung: HashMap::new(),
    };
    for r in &rows {
        let parent: String = r.get("parent_id");
        *a.count.entry(parent.clone()).or_default() += 1;
        let direct = r.get::<Option<String>, _>("cascading").as_deref() == Some("LANGSUNG");
        if let (true, Some(t), Some(s)) = (
            direct,
            r.get::<Option<f64>, _>("target"),
            r.get::<Option<String>, _>("satuan"),
        ) {
            a.langsung.entry(parent).or_default().push((t, s));
        }
    }
    Ok(a)
}

/// The whole SKP as the browser and the API see it.
pub async fn load(pool: &sqlx::AnyPool, s: &SkpRow) -> Result<Skp, sqlx::Error> {
    let inst = s.instansi_id.as_str();
    let head = sqlx::query(
        "SELECT dukungan_sumber_daya, skema_pertanggungjawaban, konsekuensi, catatan, diajukan_at, \
                disetujui_at, \
                CAST(CASE WHEN EXISTS (SELECT 1 FROM pegawai b WHERE b.instansi_id = s.instansi_id \
                    AND b.ppk_id = s.pegawai_id) THEN 1 ELSE 0 END AS BIGINT) AS pemimpin \
         FROM skp s WHERE s.instansi_id = $1 AND s.id = $2",
    )
    .bind(inst)
    .bind(&s.id)
    .fetch_one(pool)
    .await?;
    let pegawai = ringkas(pool, inst, &s.pegawai_id)
        .await?
        .ok_or(sqlx::Error::RowNotFound)?;
    let current_ppk: Option<String> =
        sqlx::query_scalar("SELECT ppk_id FROM pegawai WHERE instansi_id = $1 AND id = $2")
            .bind(inst)
            .bind(&s.pegawai_id)
            .fetch_one(pool)
            .await?;
    let ppk = match current_ppk.or_else(|| s.ppk_id.clone()) {
        Some(id) => ringkas(pool, inst, &id).await?,
        None => None,
    };
    let jpt = JenisJabatan::from_code(&pegawai.jenis_jabatan).is_some_and(|j| j.is_jpt());
    let pemimpin = head.get::<i64, _>("pemimpin") == 1;

    let rhk_rows = sqlx::query(
        "SELECT r.id, r.jenis, r.judul, r.perspektif, r.ekspektasi, r.parent_id, r.cascading, \
                r.sasaran_id, r.bobot, r.terbit, ss.nama AS sasaran_nama, pr.judul AS parent_judul, \
                pp.id AS parent_owner_id, pp.nama AS parent_owner, pj.nama AS parent_jabatan, \
                r.tim_id, tm.nama AS tim_nama, pd.nama AS penugasan_nama \
         FROM rhk r \
         LEFT JOIN tim tm ON tm.instansi_id = r.instansi_id AND tm.id = r.tim_id \
         LEFT JOIN pegawai pd ON pd.instansi_id = r.instansi_id AND pd.id = r.penugasan_dari \
         LEFT JOIN sasaran_strategis ss ON ss.instansi_id = r.instansi_id AND ss.id = r.sasaran_id \
         LEFT JOIN rhk pr ON pr.instansi_id = r.instansi_id AND pr.id = r.parent_id \
         LEFT JOIN pegawai pp ON pp.instansi_id = pr.instansi_id AND pp.id = pr.pegawai_id \
         LEFT JOIN jabatan pj ON pj.instansi_id = pp.instansi_id AND pj.id = pp.jabatan_id \
         WHERE r.instansi_id = $1 AND r.skp_id = $2 AND r.pensiun_at IS NULL \
         ORDER BY r.urutan, r.created_at, r.id",
    )
    .bind(inst)
    .bind(&s.id)
    .fetch_all(pool)
    .await?;
    let iki_rows = sqlx::query(
        // CROSS JOIN: SQLite drives from the SKP's RHK (else it scans the agency's IKI)
        "SELECT i.id, i.rhk_id, i.aspek, i.nama, i.target, i.satuan, i.realisasi FROM rhk r \
         CROSS JOIN iki i WHERE r.instansi_id = $1 AND r.skp_id = $2 \
         AND i.instansi_id = r.instansi_id AND i.rhk_id = r.id ORDER BY i.urutan, i.id",
    )
    .bind(inst)
    .bind(&s.id)
    .fetch_all(pool)
    .await?;
    let mut iki: HashMap<String, Vec<Iki>> = HashMap::new();
    for r in &iki_rows {
        iki.entry(r.get("rhk_id")).or_default().push(Iki {
            id: r.get("id"),
            aspek: r
                .get::<Option<String>, _>("aspek")
                .as_deref()
                .and_then(Aspek::from_code),
            nama: r.get("nama"),
            target: r.get("target"),
            satuan: r.get("satuan"),
            realisasi: r.get("realisasi"),
        });
    }
    let risk_rows = sqlx::query(
        "SELECT k.id, k.rhk_id, k.deskripsi, k.kemungkinan, k.dampak, k.mitigasi, k.pemilik \
         FROM rhk r CROSS JOIN rhk_risiko k WHERE r.instansi_id = $1 AND r.skp_id = $2 \
         AND k.instansi_id = r.instansi_id AND k.rhk_id = r.id ORDER BY k.created_at, k.id",
    )
    .bind(inst)
    .bind(&s.id)
    .fetch_all(pool)
    .await?;
    let mut risks: HashMap<String, Vec<Risiko>> = HashMap::new();
    for r in &risk_rows {
        let (k, d): (i64, i64) = (r.get("kemungkinan"), r.get("dampak"));
        risks.entry(r.get("rhk_id")).or_default().push(Risiko {
            id: r.get("id"),
            deskripsi: r.get("deskripsi"),
            kemungkinan: k,
            dampak: d,
            level: risiko::level(k, d).unwrap_or(risiko::LevelRisiko::SangatTinggi),
            mitigasi: r.get("mitigasi"),
            pemilik: r.get("pemilik"),
        });
    }
    let mut entri: HashMap<String, Vec<crate::domain::dto::Realisasi>> = HashMap::new();
    for e in crate::backend::repo::realisasi::for_skp(pool, inst, &s.id).await? {
        entri.entry(e.rhk_id.clone()).or_default().push(e);
    }
    let anak = anak(pool, inst, &s.id).await?;
    let count = rhk_rows.len();
    let mut peringatan = vec![];
    let mut rhk = vec![];
    for (i, r) in rhk_rows.iter().enumerate() {
        let id: String = r.get("id");
        let my_iki = iki.remove(&id).unwrap_or_default();
        let my_risks = risks.remove(&id).unwrap_or_default();
        let my_entri = entri.remove(&id).unwrap_or_default();
        let parent_id: Option<String> = r.get("parent_id");
        let judul: String = r.get("judul");
        let mut pembagian_salah = false;
        if let (Some(children), Some(k)) = (
            anak.langsung.get(&id),
            my_iki.iter().find(|k| k.aspek == Some(Aspek::Kuantitas)),
        ) {
            let kids: Vec<(f64, &str)> = children.iter().map(|(t, s)| (*t, s.as_str())).collect();
            match check_pembagian((k.target, &k.satuan), &kids) {
                Pembagian::Sesuai => {}
                Pembagian::TidakSesuai { jumlah, target } => {
                    pembagian_salah = true;
                    peringatan.push(Problem::new(
                        format!("rhk[{i}]"),
                        format!(
                            "Cascading langsung “{judul}”: jumlah target bawahan {jumlah} {s} tidak sama dengan target {target} {s}",
                            s = k.satuan
                        ),
                        format!(
                            "Direct cascading “{judul}”: the staff targets add up to {jumlah} {s}, not the target {target} {s}",
                            s = k.satuan
                        ),
                    ));
                }
                Pembagian::SatuanBerbeda { satuan } => {
                    pembagian_salah = true;
                    peringatan.push(Problem::new(
                        format!("rhk[{i}]"),
                        format!("Cascading langsung “{judul}”: satuan bawahan ({satuan}) berbeda dengan {}", k.satuan),
                        format!("Direct cascading “{judul}”: a staff unit ({satuan}) differs from {}", k.satuan),
                    ));
                }
            }
        }
        let children = anak.count.get(&id).copied().unwrap_or(0);
        let sasaran_id: Option<String> = r.get("sasaran_id");
        let fakta = RhkFakta {
            intervensi: parent_id.is_some(),
            sasaran: sasaran_id.is_some(),
            jpt,
            pemimpin,
            anak: children as usize,
            owner_rhk_count: count,
            risiko_tinggi: my_risks.iter().any(|k| k.level.is_high()),
            pembagian_salah,
        };
        let progress = progress_iki(
            &my_iki
                .iter()
                .map(|k| (k.target, k.realisasi))
                .collect::<Vec<_>>(),
        );
        rhk.push(Rhk {
            intervensi: parent_id.map(|pid| RhkRef {
                id: pid,
                judul: r
                    .get::<Option<String>, _>("parent_judul")
                    .unwrap_or_default(),
                owner_id: r
                    .get::<Option<String>, _>("parent_owner_id")
                    .unwrap_or_default(),
                owner_name: r
                    .get::<Option<String>, _>("parent_owner")
                    .unwrap_or_default(),
                owner_jabatan: r
                    .get::<Option<String>, _>("parent_jabatan")
                    .unwrap_or_default(),
            }),
            id,
            jenis: JenisRhk::from_code(&r.get::<String, _>("jenis")).unwrap_or(JenisRhk::Utama),
            judul,
            perspektif: r
                .get::<Option<String>, _>("perspektif")
                .as_deref()
                .and_then(Perspektif::from_code),
            ekspektasi: r.get("ekspektasi"),
            cascading: r
                .get::<Option<String>, _>("cascading")
                .as_deref()
                .and_then(Cascading::from_code),
            sasaran_id,
            sasaran_nama: r.get("sasaran_nama"),
            bobot: r.get("bobot"),
            terbit: r.get::<i64, _>("terbit") == 1,
            iki: my_iki,
            risiko: my_risks,
            progress,
            flags: flags(&fakta),
            realisasi: my_entri,
            children,
            tim_id: r.get("tim_id"),
            tim_nama: r.get("tim_nama"),
            penugasan_dari: r.get("penugasan_nama"),
        });
    }
    let perilaku_rows = sqlx::query(
        "SELECT nilai, ekspektasi FROM skp_perilaku WHERE instansi_id = $1 AND skp_id = $2",
    )
    .bind(inst)
    .bind(&s.id)
    .fetch_all(pool)
    .await?;
    let set: HashMap<String, String> = perilaku_rows
        .iter()
        .map(|r| (r.get("nilai"), r.get("ekspektasi")))
        .collect();
    let perilaku = NilaiBerakhlak::ALL
        .iter()
        .map(|v| Perilaku {
            nilai: *v,
            label: v.label().to_string(),
            statements: v.statements().iter().map(|s| s.to_string()).collect(),
            ekspektasi: set.get(v.code()).cloned().unwrap_or_default(),
        })
        .collect();
    let versi_lama: Vec<i64> = sqlx::query_scalar(
        "SELECT versi FROM skp_versi WHERE instansi_id = $1 AND skp_id = $2 ORDER BY versi",
    )
    .bind(inst)
    .bind(&s.id)
    .fetch_all(pool)
    .await?;
    let ringkas: Vec<RhkRingkas> = rhk
        .iter()
        .map(|r| RhkRingkas {
            jenis: Some(r.jenis),
            intervensi: r.intervensi.is_some(),
            sasaran: r.sasaran_id.is_some(),
            perspektif: r.perspektif,
            aspek: r.iki.iter().map(|k| k.aspek).collect(),
            ekspektasi: r
                .ekspektasi
                .as_deref()
                .is_some_and(|e| !e.trim().is_empty()),
        })
        .collect();
    let kekurangan = match s.status {
        StatusSkp::Draft | StatusSkp::Dikembalikan => check_submit(jpt, s.pendekatan, &ringkas),
        _ => vec![],
    };
    Ok(Skp {
        id: s.id.clone(),
        periode_id: s.periode_id.clone(),
        tahun: s.tahun,
        pegawai,
        ppk,
        status: s.status,
        versi: s.versi,
        jpt,
        pendekatan: s.pendekatan,
        rhk,
        perilaku,
        lampiran: Lampiran {
            dukungan_sumber_daya: json_list(head.get("dukungan_sumber_daya")),
            skema_pertanggungjawaban: json_list(head.get("skema_pertanggungjawaban")),
            konsekuensi: json_list(head.get("konsekuensi")),
        },
        catatan: head.get("catatan"),
        diajukan_at: head.get("diajukan_at"),
        disetujui_at: head.get("disetujui_at"),
        kekurangan,
        peringatan,
        versi_lama,
        version: s.version,
    })
}

/// The employees a PPK assesses, with the state of their SKP for the period.
pub async fn bawahan(
    pool: &sqlx::AnyPool,
    instansi_id: &str,
    ppk_id: &str,
    periode_id: &str,
) -> Result<Vec<SkpBawahan>, sqlx::Error> {
    let sql = format!(
        "SELECT {PEGAWAI_COLS}, s.id AS skp_id, s.status, s.diajukan_at, \
           (SELECT COUNT(*) FROM rhk r WHERE r.instansi_id = s.instansi_id AND r.skp_id = s.id \
             AND r.pensiun_at IS NULL) AS n_rhk \
         FROM pegawai p {PEGAWAI_JOINS} \
         LEFT JOIN skp s ON s.instansi_id = p.instansi_id AND s.pegawai_id = p.id AND s.periode_id = $3 \
         WHERE p.instansi_id = $1 AND p.ppk_id = $2 AND p.aktif = 1 ORDER BY p.nama, p.id"
    );
    let rows = sqlx::query(&sql)
        .bind(instansi_id)
        .bind(ppk_id)
        .bind(periode_id)
        .fetch_all(pool)
        .await?;
    Ok(rows
        .iter()
        .map(|r| SkpBawahan {
            pegawai: to_ringkas(r),
            skp_id: r.get("skp_id"),
            status: r
                .get::<Option<String>, _>("status")
                .as_deref()
                .and_then(StatusSkp::from_code),
            rhk_count: r.get::<Option<i64>, _>("n_rhk").unwrap_or(0),
            diajukan_at: r.get("diajukan_at"),
        })
        .collect())
}

/// The RHK an employee may intervene: those of their PPK in the period whose SKP is approved
/// or that the PPK published early.
pub async fn intervensi_options(
    pool: &sqlx::AnyPool,
    instansi_id: &str,
    ppk_id: &str,
    periode_id: &str,
) -> Result<Vec<RhkRef>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT r.id, r.judul, p.id AS owner_id, p.nama AS owner, j.nama AS jabatan FROM rhk r \
         JOIN skp s ON s.instansi_id = r.instansi_id AND s.id = r.skp_id \
         JOIN pegawai p ON p.instansi_id = r.instansi_id AND p.id = r.pegawai_id \
         JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id \
         WHERE r.instansi_id = $1 AND r.pegawai_id = $2 AND r.periode_id = $3 \
           AND (s.status = 'DISETUJUI' OR r.terbit = 1) AND r.pensiun_at IS NULL ORDER BY r.urutan, r.id",
    )
    .bind(instansi_id)
    .bind(ppk_id)
    .bind(periode_id)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .iter()
        .map(|r| RhkRef {
            id: r.get("id"),
            judul: r.get("judul"),
            owner_id: r.get("owner_id"),
            owner_name: r.get("owner"),
            owner_jabatan: r.get("jabatan"),
        })
        .collect())
}
