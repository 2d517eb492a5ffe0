-- SKP planning and the result chain (PermenPANRB 6/2022; DOMAIN.md §1–3). Every table carries
-- instansi_id in every primary and foreign key (Citus distribution by agency).

-- A unit's head is found through its kepala position: people by position.
CREATE INDEX pegawai_jabatan ON pegawai (instansi_id, jabatan_id);

-- The agency's strategic goals for an annual period (Renstra / Perjanjian Kinerja).
CREATE TABLE sasaran_strategis (
    instansi_id TEXT NOT NULL REFERENCES instansi (instansi_id),
    id          TEXT NOT NULL,
    periode_id  TEXT NOT NULL,
    kode        TEXT NOT NULL,
    nama        TEXT NOT NULL,
    version     BIGINT NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (instansi_id, id),
    UNIQUE (instansi_id, periode_id, kode),
    FOREIGN KEY (instansi_id, periode_id) REFERENCES periode (instansi_id, id)
);
CREATE INDEX sasaran_strategis_id ON sasaran_strategis (id);

-- Key indicators of a strategic goal, with the year's target.
CREATE TABLE indikator_sasaran (
    instansi_id TEXT NOT NULL REFERENCES instansi (instansi_id),
    id          TEXT NOT NULL,
    sasaran_id  TEXT NOT NULL,
    urutan      BIGINT NOT NULL DEFAULT 0,
    nama        TEXT NOT NULL,
    target      DOUBLE PRECISION NOT NULL CHECK (target > 0),
    satuan      TEXT NOT NULL,
    PRIMARY KEY (instansi_id, id),
    FOREIGN KEY (instansi_id, sasaran_id) REFERENCES sasaran_strategis (instansi_id, id)
        ON DELETE CASCADE
);
CREATE INDEX indikator_sasaran_sasaran ON indikator_sasaran (instansi_id, sasaran_id);

-- One SKP per employee per annual period. `versi` counts approved revisions: opening a new
-- version of an approved SKP keeps the approved one as a snapshot in skp_versi.
CREATE TABLE skp (
    instansi_id   TEXT NOT NULL REFERENCES instansi (instansi_id),
    id            TEXT NOT NULL,
    pegawai_id    TEXT NOT NULL,
    periode_id    TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'DRAFT'
                  CHECK (status IN ('DRAFT', 'DIAJUKAN', 'DISETUJUI', 'DIKEMBALIKAN')),
    versi         BIGINT NOT NULL DEFAULT 1,
    pendekatan    TEXT NOT NULL DEFAULT 'KUANTITATIF'
                  CHECK (pendekatan IN ('KUANTITATIF', 'KUALITATIF')),
    -- the PPK when the SKP was made (the PPK may change later; approval checks the current one)
    ppk_id        TEXT,
    -- lampiran: JSON arrays of strings
    dukungan_sumber_daya     TEXT NOT NULL DEFAULT '[]',
    skema_pertanggungjawaban TEXT NOT NULL DEFAULT '[]',
    konsekuensi              TEXT NOT NULL DEFAULT '[]',
    -- the PPK's comment when returning it
    catatan       TEXT,
    diajukan_at   TEXT,
    disetujui_at  TEXT,
    disetujui_oleh TEXT,
    version       BIGINT NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (instansi_id, id),
    UNIQUE (instansi_id, pegawai_id, periode_id),
    FOREIGN KEY (instansi_id, pegawai_id) REFERENCES pegawai (instansi_id, id),
    FOREIGN KEY (instansi_id, periode_id) REFERENCES periode (instansi_id, id)
);
CREATE INDEX skp_periode ON skp (instansi_id, periode_id, status);
CREATE INDEX skp_id ON skp (id);

-- Approved versions, kept whole when a new version is opened.
CREATE TABLE skp_versi (
    instansi_id  TEXT NOT NULL REFERENCES instansi (instansi_id),
    skp_id       TEXT NOT NULL,
    versi        BIGINT NOT NULL,
    isi          TEXT NOT NULL,
    disetujui_at TEXT,
    created_at   TEXT NOT NULL,
    PRIMARY KEY (instansi_id, skp_id, versi),
    FOREIGN KEY (instansi_id, skp_id) REFERENCES skp (instansi_id, id)
);

