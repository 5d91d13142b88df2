#include "lac/store/migrations.hpp"

#include "lac/store/name_parts.hpp"

// The PostgreSQL form of each migration in migrations.cpp, under the same number (issue 18),
// with the same tables, columns, indexes and checks (migrations.cpp says what each holds and
// why); what the two engines say differently:
//  - INTEGER is bigint, REAL double precision, TEXT text COLLATE "C" (bytewise, as SQLite's
//    BINARY); no STRICT or WITHOUT ROWID;
//  - "natural" is a reserved word, quoted where it stands alone;
//  - the wellbeing check is a chain of ORs, as coalesce() cannot mix integers and text;
//  - ids: no AUTOINCREMENT, but the table lac_sequence and the trigger lac_next_id() that
//    migration 1 makes, and PG_ID puts on every table with an id (below).
namespace lac {

// A table with an id: its row in lac_sequence, the trigger that gives new rows their ids,
// and the one that keeps the highest id a statement deleted.
#define PG_ID(table)                                                                       \
    "INSERT INTO lac_sequence (name, seq) VALUES ('" table "', 0);\n"                      \
    "CREATE TRIGGER " table "_next_id BEFORE INSERT ON " table                             \
    " FOR EACH ROW EXECUTE FUNCTION lac_next_id();\n"                                      \
    "CREATE TRIGGER " table "_deleted_ids AFTER DELETE ON " table                          \
    " REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION lac_deleted_ids();\n"

// PostgreSQL only, before schema 1's tables, for what SQLite's connection or file holds:
//  - lac_now(): when this command began, UTC to the second, as SQLite's lac_now() (a
//    function of the connection there): the connection sets lac.now once, as it opens.
//  - lac_schema: the mark that this is lac's database and its schema version, one row,
//    where SQLite has application_id and user_version (postgres_migrate.cpp writes it).
//  - lac_sequence, lac_last_id(), lac_next_id() and lac_deleted_ids(): ids as SQLite's AUTOINCREMENT keeps
//    them, never reused, and no gap left by a command rolled back (as a sequence would
//    leave): references stay the same on either engine. A row with no id (NULL) takes one
//    more than the highest id its table has or had; an explicit id (lac import) is kept.
//    "Had" is lac_sequence's seq: the highest id deleted (lac_deleted_ids, once a
//    statement), or set by a bulk load (store/copy.cpp, bulk_rows_postgres.cpp). The
//    highest id there is read at a transaction's first insert into the table (with the
//    counter's row locked, against writers outside lac; lac's own take turns) and then held
//    in the transaction's setting lac.id_TABLE: updating the counter's row for every row,
//    as at first, made a transaction's n-th insert walk n versions of that row, and a
//    million rows took hours. A savepoint rolled back takes the setting back with it.
//    lac_last_id(TABLE) is that rule, the one home of it: the highest id TABLE has given or
//    had, to which the trigger adds one, and from which a bulk load counts on.
//  - meta's pseudonym_key is inserted empty, as PostgreSQL has no randomblob() without
//    pgcrypto: postgres_migrate.cpp fills it from libsodium in the same transaction.
static const char* const pg_schema_v1 = R"SQL(
CREATE FUNCTION lac_now() RETURNS text LANGUAGE sql STABLE AS $$ SELECT current_setting('lac.now') $$;

CREATE TABLE lac_schema (
    one            boolean PRIMARY KEY DEFAULT true CHECK (one),
    application_id bigint NOT NULL,
    version        integer NOT NULL
);

CREATE TABLE lac_sequence (
    name text COLLATE "C" PRIMARY KEY,
    seq  bigint NOT NULL
);
CREATE FUNCTION lac_last_id(t text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    held text := current_setting('lac.id_' || t, true);
    n bigint;
BEGIN
    IF held IS NULL OR held = '' THEN
        SELECT seq INTO n FROM lac_sequence WHERE name = t FOR UPDATE;
        EXECUTE format('SELECT greatest($1, coalesce(max(id), 0)) FROM %I', t) INTO n USING n;
    ELSE
        SELECT greatest(seq, held::bigint) INTO n FROM lac_sequence WHERE name = t;
    END IF;
    RETURN n;
END $$;
CREATE FUNCTION lac_next_id() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    n bigint := lac_last_id(TG_TABLE_NAME);
BEGIN
    IF NEW.id IS NULL THEN
        NEW.id := n + 1;
    END IF;
    PERFORM set_config('lac.id_' || TG_TABLE_NAME, greatest(n, NEW.id)::text, true);
    RETURN NEW;
END $$;
CREATE FUNCTION lac_deleted_ids() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE lac_sequence SET seq = (SELECT max(id) FROM gone)
    WHERE name = TG_TABLE_NAME AND seq < (SELECT max(id) FROM gone);
    RETURN NULL;
END $$;

CREATE TABLE meta (
    key   text COLLATE "C" PRIMARY KEY,
    value text COLLATE "C" NOT NULL
);
INSERT INTO meta (key, value) VALUES
    ('pseudonym_key', ''),
    ('created_at', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')),
    ('team', '');

CREATE TABLE coordinator (
    id            bigint PRIMARY KEY,
    handle        text COLLATE "C" NOT NULL UNIQUE,
    name          text COLLATE "C" NOT NULL,
    team          text COLLATE "C" NOT NULL DEFAULT '',
    neighbourhood text COLLATE "C" NOT NULL DEFAULT '',
    capacity_min  bigint NOT NULL CHECK (capacity_min > 0),
    capacity_max  bigint NOT NULL CHECK (capacity_max >= capacity_min),
    active        bigint NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    recorded_at   text COLLATE "C" NOT NULL,
    recorded_by   text COLLATE "C" NOT NULL
);
CREATE INDEX coordinator_team ON coordinator (team);

CREATE TABLE person (
    id             bigint PRIMARY KEY,
    name           text COLLATE "C",               -- NULL once forgotten
    name_key       text COLLATE "C",               -- the name folded for case-insensitive lookup
    coordinator_id bigint NOT NULL REFERENCES coordinator (id),  -- current; see assignment
    area           text COLLATE "C" NOT NULL DEFAULT '',
    source         text COLLATE "C" NOT NULL,
    support        text COLLATE "C" NOT NULL CHECK (support IN ('walking-alongside', 'introduction')),
    opened_on      text COLLATE "C" NOT NULL,
    status         text COLLATE "C" NOT NULL CHECK (status IN ('active', 'closed')),
    closed_on      text COLLATE "C",
    close_reason   text COLLATE "C",
    gifts          text COLLATE "C" NOT NULL DEFAULT '',
    birth_year     bigint,
    recorded_at    text COLLATE "C" NOT NULL,
    recorded_by    text COLLATE "C" NOT NULL,
    CHECK ((status = 'closed') = (closed_on IS NOT NULL))
);
CREATE INDEX person_name_key ON person (name_key);
CREATE INDEX person_coordinator ON person (coordinator_id, status);
CREATE INDEX person_opened ON person (opened_on);
CREATE INDEX person_closed ON person (closed_on) WHERE closed_on IS NOT NULL;
CREATE INDEX person_active ON person (support, opened_on) WHERE status = 'active';

CREATE TABLE assignment (
    id             bigint PRIMARY KEY,
    person_id      bigint NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    coordinator_id bigint NOT NULL REFERENCES coordinator (id),
    from_on        text COLLATE "C" NOT NULL,
    to_on          text COLLATE "C",
    recorded_at    text COLLATE "C" NOT NULL,
    recorded_by    text COLLATE "C" NOT NULL
);
CREATE INDEX assignment_person ON assignment (person_id, from_on);
CREATE INDEX assignment_coordinator ON assignment (coordinator_id, from_on);

CREATE TABLE conversation (
    id             bigint PRIMARY KEY,
    person_id      bigint NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    coordinator_id bigint NOT NULL REFERENCES coordinator (id),
    on_date        text COLLATE "C" NOT NULL,
    at_time        text COLLATE "C",
    minutes        bigint CHECK (minutes BETWEEN 0 AND 1440),
    mode           text COLLATE "C" NOT NULL,
    note           text COLLATE "C" NOT NULL DEFAULT '',
    recorded_at    text COLLATE "C" NOT NULL,
    recorded_by    text COLLATE "C" NOT NULL
);
CREATE INDEX conversation_date ON conversation (on_date);
CREATE INDEX conversation_person ON conversation (person_id, on_date);
CREATE INDEX conversation_coordinator ON conversation (coordinator_id, on_date);

CREATE TABLE audit (
    id      bigint PRIMARY KEY,
    at      text COLLATE "C" NOT NULL,
    actor   text COLLATE "C" NOT NULL,
    command text COLLATE "C" NOT NULL,
    action  text COLLATE "C" NOT NULL,
    entity  text COLLATE "C" NOT NULL,
    ref     text COLLATE "C" NOT NULL,
    detail  text COLLATE "C" NOT NULL DEFAULT ''
);
CREATE INDEX audit_ref ON audit (ref);
)SQL" PG_ID("coordinator") PG_ID("person") PG_ID("assignment") PG_ID("conversation")
    PG_ID("audit");

static const char* const pg_schema_v2 = R"SQL(
CREATE TABLE goal (
    id          bigint PRIMARY KEY,
    person_id   bigint NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    text        text COLLATE "C" NOT NULL,     -- in the person's own words
    area        text COLLATE "C" NOT NULL,     -- a life area from the config
    status      text COLLATE "C" NOT NULL CHECK (status IN ('active', 'achieved', 'changed', 'let-go')),
    set_on      text COLLATE "C" NOT NULL,
    closed_on   text COLLATE "C",              -- when it left 'active'
    recorded_at text COLLATE "C" NOT NULL,
    recorded_by text COLLATE "C" NOT NULL,
    CHECK ((status = 'active') = (closed_on IS NULL))
);
CREATE INDEX goal_person ON goal (person_id);
CREATE INDEX goal_set ON goal (set_on);
CREATE INDEX goal_closed ON goal (closed_on) WHERE closed_on IS NOT NULL;

CREATE TABLE goal_note (
    id          bigint PRIMARY KEY,
    goal_id     bigint NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
    on_date     text COLLATE "C" NOT NULL,
    status      text COLLATE "C" CHECK (status IN ('active', 'achieved', 'changed', 'let-go')),
    note        text COLLATE "C" NOT NULL DEFAULT '',
    recorded_at text COLLATE "C" NOT NULL,
    recorded_by text COLLATE "C" NOT NULL
);
CREATE INDEX goal_note_goal ON goal_note (goal_id, on_date);
CREATE INDEX goal_note_change ON goal_note (on_date, status) WHERE status IS NOT NULL;

CREATE TABLE asset (
    id          bigint PRIMARY KEY,
    name        text COLLATE "C" NOT NULL,
    name_key    text COLLATE "C" NOT NULL,
    kind        text COLLATE "C" NOT NULL,
    area        text COLLATE "C" NOT NULL DEFAULT '',
    contact     text COLLATE "C" NOT NULL DEFAULT '',
    notes       text COLLATE "C" NOT NULL DEFAULT '',
    active      bigint NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    recorded_at text COLLATE "C" NOT NULL,
    recorded_by text COLLATE "C" NOT NULL
);
CREATE INDEX asset_name_key ON asset (name_key);

CREATE TABLE connection (
    id          bigint PRIMARY KEY,
    person_id   bigint NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    kind        text COLLATE "C" NOT NULL CHECK (kind IN ('asset', 'peer', 'natural')),
    asset_id    bigint REFERENCES asset (id),
    peer_id     bigint REFERENCES person (id) ON DELETE CASCADE,
    "natural"   text COLLATE "C",              -- someone in their own life, in free text
    status      text COLLATE "C" NOT NULL CHECK (status IN ('introduced', 'engaged', 'sustained', 'ended')),
    made_on     text COLLATE "C" NOT NULL,
    ended_on    text COLLATE "C",
    recorded_at text COLLATE "C" NOT NULL,
    recorded_by text COLLATE "C" NOT NULL,
    CHECK ((kind = 'asset') = (asset_id IS NOT NULL)),
    CHECK ((kind = 'peer') = (peer_id IS NOT NULL)),
    CHECK ((kind = 'natural') = ("natural" IS NOT NULL)),
    CHECK ((status = 'ended') = (ended_on IS NOT NULL))
);
CREATE INDEX connection_person ON connection (person_id);
CREATE INDEX connection_made ON connection (made_on);
CREATE INDEX connection_asset ON connection (asset_id) WHERE asset_id IS NOT NULL;
CREATE INDEX connection_peer ON connection (peer_id) WHERE peer_id IS NOT NULL;

CREATE TABLE connection_change (
    id            bigint PRIMARY KEY,
    connection_id bigint NOT NULL REFERENCES connection (id) ON DELETE CASCADE,
    status        text COLLATE "C" NOT NULL,
    on_date       text COLLATE "C" NOT NULL,
    recorded_at   text COLLATE "C" NOT NULL,
    recorded_by   text COLLATE "C" NOT NULL
);
CREATE INDEX connection_change_connection ON connection_change (connection_id, on_date);

CREATE TABLE contribution (
    id          bigint PRIMARY KEY,
    person_id   bigint NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    on_date     text COLLATE "C" NOT NULL,
    hours       double precision NOT NULL CHECK (hours > 0),
    asset_id    bigint REFERENCES asset (id),
    what        text COLLATE "C" NOT NULL,
    recorded_at text COLLATE "C" NOT NULL,
    recorded_by text COLLATE "C" NOT NULL
);
CREATE INDEX contribution_person ON contribution (person_id, on_date);
CREATE INDEX contribution_date ON contribution (on_date);
CREATE INDEX contribution_asset ON contribution (asset_id) WHERE asset_id IS NOT NULL;

CREATE TABLE avoided (
    id          bigint PRIMARY KEY,
    person_id   bigint NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    type        text COLLATE "C" NOT NULL,
    label       text COLLATE "C" NOT NULL,
    on_date     text COLLATE "C" NOT NULL,
    quantity    double precision NOT NULL CHECK (quantity > 0),
    unit        text COLLATE "C" NOT NULL,
    unit_cost   double precision NOT NULL CHECK (unit_cost >= 0),
    budget      text COLLATE "C" NOT NULL,
    cost_source text COLLATE "C" NOT NULL,
    confidence  text COLLATE "C" NOT NULL CHECK (confidence IN ('possible', 'likely', 'certain')),
    evidence    text COLLATE "C" NOT NULL DEFAULT '',
    recorded_at text COLLATE "C" NOT NULL,
    recorded_by text COLLATE "C" NOT NULL
);
CREATE INDEX avoided_person ON avoided (person_id, on_date);
CREATE INDEX avoided_date ON avoided (on_date);
)SQL" PG_ID("goal") PG_ID("goal_note") PG_ID("asset") PG_ID("connection")
    PG_ID("connection_change") PG_ID("contribution") PG_ID("avoided");

static const char* const pg_schema_v3 = R"SQL(
ALTER TABLE person ADD COLUMN forgotten_on text COLLATE "C";
)SQL";

