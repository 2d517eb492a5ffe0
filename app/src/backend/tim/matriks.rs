//! Saving the Matriks Peran Hasil: columns (the leader's IKI or the squad's results) by rows
//! (members' roles). Each cell becomes an RHK in the member's SKP (opened as a draft when
//! missing), tagged with the squad, *penugasan dari* the squad's lead, intervening the
//! column's leader RHK; a changed cell updates it; a removed cell retires it (kept, with its
//! realisasi and history). All of it in one transaction, or nothing.
//!
//! A cell can only be created or changed while the member's SKP is editable (draft or
//! returned); retiring is allowed at any status (the RHK stays in the SKP, marked retired).

use std::collections::HashMap;

use serde_json::json;
use sqlx::{Any, Transaction};

use super::access::{audit_by, audit_tim, parent_allowed};
use super::kelola::{begin_change, get};
use crate::backend::authz::Actor;
use crate::backend::repo::employee;
use crate::backend::repo::skp::{self as skp_repo, SkpRow};
use crate::backend::repo::tim::{self as repo, AnggotaRow, Pensiun, TimRow};
use crate::backend::{AppError, AppResult, Db};
use crate::domain::dto::{IkiInput, MatriksInput, RhkInput, Tim};
use crate::domain::problem::Problem;
use crate::domain::skp::{check_rhk_input, Aspek, Cascading, JenisRhk, Pendekatan};
use crate::domain::tim::{
    check_matriks, diff_matriks, is_kosong, normalise, Langkah, SelBaru, SelLama,
};

type Tx<'a, 'c> = &'a mut Transaction<'c, Any>;

/// The IKI a new cell gets when none are given: the three aspects every non-JPT RHK needs.
pub fn default_iki(judul: &str) -> Vec<IkiInput> {
    vec![
        IkiInput {
            id: None,
            aspek: Some(Aspek::Kuantitas),
            nama: format!("Jumlah {}", normalise(judul).to_lowercase()),
            target: 1.0,
            satuan: "Dokumen".into(),
        },
        IkiInput {
            id: None,
            aspek: Some(Aspek::Kualitas),
            nama: "Persentase kesesuaian dengan standar".into(),
            target: 100.0,
            satuan: "%".into(),
        },
        IkiInput {
            id: None,
            aspek: Some(Aspek::Waktu),
            nama: "Waktu penyelesaian".into(),
            target: 12.0,
            satuan: "Bulan".into(),
        },
    ]
}

async fn audit_skp(
    tx: Tx<'_, '_>,
    actor: &Actor,
    s: &SkpRow,
    aksi: &str,
    sesudah: serde_json::Value,
) -> AppResult<()> {
    let key = (s.instansi_id.as_str(), "skp", s.id.as_str());
    audit_by(tx, actor, key, aksi, None, Some(sesudah)).await
}

/// The members' SKP touched by one save, each read (or opened) once and bumped once.
struct SkpMembers<'a> {
    t: &'a TimRow,
    rows: HashMap<String, SkpRow>,
    bumped: std::collections::HashSet<String>,
    /// Members whose SKP cannot take a new or changed RHK now.
    locked: Vec<Problem>,
}

impl SkpMembers<'_> {
    /// The member's SKP for the squad's period, opened as a draft when missing (`open`).
    async fn get(
        &mut self,
        db: &Db,
        tx: Tx<'_, '_>,
        actor: &Actor,
        pegawai_id: &str,
        open: bool,
    ) -> AppResult<Option<SkpRow>> {
        if let Some(s) = self.rows.get(pegawai_id) {
            return Ok(Some(s.clone()));
        }
        let inst = &self.t.instansi_id;
        let found = skp_repo::find_for(&db.pool, inst, pegawai_id, &self.t.periode_id).await?;
        let row = match found {
            Some(r) => r,
            None if !open => return Ok(None),
            None => {
                let (owner, _) = employee::find(&db.pool, pegawai_id)
                    .await?
                    .ok_or_else(|| AppError::not_found("Pegawai", "Employee"))?;
                let id = skp_repo::create_skp(
                    tx,
                    inst,
                    pegawai_id,
                    &self.t.periode_id,
                    owner.ppk_id.as_deref(),
                    Pendekatan::Kuantitatif,
                )
                .await?;
                let r = skp_repo::find(&mut **tx, &id)
                    .await?
                    .ok_or_else(AppError::internal)?;
                audit_skp(
                    tx,
                    actor,
                    &r,
                    "create",
                    json!({ "pegawai_id": pegawai_id, "periode_id": self.t.periode_id, "tim_id": self.t.id }),
                )
                .await?;
                r
            }
        };
        self.rows.insert(pegawai_id.to_string(), row.clone());
        Ok(Some(row))
    }

    /// The SKP changes: its version moves once per save (a stale editor of it gets 409).
    async fn bump(&mut self, tx: Tx<'_, '_>, s: &SkpRow) -> AppResult<()> {
        if self.bumped.insert(s.id.clone())
            && !skp_repo::bump(tx, &s.instansi_id, &s.id, s.version).await?
        {
            return Err(super::access::skp_conflict());
        }
        Ok(())
    }

    /// Whether the SKP takes a new or changed RHK; if not, the reason is kept.
    fn editable(&mut self, s: &SkpRow, who: &str, at: &str) -> bool {
        if s.status.editable() {
            return true;
        }
        self.locked.push(Problem::new(
            at,
            format!(
                "SKP {who} berstatus {}: RHK tim hanya dapat dibuat atau diubah pada SKP draf atau yang dikembalikan",
                s.status.label()
            ),
            format!(
                "{who}'s SKP is {}: squad RHK are created or changed only in a draft or returned SKP",
                s.status.code()
            ),
        ));
        false
    }
}

