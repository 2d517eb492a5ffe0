//! Putting the dashboard together from what the other features already read: pure, so the
//! ordering and limits are tested without a database.

use std::collections::HashMap;

use crate::domain::dialog::{StatusDialog, StatusTindakLanjut};
use crate::domain::dto::{
    DialogKinerja, PeranKemajuan, RhkKemajuan, RhkPeran, TindakLanjutMendatang, UmpanBalikSkp,
    UmpanBalikTerbaru,
};
use crate::domain::notifikasi::cuplikan;

/// Follow-ups shown on the dashboard.
pub const MAKS_TINDAK_LANJUT: usize = 10;
/// Pieces of feedback shown on the dashboard.
pub const MAKS_UMPAN_BALIK: usize = 5;
/// Characters of a feedback text shown.
pub const PANJANG_CUPLIKAN: usize = 160;

/// The open follow-ups of the dialogues (not of cancelled ones), soonest due first, at most
/// `max`.
pub fn tindak_lanjut(dialogs: &[DialogKinerja], max: usize) -> Vec<TindakLanjutMendatang> {
    let mut out: Vec<TindakLanjutMendatang> = dialogs
        .iter()
        .filter(|d| StatusDialog::from_code(&d.status) != Some(StatusDialog::Dibatalkan))
        .flat_map(|d| {
            d.follow_ups
                .iter()
                .filter(|t| {
                    StatusTindakLanjut::from_code(&t.status) != Some(StatusTindakLanjut::Selesai)
                })
                .map(move |t| TindakLanjutMendatang {
                    id: t.id.clone(),
                    dialog_id: d.id.clone(),
                    dialog_title: d.title.clone(),
                    dialog_kind: d.kind.clone(),
                    description: t.description.clone(),
                    pic_id: t.pic_id.clone(),
                    pic_name: t.pic_name.clone(),
                    due: t.due.clone(),
                    overdue: t.overdue,
                })
        })
        .collect();
    out.sort_by(|a, b| a.due.cmp(&b.due).then_with(|| a.id.cmp(&b.id)));
    out.truncate(max);
    out
}

/// The newest `max` pieces of feedback the caller may read (the feedback read already keeps
/// out what the caller may not see), each with its RHK's title and a snippet of the text.
pub fn umpan_balik(ub: &UmpanBalikSkp, max: usize) -> Vec<UmpanBalikTerbaru> {
    let judul: HashMap<&str, &str> = ub
        .rhk
        .iter()
        .map(|r| (r.id.as_str(), r.title.as_str()))
        .collect();
    ub.items
        .iter()
        .take(max)
        .map(|u| UmpanBalikTerbaru {
            id: u.id.clone(),
            giver_id: u.giver_id.clone(),
            giver_name: u.giver_name.clone(),
            rhk_judul: u
                .rhk_id
                .as_deref()
                .and_then(|id| judul.get(id))
                .map(|s| s.to_string()),
            rhk_id: u.rhk_id.clone(),
            nilai: u.nilai.clone(),
            cuplikan: cuplikan(&u.text, PANJANG_CUPLIKAN),
            sub_period_name: u.sub_period_name.clone(),
            created_at: u.created_at.clone(),
        })
        .collect()
}

/// A squad role as the employee's id, squad, label, allocation and the RHK of its cells.
pub struct Peran<'a> {
    pub anggota_id: &'a str,
    pub tim_id: &'a str,
    pub tim_nama: &'a str,
    pub label: &'a str,
    pub alokasi: i64,
    pub rhk_ids: &'a [String],
}

