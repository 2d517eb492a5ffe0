-- Tindak lanjut (the follow-up of an evaluation): the angka kredit ledger of functional
-- positions (PermenPANRB 1/2023, DOMAIN.md §7), the leader's potensi per employee and period for
-- the 9-box of talent, and the agency's settings of the distribution curve (DOMAIN.md §5).

-- One entry per final annual evaluation of a functional employee. It keeps the jenjang, the
-- percentage and the coefficient it used, so history survives later changes of the tables.
-- An appeal that changes the predikat does not rewrite an entry: the old one becomes DIKOREKSI
-- and a new BERLAKU entry names it in `koreksi_dari`.
CREATE TABLE angka_kredit (
    instansi_id  TEXT NOT NULL REFERENCES instansi (instansi_id),
    id           TEXT NOT NULL,
    pegawai_id   TEXT NOT NULL,
    periode_id   TEXT NOT NULL,
    evaluasi_id  TEXT NOT NULL,
    jenjang      TEXT NOT NULL CHECK (jenjang IN ('PEMULA', 'TERAMPIL', 'MAHIR', 'PENYELIA',
                     'AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA', 'AHLI_UTAMA')),
    predikat     TEXT NOT NULL CHECK (predikat IN ('SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN',
                     'KURANG_MISCONDUCT', 'SANGAT_KURANG')),
    bulan        BIGINT NOT NULL CHECK (bulan BETWEEN 1 AND 12),
    -- the predikat percentage in percent (150 for Sangat Baik) and the annual coefficient used
    persentase   DOUBLE PRECISION NOT NULL,
    koefisien    DOUBLE PRECISION NOT NULL,
    nilai        DOUBLE PRECISION NOT NULL,
    -- what created it: the calibration's finalisation or an appeal decision
    sumber       TEXT NOT NULL CHECK (sumber IN ('KALIBRASI', 'KEBERATAN')),
    status       TEXT NOT NULL DEFAULT 'BERLAKU' CHECK (status IN ('BERLAKU', 'DIKOREKSI')),
    koreksi_dari TEXT,
    version      BIGINT NOT NULL DEFAULT 1,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    PRIMARY KEY (instansi_id, id),
    FOREIGN KEY (instansi_id, pegawai_id) REFERENCES pegawai (instansi_id, id),
    FOREIGN KEY (instansi_id, periode_id) REFERENCES periode (instansi_id, id),
    FOREIGN KEY (instansi_id, evaluasi_id) REFERENCES evaluasi (instansi_id, id),
    FOREIGN KEY (instansi_id, koreksi_dari) REFERENCES angka_kredit (instansi_id, id)
);
-- at most one valid entry per evaluation
CREATE UNIQUE INDEX angka_kredit_berlaku ON angka_kredit (instansi_id, evaluasi_id)
    WHERE status = 'BERLAKU';
CREATE INDEX angka_kredit_pegawai ON angka_kredit (instansi_id, pegawai_id, created_at);

-- The leader's judgement of an employee's potential for a period (the 9-box's second axis).
CREATE TABLE potensi_pegawai (
    instansi_id TEXT NOT NULL REFERENCES instansi (instansi_id),
    pegawai_id  TEXT NOT NULL,
    periode_id  TEXT NOT NULL,
    potensi     TEXT NOT NULL CHECK (potensi IN ('RENDAH', 'MENENGAH', 'TINGGI')),
    alasan      TEXT NOT NULL DEFAULT '',
    oleh        TEXT,
    version     BIGINT NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (instansi_id, pegawai_id, periode_id),
    FOREIGN KEY (instansi_id, pegawai_id) REFERENCES pegawai (instansi_id, id),
    FOREIGN KEY (instansi_id, periode_id) REFERENCES periode (instansi_id, id),
    FOREIGN KEY (instansi_id, oleh) REFERENCES pegawai (instansi_id, id)
);

-- The agency's curve settings (configurable in the regulation); no row means the defaults.
CREATE TABLE pengaturan_kurva (
    instansi_id  TEXT NOT NULL REFERENCES instansi (instansi_id),
    pembulatan   TEXT NOT NULL DEFAULT 'STRICT'
                 CHECK (pembulatan IN ('STRICT', 'LENIENT', 'FLOOR', 'CEIL', 'NEAREST')),
    min_kelompok BIGINT NOT NULL DEFAULT 10 CHECK (min_kelompok BETWEEN 1 AND 10000),
    version      BIGINT NOT NULL DEFAULT 1,
    updated_at   TEXT NOT NULL,
    PRIMARY KEY (instansi_id)
);
