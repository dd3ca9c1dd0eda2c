-- 9. Full-text search in SQL, with the page
-- fr: Recherche plein texte en SQL, avec la page
--
-- The blocks that mention a word, accents and case aside, best first, with
-- their file, page and a snippet. PostgreSQL spells full-text search
-- otherwise (09_full_text_search.postgres.sql).
SELECT d.file, b.page, snippet(blocks_fts, 0, '**', '**', '…', 8) AS snippet
FROM blocks_fts
JOIN blocks b ON b.id = blocks_fts.rowid
JOIN v_document_paths d ON d.document_id = b.document_id
WHERE blocks_fts MATCH 'plaidoyer'
ORDER BY bm25(blocks_fts)
LIMIT 4;
