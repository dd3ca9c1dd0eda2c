-- 5. Meetings without any action
-- fr: Réunions sans aucune action
--
-- The meetings from which no action was read: a news page, an agenda, or
-- minutes whose actions are written in a form the extraction misses.
SELECT date, cluster, kind, participants, agenda_items, file
FROM v_meetings
WHERE actions = 0;
