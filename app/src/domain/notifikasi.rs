//! In-app notifications: why someone got one, how a text is shortened for its line, and how
//! many a page shows. The backend writes them in the transaction of the change they announce.

/// Notifications shown on one page of the list.
pub const HALAMAN_NOTIFIKASI: i64 = 50;

crate::code_enum! {
    /// Why someone got a notification.
    pub enum JenisNotifikasi {
        UmpanBalikDiminta = ("UMPAN_BALIK_DIMINTA", "Umpan balik diminta"),
        UmpanBalikDiberikan = ("UMPAN_BALIK_DIBERIKAN", "Umpan balik diberikan"),
        SkpDikembalikan = ("SKP_DIKEMBALIKAN", "SKP dikembalikan"),
        BuktiPerluPerbaikan = ("BUKTI_PERLU_PERBAIKAN", "Realisasi perlu perbaikan"),
        DialogDijadwalkan = ("DIALOG_DIJADWALKAN", "Dialog kinerja dijadwalkan"),
        TindakLanjutJatuhTempo = ("TINDAK_LANJUT_JATUH_TEMPO", "Tindak lanjut jatuh tempo"),
        CoachingDinilai = ("COACHING_DINILAI", "Sesi coaching dinilai"),
    }
}

/// Shortens a text for a notification line, on a character boundary, with an ellipsis.
///
/// ```
/// use app::domain::notifikasi::cuplikan;
/// assert_eq!(cuplikan("Laporan bulanan", 7), "Laporan…");
/// assert_eq!(cuplikan("Singkat", 20), "Singkat");
/// ```
pub fn cuplikan(text: &str, max: usize) -> String {
    let t = text.trim();
    if t.chars().count() <= max {
        return t.to_string();
    }
    let cut: String = t.chars().take(max).collect();
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn a_snippet_is_never_longer_than_asked(s in "\\PC{0,80}", max in 1usize..40) {
            let c = cuplikan(&s, max);
            prop_assert!(c.chars().count() <= max + 1);
            if s.trim().chars().count() <= max {
                prop_assert_eq!(c, s.trim());
            } else {
                prop_assert!(c.ends_with('…'));
            }
        }
    }
}