/// Each squad role with the progress of its RHK (those still active) and their mean.
pub fn peran(roles: &[Peran<'_>], rhk: &[RhkKemajuan]) -> Vec<PeranKemajuan> {
    roles
        .iter()
        .map(|r| {
            let items: Vec<RhkPeran> = r
                .rhk_ids
                .iter()
                .filter_map(|id| rhk.iter().find(|k| &k.rhk_id == id))
                .map(|k| RhkPeran {
                    rhk_id: k.rhk_id.clone(),
                    judul: k.judul.clone(),
                    progres: k.progres,
                    tertinggal: k.tertinggal,
                })
                .collect();
            PeranKemajuan {
                anggota_id: r.anggota_id.to_string(),
                tim_id: r.tim_id.to_string(),
                tim_nama: r.tim_nama.to_string(),
                peran: r.label.to_string(),
                alokasi: r.alokasi,
                progres: rata_rata(items.iter().map(|k| k.progres)),
                rhk: items,
            }
        })
        .collect()
}

/// The mean of the progress values, none counting 0 (as the dashboards do); none for no
/// values at all.
pub fn rata_rata(values: impl Iterator<Item = Option<f64>>) -> Option<f64> {
    let (n, sum) = values.fold((0usize, 0.0), |(n, s), v| (n + 1, s + v.unwrap_or(0.0)));
    (n > 0).then(|| sum / n as f64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dto::{TindakLanjutDialog, TopikRhk, UmpanBalik};
    use crate::domain::skp::JenisRhk;

    fn tl(id: &str, due: &str, status: &str) -> TindakLanjutDialog {
        TindakLanjutDialog {
            id: id.into(),
            description: format!("Tugas {id}"),
            pic_id: "p".into(),
            pic_name: "Pegawai".into(),
            due: due.into(),
            status: status.into(),
            overdue: false,
            done_at: None,
            version: 1,
        }
    }

    fn dialog(id: &str, status: &str, follow_ups: Vec<TindakLanjutDialog>) -> DialogKinerja {
        DialogKinerja {
            id: id.into(),
            employee_id: "p".into(),
            employee_name: "Pegawai".into(),
            leader_id: "k".into(),
            leader_name: "Kasi".into(),
            period_id: "y".into(),
            kind: "REVIU".into(),
            title: format!("Dialog {id}"),
            schedule: "2026-03-01".into(),
            status: status.into(),
            notes: String::new(),
            created_by: "k".into(),
            version: 1,
            follow_ups,
            can_edit: false,
            coaching_rating: None,
            can_rate: false,
        }
    }

    #[test]
    fn follow_ups_open_soonest_first_and_bounded() {
        let dialogs = vec![
            dialog(
                "a",
                "SELESAI",
                vec![
                    tl("1", "2026-05-02", "TERBUKA"),
                    tl("2", "2026-01-01", "SELESAI"),
                ],
            ),
            dialog("b", "DIJADWALKAN", vec![tl("3", "2026-04-01", "TERBUKA")]),
            dialog("c", "DIBATALKAN", vec![tl("4", "2026-01-05", "TERBUKA")]),
        ];
        let got = tindak_lanjut(&dialogs, 10);
        let ids: Vec<&str> = got.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["3", "1"]);
        assert_eq!(got[0].dialog_title, "Dialog b");
        let many: Vec<_> = (0..15)
            .map(|i| {
                tl(
                    &format!("{i:02}"),
                    &format!("2026-02-{:02}", 28 - i),
                    "TERBUKA",
                )
            })
            .collect();
        let got = tindak_lanjut(&[dialog("d", "SELESAI", many)], MAKS_TINDAK_LANJUT);
        assert_eq!(got.len(), 10);
        assert_eq!(got[0].due, "2026-02-14");
    }

    #[test]
    fn feedback_newest_five_with_titles_and_snippets() {
        let item = |i: usize, rhk: Option<&str>| UmpanBalik {
            id: format!("u{i}"),
            rhk_id: rhk.map(str::to_string),
            nilai: rhk.is_none().then(|| "LOYAL".to_string()),
            sub_period: "q1".into(),
            sub_period_name: "Triwulan I 2026".into(),
            giver_id: "k".into(),
            giver_name: "Kasi".into(),
            text: "x".repeat(200),
            request_id: None,
            created_at: format!("2026-03-0{i}"),
        };
        let ub = UmpanBalikSkp {
            employee_id: "p".into(),
            employee_name: "Pegawai".into(),
            period_id: "y".into(),
            year: 2026,
            rhk: vec![TopikRhk {
                id: "r1".into(),
                title: "Laporan".into(),
                squad: None,
                can_give: false,
            }],
            sub_periods: vec![],
            items: (1..=7)
                .map(|i| item(i, (i % 2 == 0).then_some("r1")))
                .collect(),
            requests: vec![],
            can_give_perilaku: false,
            reads_perilaku: true,
            can_request: false,
            open: true,
        };
        let got = umpan_balik(&ub, MAKS_UMPAN_BALIK);
        assert_eq!(got.len(), 5);
        assert_eq!(got[0].id, "u1");
        assert_eq!(got[1].rhk_judul.as_deref(), Some("Laporan"));
        assert_eq!(got[0].nilai.as_deref(), Some("LOYAL"));
        assert_eq!(got[0].cuplikan.chars().count(), PANJANG_CUPLIKAN + 1);
    }

    #[test]
    fn roles_take_their_rhk_progress() {
        let k = |id: &str, progres: Option<f64>| RhkKemajuan {
            rhk_id: id.into(),
            judul: id.into(),
            jenis: JenisRhk::Utama,
            tim_id: Some("t".into()),
            tim_nama: Some("Tim".into()),
            progres,
            tertinggal: false,
            risiko_tinggi: false,
            iki: vec![],
        };
        let rhk = vec![k("a", Some(0.5)), k("b", None)];
        let ids = vec!["a".to_string(), "b".to_string(), "retired".to_string()];
        let none: Vec<String> = vec![];
        let roles = [
            Peran {
                anggota_id: "m1",
                tim_id: "t",
                tim_nama: "Tim",
                label: "Anggota",
                alokasi: 20,
                rhk_ids: &ids,
            },
            Peran {
                anggota_id: "m2",
                tim_id: "t",
                tim_nama: "Tim",
                label: "Analis",
                alokasi: 5,
                rhk_ids: &none,
            },
        ];
        let got = peran(&roles, &rhk);
        assert_eq!(got[0].rhk.len(), 2);
        assert_eq!(got[0].progres, Some(0.25));
        assert_eq!(got[1].progres, None);
        assert_eq!(got[1].alokasi, 5);
        assert_eq!(rata_rata([Some(0.5), None].into_iter()), Some(0.25));
    }
}
