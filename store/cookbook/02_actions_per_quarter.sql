-- 2. Actions per cluster per quarter
-- fr: Actions par cluster et par trimestre
--
-- How many meetings each cluster held in each quarter, and how many
-- actions they recorded; distinct_actions counts an action written the
-- same way in two copies of a meeting once.
SELECT cluster,
       strftime('%Y', meeting_date) || '-Q' || ((CAST(strftime('%m', meeting_date) AS INTEGER) + 2) / 3) AS quarter,
       count(DISTINCT meeting_date) AS meetings, count(*) AS actions,
       count(DISTINCT lower(action)) AS distinct_actions
FROM v_actions
WHERE meeting_date IS NOT NULL
GROUP BY cluster, quarter
ORDER BY quarter, cluster;