/// Retires the active cells of a role (when the member leaves); returns the retired RHK ids.
pub(super) async fn retire_cells_of(
    tx: Tx<'_, '_>,
    actor: &Actor,
    t: &TimRow,
    row: &AnggotaRow,
) -> AppResult<Vec<String>> {
    let cells: Vec<repo::SelRow> = repo::sel_rows(&mut **tx, &t.instansi_id, &t.id)
        .await?
        .into_iter()
        .filter(|s| s.anggota_id == row.id && !s.pensiun)
        .collect();
    let mut out = vec![];
    for c in cells {
        retire(tx, actor, t, &c).await?;
        out.push(c.rhk_id);
    }
    Ok(out)
}

async fn retire(tx: Tx<'_, '_>, actor: &Actor, t: &TimRow, c: &repo::SelRow) -> AppResult<()> {
    repo::set_pensiun(tx, Pensiun::Sel, &t.instansi_id, &c.id, true).await?;
    repo::set_pensiun(tx, Pensiun::Rhk, &t.instansi_id, &c.rhk_id, true).await?;
    if let Some(r) = skp_repo::find_rhk(&mut **tx, &c.rhk_id).await? {
        if let Some(s) = skp_repo::find(&mut **tx, &r.skp_id).await? {
            if !skp_repo::bump(tx, &s.instansi_id, &s.id, s.version).await? {
                return Err(super::access::skp_conflict());
            }
            audit_skp(
                tx,
                actor,
                &s,
                "rhk_tim_retire",
                json!({ "rhk_id": c.rhk_id, "judul": r.judul, "tim_id": t.id }),
            )
            .await?;
        }
    }
    Ok(())
}

