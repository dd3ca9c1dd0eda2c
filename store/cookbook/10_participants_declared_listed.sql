-- 10. Participants per meeting: declared and listed
-- fr: Participants par réunion : déclarés et listés
--
-- The number of participants the minutes declare beside the people and
-- organizations listed, for each meeting: a gap says the list is partial
-- or was not read whole.
SELECT date, cluster, participant_count AS declared, participants AS listed, organizations
FROM v_meetings
WHERE kind = 'minutes'
ORDER BY date, file;
