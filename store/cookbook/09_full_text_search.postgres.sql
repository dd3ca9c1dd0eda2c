-- 9. Full-text search in SQL, with the page: PostgreSQL's spelling
--
-- The query 9 for a PostgreSQL archive: a tsquery matched with @@, ts_headline
-- and ts_rank in place of MATCH, snippet() and bm25(). The web app's SQL
-- page offers this spelling when it serves PostgreSQL.
SELECT d.file, b.page, ts_headline('minutes_fr', b.text, q, 'StartSel=**, StopSel=**, MaxWords=8, MinWords=4') AS snippet
FROM blocks_fts f
JOIN blocks b ON b.id = f.block_id
JOIN v_document_paths d ON d.document_id = b.document_id
CROSS JOIN to_tsquery('minutes_fr', 'plaidoyer') AS q
WHERE f.text @@ q
ORDER BY ts_rank(f.text, q) DESC
LIMIT 4;
