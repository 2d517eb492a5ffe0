-- The employee's rating of a coaching, mentoring or counseling session (DOMAIN.md §1,
-- *pembinaan*): nine statements, each 1–5, given once after the session was held.
CREATE TABLE penilaian_coaching (
    instansi_id TEXT NOT NULL REFERENCES instansi (instansi_id),
    dialog_id   TEXT NOT NULL,
    pegawai_id  TEXT NOT NULL,
    -- the nine scores in statement order, comma-separated ("5,4,4,3,5,5,4,4,5")
    skor        TEXT NOT NULL,
    komentar    TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    PRIMARY KEY (instansi_id, dialog_id),
    FOREIGN KEY (instansi_id, dialog_id) REFERENCES dialog_kinerja (instansi_id, id),
    FOREIGN KEY (instansi_id, pegawai_id) REFERENCES pegawai (instansi_id, id)
);

-- Innovation records: an idea or innovation of an employee (problem, solution, status, links,
-- measured impact), optionally linked to one of their RHK. `unit_id` is the employee's unit when
-- it was recorded, so a unit's count does not move when someone is transferred. `rhk_id` has no
-- foreign key: a draft SKP's RHK may be replaced, and the record then simply shows no RHK.
CREATE TABLE inovasi (
    instansi_id TEXT NOT NULL REFERENCES instansi (instansi_id),
    id          TEXT NOT NULL,
    pegawai_id  TEXT NOT NULL,
    unit_id     TEXT NOT NULL,
    periode_id  TEXT NOT NULL,
    rhk_id      TEXT,
    judul       TEXT NOT NULL,
    masalah     TEXT NOT NULL,
    solusi      TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'IDE' CHECK (status IN ('IDE', 'PROTOTIPE', 'DITERAPKAN')),
    -- http(s) links, one per line
    tautan      TEXT NOT NULL DEFAULT '',
    dampak      TEXT NOT NULL DEFAULT '',
    version     BIGINT NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (instansi_id, id),
    FOREIGN KEY (instansi_id, pegawai_id) REFERENCES pegawai (instansi_id, id),
    FOREIGN KEY (instansi_id, unit_id) REFERENCES unit_kerja (instansi_id, id),
    FOREIGN KEY (instansi_id, periode_id) REFERENCES periode (instansi_id, id)
);
CREATE INDEX inovasi_pegawai ON inovasi (instansi_id, pegawai_id, periode_id);
CREATE INDEX inovasi_unit ON inovasi (instansi_id, periode_id, unit_id);
CREATE INDEX inovasi_id ON inovasi (id);
