-- The cascade's per-RHK summary, kept on the RHK row and rewritten in the same transaction
-- as every change to its IKI (targets, realisasi) or risks (`repo::skp::ringkasan`), so the
-- tree of a unit subtree is one scan of `rhk` without touching its IKI and risks.
ALTER TABLE rhk ADD COLUMN progres_iki DOUBLE PRECISION;
ALTER TABLE rhk ADD COLUMN kuantitas_target DOUBLE PRECISION;
ALTER TABLE rhk ADD COLUMN kuantitas_satuan TEXT;
ALTER TABLE rhk ADD COLUMN risiko_skor BIGINT;

-- existing rows (the same rules as `domain::cascade::ringkas`)
UPDATE rhk SET
    progres_iki = (SELECT AVG(CASE WHEN i.realisasi IS NULL OR i.target <= 0 OR i.realisasi <= 0
            THEN 0.0 WHEN i.realisasi >= i.target THEN 1.0 ELSE i.realisasi / i.target END)
        FROM iki i WHERE i.instansi_id = rhk.instansi_id AND i.rhk_id = rhk.id),
    kuantitas_target = (SELECT i.target FROM iki i WHERE i.instansi_id = rhk.instansi_id
        AND i.rhk_id = rhk.id AND i.aspek = 'KUANTITAS' ORDER BY i.urutan LIMIT 1),
    kuantitas_satuan = (SELECT i.satuan FROM iki i WHERE i.instansi_id = rhk.instansi_id
        AND i.rhk_id = rhk.id AND i.aspek = 'KUANTITAS' ORDER BY i.urutan LIMIT 1),
    risiko_skor = (SELECT MAX(k.kemungkinan * k.dampak) FROM rhk_risiko k
        WHERE k.instansi_id = rhk.instansi_id AND k.rhk_id = rhk.id);
