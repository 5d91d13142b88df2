// Teams kept apart on a PostgreSQL server (issue 18; lac-server(7)): row-level security on
// every table of lac's, applied by migrate_postgres() after the numbered migrations, and
// again whenever they run, so that a table added later is guarded too. PostgreSQL only:
// SQLite's file is kept apart by its permissions.
//
// Who sees what (the table's owner, who ran lac init, is not bound by these: PostgreSQL lets
// an owner by; nor is a member of the role lac_admin, by lac_is_admin()):
//  - a coordinator's role (the login named as the coordinator's handle) sees the people of
//    their own team, and all that hangs off them: conversations, goals, connections…;
//  - a lead's or an analyst's role sees the teams lac_access grants it ('*' for all of them);
//  - the coordinators of the teams one sees, likewise (a summary lists no other team's),
//    added and changed by the administrator only, who also makes their logins;
//  - community assets and meta are shared by all.
// The audit trail's rows are those of the actors one sees, and a row added names its own
// login as actor. The functions are SECURITY DEFINER so that they read coordinator and
// lac_access whole, and are called once per statement (as a scalar subquery), not per row.
#include "lac/store/migrations.hpp"

namespace lac {

// A table whose rows are those of the people one sees, by its column `column`.
#define PG_BY_PERSON(table, column)                                                              \
    "ALTER TABLE " table " ENABLE ROW LEVEL SECURITY;\n"                                         \
    "DROP POLICY IF EXISTS lac_team ON " table ";\n"                                             \
    "CREATE POLICY lac_team ON " table " USING (" column " IN (SELECT id FROM person));\n"

// A table shared by every role that may use lac: read by all, written by the administrator.
#define PG_SHARED(table)                                                                         \
    "ALTER TABLE " table " ENABLE ROW LEVEL SECURITY;\n"                                         \
    "DROP POLICY IF EXISTS lac_shared ON " table ";\n"                                           \
    "CREATE POLICY lac_shared ON " table " FOR SELECT USING (true);\n"

const char* postgres_row_security() {
    static const char* const sql = R"SQL(
CREATE TABLE IF NOT EXISTS lac_access (
    role text COLLATE "C" NOT NULL,  -- a server role: a lead's or an analyst's
    team text COLLATE "C" NOT NULL,  -- a team's name, as coordinator.team has it; '*' for every team
    PRIMARY KEY (role, team)
);
ALTER TABLE lac_access ENABLE ROW LEVEL SECURITY;

CREATE OR REPLACE FUNCTION lac_is_admin() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path FROM CURRENT AS $$
    SELECT coalesce((SELECT pg_has_role(session_user, a.oid, 'MEMBER') FROM pg_catalog.pg_roles a
                     WHERE a.rolname = 'lac_admin'), false)
$$;
CREATE OR REPLACE FUNCTION lac_teams_seen() RETURNS SETOF text LANGUAGE sql STABLE SECURITY DEFINER
SET search_path FROM CURRENT AS $$
    SELECT lower(team) FROM coordinator WHERE handle = lower(session_user)
    UNION SELECT lower(team) FROM lac_access WHERE role = session_user
$$;
CREATE OR REPLACE FUNCTION lac_coordinators_seen() RETURNS SETOF bigint LANGUAGE sql STABLE SECURITY DEFINER
SET search_path FROM CURRENT AS $$
    SELECT c.id FROM coordinator c WHERE (SELECT lac_is_admin()) OR '*' IN (SELECT lac_teams_seen())
        OR lower(c.team) IN (SELECT lac_teams_seen())
$$;
-- Ids are drawn by the owner's rights, so that a coordinator needs none on lac_sequence, and
-- from the highest id of the whole table, not only of the rows the role sees.
ALTER FUNCTION lac_next_id() SECURITY DEFINER;
ALTER FUNCTION lac_next_id() SET search_path FROM CURRENT;
ALTER FUNCTION lac_deleted_ids() SECURITY DEFINER;
ALTER FUNCTION lac_deleted_ids() SET search_path FROM CURRENT;

ALTER TABLE coordinator ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS lac_shared ON coordinator;
DROP POLICY IF EXISTS lac_team ON coordinator;
DROP POLICY IF EXISTS lac_add ON coordinator;
DROP POLICY IF EXISTS lac_change ON coordinator;
-- Read by the row's own team, as lac_coordinators_seen() reads others: a row just added is
-- not yet in the snapshot that function sees, and INSERT ... RETURNING reads the new row.
CREATE POLICY lac_team ON coordinator FOR SELECT
    USING ((SELECT lac_is_admin()) OR '*' IN (SELECT lac_teams_seen()) OR lower(team) IN (SELECT lac_teams_seen()));
-- The team itself is kept by the administrator, who also makes the coordinators' logins
-- (domain/team.cpp says so first, in lac's words).
CREATE POLICY lac_add ON coordinator FOR INSERT WITH CHECK ((SELECT lac_is_admin()));
CREATE POLICY lac_change ON coordinator FOR UPDATE USING ((SELECT lac_is_admin())) WITH CHECK ((SELECT lac_is_admin()));

ALTER TABLE person ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS lac_team ON person;
CREATE POLICY lac_team ON person USING (coordinator_id IN (SELECT lac_coordinators_seen()));

ALTER TABLE audit ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS lac_read ON audit;
DROP POLICY IF EXISTS lac_add ON audit;
DROP POLICY IF EXISTS lac_scrub ON audit;
CREATE POLICY lac_read ON audit FOR SELECT USING ((SELECT lac_is_admin()) OR actor = lower(session_user)
    OR actor IN (SELECT handle FROM coordinator WHERE id IN (SELECT lac_coordinators_seen())));
CREATE POLICY lac_add ON audit FOR INSERT WITH CHECK ((SELECT lac_is_admin()) OR actor = lower(session_user));
CREATE POLICY lac_scrub ON audit FOR UPDATE USING ((SELECT lac_is_admin()) OR actor = lower(session_user)
    OR actor IN (SELECT handle FROM coordinator WHERE id IN (SELECT lac_coordinators_seen())));

ALTER TABLE reflection ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS lac_team ON reflection;
CREATE POLICY lac_team ON reflection
    USING ((SELECT lac_is_admin()) OR '*' IN (SELECT lac_teams_seen()) OR lower(team) IN (SELECT lac_teams_seen()));
ALTER TABLE reflection_score ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS lac_team ON reflection_score;
CREATE POLICY lac_team ON reflection_score USING (reflection_id IN (SELECT id FROM reflection));

ALTER TABLE goal_note ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS lac_team ON goal_note;
CREATE POLICY lac_team ON goal_note USING (goal_id IN (SELECT id FROM goal));
ALTER TABLE connection_change ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS lac_team ON connection_change;
CREATE POLICY lac_team ON connection_change USING (connection_id IN (SELECT id FROM connection));

-- Community assets are the neighbourhood's, shared by every team, and added by any.
ALTER TABLE asset ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS lac_shared ON asset;
CREATE POLICY lac_shared ON asset USING (true);
ALTER TABLE asset_name_part ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS lac_shared ON asset_name_part;
CREATE POLICY lac_shared ON asset_name_part USING (true);
)SQL" PG_SHARED("meta") PG_BY_PERSON("assignment", "person_id") PG_BY_PERSON("conversation", "person_id")
        PG_BY_PERSON("goal", "person_id") PG_BY_PERSON("connection", "person_id")
            PG_BY_PERSON("contribution", "person_id") PG_BY_PERSON("avoided", "person_id")
                PG_BY_PERSON("wellbeing", "person_id") PG_BY_PERSON("person_name_part", "person_id");
    return sql;
}

}  // namespace lac
