-- 11. Open actions by owner, each meeting once
-- fr: Actions ouvertes par responsable, chaque réunion une fois
--
-- The actions not done, counted by owner (as written, several owners
-- joined), with the number of meetings they come from. A meeting saved as
-- several files (a DOCX and its PDF, a draft and its final) is one meeting
-- with its copies in meeting_documents: its actions are those of its
-- primary copy, so copies never count twice (see docs/copies.md).
SELECT coalesce(owners, '(no owner)') AS owner, count(*) AS open_actions,
       count(DISTINCT meeting_id) AS meetings
FROM v_actions
WHERE status <> 'done'
GROUP BY owner
ORDER BY open_actions DESC, owner;
