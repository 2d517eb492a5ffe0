-- Foundation schema. Every table carries instansi_id and every primary and foreign key
-- includes it, so a national deployment can distribute all tables by instansi_id (Citus).
-- Ids are UUIDv7 text; timestamps are RFC 3339 UTC text; dates are YYYY-MM-DD text.

CREATE TABLE instansi (
    instansi_id    TEXT PRIMARY KEY,
    kode           TEXT NOT NULL UNIQUE,
    nama           TEXT NOT NULL,
    jenis_periodik TEXT NOT NULL DEFAULT 'TRIWULANAN'
                   CHECK (jenis_periodik IN ('BULANAN', 'TRIWULANAN', 'SEMESTERAN')),
    version        BIGINT NOT NULL DEFAULT 1,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);

CREATE TABLE unit_kerja (
    instansi_id TEXT NOT NULL REFERENCES instansi (instansi_id),
    id          TEXT NOT NULL,
    parent_id   TEXT,
    kode        TEXT NOT NULL,
    nama        TEXT NOT NULL,
    level       BIGINT NOT NULL CHECK (level >= 1),
    -- materialised path of ids, '/root/child/', so a subtree is one prefix scan
    path        TEXT NOT NULL,
    version     BIGINT NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (instansi_id, id),
    UNIQUE (instansi_id, kode),
    FOREIGN KEY (instansi_id, parent_id) REFERENCES unit_kerja (instansi_id, id)
);
CREATE INDEX unit_kerja_parent ON unit_kerja (instansi_id, parent_id);
CREATE INDEX unit_kerja_path ON unit_kerja (instansi_id, path);
-- by id alone, to tell 'not yours' (403) from 'does not exist' (404)
CREATE INDEX unit_kerja_id ON unit_kerja (id);

CREATE TABLE jabatan (
    instansi_id TEXT NOT NULL REFERENCES instansi (instansi_id),
    id          TEXT NOT NULL,
    unit_id     TEXT NOT NULL,
    nama        TEXT NOT NULL,
    jenis       TEXT NOT NULL CHECK (jenis IN ('JPT_UTAMA', 'JPT_MADYA', 'JPT_PRATAMA',
                    'ADMINISTRATOR', 'PENGAWAS', 'PELAKSANA', 'FUNGSIONAL')),
    jenjang     TEXT,
    -- 1 when the holder heads the unit (kepala): that makes them pimpinan of its subtree
    kepala_unit BIGINT NOT NULL DEFAULT 0 CHECK (kepala_unit IN (0, 1)),
    version     BIGINT NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (instansi_id, id),
    UNIQUE (instansi_id, unit_id, nama),
    FOREIGN KEY (instansi_id, unit_id) REFERENCES unit_kerja (instansi_id, id),
    CHECK ((jenis = 'FUNGSIONAL') = (jenjang IS NOT NULL))
);

