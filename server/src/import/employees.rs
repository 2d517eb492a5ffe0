//! Employees: `nip, nama, status_asn, golongan, kode_unit, jabatan, jenis_jabatan, jenjang,
//! kepala_unit, nip_ppk, nip_atasan_ppk`.

use std::collections::HashMap;

use app::backend::ids::new_id;
use app::backend::repo::bulk::{self, AuditBy, JabatanRow, PegawaiRow};
use app::backend::AppError;
use app::domain::jabatan::{check_jenjang, JenisJabatan, Jenjang};
use app::domain::lang::Lang;
use app::domain::nip::Nip;
use app::domain::pegawai::{normalise_golongan, StatusAsn};
use sqlx::Row as _;

use super::table::{Row, Table};
use super::{check_text, Errors, Tx};

pub const REQUIRED: &[&str] = &[
    "nip",
    "nama",
    "status_asn",
    "golongan",
    "kode_unit",
    "jabatan",
    "jenis_jabatan",
];
const MAX_NAMA: usize = 200;

/// One valid row, ready to write.
struct Parsed {
    line: usize,
    nip: String,
    nama: String,
    status: StatusAsn,
    golongan: String,
    unit_id: String,
    jabatan: String,
    jenis: JenisJabatan,
    jenjang: Option<Jenjang>,
    kepala: bool,
    ppk: Option<String>,
    atasan: Option<String>,
}

struct DbPegawai {
    id: String,
    ppk_id: Option<String>,
}

struct DbJabatan {
    id: String,
    jenis: String,
    jenjang: Option<String>,
    kepala: bool,
}

fn parse_bool(s: &str) -> Option<bool> {
    match s.trim().to_lowercase().as_str() {
        "" | "tidak" | "t" | "n" | "no" | "0" | "false" | "bukan" => Some(false),
        "ya" | "y" | "yes" | "1" | "true" => Some(true),
        _ => None,
    }
}

/// A NIP column: valid NIP (spaces ignored), and not a number cell of a spreadsheet.
fn nip_cell(table: &Table, row: &Row, col: &str, errors: &mut Errors) -> Option<String> {
    let text = table.get(row, col);
    if text.is_empty() {
        return None;
    }
    if table.cell(row, col).is_some_and(|c| c.numeric) && text.len() >= 16 {
        errors.add(
            row.line,
            col,
            "NIP tersimpan sebagai angka sehingga digit terakhirnya hilang; \
             format kolom sebagai Teks lalu ketik ulang NIP",
        );
        return None;
    }
    match Nip::parse(text) {
        Ok(n) => Some(n.as_str().to_string()),
        Err(e) => {
            errors.add(row.line, col, e.message(Lang::Id));
            None
        }
    }
}

