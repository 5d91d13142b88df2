-- psql's side of the import row on a server: the same CSV staged by \copy, and the same
-- conversations (references turned into ids) inserted into the indexed table in one
-- transaction. Ids are drawn as lac_next_id() draws them, but once for all the rows, with
-- the trigger off meanwhile (as the table's owner may): a row trigger that updates the
-- counter costs more with each row of one transaction.
BEGIN;
CREATE TEMP TABLE stage (person text, coordinator text, date text, minutes text, mode text, note text, "time" text);
\copy stage FROM ':file' WITH (FORMAT csv, HEADER)
ALTER TABLE conversation DISABLE TRIGGER conversation_next_id;
INSERT INTO conversation (id, person_id, coordinator_id, on_date, at_time, minutes, mode, note, recorded_at, recorded_by)
SELECT (SELECT seq FROM lac_sequence WHERE name = 'conversation') + row_number() OVER (),
       CAST(substr(s.person, 2) AS bigint), c.id, s.date, nullif(s."time", ''), CAST(nullif(s.minutes, '') AS bigint),
       s.mode, coalesce(s.note, ''), to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'bench'
FROM stage s JOIN coordinator c ON c.handle = s.coordinator;
UPDATE lac_sequence SET seq = (SELECT coalesce(max(id), 0) FROM conversation) WHERE name = 'conversation';
ALTER TABLE conversation ENABLE TRIGGER conversation_next_id;
COMMIT;
