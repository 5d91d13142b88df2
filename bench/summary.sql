-- The sqlite3 shell's side of the summary row: the summary's main queries for one week
-- (:from, :to substituted by scripts/bench), over every coordinator.
SELECT v.coordinator_id, count(*), total(v.minutes), count(DISTINCT v.person_id)
FROM conversation v WHERE v.on_date BETWEEN ':from' AND ':to' GROUP BY v.coordinator_id;

SELECT a.coordinator_id, count(*),
       sum((SELECT max(v.on_date) FROM conversation v WHERE v.person_id = p.id AND v.on_date <= ':to') IS NULL)
FROM coordinator c JOIN assignment a ON a.coordinator_id = c.id AND a.from_on <= ':to'
     AND (a.to_on IS NULL OR a.to_on > ':to') JOIN person p ON p.id = a.person_id
WHERE p.support = 'walking-alongside' AND p.opened_on <= ':to' AND (p.closed_on IS NULL OR p.closed_on > ':to')
GROUP BY a.coordinator_id;

SELECT (SELECT a.coordinator_id FROM assignment a WHERE a.person_id = g.person_id AND a.from_on <= g.set_on
        ORDER BY a.from_on DESC LIMIT 1) AS c, count(*)
FROM goal g WHERE g.set_on BETWEEN ':from' AND ':to' GROUP BY c;

SELECT (SELECT a.coordinator_id FROM assignment a WHERE a.person_id = k.person_id AND a.from_on <= k.made_on
        ORDER BY a.from_on DESC LIMIT 1) AS c, count(*)
FROM connection k WHERE k.made_on BETWEEN ':from' AND ':to' GROUP BY c;

SELECT budget, count(*), total(quantity * unit_cost) FROM avoided WHERE on_date BETWEEN ':from' AND ':to'
GROUP BY budget;
