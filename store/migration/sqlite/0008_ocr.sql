-- OCR of scanned PDFs (issue #15): how many pages of a document were read
-- by optical character recognition (0 for a born-digital file, NULL for
-- documents stored before this migration), and each OCR'd block's mean word
-- confidence, 0 to 1 (NULL for text read from a text layer).
ALTER TABLE documents ADD COLUMN ocr_pages INTEGER;
ALTER TABLE blocks ADD COLUMN ocr_confidence REAL;
