-- The leader dashboard's incremental aggregates (issue 7): kept up to date in the same
-- transaction as every change that moves a figure (`backend::dasbor::agregat`), so the
-- dashboard of a unit reads a handful of rows however many people sit below it.

-- What one employee adds, for one annual period, to every unit above them (their own unit and
-- its ancestors). The stored copy is what the next change subtracts before adding the new one.
CREATE TABLE dasbor_kontribusi (
    instansi_id   TEXT NOT NULL REFERENCES instansi (instansi_id),
    periode_id    TEXT NOT NULL,
    pegawai_id    TEXT NOT NULL,
    -- the employee's unit when the row was written; '' for an inactive employee (adds nothing)
    unit_id       TEXT NOT NULL,
    -- BELUM (no SKP yet), DRAFT, DIAJUKAN, DISETUJUI or DIKEMBALIKAN
    status        TEXT NOT NULL,
    rhk           BIGINT NOT NULL,
    -- the RHK's progress summed in millionths (integers add up exactly)
    progres_mikro BIGINT NOT NULL,
    risiko_tinggi BIGINT NOT NULL,
    iki_kurang    BIGINT NOT NULL,
    -- each RHK's progress in whole percent, comma-separated ("0,37,100")
    persen        TEXT NOT NULL,
    -- the predikat of the period's evaluation; '' before there is one
    predikat      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (instansi_id, periode_id, pegawai_id),
    FOREIGN KEY (instansi_id, periode_id) REFERENCES periode (instansi_id, id),
    FOREIGN KEY (instansi_id, pegawai_id) REFERENCES pegawai (instansi_id, id)
);
CREATE INDEX dasbor_kontribusi_unit ON dasbor_kontribusi (instansi_id, periode_id, unit_id);

-- The sums per unit *with its whole subtree* and annual period.
CREATE TABLE dasbor_unit (
    instansi_id   TEXT NOT NULL REFERENCES instansi (instansi_id),
    periode_id    TEXT NOT NULL,
    unit_id       TEXT NOT NULL,
    belum         BIGINT NOT NULL DEFAULT 0,
    draft         BIGINT NOT NULL DEFAULT 0,
    diajukan      BIGINT NOT NULL DEFAULT 0,
    disetujui     BIGINT NOT NULL DEFAULT 0,
    dikembalikan  BIGINT NOT NULL DEFAULT 0,
    rhk           BIGINT NOT NULL DEFAULT 0,
    progres_mikro BIGINT NOT NULL DEFAULT 0,
    risiko_tinggi BIGINT NOT NULL DEFAULT 0,
    iki_kurang    BIGINT NOT NULL DEFAULT 0,
    -- people per predikat, and those not rated yet
    p_sangat_baik       BIGINT NOT NULL DEFAULT 0,
    p_baik              BIGINT NOT NULL DEFAULT 0,
    p_butuh_perbaikan   BIGINT NOT NULL DEFAULT 0,
    p_kurang_misconduct BIGINT NOT NULL DEFAULT 0,
    p_sangat_kurang     BIGINT NOT NULL DEFAULT 0,
    p_belum             BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (instansi_id, periode_id, unit_id),
    FOREIGN KEY (instansi_id, periode_id) REFERENCES periode (instansi_id, id),
    FOREIGN KEY (instansi_id, unit_id) REFERENCES unit_kerja (instansi_id, id)
);

-- The RHK of a unit's subtree by progress in whole percent (0–100), for the count behind the
-- time elapsed, which moves every day without a write.
CREATE TABLE dasbor_progres (
    instansi_id TEXT NOT NULL REFERENCES instansi (instansi_id),
    periode_id  TEXT NOT NULL,
    unit_id     TEXT NOT NULL,
    persen      BIGINT NOT NULL,
    n           BIGINT NOT NULL,
    PRIMARY KEY (instansi_id, periode_id, unit_id, persen),
    FOREIGN KEY (instansi_id, periode_id) REFERENCES periode (instansi_id, id),
    FOREIGN KEY (instansi_id, unit_id) REFERENCES unit_kerja (instansi_id, id)
);

-- The annual periods whose aggregates are built; the others are built on first read.
CREATE TABLE dasbor_siap (
    instansi_id TEXT NOT NULL REFERENCES instansi (instansi_id),
    periode_id  TEXT NOT NULL,
    built_at    TEXT NOT NULL,
    PRIMARY KEY (instansi_id, periode_id),
    FOREIGN KEY (instansi_id, periode_id) REFERENCES periode (instansi_id, id)
);

-- Each IKI's year-end projection (`domain::proyeksi`), rewritten with its realisasi: the
-- value, the shortfall as a share of the target (NULL: nothing reported), and the model's
-- inputs as JSON, so the dashboard ranks the shortfalls from an index.
ALTER TABLE iki ADD COLUMN proyeksi DOUBLE PRECISION;
ALTER TABLE iki ADD COLUMN proyeksi_kurang DOUBLE PRECISION;
ALTER TABLE iki ADD COLUMN proyeksi_dasar TEXT;
CREATE INDEX iki_proyeksi_kurang ON iki (instansi_id, proyeksi_kurang);

-- the dashboard's targets most behind, in order of progress (none recorded counts 0)
CREATE INDEX rhk_progres ON rhk (instansi_id, periode_id, (COALESCE(progres_iki, 0.0)), id);
