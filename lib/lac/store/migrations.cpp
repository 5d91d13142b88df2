#include "lac/store/migrations.hpp"

#include "lac/store/name_parts.hpp"

namespace lac {

// Dates are ISO 8601 text (YYYY-MM-DD), which sorts and compares as dates do and reads
// plainly in the sqlite3 shell. AUTOINCREMENT keeps references from ever being reused,
// even after rows are deleted (as erasure of a person will).
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
CREATE INDEX person_active ON person (support, opened_on) WHERE status = 'active';

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

// Good life goals, the community map, connections, contributions and avoided crises.
// Each status change is a dated row of its own, so history is kept, not overwritten.
static const char* const schema_v2 = R"SQL(
CREATE TABLE goal (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id   INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    text        TEXT NOT NULL,     -- in the person's own words
    area        TEXT NOT NULL,     -- a life area from the config
    status      TEXT NOT NULL CHECK (status IN ('active', 'achieved', 'changed', 'let-go')),
    set_on      TEXT NOT NULL,
    closed_on   TEXT,              -- when it left 'active'
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    CHECK ((status = 'active') = (closed_on IS NULL))
) STRICT;
CREATE INDEX goal_person ON goal (person_id);
CREATE INDEX goal_set ON goal (set_on);
CREATE INDEX goal_closed ON goal (closed_on) WHERE closed_on IS NOT NULL;

-- Dated progress notes and status changes (status is NULL for a plain note).
CREATE TABLE goal_note (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    goal_id     INTEGER NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
    on_date     TEXT NOT NULL,
    status      TEXT CHECK (status IN ('active', 'achieved', 'changed', 'let-go')),
    note        TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL
) STRICT;
CREATE INDEX goal_note_goal ON goal_note (goal_id, on_date);
CREATE INDEX goal_note_change ON goal_note (on_date, status) WHERE status IS NOT NULL;

CREATE TABLE asset (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT NOT NULL,
    name_key    TEXT NOT NULL,
    kind        TEXT NOT NULL,
    area        TEXT NOT NULL DEFAULT '',
    contact     TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL
) STRICT;
CREATE INDEX asset_name_key ON asset (name_key);

CREATE TABLE connection (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id   INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('asset', 'peer', 'natural')),
    asset_id    INTEGER REFERENCES asset (id),
    peer_id     INTEGER REFERENCES person (id) ON DELETE CASCADE,
    natural     TEXT,              -- someone in their own life, in free text
    status      TEXT NOT NULL CHECK (status IN ('introduced', 'engaged', 'sustained', 'ended')),
    made_on     TEXT NOT NULL,
    ended_on    TEXT,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    CHECK ((kind = 'asset') = (asset_id IS NOT NULL)),
    CHECK ((kind = 'peer') = (peer_id IS NOT NULL)),
    CHECK ((kind = 'natural') = (natural IS NOT NULL)),
    CHECK ((status = 'ended') = (ended_on IS NOT NULL))
) STRICT;
CREATE INDEX connection_person ON connection (person_id);
CREATE INDEX connection_made ON connection (made_on);
CREATE INDEX connection_asset ON connection (asset_id) WHERE asset_id IS NOT NULL;
CREATE INDEX connection_peer ON connection (peer_id) WHERE peer_id IS NOT NULL;

CREATE TABLE connection_change (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    connection_id INTEGER NOT NULL REFERENCES connection (id) ON DELETE CASCADE,
    status        TEXT NOT NULL,
    on_date       TEXT NOT NULL,
    recorded_at   TEXT NOT NULL,
    recorded_by   TEXT NOT NULL
) STRICT;
CREATE INDEX connection_change_connection ON connection_change (connection_id, on_date);

CREATE TABLE contribution (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id   INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    on_date     TEXT NOT NULL,
    hours       REAL NOT NULL CHECK (hours > 0),
    asset_id    INTEGER REFERENCES asset (id),
    what        TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL
) STRICT;
CREATE INDEX contribution_person ON contribution (person_id, on_date);
CREATE INDEX contribution_date ON contribution (on_date);
CREATE INDEX contribution_asset ON contribution (asset_id) WHERE asset_id IS NOT NULL;

-- The unit cost, unit, budget holder and source are copied from the config when the
-- crisis is recorded, so a later change of rates never rewrites history.
CREATE TABLE avoided (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id   INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    type        TEXT NOT NULL,
    label       TEXT NOT NULL,
    on_date     TEXT NOT NULL,
    quantity    REAL NOT NULL CHECK (quantity > 0),
    unit        TEXT NOT NULL,
    unit_cost   REAL NOT NULL CHECK (unit_cost >= 0),
    budget      TEXT NOT NULL,
    cost_source TEXT NOT NULL,
    confidence  TEXT NOT NULL CHECK (confidence IN ('possible', 'likely', 'certain')),
    evidence    TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL
) STRICT;
CREATE INDEX avoided_person ON avoided (person_id, on_date);
CREATE INDEX avoided_date ON avoided (on_date);
)SQL";

