-- The sqlite3 shell's side of the coordinator list row: every active coordinator with the
-- people they walk alongside and introduce.
SELECT c.handle, c.name, c.team, c.capacity_min, c.capacity_max,
       (SELECT count(*) FROM person p WHERE p.coordinator_id = c.id AND p.status = 'active'
        AND p.support = 'walking-alongside'),
       (SELECT count(*) FROM person p WHERE p.coordinator_id = c.id AND p.status = 'active'
        AND p.support = 'introduction')
FROM coordinator c WHERE c.active = 1 ORDER BY c.handle;
