-- The SQLite migration 0008_ocr.sql (issue #15): pages read by OCR, and
-- each OCR'd block's mean word confidence, 0 to 1.
ALTER TABLE documents ADD COLUMN ocr_pages INTEGER;
ALTER TABLE blocks ADD COLUMN ocr_confidence REAL;
