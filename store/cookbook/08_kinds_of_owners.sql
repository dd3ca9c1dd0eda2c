-- 8. Which kinds of organizations own actions
-- fr: Quels types d'organisations portent les actions
--
-- The owners of actions by kind of organization (UN agency, international
-- NGO, coordination body, role …), from the gazetteer; an owner it does
-- not know is a person or unknown.
SELECT coalesce(o.kind, 'person or unknown') AS kind, count(DISTINCT ao.action_id) AS actions,
       group_concat(DISTINCT coalesce(o.acronym, ao.raw)) AS owners
FROM action_owners ao LEFT JOIN organizations o ON o.id = ao.organization_id
GROUP BY kind
ORDER BY actions DESC;
