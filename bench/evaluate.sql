-- The sqlite3 shell's side of the evaluation row: lac evaluate's queries (store/evaluation.cpp)
-- for the whole database over one year (:from, :to), substituted by scripts/bench.
SELECT p.support, p.source, count(*) FROM person p WHERE p.opened_on <= ':to'
  AND (p.closed_on IS NULL OR p.closed_on >= ':from') GROUP BY 1, 2;
SELECT p.close_reason, count(*) FROM person p WHERE p.closed_on BETWEEN ':from' AND ':to' GROUP BY 1;
SELECT g.area, count(*), count(DISTINCT g.person_id) FROM goal g WHERE g.set_on BETWEEN ':from' AND ':to' GROUP BY 1;
SELECT g.area, count(*), count(DISTINCT g.person_id) FROM (SELECT goal_id, max(on_date) AS on_date FROM goal_note
  WHERE on_date BETWEEN ':from' AND ':to' AND status = 'achieved' GROUP BY goal_id) n JOIN goal g ON g.id = n.goal_id GROUP BY 1;
SELECT k.kind, count(*), count(DISTINCT k.person_id) FROM connection k WHERE k.made_on BETWEEN ':from' AND ':to' GROUP BY 1;
SELECT k.kind, count(DISTINCT k.id), count(DISTINCT k.person_id) FROM connection k JOIN connection_change ch
  ON ch.connection_id = k.id WHERE ch.status = 'sustained' AND ch.on_date BETWEEN ':from' AND ':to' GROUP BY 1;
SELECT count(*) FROM person p WHERE p.opened_on <= ':to' AND (p.closed_on IS NULL OR p.closed_on >= ':from')
  AND EXISTS (SELECT 1 FROM connection k WHERE k.person_id = p.id AND k.made_on <= min(':to', coalesce(p.closed_on, ':to'))
  AND (SELECT ch.status FROM connection_change ch WHERE ch.connection_id = k.id
       AND ch.on_date <= min(':to', coalesce(p.closed_on, ':to')) ORDER BY ch.on_date DESC, ch.id DESC LIMIT 1) = 'sustained');
SELECT count(*), count(DISTINCT t.person_id), total(t.hours) FROM contribution t WHERE t.on_date BETWEEN ':from' AND ':to';
SELECT count(*), count(DISTINCT v.person_id), total(v.minutes) FROM conversation v WHERE v.on_date BETWEEN ':from' AND ':to';
SELECT x.type, x.budget, x.confidence, x.cost_source, x.unit_cost, count(*), count(DISTINCT x.person_id), total(x.quantity)
  FROM avoided x WHERE x.on_date BETWEEN ':from' AND ':to' GROUP BY 1, 2, 3, 4, 5;
WITH s AS MATERIALIZED (SELECT person_id, max(on_date) AS latest FROM wellbeing WHERE on_date BETWEEN ':from' AND ':to'
  GROUP BY person_id) SELECT count(*) FROM s JOIN wellbeing w ON w.person_id = s.person_id AND w.on_date <= ':to';
SELECT count(DISTINCT a.coordinator_id) FROM assignment a WHERE a.from_on <= ':to' AND (a.to_on IS NULL OR a.to_on > ':from');