// Erasure (lac person forget): the day a person's name and free text were removed. Their
// row stays as a tombstone, so that references are never reused and past counts hold.
static const char* const schema_v3 = R"SQL(
ALTER TABLE person ADD COLUMN forgotten_on TEXT;
)SQL";

// Wellbeing check-ins (lac wellbeing): the ONS personal wellbeing questions, each a whole
// number from 0 to 10 or left out, and the ONS direct loneliness question. Erasure deletes
// them (they are the person's own answers, not a count that past reports rest on).
static const char* const schema_v4 = R"SQL(
CREATE TABLE wellbeing (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id   INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    on_date     TEXT NOT NULL,
    life        INTEGER CHECK (life BETWEEN 0 AND 10),
    worthwhile  INTEGER CHECK (worthwhile BETWEEN 0 AND 10),
    happy       INTEGER CHECK (happy BETWEEN 0 AND 10),
    anxious     INTEGER CHECK (anxious BETWEEN 0 AND 10),
    lonely      TEXT CHECK (lonely IN ('often', 'some', 'occasionally', 'hardly', 'never')),
    note        TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    CHECK (coalesce(life, worthwhile, happy, anxious, lonely) IS NOT NULL)
) STRICT;
CREATE INDEX wellbeing_person ON wellbeing (person_id, on_date);
CREATE INDEX wellbeing_date ON wellbeing (on_date);
)SQL";

// A team's co-production self-assessment (lac reflect): one row per reflection, one score
// per principle. The principles are the config's words as they were on the day.
static const char* const schema_v5 = R"SQL(
CREATE TABLE reflection (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    team        TEXT NOT NULL,
    on_date     TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL
) STRICT;
CREATE INDEX reflection_team ON reflection (team, on_date);
CREATE TABLE reflection_score (
    reflection_id INTEGER NOT NULL REFERENCES reflection (id) ON DELETE CASCADE,
    principle     TEXT NOT NULL,
    score         INTEGER NOT NULL,
    PRIMARY KEY (reflection_id, principle)
) STRICT;
)SQL";

// National scale (issue 17): each coordinator's command costs their caseload, and a name
// is found by any of its words. Every statement may run again on a file part-migrated by
// hand, as the ones above may not.
//  - person_caseload, in place of person_coordinator (coordinator_id, status): a
//    coordinator's active people by support and opening, from the index alone.
//  - assignment_held, in place of assignment_person (person_id, from_on): the coordinator
//    a person had on a day, from the index alone; id before coordinator_id, so that the
//    latest assignment (ORDER BY from_on DESC, id DESC) is read with no sort.
//  - person_open, in place of person_closed: the people closed after a day, with what
//    decides whether they were open on it.
//  - goal_held and connection_held, in place of goal_person and connection_person
//    (person_id): a caseload's counts of active goals and open connections, from the
//    indexes alone.
//  - person_name_part and asset_name_part: each name's word-starts (name_parts.hpp).

// The table of a record's name parts, filled from the names already held.
#define NAME_PARTS_OF(owner)                                                                          \
    "CREATE TABLE IF NOT EXISTS " owner "_name_part (part TEXT NOT NULL, "                              \
    owner "_id INTEGER NOT NULL REFERENCES " owner " (id) ON DELETE CASCADE, "                          \
    "PRIMARY KEY (part, " owner "_id)) STRICT, WITHOUT ROWID;\n"                                        \
    "CREATE INDEX IF NOT EXISTS " owner "_name_part_" owner " ON " owner "_name_part (" owner "_id);\n" \
    LAC_NAME_PARTS("SELECT id, name_key FROM " owner " WHERE name_key <> ''")                          \
    "INSERT OR IGNORE INTO " owner "_name_part (part, " owner "_id) SELECT rest, id FROM part;\n"
static const char* const schema_v6 = LAC_SCHEMA_V6_INDEXES NAME_PARTS_OF("person") NAME_PARTS_OF("asset");

// Who is due (lac due): the day by which a person's coordinator means to be in touch next
// (lac log --next), or NULL. It lives on the person, one date at a time; closing a person
// or forgetting them clears it. lac due reads it for one coordinator's people through
// person_caseload, so it needs no index of its own.
static const char* const schema_v7 = R"SQL(
ALTER TABLE person ADD COLUMN next_on TEXT;
)SQL";

const std::vector<Migration>& migrations() {
    static const std::vector<Migration> all = {
        {1, schema_v1},
        {2, schema_v2},
        {3, schema_v3},
        {4, schema_v4},
        {5, schema_v5},
        {6, schema_v6},
        {7, schema_v7},
    };
    return all;
}

}  // namespace lac
