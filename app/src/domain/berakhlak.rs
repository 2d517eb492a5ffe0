//! The seven BerAKHLAK core values of ASN (SE MenPANRB 20/2021, DOMAIN.md §8), each with its
//! three behaviour statements. Perilaku Kerja is planned and rated against them.

crate::code_enum! {
    /// A BerAKHLAK value, in the official order.
    pub enum NilaiBerakhlak {
        BerorientasiPelayanan = ("BERORIENTASI_PELAYANAN", "Berorientasi Pelayanan"),
        Akuntabel = ("AKUNTABEL", "Akuntabel"),
        Kompeten = ("KOMPETEN", "Kompeten"),
        Harmonis = ("HARMONIS", "Harmonis"),
        Loyal = ("LOYAL", "Loyal"),
        Adaptif = ("ADAPTIF", "Adaptif"),
        Kolaboratif = ("KOLABORATIF", "Kolaboratif"),
    }
}

impl NilaiBerakhlak {
    /// The three behaviour statements (*panduan perilaku*) of the value.
    ///
    /// ```
    /// use app::domain::berakhlak::NilaiBerakhlak;
    /// assert_eq!(NilaiBerakhlak::ALL.len(), 7);
    /// assert_eq!(NilaiBerakhlak::Kompeten.statements()[1], "Membantu orang lain belajar");
    /// ```
    pub fn statements(self) -> [&'static str; 3] {
        match self {
            Self::BerorientasiPelayanan => [
                "Memahami dan memenuhi kebutuhan masyarakat",
                "Ramah, cekatan, solutif, dan dapat diandalkan",
                "Melakukan perbaikan tiada henti",
            ],
            Self::Akuntabel => [
                "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan berintegritas tinggi",
                "Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien",
                "Tidak menyalahgunakan kewenangan jabatan",
            ],
            Self::Kompeten => [
                "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah",
                "Membantu orang lain belajar",
                "Melaksanakan tugas dengan kualitas terbaik",
            ],
            Self::Harmonis => [
                "Menghargai setiap orang apapun latar belakangnya",
                "Suka menolong orang lain",
                "Membangun lingkungan kerja yang kondusif",
            ],
            Self::Loyal => [
                "Memegang teguh ideologi Pancasila, UUD NRI 1945, setia kepada NKRI serta pemerintahan yang sah",
                "Menjaga nama baik sesama ASN, Pimpinan, Instansi, dan Negara",
                "Menjaga rahasia jabatan dan negara",
            ],
            Self::Adaptif => [
                "Cepat menyesuaikan diri menghadapi perubahan",
                "Terus berinovasi dan mengembangkan kreativitas",
                "Bertindak proaktif",
            ],
            Self::Kolaboratif => [
                "Memberi kesempatan kepada berbagai pihak untuk berkontribusi",
                "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
                "Menggerakkan pemanfaatan berbagai sumberdaya untuk tujuan bersama",
            ],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seven_values_three_statements_each() {
        let codes: Vec<_> = NilaiBerakhlak::ALL.iter().map(|v| v.code()).collect();
        assert_eq!(
            codes,
            [
                "BERORIENTASI_PELAYANAN",
                "AKUNTABEL",
                "KOMPETEN",
                "HARMONIS",
                "LOYAL",
                "ADAPTIF",
                "KOLABORATIF"
            ]
        );
        for v in NilaiBerakhlak::ALL {
            assert!(v.statements().iter().all(|s| !s.is_empty()));
            assert_eq!(NilaiBerakhlak::from_code(v.code()), Some(*v));
        }
        assert_eq!(
            NilaiBerakhlak::from_code("berorientasi pelayanan"),
            Some(NilaiBerakhlak::BerorientasiPelayanan)
        );
    }
}
