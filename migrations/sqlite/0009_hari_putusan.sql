-- The days an atasan PPK has to decide a keberatan are configurable per agency (DOMAIN.md §6,
-- default 14); they live beside the curve settings, the agency's other evaluation settings.
ALTER TABLE pengaturan_kurva
    ADD COLUMN hari_putusan BIGINT NOT NULL DEFAULT 14 CHECK (hari_putusan BETWEEN 1 AND 90);
