-- 3a. Recommendations repeated across meetings (follow-up links)
-- fr: Recommandations reprises d'une réunion à l'autre
-- sample: no rows
--
-- The actions a later meeting of the same cluster takes up again, found by
-- the follow-up links (LinkFollowUps), with the date they were first seen.
-- No rows on the sample corpus: its three dated meetings belong to two
-- clusters and none repeats an earlier one (LinkFollowUps finds 0 links).
-- On a drive with a cluster's monthly minutes, this lists the
-- recommendations carried from meeting to meeting. Query 3b shows the
-- other kind of repetition: one meeting stored in two files that were not
-- recognised as copies.
SELECT first_seen, meeting_date, cluster, repeats, owners, action
FROM v_actions
WHERE repeats > 0
ORDER BY repeats DESC, meeting_date;