/// Saves the whole matrix read at `m.version`; answers with the squad as it now is.
pub async fn save(db: &Db, actor: &Actor, tim_id: &str, m: MatriksInput) -> AppResult<Tim> {
    // the cells that say something ("x", "-" and empty are no cell)
    let sel: Vec<_> = m.sel.iter().filter(|s| !is_kosong(&s.judul)).collect();
    let titles: Vec<&str> = m.kolom.iter().map(|k| k.judul.as_str()).collect();
    let shape: Vec<(&str, usize, &str)> = sel
        .iter()
        .map(|s| (s.anggota_id.as_str(), s.kolom, s.judul.as_str()))
        .collect();
    let mut problems = check_matriks(&titles, &shape);
    for (i, s) in sel.iter().enumerate() {
        if let Some(iki) = &s.iki {
            let input = rhk_input(s.jenis, &s.judul, "x", iki.clone());
            problems.extend(
                check_rhk_input(false, &input)
                    .into_iter()
                    .filter(|p| !p.field.starts_with("judul"))
                    .map(|p| p.under(&format!("sel[{i}]"))),
            );
        }
    }
    if !problems.is_empty() {
        return Err(AppError::problems(problems));
    }
    let mut tx = db.begin().await?;
    let t = begin_change(db, &mut tx, actor, tim_id, m.version).await?;
    let inst = t.instansi_id.clone();
    let anggota = repo::anggota_rows(&mut *tx, &inst, &t.id).await?;
    let aktif: HashMap<&str, &AnggotaRow> = anggota
        .iter()
        .filter(|a| a.keluar_at.is_none())
        .map(|a| (a.id.as_str(), a))
        .collect();
    // the columns: existing ones by id, new ones inserted; each intervenes an allowed RHK
    let old_cols = repo::kolom_rows(&mut *tx, &inst, &t.id).await?;
    let mut col_ids = vec![];
    let mut col_rhk: Vec<skp_repo::RhkRow> = vec![];
    for (i, k) in m.kolom.iter().enumerate() {
        let at = format!("kolom[{i}]");
        let rhk_id = k
            .rhk_id
            .as_deref()
            .filter(|s| !s.trim().is_empty())
            .or(t.rhk_id.as_deref());
        let parent = match rhk_id {
            Some(id) => skp_repo::find_rhk(&mut *tx, id).await?,
            None => None,
        };
        let Some(parent) = parent else {
            problems.push(Problem::new(
                format!("{at}.rhk_id"),
                "Pilih RHK pimpinan yang diintervensi kolom ini",
                "Choose the leader RHK this column intervenes",
            ));
            continue;
        };
        if !parent_allowed(&mut tx, &t, &parent).await? {
            problems.push(Problem::new(
                format!("{at}.rhk_id"),
                "RHK kolom harus RHK yang dilayani tim, milik ketua tim, atau milik pimpinan pemilik RHK tim pada periode yang sama",
                "A column's RHK must be the squad's RHK, the lead's, or the serving leader's, in the same period",
            ));
            continue;
        }
        match k.id.as_deref() {
            Some(id) if old_cols.iter().any(|c| c.id == id) => {
                repo::update_kolom(
                    &mut tx,
                    &inst,
                    id,
                    i as i64,
                    &k.judul,
                    &parent.id,
                    k.iki_id.as_deref(),
                )
                .await?;
                col_ids.push(id.to_string());
            }
            Some(_) => {
                problems.push(Problem::new(
                    format!("{at}.id"),
                    "Kolom tidak ditemukan pada matriks tim ini",
                    "The column is not in this squad's matrix",
                ));
                continue;
            }
            None => {
                let id = repo::insert_kolom(
                    &mut tx,
                    &inst,
                    &t.id,
                    i as i64,
                    &k.judul,
                    &parent.id,
                    k.iki_id.as_deref(),
                )
                .await?;
                col_ids.push(id);
            }
        }
        col_rhk.push(parent);
    }
    for (i, s) in sel.iter().enumerate() {
        let at = format!("sel[{i}]");
        match aktif.get(s.anggota_id.as_str()) {
            None => problems.push(Problem::new(
                format!("{at}.anggota_id"),
                "Baris sel bukan peran aktif anggota tim ini",
                "The cell's row is not an active role of this squad",
            )),
            Some(a)
                if col_rhk
                    .get(s.kolom)
                    .is_some_and(|p| p.pegawai_id == a.pegawai_id) =>
            {
                problems.push(Problem::new(
                    at,
                    "Anggota tidak dapat mengintervensi RHK miliknya sendiri",
                    "A member cannot intervene their own RHK",
                ))
            }
            _ => {}
        }
    }
    if !problems.is_empty() {
        return Err(AppError::problems(problems));
    }
    for c in &old_cols {
        if !col_ids.contains(&c.id) {
            repo::set_pensiun(&mut tx, Pensiun::Kolom, &inst, &c.id, true).await?;
        }
    }
    let stored = repo::sel_rows(&mut *tx, &inst, &t.id).await?;
    let lama: Vec<SelLama> = stored
        .iter()
        .map(|s| SelLama {
            id: s.id.clone(),
            anggota_id: s.anggota_id.clone(),
            kolom_id: s.kolom_id.clone(),
            judul: s.judul.clone(),
            pensiun: s.pensiun,
        })
        .collect();
    let baru: Vec<SelBaru> = sel
        .iter()
        .map(|s| SelBaru {
            anggota_id: s.anggota_id.clone(),
            kolom_id: col_ids[s.kolom].clone(),
            judul: s.judul.clone(),
            iki_baru: s.iki.is_some(),
        })
        .collect();
    let by_id: HashMap<&str, &repo::SelRow> = stored.iter().map(|s| (s.id.as_str(), s)).collect();
    let mut members = SkpMembers {
        t: &t,
        rows: HashMap::new(),
        bumped: Default::default(),
        locked: vec![],
    };
    let (mut dibuat, mut diubah, mut pensiun) = (0, 0, 0);
    for step in diff_matriks(&lama, &baru) {
        match step {
            Langkah::Tetap { .. } => {}
            Langkah::Pensiun { sel } => {
                retire(&mut tx, actor, &t, by_id[sel.as_str()]).await?;
                pensiun += 1;
            }
            Langkah::Buat(i) => {
                let s = sel[i];
                let a = aktif[s.anggota_id.as_str()];
                let at = format!("sel[{i}]");
                let Some(skp) = members.get(db, &mut tx, actor, &a.pegawai_id, true).await? else {
                    continue;
                };
                if !members.editable(&skp, &a.pegawai_id, &at) {
                    continue;
                }
                members.bump(&mut tx, &skp).await?;
                let iki = s.iki.clone().unwrap_or_else(|| default_iki(&s.judul));
                let input = rhk_input(s.jenis, &s.judul, &col_rhk[s.kolom].id, iki);
                let rhk_id = skp_repo::insert_rhk(
                    &mut tx,
                    &inst,
                    &skp.id,
                    &a.pegawai_id,
                    &skp.periode_id,
                    &input,
                )
                .await?;
                repo::tag_rhk(&mut tx, &inst, &rhk_id, &t.id, &t.ketua_id).await?;
                repo::insert_sel(
                    &mut tx,
                    &inst,
                    &t.id,
                    &a.id,
                    &baru[i].kolom_id,
                    &s.judul,
                    &rhk_id,
                )
                .await?;
                audit_skp(
                    &mut tx,
                    actor,
                    &skp,
                    "rhk_tim_create",
                    json!({ "rhk_id": rhk_id, "tim_id": t.id, "penugasan_dari": t.ketua_id, "rhk": input }),
                )
                .await?;
                dibuat += 1;
            }
            Langkah::Ubah { sel: sid, baru: i } | Langkah::Aktifkan { sel: sid, baru: i } => {
                let old = by_id[sid.as_str()];
                let s = sel[i];
                let a = aktif[s.anggota_id.as_str()];
                let at = format!("sel[{i}]");
                let Some(r) = skp_repo::find_rhk(&mut *tx, &old.rhk_id).await? else {
                    continue;
                };
                let Some(skp) = members
                    .get(db, &mut tx, actor, &r.pegawai_id, false)
                    .await?
                else {
                    continue;
                };
                if !members.editable(&skp, &a.pegawai_id, &at) {
                    continue;
                }
                members.bump(&mut tx, &skp).await?;
                let parent = &col_rhk[s.kolom].id;
                match &s.iki {
                    Some(iki) => {
                        let input = rhk_input(s.jenis, &s.judul, parent, iki.clone());
                        skp_repo::update_rhk(&mut tx, &inst, &r.id, &input).await?;
                    }
                    None => repo::set_rhk_judul(&mut tx, &inst, &r.id, &s.judul, parent).await?,
                }
                if old.pensiun {
                    repo::set_pensiun(&mut tx, Pensiun::Rhk, &inst, &r.id, false).await?;
                    repo::set_pensiun(&mut tx, Pensiun::Sel, &inst, &old.id, false).await?;
                }
                repo::set_sel_judul(&mut tx, &inst, &old.id, &s.judul).await?;
                audit_skp(
                    &mut tx,
                    actor,
                    &skp,
                    if old.pensiun { "rhk_tim_reactivate" } else { "rhk_tim_update" },
                    json!({ "rhk_id": r.id, "tim_id": t.id, "judul_lama": r.judul, "judul": normalise(&s.judul) }),
                )
                .await?;
                diubah += 1;
            }
        }
    }
    if !members.locked.is_empty() {
        let mut e = AppError::problems(std::mem::take(&mut members.locked));
        e.status = http::StatusCode::CONFLICT;
        e.code = "not_editable";
        e.message_id =
            "Sebagian SKP anggota tidak dapat diubah sekarang: tidak ada yang disimpan".into();
        e.message_en = "Some members' SKP cannot change now: nothing was saved".into();
        return Err(e);
    }
    audit_tim(
        &mut tx,
        actor,
        &t,
        "matriks",
        None,
        Some(
            json!({ "kolom": col_ids, "sel": baru.len(), "dibuat": dibuat, "diubah": diubah,
                     "pensiun": pensiun }),
        ),
    )
    .await?;
    tx.commit().await?;
    get(db, actor, &t.id).await
}

fn rhk_input(jenis: Option<JenisRhk>, judul: &str, parent: &str, iki: Vec<IkiInput>) -> RhkInput {
    RhkInput {
        jenis: jenis.unwrap_or(JenisRhk::Utama),
        judul: normalise(judul),
        perspektif: None,
        ekspektasi: None,
        intervensi_id: Some(parent.to_string()),
        cascading: Some(Cascading::TidakLangsung),
        sasaran_id: None,
        bobot: None,
        iki,
    }
}
