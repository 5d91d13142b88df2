#include "lac/store/migrations.hpp"

namespace lac {

// Dates are ISO 8601 text (YYYY-MM-DD), which sorts and compares as dates do and reads
// plainly in the sqlite3 shell. AUTOINCREMENT keeps references from ever being reused,
// even after `person forget` deletes rows.
static const char* const schema_v1 = R"SQL(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
INSERT INTO meta (key, value) VALUES
    ('pseudonym_key', lower(hex(randomblob(32)))),
    ('created_at', strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('team', '');

CREATE TABLE coordinator (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    handle        TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    team          TEXT NOT NULL DEFAULT '',
    neighbourhood TEXT NOT NULL DEFAULT '',
    capacity_min  INTEGER NOT NULL CHECK (capacity_min > 0),
    capacity_max  INTEGER NOT NULL CHECK (capacity_max >= capacity_min),
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    recorded_at   TEXT NOT NULL,
    recorded_by   TEXT NOT NULL
) STRICT;
CREATE INDEX coordinator_team ON coordinator (team);

CREATE TABLE person (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    name           TEXT,               -- NULL once forgotten
    name_key       TEXT,               -- the name folded for case-insensitive lookup
    coordinator_id INTEGER NOT NULL REFERENCES coordinator (id),  -- current; see assignment
    area           TEXT NOT NULL DEFAULT '',
    source         TEXT NOT NULL,
    support        TEXT NOT NULL CHECK (support IN ('walking-alongside', 'introduction')),
    opened_on      TEXT NOT NULL,
    status         TEXT NOT NULL CHECK (status IN ('active', 'closed')),
    closed_on      TEXT,
    close_reason   TEXT,
    gifts          TEXT NOT NULL DEFAULT '',
    birth_year     INTEGER,
    recorded_at    TEXT NOT NULL,
    recorded_by    TEXT NOT NULL,
    CHECK ((status = 'closed') = (closed_on IS NOT NULL))
) STRICT;
CREATE INDEX person_name_key ON person (name_key);
CREATE INDEX person_coordinator ON person (coordinator_id, status);
CREATE INDEX person_opened ON person (opened_on);
CREATE INDEX person_closed ON person (closed_on) WHERE closed_on IS NOT NULL;

-- Who walked alongside whom, when: [from_on, to_on). The person's coordinator on a day is
-- the latest assignment that began on or before it.
CREATE TABLE assignment (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id      INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    coordinator_id INTEGER NOT NULL REFERENCES coordinator (id),
    from_on        TEXT NOT NULL,
    to_on          TEXT,
    recorded_at    TEXT NOT NULL,
    recorded_by    TEXT NOT NULL
) STRICT;
CREATE INDEX assignment_person ON assignment (person_id, from_on);
CREATE INDEX assignment_coordinator ON assignment (coordinator_id, from_on);

CREATE TABLE conversation (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id      INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    coordinator_id INTEGER NOT NULL REFERENCES coordinator (id),
    on_date        TEXT NOT NULL,
    at_time        TEXT,
    minutes        INTEGER CHECK (minutes BETWEEN 0 AND 1440),
    mode           TEXT NOT NULL,
    note           TEXT NOT NULL DEFAULT '',
    recorded_at    TEXT NOT NULL,
    recorded_by    TEXT NOT NULL
) STRICT;
CREATE INDEX conversation_date ON conversation (on_date);
CREATE INDEX conversation_person ON conversation (person_id, on_date);
CREATE INDEX conversation_coordinator ON conversation (coordinator_id, on_date);

-- Every write: when, who, which command, which record. It holds references and field
-- names, never personal free text, so that erasure need not rewrite it.
CREATE TABLE audit (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    actor   TEXT NOT NULL,
    command TEXT NOT NULL,
    action  TEXT NOT NULL,
    entity  TEXT NOT NULL,
    ref     TEXT NOT NULL,
    detail  TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX audit_ref ON audit (ref);
)SQL";

const std::vector<Migration>& migrations() {
    static const std::vector<Migration> all = {
        {1, schema_v1},
    };
    return all;
}

}  // namespace lac
