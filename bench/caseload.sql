-- The sqlite3 shell's side of the caseload row: one coordinator's people with last contact.
SELECT p.id, p.name, p.area, p.opened_on,
       (SELECT max(v.on_date) FROM conversation v WHERE v.person_id = p.id AND v.on_date <= ':asof'),
       (SELECT count(*) FROM goal g WHERE g.person_id = p.id AND g.status = 'active'),
       (SELECT count(*) FROM connection k WHERE k.person_id = p.id AND k.status IN ('introduced', 'engaged', 'sustained'))
FROM person p JOIN coordinator c ON c.id = p.coordinator_id
WHERE c.handle = ':handle' AND p.status = 'active' AND p.support = 'walking-alongside';
