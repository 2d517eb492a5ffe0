//! An organisation built in memory (units, positions, people), linked to its PPK chain and
//! written in one go through `repo::bulk`. Shared by the demo and the synthetic seeds.

use std::collections::{HashMap, HashSet};

use app::backend::ids::new_id;
use app::backend::repo::bulk::{self, AuditBy, JabatanRow, PegawaiRow, UnitRow};
use app::domain::jabatan::{JenisJabatan, Jenjang};
use sqlx::{Any, Transaction};

use super::people::Person;

/// A position in a unit.
#[derive(Clone, Debug)]
pub struct Position {
    pub nama: String,
    pub jenis: JenisJabatan,
    pub jenjang: Option<Jenjang>,
    pub kepala: bool,
}

#[derive(Default)]
pub struct Org {
    pub units: Vec<UnitRow>,
    unit_parent: Vec<Option<usize>>,
    unit_head: Vec<Option<usize>>,
    pub jabatan: Vec<JabatanRow>,
    jabatan_ix: HashMap<(usize, String), usize>,
    pub pegawai: Vec<PegawaiRow>,
    pub pegawai_unit: Vec<usize>,
    pub pegawai_head: Vec<bool>,
    /// NIPs handed out so far (people must not repeat one).
    pub nips: HashSet<String>,
}

impl Org {
    pub fn add_unit(&mut self, kode: String, nama: String, parent: Option<usize>) -> usize {
        let row = UnitRow::new(kode, nama, parent.map(|p| &self.units[p]));
        self.units.push(row);
        self.unit_parent.push(parent);
        self.unit_head.push(None);
        self.units.len() - 1
    }

    pub fn parent(&self, unit: usize) -> Option<usize> {
        self.unit_parent[unit]
    }

    pub fn head(&self, unit: usize) -> Option<usize> {
        self.unit_head[unit]
    }

    /// Places a person in a position of the unit (the position is created once per unit).
    pub fn add(&mut self, unit: usize, pos: &Position, p: Person) -> usize {
        let key = (unit, pos.nama.clone());
        let jabatan_id = match self.jabatan_ix.get(&key) {
            Some(&j) => self.jabatan[j].id.clone(),
            None => {
                let id = new_id();
                self.jabatan.push(JabatanRow {
                    id: id.clone(),
                    unit_id: self.units[unit].id.clone(),
                    nama: pos.nama.clone(),
                    jenis: pos.jenis,
                    jenjang: pos.jenjang,
                    kepala_unit: pos.kepala,
                });
                self.jabatan_ix.insert(key, self.jabatan.len() - 1);
                id
            }
        };
        let idx = self.pegawai.len();
        if pos.kepala {
            debug_assert!(self.unit_head[unit].is_none(), "two heads");
            self.unit_head[unit] = Some(idx);
        }
        self.pegawai.push(PegawaiRow {
            id: new_id(),
            nip: p.nip,
            nama: p.nama,
            status_asn: p.status,
            golongan: p.golongan,
            unit_id: self.units[unit].id.clone(),
            jabatan_id,
            ppk_id: None,
            atasan_ppk_id: None,
        });
        self.pegawai_unit.push(unit);
        self.pegawai_head.push(pos.kepala);
        idx
    }

    /// The nearest head at or above `unit`, other than `except`.
    fn head_from(&self, mut unit: Option<usize>, except: usize) -> Option<usize> {
        while let Some(u) = unit {
            match self.unit_head[u] {
                Some(h) if h != except => return Some(h),
                _ => unit = self.unit_parent[u],
            }
        }
        None
    }

    /// PPK = the head of the employee's unit (for a head: of the parent unit, going up past
    /// units without a head); atasan PPK = the PPK's own PPK. The top head has neither.
    pub fn link_ppk(&mut self) {
        let ppk: Vec<Option<usize>> = (0..self.pegawai.len())
            .map(|i| {
                let u = self.pegawai_unit[i];
                let start = if self.pegawai_head[i] {
                    self.unit_parent[u]
                } else {
                    Some(u)
                };
                self.head_from(start, i)
            })
            .collect();
        for i in 0..self.pegawai.len() {
            let atasan = ppk[i].and_then(|k| ppk[k]);
            self.pegawai[i].ppk_id = ppk[i].map(|k| self.pegawai[k].id.clone());
            self.pegawai[i].atasan_ppk_id = atasan.map(|a| self.pegawai[a].id.clone());
        }
    }

    /// Writes everything (with audit rows) in the caller's transaction.
    pub async fn write(
        &self,
        tx: &mut Transaction<'_, Any>,
        instansi_id: &str,
    ) -> Result<(), sqlx::Error> {
        let by = AuditBy {
            akun_id: None,
            aksi: "create",
        };
        let mut units: Vec<&UnitRow> = self.units.iter().collect();
        units.sort_by_key(|u| u.level);
        let units: Vec<UnitRow> = units.into_iter().cloned().collect();
        bulk::insert_units(tx, instansi_id, by, &units).await?;
        bulk::insert_jabatan(tx, instansi_id, by, &self.jabatan).await?;
        bulk::insert_pegawai(tx, instansi_id, by, &self.pegawai).await
    }
}
