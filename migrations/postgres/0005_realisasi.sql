-- Realisasi (achievements) per IKI per sub-period, with evidence (bukti dukung), verified by the
-- PPK (DOMAIN.md §1–2, §9). Every table carries instansi_id in every primary and foreign key.

-- One recorded achievement of an IKI for a sub-period of the year. A later entry for the same
-- sub-period supersedes the earlier ones (`domain::realisasi::kumulatif`). rhk_id repeats the
-- IKI's so an RHK's entries are one indexed scan.
CREATE TABLE realisasi (
    instansi_id       TEXT NOT NULL REFERENCES instansi (instansi_id),
    id                TEXT NOT NULL,
    iki_id            TEXT NOT NULL,
    rhk_id            TEXT NOT NULL,
    -- the sub-period (a periode row whose parent is the SKP's annual period)
    periode_id        TEXT NOT NULL,
    nilai             DOUBLE PRECISION NOT NULL CHECK (nilai >= 0),
    narasi            TEXT NOT NULL DEFAULT '',
    status            TEXT NOT NULL DEFAULT 'DIAJUKAN'
                      CHECK (status IN ('DIAJUKAN', 'VALID', 'PERLU_PERBAIKAN')),
    -- the verifier's comment (required for PERLU_PERBAIKAN)
    komentar          TEXT,
    diverifikasi_oleh TEXT,
    diverifikasi_at   TEXT,
    -- the account that recorded it (none for entries a seed or an import wrote), and the
    -- client's Idempotency-Key (unique per account)
    dibuat_oleh       TEXT,
    idempotency_key   TEXT,
    version           BIGINT NOT NULL DEFAULT 1,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    PRIMARY KEY (instansi_id, id),
    FOREIGN KEY (instansi_id, iki_id) REFERENCES iki (instansi_id, id),
    FOREIGN KEY (instansi_id, rhk_id) REFERENCES rhk (instansi_id, id),
    FOREIGN KEY (instansi_id, periode_id) REFERENCES periode (instansi_id, id),
    FOREIGN KEY (instansi_id, dibuat_oleh) REFERENCES akun (instansi_id, id),
    FOREIGN KEY (instansi_id, diverifikasi_oleh) REFERENCES pegawai (instansi_id, id)
);
CREATE UNIQUE INDEX realisasi_idempotency ON realisasi (instansi_id, dibuat_oleh, idempotency_key)
    WHERE idempotency_key IS NOT NULL;
CREATE INDEX realisasi_iki ON realisasi (instansi_id, iki_id, created_at);
CREATE INDEX realisasi_rhk ON realisasi (instansi_id, rhk_id, created_at);
CREATE INDEX realisasi_id ON realisasi (id);

-- The content-addressed files of an instansi: one row per SHA-256, written in the transaction
-- that first refers to it; the file lives at <RANTAI_EVIDENCE_DIR>/<instansi_id>/<sha[0..2]>/<sha>.
CREATE TABLE berkas (
    instansi_id TEXT NOT NULL REFERENCES instansi (instansi_id),
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
    ukuran      BIGINT NOT NULL CHECK (ukuran >= 0),
    -- detected from the content, never from the name
    mime        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (instansi_id, sha256)
);

-- The evidence of an entry: a file (by its hash, with the name it was uploaded under) or a link.
CREATE TABLE bukti (
    instansi_id  TEXT NOT NULL REFERENCES instansi (instansi_id),
    id           TEXT NOT NULL,
    realisasi_id TEXT NOT NULL,
    urutan       BIGINT NOT NULL DEFAULT 0,
    jenis        TEXT NOT NULL CHECK (jenis IN ('BERKAS', 'TAUTAN')),
    sha256       TEXT,
    nama_asli    TEXT,
    url          TEXT,
    created_at   TEXT NOT NULL,
    PRIMARY KEY (instansi_id, id),
    FOREIGN KEY (instansi_id, realisasi_id) REFERENCES realisasi (instansi_id, id),
    FOREIGN KEY (instansi_id, sha256) REFERENCES berkas (instansi_id, sha256),
    CHECK ((jenis = 'BERKAS' AND sha256 IS NOT NULL AND nama_asli IS NOT NULL AND url IS NULL)
        OR (jenis = 'TAUTAN' AND url IS NOT NULL AND sha256 IS NULL))
);
CREATE INDEX bukti_realisasi ON bukti (instansi_id, realisasi_id, urutan);
CREATE INDEX bukti_id ON bukti (id);
