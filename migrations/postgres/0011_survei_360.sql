-- 360° behaviour feedback on the seven BerAKHLAK values (DOMAIN.md §8–9): a round per employee
-- per annual period, invitations per responder group, and anonymous responses. Every table
-- carries instansi_id in every primary and foreign key.
--
-- Anonymity is structural: a response row has no responder, no invitation, no timestamp and a
-- random (not time-ordered) id, and an invitation records only the day it was used, so no
-- column or ordering joins a response back to its author.

-- One round of feedback about an employee (the subject) for an annual period.
CREATE TABLE survei_360 (
    instansi_id TEXT NOT NULL REFERENCES instansi (instansi_id),
    id          TEXT NOT NULL,
    pegawai_id  TEXT NOT NULL,
    periode_id  TEXT NOT NULL,
    -- the account that started it
    dibuat_oleh TEXT,
    created_at  TEXT NOT NULL,
    -- closed early by a manager; otherwise it ends when no invitation is pending
    ditutup_at  TEXT,
    PRIMARY KEY (instansi_id, id),
    UNIQUE (instansi_id, pegawai_id, periode_id),
    FOREIGN KEY (instansi_id, pegawai_id) REFERENCES pegawai (instansi_id, id),
    FOREIGN KEY (instansi_id, periode_id) REFERENCES periode (instansi_id, id),
    FOREIGN KEY (instansi_id, dibuat_oleh) REFERENCES akun (instansi_id, id)
);
CREATE INDEX survei_360_id ON survei_360 (id);

-- An invitation to answer once: an internal one names the employee (ATASAN, REKAN, BAWAHAN);
-- a masyarakat one is a link whose token is kept only as its SHA-256 (hex).
CREATE TABLE undangan_360 (
    instansi_id TEXT NOT NULL REFERENCES instansi (instansi_id),
    id          TEXT NOT NULL,
    survei_id   TEXT NOT NULL,
    kelompok    TEXT NOT NULL CHECK (kelompok IN ('ATASAN', 'REKAN', 'BAWAHAN', 'MASYARAKAT')),
    pegawai_id  TEXT,
    token_hash  TEXT CHECK (token_hash IS NULL OR length(token_hash) = 64),
    expires_at  TEXT NOT NULL,
    -- the day (YYYY-MM-DD) it was used: single use, without a time to match a response by
    used_at     TEXT,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (instansi_id, id),
    UNIQUE (instansi_id, survei_id, pegawai_id),
    FOREIGN KEY (instansi_id, survei_id) REFERENCES survei_360 (instansi_id, id),
    FOREIGN KEY (instansi_id, pegawai_id) REFERENCES pegawai (instansi_id, id),
    CHECK ((kelompok = 'MASYARAKAT' AND token_hash IS NOT NULL AND pegawai_id IS NULL)
        OR (kelompok <> 'MASYARAKAT' AND pegawai_id IS NOT NULL AND token_hash IS NULL))
);
-- the link is <instansi_id>.<secret>, so a lookup names the instansi (one shard under Citus)
CREATE UNIQUE INDEX undangan_360_token ON undangan_360 (instansi_id, token_hash) WHERE token_hash IS NOT NULL;
CREATE INDEX undangan_360_pegawai ON undangan_360 (instansi_id, pegawai_id) WHERE pegawai_id IS NOT NULL;
CREATE INDEX undangan_360_id ON undangan_360 (id);

-- One anonymous response: the group and a 1–5 score per BerAKHLAK value, nothing else.
CREATE TABLE tanggapan_360 (
    instansi_id            TEXT NOT NULL REFERENCES instansi (instansi_id),
    id                     TEXT NOT NULL,
    survei_id              TEXT NOT NULL,
    kelompok               TEXT NOT NULL CHECK (kelompok IN ('ATASAN', 'REKAN', 'BAWAHAN', 'MASYARAKAT')),
    berorientasi_pelayanan BIGINT NOT NULL CHECK (berorientasi_pelayanan BETWEEN 1 AND 5),
    akuntabel              BIGINT NOT NULL CHECK (akuntabel BETWEEN 1 AND 5),
    kompeten               BIGINT NOT NULL CHECK (kompeten BETWEEN 1 AND 5),
    harmonis               BIGINT NOT NULL CHECK (harmonis BETWEEN 1 AND 5),
    loyal                  BIGINT NOT NULL CHECK (loyal BETWEEN 1 AND 5),
    adaptif                BIGINT NOT NULL CHECK (adaptif BETWEEN 1 AND 5),
    kolaboratif            BIGINT NOT NULL CHECK (kolaboratif BETWEEN 1 AND 5),
    komentar               TEXT,
    PRIMARY KEY (instansi_id, id),
    FOREIGN KEY (instansi_id, survei_id) REFERENCES survei_360 (instansi_id, id)
);
CREATE INDEX tanggapan_360_survei ON tanggapan_360 (instansi_id, survei_id);
