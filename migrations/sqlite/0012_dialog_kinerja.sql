-- Dialog kinerja (DOMAIN.md §1): scheduled or ad-hoc conversations between a leader (the PPK
-- or a squad lead) and an employee, notes visible to both, and the follow-ups they agreed with
-- a due date. Every key carries instansi_id (Citus).

CREATE TABLE dialog_kinerja (
    instansi_id TEXT NOT NULL REFERENCES instansi (instansi_id),
    id          TEXT NOT NULL,
    pegawai_id  TEXT NOT NULL,
    pimpinan_id TEXT NOT NULL,
    -- the annual period
    periode_id  TEXT NOT NULL,
    jenis       TEXT NOT NULL CHECK (jenis IN ('PERENCANAAN', 'KLARIFIKASI', 'REVIU', 'COACHING',
                    'MENTORING', 'KONSELING')),
    judul       TEXT NOT NULL,
    -- a date (YYYY-MM-DD) or a local date and time (YYYY-MM-DDTHH:MM)
    jadwal      TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'DIJADWALKAN'
                CHECK (status IN ('DIJADWALKAN', 'SELESAI', 'DIBATALKAN')),
    catatan     TEXT NOT NULL DEFAULT '',
    dibuat_oleh TEXT NOT NULL,
    version     BIGINT NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (instansi_id, id),
    FOREIGN KEY (instansi_id, pegawai_id) REFERENCES pegawai (instansi_id, id),
    FOREIGN KEY (instansi_id, pimpinan_id) REFERENCES pegawai (instansi_id, id),
    FOREIGN KEY (instansi_id, dibuat_oleh) REFERENCES pegawai (instansi_id, id),
    FOREIGN KEY (instansi_id, periode_id) REFERENCES periode (instansi_id, id)
);
CREATE INDEX dialog_kinerja_pegawai ON dialog_kinerja (instansi_id, pegawai_id, periode_id, jadwal);
CREATE INDEX dialog_kinerja_id ON dialog_kinerja (id);

-- A follow-up agreed in a dialogue: who does what by when. `diingatkan_at` is when the
-- reminder (a notification) was sent, so it is sent once.
CREATE TABLE tindak_lanjut_dialog (
    instansi_id   TEXT NOT NULL REFERENCES instansi (instansi_id),
    id            TEXT NOT NULL,
    dialog_id     TEXT NOT NULL,
    uraian        TEXT NOT NULL,
    pic_id        TEXT NOT NULL,
    jatuh_tempo   TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'TERBUKA' CHECK (status IN ('TERBUKA', 'SELESAI')),
    selesai_at    TEXT,
    diingatkan_at TEXT,
    version       BIGINT NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (instansi_id, id),
    FOREIGN KEY (instansi_id, dialog_id) REFERENCES dialog_kinerja (instansi_id, id),
    FOREIGN KEY (instansi_id, pic_id) REFERENCES pegawai (instansi_id, id)
);
CREATE INDEX tindak_lanjut_dialog_dialog ON tindak_lanjut_dialog (instansi_id, dialog_id);
CREATE INDEX tindak_lanjut_dialog_pic ON tindak_lanjut_dialog (instansi_id, pic_id, status, jatuh_tempo);
CREATE INDEX tindak_lanjut_dialog_id ON tindak_lanjut_dialog (id);
