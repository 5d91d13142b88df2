#pragma once
// Numbered schema migrations; migration N brings the schema version from N-1 to N (SQLite's
// PRAGMA user_version; on PostgreSQL the row of lac_schema).
#include <vector>

namespace lac {

struct Migration {
    int version;
    const char* sql;
};

// Schema 6's indexes (migrations.cpp says why), in SQL both engines take alike.
#define LAC_SCHEMA_V6_INDEXES                                                                                         \
    "DROP INDEX IF EXISTS person_coordinator;\n"                                                                      \
    "CREATE INDEX IF NOT EXISTS person_caseload ON person (coordinator_id, status, support, opened_on);\n"            \
    "DROP INDEX IF EXISTS assignment_person;\n"                                                                       \
    "CREATE INDEX IF NOT EXISTS assignment_held ON assignment (person_id, from_on, id, coordinator_id);\n"            \
    "DROP INDEX IF EXISTS person_closed;\n"                                                                           \
    "CREATE INDEX IF NOT EXISTS person_open ON person (closed_on, support, opened_on) WHERE closed_on IS NOT NULL;\n" \
    "DROP INDEX IF EXISTS goal_person;\n"                                                                             \
    "CREATE INDEX IF NOT EXISTS goal_held ON goal (person_id, status);\n"                                             \
    "DROP INDEX IF EXISTS connection_person;\n"                                                                       \
    "CREATE INDEX IF NOT EXISTS connection_held ON connection (person_id, status);\n"

// SQLite's (migrations.cpp).
const std::vector<Migration>& migrations();
// PostgreSQL's (migrations_postgres.cpp): the same numbers, each the same schema change in
// PostgreSQL's words, and migration 1 also what SQLite's connection or file gives (lac_now(),
// ids, the mark). Run by migrate_postgres (postgres_migrate.hpp).
const std::vector<Migration>& postgres_migrations();
// Row-level security on PostgreSQL (row_security_postgres.cpp), applied after the migrations.
const char* postgres_row_security();

}  // namespace lac
