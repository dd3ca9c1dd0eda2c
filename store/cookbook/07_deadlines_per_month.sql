-- 7. Deadlines per month, and how precise they are
-- fr: Échéances par mois, et leur précision
--
-- The deadlines falling in each month, by precision (a day, a month, a
-- semester, as soon as possible …), with the words the minutes wrote them
-- in.
SELECT substr(due_date, 1, 7) AS month, due_precision, count(*) AS actions,
       group_concat(DISTINCT due_raw) AS written_as
FROM v_actions
WHERE due_date IS NOT NULL
GROUP BY month, due_precision
ORDER BY month;