static const char* const pg_schema_v4 = R"SQL(
CREATE TABLE wellbeing (
    id          bigint PRIMARY KEY,
    person_id   bigint NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    on_date     text COLLATE "C" NOT NULL,
    life        bigint CHECK (life BETWEEN 0 AND 10),
    worthwhile  bigint CHECK (worthwhile BETWEEN 0 AND 10),
    happy       bigint CHECK (happy BETWEEN 0 AND 10),
    anxious     bigint CHECK (anxious BETWEEN 0 AND 10),
    lonely      text COLLATE "C" CHECK (lonely IN ('often', 'some', 'occasionally', 'hardly', 'never')),
    note        text COLLATE "C" NOT NULL DEFAULT '',
    recorded_at text COLLATE "C" NOT NULL,
    recorded_by text COLLATE "C" NOT NULL,
    CHECK (life IS NOT NULL OR worthwhile IS NOT NULL OR happy IS NOT NULL OR anxious IS NOT NULL OR lonely IS NOT NULL)
);
CREATE INDEX wellbeing_person ON wellbeing (person_id, on_date);
CREATE INDEX wellbeing_date ON wellbeing (on_date);
)SQL" PG_ID("wellbeing");

static const char* const pg_schema_v5 = R"SQL(
CREATE TABLE reflection (
    id          bigint PRIMARY KEY,
    team        text COLLATE "C" NOT NULL,
    on_date     text COLLATE "C" NOT NULL,
    note        text COLLATE "C" NOT NULL DEFAULT '',
    recorded_at text COLLATE "C" NOT NULL,
    recorded_by text COLLATE "C" NOT NULL
);
CREATE INDEX reflection_team ON reflection (team, on_date);
CREATE TABLE reflection_score (
    reflection_id bigint NOT NULL REFERENCES reflection (id) ON DELETE CASCADE,
    principle     text COLLATE "C" NOT NULL,
    score         bigint NOT NULL,
    PRIMARY KEY (reflection_id, principle)
);
)SQL" PG_ID("reflection");

