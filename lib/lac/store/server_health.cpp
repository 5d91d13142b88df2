#include "lac/store/server_health.hpp"

#include "lac/store/db.hpp"
#include "lac/store/engine/postgres_db_connection.hpp"

namespace lac::store {

ServerFacts server_facts(Db& db) {
    ServerFacts facts;
    facts.version_number = db.postgres().pg().server_version();
    Query version(db, "SHOW server_version");
    if (version.executeStep()) facts.version = version.getColumn(0).getString();
    // lac's tables: those of the schema it migrated, less its own bookkeeping.
    Query tables(db, "SELECT count(*), count(*) FILTER (WHERE c.relrowsecurity) FROM pg_catalog.pg_class c "
                     "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() "
                     "AND c.relkind = 'r' AND c.relname NOT IN ('lac_schema', 'lac_sequence')");
    if (tables.executeStep()) {
        facts.tables = tables.getColumn(0).getInt();
        facts.guarded = tables.getColumn(1).getInt();
    }
    return facts;
}

}  // namespace lac::store