-- Rencana Hasil Kerja. pegawai_id and periode_id repeat the SKP's so the cascade of a unit
-- subtree is one indexed scan.
CREATE TABLE rhk (
    instansi_id   TEXT NOT NULL REFERENCES instansi (instansi_id),
    id            TEXT NOT NULL,
    skp_id        TEXT NOT NULL,
    pegawai_id    TEXT NOT NULL,
    periode_id    TEXT NOT NULL,
    urutan        BIGINT NOT NULL DEFAULT 0,
    jenis         TEXT NOT NULL CHECK (jenis IN ('UTAMA', 'TAMBAHAN')),
    judul         TEXT NOT NULL,
    -- JPT: one perspektif; qualitative approach: the expectation as narrative
    perspektif    TEXT CHECK (perspektif IN ('PENERIMA_LAYANAN', 'PROSES_BISNIS',
                      'PENGUATAN_INTERNAL', 'ANGGARAN')),
    ekspektasi    TEXT,
    -- the superior RHK it intervenes, and how
    parent_id     TEXT,
    cascading     TEXT CHECK (cascading IN ('LANGSUNG', 'TIDAK_LANGSUNG')),
    -- the strategic goal at the top of the chain (heads and JPT)
    sasaran_id    TEXT,
    -- weight within the parent's progress roll-up
    bobot         DOUBLE PRECISION NOT NULL DEFAULT 1 CHECK (bobot > 0),
    -- a leader publishes a draft RHK so staff can intervene it before approval
    terbit        BIGINT NOT NULL DEFAULT 0 CHECK (terbit IN (0, 1)),
    version       BIGINT NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (instansi_id, id),
    FOREIGN KEY (instansi_id, skp_id) REFERENCES skp (instansi_id, id),
    FOREIGN KEY (instansi_id, pegawai_id) REFERENCES pegawai (instansi_id, id),
    FOREIGN KEY (instansi_id, parent_id) REFERENCES rhk (instansi_id, id),
    FOREIGN KEY (instansi_id, sasaran_id) REFERENCES sasaran_strategis (instansi_id, id)
);
CREATE INDEX rhk_skp ON rhk (instansi_id, skp_id, urutan);
CREATE INDEX rhk_parent ON rhk (instansi_id, parent_id);
CREATE INDEX rhk_pegawai ON rhk (instansi_id, periode_id, pegawai_id);
CREATE INDEX rhk_sasaran ON rhk (instansi_id, sasaran_id);
CREATE INDEX rhk_id ON rhk (id);

-- Indikator Kinerja Individu with its target. `realisasi` is the latest cumulative
-- achievement, kept up to date by the monitoring features (an incremental aggregate).
CREATE TABLE iki (
    instansi_id TEXT NOT NULL REFERENCES instansi (instansi_id),
    id          TEXT NOT NULL,
    rhk_id      TEXT NOT NULL,
    urutan      BIGINT NOT NULL DEFAULT 0,
    aspek       TEXT CHECK (aspek IN ('KUANTITAS', 'KUALITAS', 'WAKTU', 'BIAYA')),
    nama        TEXT NOT NULL,
    target      DOUBLE PRECISION NOT NULL CHECK (target > 0),
    satuan      TEXT NOT NULL,
    realisasi   DOUBLE PRECISION,
    PRIMARY KEY (instansi_id, id),
    FOREIGN KEY (instansi_id, rhk_id) REFERENCES rhk (instansi_id, id) ON DELETE CASCADE
);
CREATE INDEX iki_rhk ON iki (instansi_id, rhk_id, urutan);

-- Ekspektasi khusus pimpinan per BerAKHLAK value.
CREATE TABLE skp_perilaku (
    instansi_id TEXT NOT NULL REFERENCES instansi (instansi_id),
    skp_id      TEXT NOT NULL,
    nilai       TEXT NOT NULL CHECK (nilai IN ('BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN',
                    'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF')),
    ekspektasi  TEXT NOT NULL,
    PRIMARY KEY (instansi_id, skp_id, nilai),
    FOREIGN KEY (instansi_id, skp_id) REFERENCES skp (instansi_id, id)
);

-- Risks of an RHK (likelihood and impact 1–5).
CREATE TABLE rhk_risiko (
    instansi_id TEXT NOT NULL REFERENCES instansi (instansi_id),
    id          TEXT NOT NULL,
    rhk_id      TEXT NOT NULL,
    deskripsi   TEXT NOT NULL,
    kemungkinan BIGINT NOT NULL CHECK (kemungkinan BETWEEN 1 AND 5),
    dampak      BIGINT NOT NULL CHECK (dampak BETWEEN 1 AND 5),
    mitigasi    TEXT NOT NULL DEFAULT '',
    pemilik     TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    PRIMARY KEY (instansi_id, id),
    FOREIGN KEY (instansi_id, rhk_id) REFERENCES rhk (instansi_id, id) ON DELETE CASCADE
);
CREATE INDEX rhk_risiko_rhk ON rhk_risiko (instansi_id, rhk_id);