// The table of a record's name parts, filled from the names already held (migrations.cpp).
#define PG_NAME_PARTS_OF(owner)                                                                        \
    "CREATE TABLE IF NOT EXISTS " owner "_name_part (part text COLLATE \"C\" NOT NULL, "               \
    owner "_id bigint NOT NULL REFERENCES " owner " (id) ON DELETE CASCADE, "                          \
    "PRIMARY KEY (part, " owner "_id));\n"                                                             \
    "CREATE INDEX IF NOT EXISTS " owner "_name_part_" owner " ON " owner "_name_part (" owner "_id);\n" \
    LAC_NAME_PARTS_PG("SELECT id, name_key FROM " owner " WHERE name_key <> ''")                       \
    "INSERT INTO " owner "_name_part (part, " owner "_id) SELECT rest, id FROM part ON CONFLICT DO NOTHING;\n"
static const char* const pg_schema_v6 = LAC_SCHEMA_V6_INDEXES PG_NAME_PARTS_OF("person") PG_NAME_PARTS_OF("asset");

static const char* const pg_schema_v7 = R"SQL(
ALTER TABLE person ADD COLUMN next_on text COLLATE "C";
)SQL";

const std::vector<Migration>& postgres_migrations() {
    static const std::vector<Migration> all = {
        {1, pg_schema_v1},
        {2, pg_schema_v2},
        {3, pg_schema_v3},
        {4, pg_schema_v4},
        {5, pg_schema_v5},
        {6, pg_schema_v6},
        {7, pg_schema_v7},
    };
    return all;
}

}  // namespace lac
