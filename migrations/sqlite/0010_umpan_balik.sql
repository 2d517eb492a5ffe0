-- Continuous feedback (umpan balik berkelanjutan, DOMAIN.md §1–2): the PPK, or the squad lead
-- on a squad RHK, gives feedback per RHK or per BerAKHLAK value per sub-period; the employee
-- asks for it. In-app notifications tell people when something needs them. Every key carries
-- instansi_id (Citus).

-- A request for feedback: the employee asks the PPK (or the squad lead) about one RHK or one
-- BerAKHLAK value. Answered by the first feedback that names it.
CREATE TABLE permintaan_umpan_balik (
    instansi_id TEXT NOT NULL REFERENCES instansi (instansi_id),
    id          TEXT NOT NULL,
    pegawai_id  TEXT NOT NULL,
    -- the annual period of the SKP it is about
    periode_id  TEXT NOT NULL,
    kepada_id   TEXT NOT NULL,
    rhk_id      TEXT,
    nilai       TEXT,
    pesan       TEXT NOT NULL DEFAULT '',
    dijawab_at  TEXT,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (instansi_id, id),
    FOREIGN KEY (instansi_id, pegawai_id) REFERENCES pegawai (instansi_id, id),
    FOREIGN KEY (instansi_id, kepada_id) REFERENCES pegawai (instansi_id, id),
    FOREIGN KEY (instansi_id, periode_id) REFERENCES periode (instansi_id, id),
    FOREIGN KEY (instansi_id, rhk_id) REFERENCES rhk (instansi_id, id),
    CHECK ((rhk_id IS NULL) <> (nilai IS NULL))
);
CREATE INDEX permintaan_umpan_balik_pegawai
    ON permintaan_umpan_balik (instansi_id, pegawai_id, periode_id);
CREATE INDEX permintaan_umpan_balik_id ON permintaan_umpan_balik (id);

-- One piece of feedback on an RHK or on a BerAKHLAK value, for a sub-period. Append-only:
-- feedback is a record of what was said, so it is never edited.
CREATE TABLE umpan_balik (
    instansi_id   TEXT NOT NULL REFERENCES instansi (instansi_id),
    id            TEXT NOT NULL,
    pegawai_id    TEXT NOT NULL,
    -- the sub-period (a periode row whose parent is the SKP's annual period) and that parent
    periode_id    TEXT NOT NULL,
    tahunan_id    TEXT NOT NULL,
    pemberi_id    TEXT NOT NULL,
    rhk_id        TEXT,
    nilai         TEXT,
    isi           TEXT NOT NULL,
    permintaan_id TEXT,
    created_at    TEXT NOT NULL,
    PRIMARY KEY (instansi_id, id),
    FOREIGN KEY (instansi_id, pegawai_id) REFERENCES pegawai (instansi_id, id),
    FOREIGN KEY (instansi_id, pemberi_id) REFERENCES pegawai (instansi_id, id),
    FOREIGN KEY (instansi_id, periode_id) REFERENCES periode (instansi_id, id),
    FOREIGN KEY (instansi_id, tahunan_id) REFERENCES periode (instansi_id, id),
    FOREIGN KEY (instansi_id, rhk_id) REFERENCES rhk (instansi_id, id),
    FOREIGN KEY (instansi_id, permintaan_id) REFERENCES permintaan_umpan_balik (instansi_id, id),
    CHECK ((rhk_id IS NULL) <> (nilai IS NULL))
);
CREATE INDEX umpan_balik_pegawai ON umpan_balik (instansi_id, pegawai_id, tahunan_id, created_at);

-- An in-app notification for one employee. The text is written in both languages when it is
-- made, so the bell needs no second lookup; `tautan` is the page to open.
CREATE TABLE notifikasi (
    instansi_id TEXT NOT NULL REFERENCES instansi (instansi_id),
    id          TEXT NOT NULL,
    penerima_id TEXT NOT NULL,
    jenis       TEXT NOT NULL,
    pesan_id    TEXT NOT NULL,
    pesan_en    TEXT NOT NULL,
    tautan      TEXT NOT NULL,
    dibaca_at   TEXT,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (instansi_id, id),
    FOREIGN KEY (instansi_id, penerima_id) REFERENCES pegawai (instansi_id, id)
);
CREATE INDEX notifikasi_penerima ON notifikasi (instansi_id, penerima_id, created_at);
