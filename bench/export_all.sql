-- The sqlite3 shell's side of the export-all row: every table of a team's record, with the
-- same identified columns as `lac export all --identify`, one CSV file each into :file.
.headers on
.mode csv
.output ':file/people.csv'
SELECT 'P' || p.id, c.handle, c.team, p.support, p.status, p.opened_on, p.closed_on, p.close_reason,
       nullif(p.area, ''), p.source, p.birth_year, p.name, nullif(p.gifts, ''), p.forgotten_on
FROM person p JOIN coordinator c ON c.id = p.coordinator_id ORDER BY p.opened_on, p.id;
.output ':file/conversations.csv'
SELECT 'C' || v.id, 'P' || v.person_id, c.handle, v.on_date, v.minutes, v.mode, nullif(v.note, ''), v.at_time
FROM conversation v JOIN coordinator c ON c.id = v.coordinator_id ORDER BY v.on_date, v.id;
.output ':file/goals.csv'
SELECT 'G' || g.id, 'P' || g.person_id, g.area, g.status, g.set_on, g.closed_on, g.text FROM goal g ORDER BY g.set_on, g.id;
.output ':file/connections.csv'
SELECT 'K' || k.id, 'P' || k.person_id, k.kind, 'A' || k.asset_id, 'P' || k.peer_id, k.status, k.made_on, k.ended_on,
       k.natural
FROM connection k ORDER BY k.made_on, k.id;
.output ':file/assets.csv'
SELECT 'A' || a.id, a.name, a.kind, nullif(a.area, ''), a.active, nullif(a.contact, ''), nullif(a.notes, '')
FROM asset a ORDER BY a.id;
.output ':file/contributions.csv'
SELECT 'T' || t.id, 'P' || t.person_id, t.on_date, t.hours, 'A' || t.asset_id, t.what FROM contribution t
ORDER BY t.on_date, t.id;
.output ':file/avoided.csv'
SELECT 'X' || x.id, 'P' || x.person_id, x.type, x.on_date, x.quantity, x.unit, x.unit_cost, x.quantity * x.unit_cost,
       x.budget, x.confidence, nullif(x.evidence, ''), x.label, x.cost_source
FROM avoided x ORDER BY x.on_date, x.id;
.output ':file/assignments.csv'
SELECT 'P' || a.person_id, c.handle, a.from_on, a.to_on FROM assignment a JOIN coordinator c ON c.id = a.coordinator_id
ORDER BY a.person_id, a.from_on, a.id;
.output ':file/goal_notes.csv'
SELECT 'G' || n.goal_id, n.on_date, n.status, nullif(n.note, '') FROM goal_note n ORDER BY n.goal_id, n.on_date, n.id;
.output ':file/connection_changes.csv'
SELECT 'K' || h.connection_id, h.on_date, h.status FROM connection_change h
ORDER BY h.connection_id, h.on_date, h.id;
.output ':file/coordinators.csv'
SELECT c.handle, nullif(c.team, ''), nullif(c.neighbourhood, ''), c.capacity_min, c.capacity_max, c.active, c.name
FROM coordinator c ORDER BY c.id;
.output ':file/wellbeing.csv'
SELECT 'W' || w.id, 'P' || w.person_id, w.on_date, w.life, w.worthwhile, w.happy, w.anxious, w.lonely, nullif(w.note, '')
FROM wellbeing w ORDER BY w.on_date, w.id;
