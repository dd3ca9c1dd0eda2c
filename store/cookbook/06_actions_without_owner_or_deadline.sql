-- 6. Actions without owner or deadline
-- fr: Actions sans responsable ou sans échéance
--
-- The actions nobody can be held to, per cluster: no owner, no deadline,
-- or neither.
SELECT CASE WHEN owners IS NULL AND due_date IS NULL THEN 'neither'
            WHEN owners IS NULL THEN 'no owner' ELSE 'no deadline' END AS missing,
       cluster, count(*) AS actions
FROM v_actions
WHERE owners IS NULL OR due_date IS NULL
GROUP BY missing, cluster
ORDER BY missing, cluster;
