-- The leader dashboard's activity figures (issue 7), kept like the others in 0014: realisasi
-- waiting for verification, dialogues held and feedback received per quarter of the period,
-- and squad workload, per employee and summed per unit with its subtree.

ALTER TABLE dasbor_kontribusi ADD COLUMN bukti_menunggu BIGINT NOT NULL DEFAULT 0;
-- bit q (0–3) set: a dialogue held (SELESAI) in quarter q of the period
ALTER TABLE dasbor_kontribusi ADD COLUMN dialog_kuartal BIGINT NOT NULL DEFAULT 0;
-- feedback received per quarter, comma-separated ("0,2,1,0")
ALTER TABLE dasbor_kontribusi ADD COLUMN umpan_kuartal TEXT NOT NULL DEFAULT '0,0,0,0';
ALTER TABLE dasbor_kontribusi ADD COLUMN di_tim BIGINT NOT NULL DEFAULT 0;
ALTER TABLE dasbor_kontribusi ADD COLUMN beban_lebih BIGINT NOT NULL DEFAULT 0;

ALTER TABLE dasbor_unit ADD COLUMN bukti_menunggu BIGINT NOT NULL DEFAULT 0;
-- people with a dialogue held, per quarter
ALTER TABLE dasbor_unit ADD COLUMN dialog_k1 BIGINT NOT NULL DEFAULT 0;
ALTER TABLE dasbor_unit ADD COLUMN dialog_k2 BIGINT NOT NULL DEFAULT 0;
ALTER TABLE dasbor_unit ADD COLUMN dialog_k3 BIGINT NOT NULL DEFAULT 0;
ALTER TABLE dasbor_unit ADD COLUMN dialog_k4 BIGINT NOT NULL DEFAULT 0;
-- feedback received, per quarter
ALTER TABLE dasbor_unit ADD COLUMN umpan_k1 BIGINT NOT NULL DEFAULT 0;
ALTER TABLE dasbor_unit ADD COLUMN umpan_k2 BIGINT NOT NULL DEFAULT 0;
ALTER TABLE dasbor_unit ADD COLUMN umpan_k3 BIGINT NOT NULL DEFAULT 0;
ALTER TABLE dasbor_unit ADD COLUMN umpan_k4 BIGINT NOT NULL DEFAULT 0;
ALTER TABLE dasbor_unit ADD COLUMN di_tim BIGINT NOT NULL DEFAULT 0;
ALTER TABLE dasbor_unit ADD COLUMN beban_lebih BIGINT NOT NULL DEFAULT 0;

-- held dialogues of a period, for the one-pass build
CREATE INDEX dialog_kinerja_periode ON dialog_kinerja (instansi_id, periode_id, status);

-- what is stored was built without these figures: the next read builds it again
DELETE FROM dasbor_siap;
DELETE FROM dasbor_progres;
DELETE FROM dasbor_unit;
DELETE FROM dasbor_kontribusi;
