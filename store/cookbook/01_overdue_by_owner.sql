-- 1. Overdue actions by owner
-- fr: Actions en retard par responsable
--
-- The actions whose deadline has passed, counted by owner (as written,
-- several owners joined), with the oldest deadline and the most days
-- overdue. days_overdue counts from the day the query runs.
SELECT coalesce(owners, '(no owner)') AS owner, count(*) AS overdue,
       min(due_date) AS oldest_deadline, max(days_overdue) AS max_days
FROM v_actions
WHERE days_overdue > 0
GROUP BY owner
ORDER BY overdue DESC, owner;
