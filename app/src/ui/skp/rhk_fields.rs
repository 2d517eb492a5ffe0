use leptos::prelude::*;

use super::iki_rows::IkiRow;
use super::labels::parse_num;
use crate::domain::dto::{IkiInput, Rhk, RhkInput};
use crate::domain::problem::Problem;
use crate::domain::skp::{check_rhk_input, Aspek, Cascading, JenisRhk, Perspektif, ASPEK_WAJIB};

fn rows_of(rhk: Option<&Rhk>, jpt: bool) -> Vec<IkiRow> {
    let row = |key, id, aspek: Option<Aspek>, nama: &str, target: String, satuan: &str| IkiRow {
        key,
        id,
        aspek: aspek.map(|a| a.code().to_string()).unwrap_or_default(),
        nama: nama.into(),
        target,
        satuan: satuan.into(),
    };
    match rhk {
        Some(r) => (r.iki.iter().enumerate())
            .map(|(i, k)| {
                row(
                    i as u64,
                    Some(k.id.clone()),
                    k.aspek,
                    &k.nama,
                    k.target.to_string(),
                    &k.satuan,
                )
            })
            .collect(),
        // a new RHK of a non-JPT starts with the three aspects every RHK measures
        None if jpt => vec![row(0, None, None, "", String::new(), "")],
        None => (ASPEK_WAJIB.iter().enumerate())
            .map(|(i, a)| row(i as u64, None, Some(*a), "", String::new(), ""))
            .collect(),
    }
}

/// What the RHK form holds, as typed.
#[derive(Clone, Copy)]
pub struct RhkFields {
    pub jenis: RwSignal<String>,
    pub judul: RwSignal<String>,
    pub intervensi: RwSignal<String>,
    pub cascading: RwSignal<String>,
    pub perspektif: RwSignal<String>,
    pub ekspektasi: RwSignal<String>,
    pub rows: RwSignal<Vec<IkiRow>>,
    /// The strategic goal (JPT only; ignored for others).
    pub sasaran: RwSignal<String>,
    /// The weight as typed (1 by default).
    pub bobot: RwSignal<String>,
    jpt: bool,
}

impl RhkFields {
    pub fn new(rhk: Option<&Rhk>, jpt: bool) -> Self {
        let text =
            |f: fn(&Rhk) -> Option<String>| RwSignal::new(rhk.and_then(f).unwrap_or_default());
        RhkFields {
            jenis: text(|r| Some(r.jenis.code().into())),
            judul: text(|r| Some(r.judul.clone())),
            intervensi: text(|r| r.intervensi.as_ref().map(|i| i.id.clone())),
            cascading: text(|r| r.cascading.map(|c| c.code().into())),
            perspektif: text(|r| r.perspektif.map(|p| p.code().into())),
            ekspektasi: text(|r| r.ekspektasi.clone()),
            rows: RwSignal::new(rows_of(rhk, jpt)),
            sasaran: text(|r| r.sasaran_id.clone()),
            bobot: RwSignal::new(
                rhk.map(|r| r.bobot)
                    .filter(|b| *b > 0.0)
                    .unwrap_or(1.0)
                    .to_string(),
            ),
            jpt,
        }
    }

    pub fn input(self) -> RhkInput {
        let opt = |s: RwSignal<String>| {
            Some(s.get_untracked().trim().to_string()).filter(|s| !s.is_empty())
        };
        RhkInput {
            jenis: JenisRhk::from_code(&self.jenis.get_untracked()).unwrap_or(JenisRhk::Utama),
            judul: self.judul.get_untracked().trim().to_string(),
            perspektif: Perspektif::from_code(&self.perspektif.get_untracked()),
            ekspektasi: opt(self.ekspektasi),
            intervensi_id: opt(self.intervensi),
            cascading: Cascading::from_code(&self.cascading.get_untracked()),
            sasaran_id: opt(self.sasaran).filter(|_| self.jpt),
            bobot: Some(parse_num(&self.bobot.get_untracked())),
            iki: self.rows.with_untracked(|r| {
                r.iter()
                    .map(|k| IkiInput {
                        id: k.id.clone(),
                        aspek: Aspek::from_code(&k.aspek),
                        nama: k.nama.trim().to_string(),
                        target: parse_num(&k.target),
                        satuan: k.satuan.trim().to_string(),
                    })
                    .collect()
            }),
        }
    }

    /// The input, and what the rules of the server would refuse in it.
    pub fn checked(self, jpt: bool) -> (RhkInput, Vec<Problem>) {
        let input = self.input();
        let mut p = check_rhk_input(jpt, &input);
        if !jpt && input.intervensi_id.is_none() {
            p.insert(
                0,
                Problem::new(
                    "intervensi_id",
                    "Pilih RHK atasan yang diintervensi",
                    "Choose the superior RHK it intervenes",
                ),
            );
        }
        (input, p)
    }
}
