-- The sqlite3 shell's side of a team's summary row: the summary's main queries for one
-- week (:from, :to) and one team (:team), substituted by scripts/bench.
SELECT v.coordinator_id, count(*), total(v.minutes), count(DISTINCT v.person_id)
FROM coordinator c JOIN conversation v ON v.coordinator_id = c.id
WHERE c.team = ':team' AND v.on_date BETWEEN ':from' AND ':to' GROUP BY v.coordinator_id;

WITH o AS MATERIALIZED (
  SELECT (SELECT a.coordinator_id FROM assignment a WHERE a.person_id = p.id AND a.from_on <= ':to'
          ORDER BY a.from_on DESC, a.id DESC LIMIT 1) AS coordinator_id,
         (SELECT max(v.on_date) FROM conversation v WHERE v.person_id = p.id AND v.on_date <= ':to') AS last_seen
  FROM person p
  WHERE p.id IN (SELECT h.person_id FROM coordinator t JOIN assignment h ON h.coordinator_id = t.id
                 WHERE t.team = ':team' AND h.from_on <= ':to')
    AND p.support = 'walking-alongside' AND p.opened_on <= ':to' AND (p.closed_on IS NULL OR p.closed_on > ':to'))
SELECT o.coordinator_id, count(*), sum(last_seen IS NULL) FROM o JOIN coordinator c ON c.id = o.coordinator_id
WHERE c.team = ':team' GROUP BY o.coordinator_id;

SELECT e.c, count(*) FROM (
  SELECT (SELECT a.coordinator_id FROM assignment a WHERE a.person_id = g.person_id AND a.from_on <= g.set_on
          ORDER BY a.from_on DESC LIMIT 1) AS c FROM goal g WHERE g.set_on BETWEEN ':from' AND ':to') e
JOIN coordinator c ON c.id = e.c WHERE c.team = ':team' GROUP BY e.c;

SELECT e.c, count(*) FROM (
  SELECT (SELECT a.coordinator_id FROM assignment a WHERE a.person_id = k.person_id AND a.from_on <= k.made_on
          ORDER BY a.from_on DESC LIMIT 1) AS c FROM connection k WHERE k.made_on BETWEEN ':from' AND ':to') e
JOIN coordinator c ON c.id = e.c WHERE c.team = ':team' GROUP BY e.c;

SELECT e.budget, count(*), total(e.amount) FROM (
  SELECT x.budget, x.quantity * x.unit_cost AS amount,
         (SELECT a.coordinator_id FROM assignment a WHERE a.person_id = x.person_id AND a.from_on <= x.on_date
          ORDER BY a.from_on DESC LIMIT 1) AS c FROM avoided x WHERE x.on_date BETWEEN ':from' AND ':to') e
JOIN coordinator c ON c.id = e.c WHERE c.team = ':team' GROUP BY e.budget;
