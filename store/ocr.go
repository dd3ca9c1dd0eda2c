package store

import (
	"context"

	"github.com/sahelim/minutes/extract/doc"
)

// saveOCR records how many of the document's pages were read by OCR, and
// the confidence of each OCR'd block (every row of a table's cells).
func saveOCR(ctx context.Context, tx *txn, docID int64, d *doc.Document) error {
	if _, err := tx.ExecContext(ctx, `UPDATE documents SET ocr_pages = ? WHERE id = ?`, d.OCRPages, docID); err != nil {
		return err
	}
	if len(d.OCR) == 0 {
		return nil
	}
	up, err := tx.PrepareContext(ctx, `UPDATE blocks SET ocr_confidence = ? WHERE document_id = ? AND position = ?`)
	if err != nil {
		return err
	}
	defer up.Close()
	for index, conf := range d.OCR {
		if _, err := up.ExecContext(ctx, conf, docID, index); err != nil {
			return err
		}
	}
	return nil
}
