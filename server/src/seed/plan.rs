//! The year's performance plans for a seeded organisation: strategic goals at the top, the
//! head's RHK on them, every leader's RHK intervening their PPK's, and every employee's SKP in
//! a plausible state (mostly approved, some submitted, drafts, a few returned), with realisasi
//! so far, a few high risks, direct cascading that adds up (rarely one that does not), and a few
//! orphans to show the flags. Deterministic for a seed.

use std::collections::HashMap;

use app::backend::ids::new_id;
use app::backend::repo::bulk_plan::{IkiSeed, PlanSeed, RhkSeed, RisikoSeed, SkpSeed};
use app::domain::dto::{IndikatorInput, SasaranInput};

use super::org::Org;
use super::rng::Rng;

/// The goals of a city government's Renstra (kode, sasaran, indikator, target, satuan).
pub const GOALS: [(&str, &str, &str, f64, &str); 5] = [
    (
        "SS1",
        "Meningkatnya kualitas pelayanan publik",
        "Indeks kepuasan masyarakat",
        85.0,
        "indeks",
    ),
    (
        "SS2",
        "Meningkatnya kualitas sumber daya manusia",
        "Indeks pembangunan manusia",
        76.5,
        "indeks",
    ),
    (
        "SS3",
        "Meningkatnya pertumbuhan ekonomi daerah",
        "Laju pertumbuhan ekonomi",
        5.2,
        "%",
    ),
    (
        "SS4",
        "Meningkatnya kualitas infrastruktur kota",
        "Persentase jalan kota kondisi mantap",
        90.0,
        "%",
    ),
    (
        "SS5",
        "Meningkatnya akuntabilitas kinerja pemerintahan",
        "Nilai SAKIP",
        75.0,
        "nilai",
    ),
];

pub fn goal_inputs() -> Vec<SasaranInput> {
    GOALS
        .iter()
        .map(|(kode, nama, ind, target, satuan)| SasaranInput {
            kode: kode.to_string(),
            nama: nama.to_string(),
            indikator: vec![IndikatorInput {
                nama: ind.to_string(),
                target: *target,
                satuan: satuan.to_string(),
            }],
        })
        .collect()
}

const LEADER_RHK: [&str; 4] = [
    "Meningkatnya kualitas layanan {}",
    "Terlaksananya program prioritas {}",
    "Meningkatnya akuntabilitas kinerja {}",
    "Tersedianya data dan informasi {}",
];
const STAFF_RHK: [(&str, &str); 6] = [
    ("Tersusunnya laporan {}", "Laporan"),
    ("Terlaksananya verifikasi berkas {}", "Berkas"),
    ("Tersedianya data mutakhir {}", "Dokumen"),
    ("Terkelolanya arsip {}", "Berkas"),
    ("Terlaksananya kegiatan koordinasi {}", "Kegiatan"),
    ("Tersusunnya rekomendasi kebijakan {}", "Rekomendasi"),
];
const PERSPEKTIF: [&str; 4] = [
    "PENERIMA_LAYANAN",
    "PROSES_BISNIS",
    "PENGUATAN_INTERNAL",
    "ANGGARAN",
];
const RISKS: [(&str, &str); 4] = [
    (
        "Keterlambatan data dari unit lain",
        "Jadwal pengiriman data disepakati di awal triwulan",
    ),
    (
        "Anggaran kegiatan terlambat dicairkan",
        "Koordinasi rutin dengan BPKAD",
    ),
    (
        "Gangguan sistem informasi",
        "Cadangan data harian dan prosedur manual sementara",
    ),
    (
        "Kekurangan tenaga pelaksana",
        "Penugasan lintas seksi melalui tim kerja",
    ),
];

/// "Seksi Identitas Penduduk" → "identitas penduduk": the topic of a unit in a title.
fn topic(unit: &str) -> String {
    let t = [
        "Seksi ",
        "Subbagian ",
        "Bidang ",
        "Bagian ",
        "Dinas ",
        "Badan ",
        "Sub Bagian ",
        "Inspektur Pembantu ",
    ]
    .iter()
    .find_map(|p| unit.strip_prefix(p))
    .unwrap_or(unit);
    t.to_string()
}

/// Special cases of the demo: the PPK whose RHK are published and approved, and the
/// employee whose SKP is left as a draft with one RHK (for the end-to-end flow).
#[derive(Clone, Copy, Default)]
pub struct Cast {
    pub penilai: Option<usize>,
    pub pegawai: Option<usize>,
}

