-- 4. Attendance rate of each organization, per cluster
-- fr: Taux de présence de chaque organisation, par cluster
--
-- The share of a cluster's meetings each organization attended. Copies of
-- one meeting count once (distinct dates); meetings without a date are
-- left out.
WITH held AS (SELECT id, cluster, date FROM v_meetings WHERE date IS NOT NULL),
     total AS (SELECT cluster, count(DISTINCT date) AS meetings FROM held GROUP BY cluster)
SELECT a.cluster, a.organization, count(DISTINCT a.meeting_date) AS attended, t.meetings,
       round(100.0 * count(DISTINCT a.meeting_date) / t.meetings) AS rate_pct
FROM v_attendance a
JOIN held h ON h.id = a.meeting_id
JOIN total t ON t.cluster = a.cluster
WHERE a.present = 1
GROUP BY a.cluster, a.organization, t.meetings
ORDER BY a.cluster, rate_pct DESC, a.organization;