pub async fn import(
    tx: &mut Tx<'_>,
    instansi_id: &str,
    akun_id: Option<&str>,
    table: &Table,
) -> Result<usize, AppError> {
    // what the database already holds
    let units: HashMap<String, String> =
        sqlx::query("SELECT id, kode FROM unit_kerja WHERE instansi_id = $1")
            .bind(instansi_id)
            .fetch_all(&mut **tx)
            .await?
            .iter()
            .map(|r| (r.get("kode"), r.get("id")))
            .collect();
    let db_pegawai: HashMap<String, DbPegawai> =
        sqlx::query("SELECT id, nip, ppk_id FROM pegawai WHERE instansi_id = $1")
            .bind(instansi_id)
            .fetch_all(&mut **tx)
            .await?
            .iter()
            .map(|r| {
                (
                    r.get("nip"),
                    DbPegawai {
                        id: r.get("id"),
                        ppk_id: r.get("ppk_id"),
                    },
                )
            })
            .collect();
    let nip_of_id: HashMap<&str, &str> = db_pegawai
        .iter()
        .map(|(nip, p)| (p.id.as_str(), nip.as_str()))
        .collect();
    let db_jabatan: HashMap<(String, String), DbJabatan> = sqlx::query(
        "SELECT id, unit_id, nama, jenis, jenjang, kepala_unit FROM jabatan WHERE instansi_id = $1",
    )
    .bind(instansi_id)
    .fetch_all(&mut **tx)
    .await?
    .iter()
    .map(|r| {
        (
            (r.get("unit_id"), r.get("nama")),
            DbJabatan {
                id: r.get("id"),
                jenis: r.get("jenis"),
                jenjang: r.get("jenjang"),
                kepala: r.get::<i64, _>("kepala_unit") == 1,
            },
        )
    })
    .collect();
    // unit id → (nip, nama) of its current head
    let db_heads: HashMap<String, (String, String)> = sqlx::query(
        "SELECT j.unit_id, p.nip, p.nama FROM pegawai p \
         JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id \
         WHERE p.instansi_id = $1 AND j.kepala_unit = 1 AND p.aktif = 1",
    )
    .bind(instansi_id)
    .fetch_all(&mut **tx)
    .await?
    .iter()
    .map(|r| (r.get("unit_id"), (r.get("nip"), r.get("nama"))))
    .collect();

    let mut errors = Errors::default();
    let mut parsed: Vec<Parsed> = Vec::with_capacity(table.rows.len());
    let mut nip_line: HashMap<String, usize> = HashMap::new();
    // (unit id, jabatan) → (line, jenis, jenjang, kepala) of its first row
    type JabatanKey = (String, String);
    let mut jabatan_first: HashMap<JabatanKey, (usize, JenisJabatan, Option<Jenjang>, bool)> =
        HashMap::new();
    let mut head_line: HashMap<String, usize> = HashMap::new();

    for row in &table.rows {
        let line = row.line;
        let mut nip = nip_cell(table, row, "nip", &mut errors);
        if table.get(row, "nip").is_empty() {
            errors.add(line, "nip", "Kolom 'nip' wajib diisi");
        }
        if let Some(n) = nip.clone() {
            if let Some(first) = nip_line.get(&n) {
                errors.add(
                    line,
                    "nip",
                    format!("NIP {n} sudah dipakai pada baris {first}"),
                );
                nip = None;
            } else {
                nip_line.insert(n.clone(), line);
                if db_pegawai.contains_key(&n) {
                    errors.add(
                        line,
                        "nip",
                        format!("NIP {n} sudah terdaftar di instansi ini"),
                    );
                    nip = None;
                }
            }
        }
        let nama = table.get(row, "nama");
        check_text(&mut errors, line, "nama", nama, MAX_NAMA);

        let status_text = table.get(row, "status_asn");
        let status = StatusAsn::from_code(status_text);
        if status.is_none() {
            errors.add(
                line,
                "status_asn",
                if status_text.is_empty() {
                    "Kolom 'status_asn' wajib diisi (PNS atau PPPK)".to_string()
                } else {
                    format!("Status ASN '{status_text}' tidak dikenal (PNS atau PPPK)")
                },
            );
        }
        let golongan_text = table.get(row, "golongan");
        let golongan = match (status, golongan_text.is_empty()) {
            (_, true) => {
                errors.add(line, "golongan", "Kolom 'golongan' wajib diisi");
                None
            }
            (Some(s), false) => match normalise_golongan(s, golongan_text) {
                Ok(g) => Some(g),
                Err(m) => {
                    errors.add(line, "golongan", m);
                    None
                }
            },
            (None, false) => None,
        };

        let kode_unit = table.get(row, "kode_unit");
        let unit_id = if kode_unit.is_empty() {
            errors.add(line, "kode_unit", "Kolom 'kode_unit' wajib diisi");
            None
        } else {
            let u = units.get(kode_unit);
            if u.is_none() {
                errors.add(
                    line,
                    "kode_unit",
                    format!(
                        "Kode unit '{kode_unit}' tidak ditemukan di instansi ini; impor unit kerja terlebih dahulu"
                    ),
                );
            }
            u.cloned()
        };

        let jabatan = table.get(row, "jabatan");
        check_text(&mut errors, line, "jabatan", jabatan, MAX_NAMA);
        let jenis_text = table.get(row, "jenis_jabatan");
        let jenis = JenisJabatan::from_code(jenis_text);
        if jenis.is_none() {
            errors.add(
                line,
                "jenis_jabatan",
                if jenis_text.is_empty() {
                    "Kolom 'jenis_jabatan' wajib diisi".to_string()
                } else {
                    format!(
                        "Jenis jabatan '{jenis_text}' tidak dikenal (JPT_UTAMA, JPT_MADYA, JPT_PRATAMA, \
                         ADMINISTRATOR, PENGAWAS, PELAKSANA, FUNGSIONAL)"
                    )
                },
            );
        }
        let jenjang_text = table.get(row, "jenjang");
        let mut jenjang_ok = true;
        let jenjang = if jenjang_text.is_empty() {
            None
        } else {
            let j = Jenjang::from_code(jenjang_text);
            if j.is_none() {
                jenjang_ok = false;
                errors.add(
                    line,
                    "jenjang",
                    format!(
                        "Jenjang '{jenjang_text}' tidak dikenal (PEMULA, TERAMPIL, MAHIR, PENYELIA, \
                         AHLI_PERTAMA, AHLI_MUDA, AHLI_MADYA, AHLI_UTAMA)"
                    ),
                );
            }
            j
        };
        if let (Some(js), true) = (jenis, jenjang_ok) {
            if let Err(m) = check_jenjang(js, jenjang) {
                errors.add(line, "jenjang", m);
                jenjang_ok = false;
            }
        }
        if status == Some(StatusAsn::Pppk)
            && matches!(
                jenis,
                Some(JenisJabatan::Administrator | JenisJabatan::Pengawas)
            )
        {
            errors.add(
                line,
                "jenis_jabatan",
                "PPPK tidak dapat menduduki jabatan administrator atau pengawas",
            );
        }
        let kepala_text = table.get(row, "kepala_unit");
        let kepala = parse_bool(kepala_text);
        if kepala.is_none() {
            errors.add(
                line,
                "kepala_unit",
                format!(
                    "Nilai kepala_unit '{kepala_text}' tidak dikenal (ya/tidak, 1/0, true/false)"
                ),
            );
        }
        // a position's definition is compared with others only when it is valid itself
        let definition_ok = jenjang_ok && kepala.is_some();
        let kepala = kepala.unwrap_or(false);

        // one head per unit; one definition per position of a unit
        if let (Some(uid), true) = (&unit_id, kepala) {
            if let Some(first) = head_line.get(uid) {
                errors.add(
                    line,
                    "kepala_unit",
                    format!("Unit '{kode_unit}' sudah memiliki kepala pada baris {first}"),
                );
            } else {
                head_line.insert(uid.clone(), line);
                if let Some((hnip, hnama)) = db_heads.get(uid) {
                    errors.add(
                        line,
                        "kepala_unit",
                        format!("Unit '{kode_unit}' sudah memiliki kepala: {hnama} (NIP {hnip})"),
                    );
                }
            }
        }
        if let (Some(uid), Some(js), false, true) =
            (&unit_id, jenis, jabatan.is_empty(), definition_ok)
        {
            let key = (uid.clone(), jabatan.to_string());
            if let Some(db) = db_jabatan.get(&key) {
                if db.jenis != js.code()
                    || db.jenjang.as_deref() != jenjang.map(|j| j.code())
                    || db.kepala != kepala
                {
                    errors.add(
                        line,
                        "jabatan",
                        format!(
                            "Jabatan '{jabatan}' sudah ada di unit '{kode_unit}' dengan jenis {}{}{}; \
                             samakan jenis_jabatan, jenjang dan kepala_unit atau pakai nama jabatan lain",
                            db.jenis,
                            db.jenjang.as_deref().map(|j| format!(" jenjang {j}")).unwrap_or_default(),
                            if db.kepala { " (kepala unit)" } else { "" },
                        ),
                    );
                }
            } else if let Some((first, fj, fjj, fk)) = jabatan_first.get(&key) {
                if (*fj, *fjj, *fk) != (js, jenjang, kepala) {
                    errors.add(
                        line,
                        "jabatan",
                        format!(
                            "Jabatan '{jabatan}' di unit '{kode_unit}' berbeda jenis_jabatan, jenjang \
                             atau kepala_unit dengan baris {first}"
                        ),
                    );
                }
            } else {
                jabatan_first.insert(key, (line, js, jenjang, kepala));
            }
        }

        let ppk = nip_cell(table, row, "nip_ppk", &mut errors);
        let atasan = nip_cell(table, row, "nip_atasan_ppk", &mut errors);
        if let (Some(me), Some(p)) = (&nip, &ppk) {
            if me == p {
                errors.add(line, "nip_ppk", "PPK tidak boleh pegawai itu sendiri");
            }
        }
        if let (Some(me), Some(a)) = (&nip, &atasan) {
            if me == a {
                errors.add(
                    line,
                    "nip_atasan_ppk",
                    "Atasan PPK tidak boleh pegawai itu sendiri",
                );
            }
        }
        if let (Some(p), Some(a)) = (&ppk, &atasan) {
            if p == a {
                errors.add(
                    line,
                    "nip_atasan_ppk",
                    "Atasan PPK tidak boleh sama dengan PPK",
                );
            }
        }
        if ppk.is_none() && table.get(row, "nip_ppk").is_empty() && atasan.is_some() {
            errors.add(line, "nip_atasan_ppk", "Atasan PPK diisi tetapi PPK kosong");
        }

        if let (Some(nip), Some(status), Some(golongan), Some(unit_id), Some(jenis)) =
            (nip, status, golongan, unit_id, jenis)
        {
            parsed.push(Parsed {
                line,
                nip,
                nama: nama.to_string(),
                status,
                golongan,
                unit_id,
                jabatan: jabatan.to_string(),
                jenis,
                jenjang,
                kepala,
                ppk,
                atasan,
            });
        }
    }

    // PPK references: in the file or in the database
    let known = |n: &str| nip_line.contains_key(n) || db_pegawai.contains_key(n);
    for p in &parsed {
        if let Some(k) = &p.ppk {
            if !known(k) {
                errors.add(
                    p.line,
                    "nip_ppk",
                    format!("PPK dengan NIP {k} tidak ditemukan di berkas maupun di instansi ini"),
                );
            }
        }
        if let Some(a) = &p.atasan {
            if !known(a) {
                errors.add(
                    p.line,
                    "nip_atasan_ppk",
                    format!("Atasan PPK dengan NIP {a} tidak ditemukan di berkas maupun di instansi ini"),
                );
            }
        }
    }

    // the PPK of a NIP: from the file when it is there, else from the database
    let file_ix: HashMap<&str, usize> = parsed
        .iter()
        .enumerate()
        .map(|(i, p)| (p.nip.as_str(), i))
        .collect();
    let ppk_of = |n: &str| -> Option<String> {
        match file_ix.get(n) {
            Some(&i) => parsed[i].ppk.clone(),
            None => db_pegawai
                .get(n)
                .and_then(|d| d.ppk_id.as_deref())
                .and_then(|id| nip_of_id.get(id))
                .map(|s| s.to_string()),
        }
    };
    // cycles in the PPK chain through rows of the file
    let mut done: HashMap<String, bool> = HashMap::new();
    for start in &parsed {
        let mut walk: Vec<String> = vec![];
        let mut cur = Some(start.nip.clone());
        while let Some(n) = cur {
            if done.contains_key(&n) {
                break;
            }
            if let Some(pos) = walk.iter().position(|w| *w == n) {
                let cycle = &walk[pos..];
                let mut names: Vec<&str> = cycle.iter().map(String::as_str).collect();
                names.push(names[0]);
                let text = names.join(" → ");
                for c in cycle {
                    if let Some(&i) = file_ix.get(c.as_str()) {
                        errors.add(
                            parsed[i].line,
                            "nip_ppk",
                            format!("Rantai PPK membentuk siklus: {text}"),
                        );
                    }
                }
                break;
            }
            walk.push(n.clone());
            cur = ppk_of(&n).filter(|k| *k != n);
        }
        for w in walk {
            done.insert(w, true);
        }
    }
    errors.into_result()?;
    if errors_were_dropped(&parsed, table) {
        return Err(AppError::internal());
    }

    // ids: new employees get theirs now, so PPK links can point forward in the file
    let id_of_new: HashMap<&str, String> =
        parsed.iter().map(|p| (p.nip.as_str(), new_id())).collect();
    let id_of = |n: &str| -> Option<String> {
        id_of_new
            .get(n)
            .cloned()
            .or_else(|| db_pegawai.get(n).map(|d| d.id.clone()))
    };
    let mut new_jabatan: Vec<JabatanRow> = vec![];
    let mut jabatan_ids: HashMap<(String, String), String> =
        db_jabatan.into_iter().map(|(k, v)| (k, v.id)).collect();
    let mut rows: Vec<PegawaiRow> = Vec::with_capacity(parsed.len());
    for p in &parsed {
        let key = (p.unit_id.clone(), p.jabatan.clone());
        let jabatan_id = match jabatan_ids.get(&key) {
            Some(id) => id.clone(),
            None => {
                let id = new_id();
                new_jabatan.push(JabatanRow {
                    id: id.clone(),
                    unit_id: p.unit_id.clone(),
                    nama: p.jabatan.clone(),
                    jenis: p.jenis,
                    jenjang: p.jenjang,
                    kepala_unit: p.kepala,
                });
                jabatan_ids.insert(key, id.clone());
                id
            }
        };
        let atasan = p
            .atasan
            .clone()
            .or_else(|| p.ppk.as_deref().and_then(ppk_of));
        rows.push(PegawaiRow {
            id: id_of_new[p.nip.as_str()].clone(),
            nip: p.nip.clone(),
            nama: p.nama.clone(),
            status_asn: p.status,
            golongan: p.golongan.clone(),
            unit_id: p.unit_id.clone(),
            jabatan_id,
            ppk_id: p.ppk.as_deref().and_then(id_of),
            atasan_ppk_id: atasan.as_deref().and_then(id_of),
        });
    }
    let by = AuditBy {
        akun_id,
        aksi: "import",
    };
    bulk::insert_jabatan(tx, instansi_id, by, &new_jabatan).await?;
    bulk::insert_pegawai(tx, instansi_id, by, &rows).await?;
    Ok(rows.len())
}

/// Every row must have been either reported or parsed; a row in neither is a bug here.
fn errors_were_dropped(parsed: &[Parsed], table: &Table) -> bool {
    parsed.len() != table.rows.len()
}
