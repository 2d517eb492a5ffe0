//! Squads for a seeded organisation: each led by a unit head, serving that head's first RHK,
//! with members from any unit; the matrix has one column per IKI of the served RHK, and each
//! member's role becomes an RHK in their SKP (added to the plan before it is written, tagged
//! with the squad afterwards by `repo::tim::bulk`). Deterministic for a seed.

use std::collections::HashMap;

use app::backend::ids::new_id;
use app::backend::repo::bulk_plan::{IkiSeed, PlanSeed, RhkSeed};
use app::backend::repo::tim::bulk::{
    AnggotaSeed, KolomSeed, RekomendasiSeed, SelSeed, TimSeed, TimSeeds,
};

use super::org::Org;
use super::rng::Rng;

/// One squad to seed: the lead and the members' roles (person, role kind, named role, %).
pub struct Spec {
    pub nama: String,
    pub tujuan: String,
    pub ketua: usize,
    pub anggota: Vec<(usize, &'static str, String, i64)>,
}

/// Squad names and purposes (a topic is appended for the synthetic agency).
pub const NAMES: [(&str, &str); 8] = [
    (
        "Tim Satu Data",
        "Data kependudukan dan layanan yang terpadu dan mutakhir",
    ),
    (
        "Tim Percepatan Layanan Publik",
        "Waktu layanan perizinan dan administrasi yang lebih singkat",
    ),
    (
        "Tim Reformasi Birokrasi",
        "Zona integritas dan penyederhanaan proses bisnis",
    ),
    (
        "Tim Penanganan Stunting",
        "Turunnya prevalensi stunting melalui intervensi lintas dinas",
    ),
    (
        "Tim Kota Cerdas",
        "Layanan digital terintegrasi untuk warga",
    ),
    (
        "Tim Evaluasi SAKIP",
        "Nilai akuntabilitas kinerja yang meningkat",
    ),
    ("Tim Pengendalian Inflasi", "Harga bahan pokok yang stabil"),
    (
        "Tim Penanggulangan Kemiskinan",
        "Data terpadu dan program perlindungan sosial tepat sasaran",
    ),
];

const ROLE_RESULTS: [&str; 6] = [
    "Tersusunnya analisis data {}",
    "Terlaksananya koordinasi lintas unit {}",
    "Tersedianya dasbor pemantauan {}",
    "Tersusunnya laporan kemajuan {}",
    "Terverifikasinya data sasaran {}",
    "Terpublikasinya informasi {}",
];

const NAMED_ROLES: [&str; 4] = [
    "analis data",
    "penulis laporan",
    "pengelola dasbor",
    "verifikator",
];

/// A member's role drawn at random: mostly ANGGOTA, some KOORDINATOR or a named role.
pub fn random_role(rng: &mut Rng) -> (&'static str, String, i64) {
    let alokasi = rng.range(1, 5) * 10;
    match rng.below(6) {
        0 => ("KOORDINATOR", String::new(), alokasi),
        1 | 2 => ("LAINNYA", rng.pick(&NAMED_ROLES).to_string(), alokasi),
        _ => ("ANGGOTA", String::new(), alokasi),
    }
}

/// Adds the squads' RHK (with IKI) to `plan` and returns the squad rows. A squad whose lead
/// has no RHK in the plan, or a member without an SKP, is skipped.
pub fn build(org: &Org, plan: &mut PlanSeed, specs: &[Spec], rng: &mut Rng) -> TimSeeds {
    let skp: HashMap<String, (String, &'static str)> = plan
        .skp
        .iter()
        .map(|s| (s.pegawai_id.clone(), (s.id.clone(), s.status)))
        .collect();
    let mut first_rhk: HashMap<&str, usize> = HashMap::new();
    let mut urutan: HashMap<String, i64> = HashMap::new();
    for (i, r) in plan.rhk.iter().enumerate() {
        first_rhk.entry(r.pegawai_id.as_str()).or_insert(i);
        let u = urutan.entry(r.pegawai_id.clone()).or_default();
        *u = (*u).max(r.urutan + 1);
    }
    let first_rhk: HashMap<String, usize> = first_rhk
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
    let mut iki_of: HashMap<String, Vec<(String, String)>> = HashMap::new();
    for k in &plan.iki {
        iki_of
            .entry(k.rhk_id.clone())
            .or_default()
            .push((k.id.clone(), k.nama.clone()));
    }
    let mut out = TimSeeds::default();
    for spec in specs {
        let lead = &org.pegawai[spec.ketua];
        let Some(&served_ix) = first_rhk.get(&lead.id) else {
            continue;
        };
        let served = plan.rhk[served_ix].clone();
        let periode_id = served.periode_id.clone();
        let tim_id = new_id();
        out.tim.push(TimSeed {
            id: tim_id.clone(),
            periode_id: periode_id.clone(),
            nama: spec.nama.clone(),
            tujuan: spec.tujuan.clone(),
            ketua_id: lead.id.clone(),
            rhk_id: Some(served.id.clone()),
        });
        let cols: Vec<String> = match iki_of.get(&served.id) {
            Some(list) if !list.is_empty() => list
                .iter()
                .enumerate()
                .map(|(i, (iki_id, nama))| {
                    let id = new_id();
                    out.kolom.push(KolomSeed {
                        id: id.clone(),
                        tim_id: tim_id.clone(),
                        urutan: i as i64,
                        judul: nama.clone(),
                        rhk_id: served.id.clone(),
                        iki_id: Some(iki_id.clone()),
                    });
                    id
                })
                .collect(),
            _ => {
                let id = new_id();
                out.kolom.push(KolomSeed {
                    id: id.clone(),
                    tim_id: tim_id.clone(),
                    urutan: 0,
                    judul: served.judul.clone(),
                    rhk_id: served.id.clone(),
                    iki_id: None,
                });
                vec![id]
            }
        };
        let topic = spec.nama.trim_start_matches("Tim ").to_lowercase();
        let mut roles = vec![(spec.ketua, "KETUA", String::new(), 10)];
        roles.extend(spec.anggota.iter().cloned());
        let mut seen = std::collections::HashSet::new();
        for (n, (who, peran, nama_peran, alokasi)) in roles.into_iter().enumerate() {
            let p = &org.pegawai[who];
            if !seen.insert((who, peran, nama_peran.clone())) {
                continue;
            }
            let Some((skp_id, status)) = skp.get(&p.id).cloned() else {
                continue;
            };
            let anggota_id = new_id();
            out.anggota.push(AnggotaSeed {
                id: anggota_id.clone(),
                tim_id: tim_id.clone(),
                pegawai_id: p.id.clone(),
                peran,
                nama_peran: nama_peran.clone(),
                alokasi,
                urutan: n as i64,
            });
            if peran == "KETUA" {
                continue;
            }
            // the member's role as a result, in one column, as an RHK of their SKP
            let judul = rng.pick(&ROLE_RESULTS).replace("{}", &topic);
            let rhk_id = new_id();
            let u = urutan.entry(p.id.clone()).or_default();
            plan.rhk.push(RhkSeed {
                id: rhk_id.clone(),
                skp_id,
                pegawai_id: p.id.clone(),
                periode_id: periode_id.clone(),
                urutan: *u,
                jenis: "UTAMA",
                judul: judul.clone(),
                perspektif: None,
                parent_id: Some(served.id.clone()),
                cascading: Some("TIDAK_LANGSUNG"),
                sasaran_id: None,
                terbit: false,
            });
            *u += 1;
            let approved = status == "DISETUJUI";
            let progress = 0.3 + rng.below(60) as f64 / 100.0;
            for (k, (aspek, nama, target, satuan)) in [
                (
                    "KUANTITAS",
                    "Jumlah dokumen hasil tim",
                    rng.range(2, 8) as f64,
                    "Dokumen",
                ),
                (
                    "KUALITAS",
                    "Persentase kesesuaian dengan standar",
                    100.0,
                    "%",
                ),
                ("WAKTU", "Waktu penyelesaian", 12.0, "Bulan"),
            ]
            .into_iter()
            .enumerate()
            {
                plan.iki.push(IkiSeed {
                    id: new_id(),
                    rhk_id: rhk_id.clone(),
                    urutan: k as i64,
                    aspek: Some(aspek),
                    nama: nama.to_string(),
                    target,
                    satuan,
                    realisasi: approved.then(|| (target * progress).round()),
                });
            }
            out.sel.push(SelSeed {
                id: new_id(),
                tim_id: tim_id.clone(),
                anggota_id,
                kolom_id: cols[n % cols.len()].clone(),
                judul,
                rhk_id,
            });
            if approved && rng.chance(0.3) {
                out.rekomendasi.push(RekomendasiSeed {
                    tim_id: tim_id.clone(),
                    pegawai_id: p.id.clone(),
                    umpan_balik:
                        "Kontribusi konsisten dan tepat waktu; pertahankan koordinasi lintas unit"
                            .into(),
                    rating: Some(if rng.chance(0.3) { "DI_ATAS" } else { "SESUAI" }),
                    oleh: lead.id.clone(),
                });
            }
        }
    }
    out
}

/// Staff who can join squads: not unit heads and not JPT (their RHK cascade from their own
/// leaders, with the three aspects).
pub fn staff(org: &Org) -> Vec<usize> {
    let jpt: std::collections::HashSet<&str> = org
        .jabatan
        .iter()
        .filter(|j| j.jenis.is_jpt())
        .map(|j| j.id.as_str())
        .collect();
    (0..org.pegawai.len())
        .filter(|&i| !org.pegawai_head[i] && !jpt.contains(org.pegawai[i].jabatan_id.as_str()))
        .collect()
}

/// Heads of units below the second level, who lead squads.
pub fn leads(org: &Org) -> Vec<usize> {
    (0..org.pegawai.len())
        .filter(|&i| org.pegawai_head[i] && org.units[org.pegawai_unit[i]].level >= 3)
        .collect()
}

/// `count` squads, each led by a head and with 4–8 staff from anywhere in the agency;
/// `fixed` (with its roles) joins the first squads, one role each.
pub fn specs(
    org: &Org,
    rng: &mut Rng,
    count: usize,
    fixed: &[(usize, &'static str, &'static str, i64)],
) -> Vec<Spec> {
    let leads = leads(org);
    let staff = staff(org);
    if leads.is_empty() || staff.is_empty() {
        return vec![];
    }
    (0..count)
        .map(|i| {
            let (nama, tujuan) = NAMES[i % NAMES.len()];
            let nama = if count > NAMES.len() {
                format!("{nama} {}", i / NAMES.len() + 1)
            } else {
                nama.to_string()
            };
            let ketua = leads[rng.below(leads.len() as u64) as usize];
            let mut anggota: Vec<(usize, &'static str, String, i64)> = (0..rng.range(4, 8))
                .map(|_| {
                    let (peran, nama_peran, alokasi) = random_role(rng);
                    (
                        staff[rng.below(staff.len() as u64) as usize],
                        peran,
                        nama_peran,
                        alokasi,
                    )
                })
                .filter(|(who, ..)| *who != ketua)
                .collect();
            if let Some((who, peran, nama_peran, alokasi)) = fixed.get(i) {
                anggota.insert(0, (*who, *peran, nama_peran.to_string(), *alokasi));
            }
            Spec {
                nama,
                tujuan: tujuan.to_string(),
                ketua,
                anggota,
            }
        })
        .collect()
}
