-- Squads (tim kerja) and the Matriks Peran Hasil (DOMAIN.md §3). Every table carries
-- instansi_id in every primary and foreign key (Citus distribution by agency).

-- A squad of one annual period: its lead (ketua), the leader RHK it serves, and who made it.
CREATE TABLE tim (
    instansi_id TEXT NOT NULL REFERENCES instansi (instansi_id),
    id          TEXT NOT NULL,
    periode_id  TEXT NOT NULL,
    nama        TEXT NOT NULL,
    tujuan      TEXT NOT NULL DEFAULT '',
    ketua_id    TEXT NOT NULL,
    -- the leader RHK the squad serves (the default column of its matrix)
    rhk_id      TEXT,
    -- the account that created it (a leader or an admin)
    dibuat_oleh TEXT,
    version     BIGINT NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (instansi_id, id),
    FOREIGN KEY (instansi_id, periode_id) REFERENCES periode (instansi_id, id),
    FOREIGN KEY (instansi_id, ketua_id) REFERENCES pegawai (instansi_id, id),
    FOREIGN KEY (instansi_id, rhk_id) REFERENCES rhk (instansi_id, id),
    FOREIGN KEY (instansi_id, dibuat_oleh) REFERENCES akun (instansi_id, id)
);
CREATE INDEX tim_periode ON tim (instansi_id, periode_id, nama, id);
CREATE INDEX tim_ketua ON tim (instansi_id, ketua_id);
CREATE INDEX tim_id ON tim (id);

-- A member's role in a squad with its share of their time. A person may hold several roles
-- (one row each). Removing a member keeps the row with keluar_at, so history stays.
CREATE TABLE tim_anggota (
    instansi_id TEXT NOT NULL REFERENCES instansi (instansi_id),
    id          TEXT NOT NULL,
    tim_id      TEXT NOT NULL,
    pegawai_id  TEXT NOT NULL,
    peran       TEXT NOT NULL CHECK (peran IN ('KETUA', 'KOORDINATOR', 'ANGGOTA', 'LAINNYA')),
    -- the named role of LAINNYA ("analis data"); '' for the other kinds
    nama_peran  TEXT NOT NULL DEFAULT '',
    alokasi     BIGINT NOT NULL CHECK (alokasi BETWEEN 0 AND 100),
    urutan      BIGINT NOT NULL DEFAULT 0,
    keluar_at   TEXT,
    version     BIGINT NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (instansi_id, id),
    FOREIGN KEY (instansi_id, tim_id) REFERENCES tim (instansi_id, id),
    FOREIGN KEY (instansi_id, pegawai_id) REFERENCES pegawai (instansi_id, id)
);
-- one active row per person and role in a squad
CREATE UNIQUE INDEX tim_anggota_peran ON tim_anggota
    (instansi_id, tim_id, pegawai_id, peran, LOWER(nama_peran)) WHERE keluar_at IS NULL;
CREATE INDEX tim_anggota_tim ON tim_anggota (instansi_id, tim_id, urutan);
CREATE INDEX tim_anggota_pegawai ON tim_anggota (instansi_id, pegawai_id);

-- The columns of the matrix: the leader's IKI or the squad's results, each intervening a
-- leader RHK. A removed column is kept (retired) with its cells' history.
CREATE TABLE tim_kolom (
    instansi_id TEXT NOT NULL REFERENCES instansi (instansi_id),
    id          TEXT NOT NULL,
    tim_id      TEXT NOT NULL,
    urutan      BIGINT NOT NULL DEFAULT 0,
    judul       TEXT NOT NULL,
    rhk_id      TEXT NOT NULL,
    -- the leader's IKI the column stands for, when it is one (informational)
    iki_id      TEXT,
    pensiun_at  TEXT,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (instansi_id, id),
    FOREIGN KEY (instansi_id, tim_id) REFERENCES tim (instansi_id, id),
    FOREIGN KEY (instansi_id, rhk_id) REFERENCES rhk (instansi_id, id)
);
CREATE INDEX tim_kolom_tim ON tim_kolom (instansi_id, tim_id, urutan);

-- A cell of the matrix: a member's role (row) in a column, stated as a result, and the RHK it
-- became in the member's SKP. A removed cell is retired, never deleted.
CREATE TABLE tim_sel (
    instansi_id TEXT NOT NULL REFERENCES instansi (instansi_id),
    id          TEXT NOT NULL,
    tim_id      TEXT NOT NULL,
    anggota_id  TEXT NOT NULL,
    kolom_id    TEXT NOT NULL,
    judul       TEXT NOT NULL,
    rhk_id      TEXT NOT NULL,
    pensiun_at  TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (instansi_id, id),
    FOREIGN KEY (instansi_id, tim_id) REFERENCES tim (instansi_id, id),
    FOREIGN KEY (instansi_id, anggota_id) REFERENCES tim_anggota (instansi_id, id),
    FOREIGN KEY (instansi_id, kolom_id) REFERENCES tim_kolom (instansi_id, id),
    FOREIGN KEY (instansi_id, rhk_id) REFERENCES rhk (instansi_id, id)
);
CREATE INDEX tim_sel_tim ON tim_sel (instansi_id, tim_id);
CREATE INDEX tim_sel_anggota ON tim_sel (instansi_id, anggota_id);
CREATE INDEX tim_sel_rhk ON tim_sel (instansi_id, rhk_id);

-- The lead's feedback and rating recommendation per member, which the member's PPK sees
-- when rating (Di Atas / Sesuai / Di Bawah Ekspektasi).
CREATE TABLE tim_rekomendasi (
    instansi_id TEXT NOT NULL REFERENCES instansi (instansi_id),
    tim_id      TEXT NOT NULL,
    pegawai_id  TEXT NOT NULL,
    umpan_balik TEXT NOT NULL DEFAULT '',
    rating      TEXT CHECK (rating IN ('DI_ATAS', 'SESUAI', 'DI_BAWAH')),
    oleh        TEXT NOT NULL,
    version     BIGINT NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (instansi_id, tim_id, pegawai_id),
    FOREIGN KEY (instansi_id, tim_id) REFERENCES tim (instansi_id, id),
    FOREIGN KEY (instansi_id, pegawai_id) REFERENCES pegawai (instansi_id, id),
    FOREIGN KEY (instansi_id, oleh) REFERENCES pegawai (instansi_id, id)
);
CREATE INDEX tim_rekomendasi_pegawai ON tim_rekomendasi (instansi_id, pegawai_id);

-- A squad RHK: the squad it serves (tim_sel holds the link with keys), who assigned it
-- (penugasan dari, the squad lead), and when it was retired (a removed cell keeps its RHK).
ALTER TABLE rhk ADD COLUMN tim_id TEXT;
ALTER TABLE rhk ADD COLUMN penugasan_dari TEXT;
ALTER TABLE rhk ADD COLUMN pensiun_at TEXT;
CREATE INDEX rhk_tim ON rhk (instansi_id, tim_id);