/// `closed`: a finished year, every SKP approved and its realisasi complete.
pub fn generate(
    org: &Org,
    goals: &[String],
    periode_id: &str,
    year: i32,
    seed: u64,
    cast: Cast,
    closed: bool,
) -> PlanSeed {
    let mut rng = Rng::new(seed ^ 0x504c_414e);
    let n = org.pegawai.len();
    let by_id: HashMap<&str, usize> = org
        .pegawai
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id.as_str(), i))
        .collect();
    let ppk: Vec<Option<usize>> = org
        .pegawai
        .iter()
        .map(|p| p.ppk_id.as_deref().and_then(|id| by_id.get(id).copied()))
        .collect();
    let jenis: HashMap<&str, app::domain::jabatan::JenisJabatan> = org
        .jabatan
        .iter()
        .map(|j| (j.id.as_str(), j.jenis))
        .collect();
    let mut leads = vec![0usize; n];
    for p in ppk.iter().flatten() {
        leads[*p] += 1;
    }
    // PPK before their staff: by depth in the PPK tree
    let mut depth = vec![0usize; n];
    for (i, d) in depth.iter_mut().enumerate() {
        let mut cur = ppk[i];
        while let Some(c) = cur {
            *d += 1;
            cur = ppk[c];
            if *d > n {
                break;
            }
        }
    }
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|&i| depth[i]);

    let mut plan = PlanSeed::default();
    let mut rhk_of: Vec<Vec<usize>> = vec![vec![]; n];
    let mut kuantitas_iki: HashMap<usize, usize> = HashMap::new();
    let date = |m: u32, d: u32| format!("{year}-{m:02}-{d:02}T08:00:00.000Z");
    for &i in &order {
        let p = &org.pegawai[i];
        let jpt = jenis.get(p.jabatan_id.as_str()).is_some_and(|j| j.is_jpt());
        let unit = &org.units[org.pegawai_unit[i]];
        let leader = leads[i] > 0;
        let status = if closed {
            "DISETUJUI"
        } else if Some(i) == cast.pegawai {
            "DRAFT"
        } else if leader || Some(i) == cast.penilai {
            if rng.chance(0.92) || Some(i) == cast.penilai {
                "DISETUJUI"
            } else {
                "DRAFT"
            }
        } else {
            rng.weighted(&[
                ("DISETUJUI", 60),
                ("DIAJUKAN", 18),
                ("DRAFT", 14),
                ("DIKEMBALIKAN", 8),
            ])
        };
        let skp_id = new_id();
        let approved = status == "DISETUJUI";
        plan.skp.push(SkpSeed {
            id: skp_id.clone(),
            pegawai_id: p.id.clone(),
            periode_id: periode_id.to_string(),
            status,
            ppk_id: ppk[i].map(|k| org.pegawai[k].id.clone()),
            diajukan_at: (status != "DRAFT").then(|| date(1, 10 + rng.range(0, 15) as u32)),
            disetujui_at: approved.then(|| date(1, 26 + rng.range(0, 3) as u32)),
            catatan: (status == "DIKEMBALIKAN").then(|| {
                "Lengkapi indikator kualitas dan target waktu sesuai ekspektasi pimpinan"
                    .to_string()
            }),
        });
        let parents: Vec<usize> = ppk[i].map(|k| rhk_of[k].clone()).unwrap_or_default();
        let count = if ppk[i].is_none() {
            goals.len()
        } else if Some(i) == cast.pegawai {
            1
        } else if leader {
            if unit.level == 2 {
                3
            } else {
                2
            }
        } else {
            rng.range(2, 3) as usize
        };
        let orphan_draft = !leader && status == "DRAFT" && rng.chance(0.06);
        for k in 0..count {
            let rhk_ix = plan.rhk.len();
            let rid = new_id();
            let (parent, sasaran) = if ppk[i].is_none() {
                (None, goals.get(k).cloned())
            } else if parents.is_empty() || (orphan_draft && k == 0) {
                (None, None)
            } else {
                (Some(plan.rhk[parents[k % parents.len()]].id.clone()), None)
            };
            let (judul, satuan) = if ppk[i].is_none() {
                (GOALS[k % GOALS.len()].1.to_string(), "%")
            } else if leader {
                (
                    LEADER_RHK[(k + unit.level as usize) % LEADER_RHK.len()]
                        .replace("{}", &topic(&unit.nama).to_lowercase()),
                    "Dokumen",
                )
            } else {
                let (t, s) = STAFF_RHK[(rng.below(STAFF_RHK.len() as u64)) as usize];
                (t.replace("{}", &topic(&unit.nama).to_lowercase()), s)
            };
            plan.rhk.push(RhkSeed {
                id: rid.clone(),
                skp_id: skp_id.clone(),
                pegawai_id: p.id.clone(),
                periode_id: periode_id.to_string(),
                urutan: k as i64,
                jenis: if k + 1 == count && count > 2 && !jpt {
                    "TAMBAHAN"
                } else {
                    "UTAMA"
                },
                judul,
                perspektif: jpt.then(|| PERSPEKTIF[k % PERSPEKTIF.len()]),
                parent_id: parent,
                cascading: None,
                sasaran_id: sasaran,
                // leaders whose SKP is still a draft publish their RHK early
                terbit: leader && !approved,
            });
            rhk_of[i].push(rhk_ix);
            let progress = match (closed, approved) {
                (true, _) => 0.8 + rng.below(21) as f64 / 100.0,
                (false, true) => 0.55 + rng.below(46) as f64 / 100.0,
                _ => 0.0,
            };
            let real = |t: f64| approved.then_some((t * progress).round());
            if jpt {
                plan.iki.push(IkiSeed {
                    id: new_id(),
                    rhk_id: rid.clone(),
                    urutan: 0,
                    aspek: None,
                    nama: "Persentase capaian indikator kinerja utama".into(),
                    target: 100.0,
                    satuan: "%",
                    realisasi: real(100.0),
                });
            } else {
                let target = if leader {
                    12.0
                } else {
                    rng.range(4, 24) as f64
                };
                kuantitas_iki.insert(rhk_ix, plan.iki.len());
                for (u, aspek, nama, t, s) in [
                    (
                        0,
                        "KUANTITAS",
                        format!("Jumlah {}", satuan.to_lowercase()),
                        target,
                        satuan,
                    ),
                    (
                        1,
                        "KUALITAS",
                        "Persentase kesesuaian dengan standar".to_string(),
                        100.0,
                        "%",
                    ),
                    (2, "WAKTU", "Waktu penyelesaian".to_string(), 12.0, "Bulan"),
                ] {
                    plan.iki.push(IkiSeed {
                        id: new_id(),
                        rhk_id: rid.clone(),
                        urutan: u,
                        aspek: Some(aspek),
                        nama,
                        target: t,
                        satuan: s,
                        realisasi: real(t),
                    });
                }
            }
            if leader && rng.chance(0.04) {
                let (d, m) = RISKS[rng.below(RISKS.len() as u64) as usize];
                plan.risiko.push(RisikoSeed {
                    id: new_id(),
                    rhk_id: rid,
                    deskripsi: d,
                    kemungkinan: rng.range(2, 5),
                    dampak: rng.range(3, 5),
                    mitigasi: m,
                    pemilik: org.pegawai[i].nama.clone(),
                });
            }
        }
    }
    direct_cascading(&mut plan, &kuantitas_iki, &mut rng);
    plan
}

