-- 3b. The same action in several documents
-- fr: La même action dans plusieurs documents
-- sample: no rows
--
-- An action of one day and cluster found in more than one document: copies
-- of the same minutes that were not recognised as one meeting (their texts
-- differ too much, see docs/copies.md) or that were ingested with
-- --no-merge. No rows on the sample corpus: its DOCX/PDF and DOCX/HTML
-- copies are each one meeting, whose actions are the primary copy's.
SELECT cluster, meeting_date, count(DISTINCT document_id) AS documents,
       group_concat(DISTINCT file) AS files, min(action) AS action
FROM v_actions
GROUP BY cluster, meeting_date, lower(action)
HAVING count(DISTINCT document_id) > 1
ORDER BY meeting_date, action
LIMIT 5;
