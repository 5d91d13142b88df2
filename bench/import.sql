-- The sqlite3 shell's side of the import row: load the same CSV and insert the same
-- conversations (references turned into ids) into the indexed table.
.import --csv ':file' stage
INSERT INTO conversation (person_id, coordinator_id, on_date, minutes, mode, note, recorded_at, recorded_by)
SELECT CAST(substr(s.person, 2) AS INTEGER), c.id, s.date, CAST(nullif(s.minutes, '') AS INTEGER), s.mode,
       coalesce(s.note, ''), strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'bench'
FROM stage s JOIN coordinator c ON c.handle = s.coordinator;