/// For some leaders' RHK whose children are all staff RHK, the children split the quantity
/// directly: the leader's Kuantitas target becomes their sum (each has a one-in-ten chance of being off by one, to
/// show the warning).
fn direct_cascading(plan: &mut PlanSeed, kuantitas: &HashMap<usize, usize>, rng: &mut Rng) {
    let ix: HashMap<String, usize> = plan
        .rhk
        .iter()
        .enumerate()
        .map(|(i, r)| (r.id.clone(), i))
        .collect();
    let mut children: HashMap<usize, Vec<usize>> = HashMap::new();
    for (i, r) in plan.rhk.iter().enumerate() {
        if let Some(p) = r.parent_id.as_ref().and_then(|p| ix.get(p)) {
            children.entry(*p).or_default().push(i);
        }
    }
    let mut parents: Vec<usize> = children.keys().copied().collect();
    parents.sort();
    for p in parents {
        let kids = &children[&p];
        let all_leaves = kids.iter().all(|k| !children.contains_key(k));
        let (Some(&pk), true) = (kuantitas.get(&p), all_leaves) else {
            continue;
        };
        if kids.len() < 2 || !rng.chance(0.2) {
            continue;
        }
        let satuan = plan.iki[pk].satuan;
        let mut sum = 0.0;
        for k in kids {
            let Some(&kk) = kuantitas.get(k) else {
                continue;
            };
            plan.iki[kk].satuan = satuan;
            sum += plan.iki[kk].target;
            plan.rhk[*k].cascading = Some("LANGSUNG");
        }
        plan.iki[pk].target = if rng.chance(0.1) { sum + 1.0 } else { sum };
    }
}
