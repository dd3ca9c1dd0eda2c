-- 3b. The same action in several documents
-- fr: La même action dans plusieurs documents
--
-- An action of one meeting found in more than one document: the same
-- minutes stored as DOCX and PDF, or sent twice.
SELECT cluster, meeting_date, count(DISTINCT document_id) AS documents,
       group_concat(DISTINCT file) AS files, min(action) AS action
FROM v_actions
GROUP BY cluster, meeting_date, lower(action)
HAVING count(DISTINCT document_id) > 1
ORDER BY meeting_date, action
LIMIT 5;
