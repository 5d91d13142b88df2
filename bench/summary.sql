-- The shell's side of the summary row (sqlite3, or psql with --store postgresql): the
-- summary's main queries for one week (:from, :to substituted by scripts/bench), over every
-- coordinator, in SQL both engines take.
SELECT v.coordinator_id, count(*), coalesce(sum(v.minutes), 0.0), count(DISTINCT v.person_id)
FROM conversation v WHERE v.on_date BETWEEN ':from' AND ':to' GROUP BY v.coordinator_id;

WITH o AS MATERIALIZED (
  SELECT (SELECT a.coordinator_id FROM assignment a WHERE a.person_id = p.id AND a.from_on <= ':to'
          ORDER BY a.from_on DESC, a.id DESC LIMIT 1) AS coordinator_id,
         (SELECT max(v.on_date) FROM conversation v WHERE v.person_id = p.id AND v.on_date <= ':to') AS last_seen
  FROM person p WHERE p.status = 'active' AND p.support = 'walking-alongside' AND p.opened_on <= ':to'
  UNION ALL
  SELECT (SELECT a.coordinator_id FROM assignment a WHERE a.person_id = p.id AND a.from_on <= ':to'
          ORDER BY a.from_on DESC, a.id DESC LIMIT 1),
         (SELECT max(v.on_date) FROM conversation v WHERE v.person_id = p.id AND v.on_date <= ':to')
  FROM person p WHERE p.closed_on > ':to' AND p.support = 'walking-alongside' AND p.opened_on <= ':to')
SELECT coordinator_id, count(*), sum(CASE WHEN last_seen IS NULL THEN 1 ELSE 0 END) FROM o GROUP BY coordinator_id;

SELECT (SELECT a.coordinator_id FROM assignment a WHERE a.person_id = g.person_id AND a.from_on <= g.set_on
        ORDER BY a.from_on DESC LIMIT 1) AS c, count(*)
FROM goal g WHERE g.set_on BETWEEN ':from' AND ':to' GROUP BY c;

SELECT (SELECT a.coordinator_id FROM assignment a WHERE a.person_id = k.person_id AND a.from_on <= k.made_on
        ORDER BY a.from_on DESC LIMIT 1) AS c, count(*)
FROM connection k WHERE k.made_on BETWEEN ':from' AND ':to' GROUP BY c;

SELECT budget, count(*), coalesce(sum(quantity * unit_cost), 0.0) FROM avoided WHERE on_date BETWEEN ':from' AND ':to'
GROUP BY budget;
