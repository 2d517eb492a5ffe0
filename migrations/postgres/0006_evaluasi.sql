-- Evaluation (PermenPANRB 6/2022, DOMAIN.md §4–6): the unit's capaian kinerja organisasi, the
-- PPK's ratings per employee and period, calibration against the distribution curve, and appeals.

-- Capaian kinerja organisasi of a unit for a period, set by its superior; it fixes the
-- distribution curve of the unit's people and is the Hasil Kerja rating of the unit's head.
CREATE TABLE capaian_organisasi (
    instansi_id TEXT NOT NULL REFERENCES instansi (instansi_id),
    unit_id     TEXT NOT NULL,
    periode_id  TEXT NOT NULL,
    predikat    TEXT NOT NULL CHECK (predikat IN ('ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG',
                    'SANGAT_KURANG')),
    alasan      TEXT NOT NULL,
    oleh        TEXT,
    version     BIGINT NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (instansi_id, unit_id, periode_id),
    FOREIGN KEY (instansi_id, unit_id) REFERENCES unit_kerja (instansi_id, id),
    FOREIGN KEY (instansi_id, periode_id) REFERENCES periode (instansi_id, id)
);

-- One evaluation per employee and period (annual or periodic). `predikat_usulan` follows the
-- regulation's matrix from the two ratings; `predikat` is the result after calibration (or an
-- appeal). FINAL results are locked: only an appeal decision changes them.
CREATE TABLE evaluasi (
    instansi_id     TEXT NOT NULL REFERENCES instansi (instansi_id),
    id              TEXT NOT NULL,
    pegawai_id      TEXT NOT NULL,
    periode_id      TEXT NOT NULL,
    penilai_id      TEXT,
    rating_hasil    TEXT NOT NULL CHECK (rating_hasil IN ('DI_ATAS', 'SESUAI', 'DI_BAWAH')),
    alasan_hasil    TEXT NOT NULL,
    rating_perilaku TEXT NOT NULL CHECK (rating_perilaku IN ('DI_ATAS', 'SESUAI', 'DI_BAWAH')),
    alasan_perilaku TEXT NOT NULL,
    predikat_usulan TEXT NOT NULL CHECK (predikat_usulan IN ('SANGAT_BAIK', 'BAIK',
                        'BUTUH_PERBAIKAN', 'KURANG_MISCONDUCT', 'SANGAT_KURANG')),
    predikat        TEXT NOT NULL CHECK (predikat IN ('SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN',
                        'KURANG_MISCONDUCT', 'SANGAT_KURANG')),
    status          TEXT NOT NULL DEFAULT 'DINILAI' CHECK (status IN ('DINILAI', 'FINAL')),
    dinilai_at      TEXT NOT NULL,
    final_at        TEXT,
    diterima_at     TEXT,
    version         BIGINT NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    PRIMARY KEY (instansi_id, id),
    UNIQUE (instansi_id, pegawai_id, periode_id),
    FOREIGN KEY (instansi_id, pegawai_id) REFERENCES pegawai (instansi_id, id),
    FOREIGN KEY (instansi_id, periode_id) REFERENCES periode (instansi_id, id),
    FOREIGN KEY (instansi_id, penilai_id) REFERENCES pegawai (instansi_id, id)
);
CREATE INDEX evaluasi_periode ON evaluasi (instansi_id, periode_id, pegawai_id);
CREATE INDEX evaluasi_id ON evaluasi (id);

-- The PPK's judgement per RHK utama, which decides whether Hasil Kerja may be Di Atas.
CREATE TABLE evaluasi_rhk (
    instansi_id TEXT NOT NULL REFERENCES instansi (instansi_id),
    evaluasi_id TEXT NOT NULL,
    rhk_id      TEXT NOT NULL,
    rating      TEXT NOT NULL CHECK (rating IN ('DI_ATAS', 'SESUAI', 'DI_BAWAH')),
    PRIMARY KEY (instansi_id, evaluasi_id, rhk_id),
    FOREIGN KEY (instansi_id, evaluasi_id) REFERENCES evaluasi (instansi_id, id),
    FOREIGN KEY (instansi_id, rhk_id) REFERENCES rhk (instansi_id, id)
);

-- A calibration session of a unit subtree for a period. Finalising locks its evaluations;
-- `justifikasi` is the deciding leader's recorded reason for any remaining deviation.
CREATE TABLE kalibrasi (
    instansi_id TEXT NOT NULL REFERENCES instansi (instansi_id),
    unit_id     TEXT NOT NULL,
    periode_id  TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'TERBUKA' CHECK (status IN ('TERBUKA', 'FINAL')),
    justifikasi TEXT NOT NULL DEFAULT '',
    final_oleh  TEXT,
    final_at    TEXT,
    version     BIGINT NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (instansi_id, unit_id, periode_id),
    FOREIGN KEY (instansi_id, unit_id) REFERENCES unit_kerja (instansi_id, id),
    FOREIGN KEY (instansi_id, periode_id) REFERENCES periode (instansi_id, id)
);

-- Every move of a person between predikat during calibration, with its reason.
CREATE TABLE kalibrasi_pindah (
    instansi_id TEXT NOT NULL REFERENCES instansi (instansi_id),
    id          TEXT NOT NULL,
    unit_id     TEXT NOT NULL,
    periode_id  TEXT NOT NULL,
    evaluasi_id TEXT NOT NULL,
    dari        TEXT NOT NULL,
    ke          TEXT NOT NULL,
    alasan      TEXT NOT NULL,
    oleh        TEXT,
    at          TEXT NOT NULL,
    PRIMARY KEY (instansi_id, id),
    FOREIGN KEY (instansi_id, evaluasi_id) REFERENCES evaluasi (instansi_id, id)
);
CREATE INDEX kalibrasi_pindah_unit ON kalibrasi_pindah (instansi_id, unit_id, periode_id, at);

-- Keberatan (PP 30/2019 Pasal 59): filed by the employee within 14 days of the result, decided
-- by the atasan PPK after hearing both sides; the decision is final.
CREATE TABLE keberatan (
    instansi_id       TEXT NOT NULL REFERENCES instansi (instansi_id),
    id                TEXT NOT NULL,
    evaluasi_id       TEXT NOT NULL,
    pegawai_id        TEXT NOT NULL,
    atasan_id         TEXT,
    alasan            TEXT NOT NULL,
    bukti             TEXT NOT NULL DEFAULT '[]',
    keterangan_ppk    TEXT NOT NULL DEFAULT '',
    keterangan_pegawai TEXT NOT NULL DEFAULT '',
    status            TEXT NOT NULL DEFAULT 'DIAJUKAN' CHECK (status IN ('DIAJUKAN', 'DIPUTUS')),
    predikat_semula   TEXT NOT NULL,
    predikat_putusan  TEXT,
    alasan_putusan    TEXT,
    diajukan_at       TEXT NOT NULL,
    batas_putusan     TEXT NOT NULL,
    diputus_at        TEXT,
    diputus_oleh      TEXT,
    version           BIGINT NOT NULL DEFAULT 1,
    PRIMARY KEY (instansi_id, id),
    UNIQUE (instansi_id, evaluasi_id),
    FOREIGN KEY (instansi_id, evaluasi_id) REFERENCES evaluasi (instansi_id, id),
    FOREIGN KEY (instansi_id, pegawai_id) REFERENCES pegawai (instansi_id, id)
);
CREATE INDEX keberatan_atasan ON keberatan (instansi_id, atasan_id, status);

-- The newest change of an instansi, which the live dashboard polls to know when to recompute.
CREATE INDEX audit_log_at ON audit_log (instansi_id, at);