CREATE TABLE pegawai (
    instansi_id   TEXT NOT NULL REFERENCES instansi (instansi_id),
    id            TEXT NOT NULL,
    nip           TEXT NOT NULL,
    nama          TEXT NOT NULL,
    status_asn    TEXT NOT NULL CHECK (status_asn IN ('PNS', 'PPPK')),
    golongan      TEXT NOT NULL,
    unit_id       TEXT NOT NULL,
    jabatan_id    TEXT NOT NULL,
    ppk_id        TEXT,
    atasan_ppk_id TEXT,
    aktif         BIGINT NOT NULL DEFAULT 1 CHECK (aktif IN (0, 1)),
    version       BIGINT NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (instansi_id, id),
    UNIQUE (instansi_id, nip),
    FOREIGN KEY (instansi_id, unit_id) REFERENCES unit_kerja (instansi_id, id),
    FOREIGN KEY (instansi_id, jabatan_id) REFERENCES jabatan (instansi_id, id),
    FOREIGN KEY (instansi_id, ppk_id) REFERENCES pegawai (instansi_id, id)
        DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (instansi_id, atasan_ppk_id) REFERENCES pegawai (instansi_id, id)
        DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX pegawai_unit ON pegawai (instansi_id, unit_id);
CREATE INDEX pegawai_ppk ON pegawai (instansi_id, ppk_id);
CREATE INDEX pegawai_atasan ON pegawai (instansi_id, atasan_ppk_id);
CREATE INDEX pegawai_nama ON pegawai (instansi_id, nama, id);
CREATE INDEX pegawai_id ON pegawai (id);

CREATE TABLE akun (
    instansi_id   TEXT NOT NULL REFERENCES instansi (instansi_id),
    id            TEXT NOT NULL,
    username      TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    pegawai_id    TEXT,
    -- granted roles, comma separated ('admin', 'auditor'); the others are derived
    peran         TEXT NOT NULL DEFAULT '',
    aktif         BIGINT NOT NULL DEFAULT 1 CHECK (aktif IN (0, 1)),
    version       BIGINT NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (instansi_id, id),
    FOREIGN KEY (instansi_id, pegawai_id) REFERENCES pegawai (instansi_id, id)
);
CREATE INDEX akun_pegawai ON akun (instansi_id, pegawai_id);

-- Sessions: id is the SHA-256 of the secret in the cookie, never the secret itself.
CREATE TABLE sesi (
    instansi_id TEXT NOT NULL REFERENCES instansi (instansi_id),
    id          TEXT NOT NULL,
    akun_id     TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    PRIMARY KEY (instansi_id, id),
    FOREIGN KEY (instansi_id, akun_id) REFERENCES akun (instansi_id, id) ON DELETE CASCADE
);
CREATE INDEX sesi_akun ON sesi (instansi_id, akun_id);

-- API tokens issued by an admin: id is the SHA-256 of the secret, likewise.
CREATE TABLE api_token (
    instansi_id TEXT NOT NULL REFERENCES instansi (instansi_id),
    id          TEXT NOT NULL,
    akun_id     TEXT NOT NULL,
    nama        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    expires_at  TEXT,
    revoked_at  TEXT,
    PRIMARY KEY (instansi_id, id),
    FOREIGN KEY (instansi_id, akun_id) REFERENCES akun (instansi_id, id)
);

-- Failed logins, for the 429 throttle. instansi_id is '' when the username is unknown.
CREATE TABLE login_gagal (
    instansi_id TEXT NOT NULL,
    id          TEXT NOT NULL,
    username    TEXT NOT NULL,
    at          TEXT NOT NULL,
    PRIMARY KEY (instansi_id, id)
);
CREATE INDEX login_gagal_username ON login_gagal (username, at);

CREATE TABLE periode (
    instansi_id TEXT NOT NULL REFERENCES instansi (instansi_id),
    id          TEXT NOT NULL,
    tahun       BIGINT NOT NULL,
    jenis       TEXT NOT NULL CHECK (jenis IN ('TAHUNAN', 'BULANAN', 'TRIWULANAN', 'SEMESTERAN')),
    nomor       BIGINT NOT NULL,
    parent_id   TEXT,
    mulai       TEXT NOT NULL,
    selesai     TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'PERENCANAAN'
                CHECK (status IN ('PERENCANAAN', 'PELAKSANAAN', 'PENILAIAN', 'DITUTUP')),
    version     BIGINT NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (instansi_id, id),
    UNIQUE (instansi_id, tahun, jenis, nomor),
    FOREIGN KEY (instansi_id, parent_id) REFERENCES periode (instansi_id, id),
    CHECK (mulai <= selesai)
);

-- Append-only: written in the same transaction as the change it records.
CREATE TABLE audit_log (
    instansi_id TEXT NOT NULL REFERENCES instansi (instansi_id),
    id          TEXT NOT NULL,
    at          TEXT NOT NULL,
    akun_id     TEXT,
    aksi        TEXT NOT NULL,
    entitas     TEXT NOT NULL,
    entitas_id  TEXT NOT NULL,
    sebelum     TEXT,
    sesudah     TEXT,
    PRIMARY KEY (instansi_id, id)
);
CREATE INDEX audit_log_entitas ON audit_log (instansi_id, entitas, entitas_id, at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
