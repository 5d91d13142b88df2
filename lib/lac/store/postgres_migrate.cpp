// lac's schema on PostgreSQL (postgres_migrate.hpp): the PostgreSQL counterpart of
// db_migrate.cpp, with lac_schema where SQLite has user_version and application_id.
#include "lac/store/postgres_migrate.hpp"

#include <sodium.h>

#include <fmt/format.h>

#include "lac/store/db.hpp"
#include "lac/store/engine/postgres_statement.hpp"
#include "lac/store/engine/postgres_transaction.hpp"
#include "lac/store/migrations.hpp"
#include "lac/util/errors.hpp"

namespace lac::store {

namespace {

int64_t count(PgConnection& connection, const char* sql) {
    PgStatement query(connection, sql);
    query.executeStep();
    return query.getColumn(0).getInt64();
}

// Tables, views and the like in the schema lac's tables go into (the first of search_path).
bool holds_tables(PgConnection& connection) {
    return count(connection, "SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
                             "ON n.oid = c.relnamespace WHERE n.nspname = current_schema() "
                             "AND c.relkind IN ('r', 'p', 'v', 'm', 'f')") > 0;
}

struct Mark {
    bool present = false;  // lac_schema, with lac's application id
    int version = 0;
};

Mark read_mark(PgConnection& connection) {
    if (count(connection, "SELECT count(*) FROM pg_catalog.pg_tables "
                          "WHERE schemaname = current_schema() AND tablename = 'lac_schema'") == 0)
        return {};
    PgStatement query(connection, "SELECT version FROM lac_schema WHERE application_id = ?1");
    query.bind(1, int64_t(lac_application_id));
    if (!query.executeStep()) return {};
    return {true, query.getColumn(0).getInt()};
}

// A new database's pseudonym secret: 32 random bytes as hex, as SQLite's schema 1 makes
// with randomblob(32), which PostgreSQL has only with pgcrypto.
std::string new_pseudonym_key() {
    if (sodium_init() < 0) throw Error(ExitCode::software, "libsodium could not start");
    unsigned char key[32];
    randombytes_buf(key, sizeof key);
    char hex[2 * sizeof key + 1];
    sodium_bin2hex(hex, sizeof hex, key, sizeof key);
    return hex;
}

void set_new_pseudonym_key(PgConnection& connection) {
    PgStatement update(connection, "UPDATE meta SET value = ?1 WHERE key = 'pseudonym_key' AND value = ''");
    update.bind(1, new_pseudonym_key());
    update.exec();
}

}  // namespace

int postgres_schema_version(PgConnection& connection) { return read_mark(connection).version; }

int migrate_postgres(PgConnection& connection, bool create) {
    const int latest = postgres_migrations().back().version;
    int was = 0;
    // READ COMMITTED, so that a lac that waited for the lock sees what the one before it
    // committed, rather than a snapshot from before it waited.
    pg_transaction(connection, [&] {
        PgStatement lock(connection, "SELECT pg_advisory_xact_lock(?1)");
        lock.bind(1, int64_t(lac_application_id));
        lock.executeStep();
        Mark mark = read_mark(connection);
        was = mark.version;
        if (!mark.present && holds_tables(connection))
            throw DataError(fmt::format("{} holds tables but is not a lac database; lac left it as it was; check "
                                        "the URL given with --db or $LAC_DB", connection.where()));
        if (mark.version > latest)
            throw DataError(fmt::format("{} has schema version {}, newer than this lac knows ({}); upgrade lac",
                                        connection.where(), mark.version, latest));
        if (mark.present && mark.version == latest) return;
        if (!mark.present && !create)
            throw NoInputError(fmt::format("{} holds no lac database yet; run lac init to make one there",
                                           connection.where()));
        for (const auto& migration : postgres_migrations())
            if (migration.version > mark.version) connection.execute(migration.sql);
        connection.execute(postgres_row_security());
        PgStatement record(connection, "INSERT INTO lac_schema (application_id, version) VALUES (?1, ?2) "
                                       "ON CONFLICT (one) DO UPDATE SET version = excluded.version");
        record.bind(1, int64_t(lac_application_id));
        record.bind(2, latest);
        record.exec();
        if (!mark.present) set_new_pseudonym_key(connection);
    }, PgRetry{5, PgIsolation::read_committed});
    return was;
}

}  // namespace lac::store
