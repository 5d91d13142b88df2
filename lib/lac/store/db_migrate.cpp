// Migrations: bringing a lac database of an older schema to this lac's, under the write
// lock and after a copy of it, and refusing any file that is not a lac database. SQLite
// only: the marks are the file's user_version and application_id, and the copy a file.
#include "lac/store/db.hpp"

#include <fmt/format.h>

#include "lac/store/db_file.hpp"
#include "lac/store/engine/postgres_db_connection.hpp"
#include "lac/store/migrations.hpp"
#include "lac/store/postgres_migrate.hpp"
#include "lac/util/errors.hpp"

namespace lac {
namespace fs = std::filesystem;

namespace {

int64_t count(Db& db, const char* sql) {
    Query query(db, sql);
    query.executeStep();
    return query.getColumn(0).getInt64();
}

}  // namespace

int Db::schema_version() {
    if (postgres_) return store::postgres_schema_version(postgres_->pg());
    return int(count(*this, "PRAGMA user_version"));
}

int Db::latest_schema_version() { return migrations().back().version; }

fs::path Db::migration_backup_path(const fs::path& db, int version) {
    fs::path copy = db;
    copy += fmt::format(".v{}.bak", version);
    return copy;
}

bool Db::is_migration_backup(const fs::path& db, const fs::path& file) {
    std::string name = file.filename().string(), prefix = db.filename().string() + ".v";
    if (name.size() <= prefix.size() + 4 || name.compare(0, prefix.size(), prefix) != 0 ||
        name.compare(name.size() - 4, 4, ".bak") != 0)
        return false;
    std::string version = name.substr(prefix.size(), name.size() - prefix.size() - 4);
    return version.find_first_not_of("0123456789") == std::string::npos;
}

namespace {

struct Mark {
    int version = 0, application_id = 0;
};

// Both in one statement: on the common path, the only work opening adds.
Mark read_mark(Db& db) {
    Query query(db, "SELECT user_version, application_id FROM pragma_user_version, pragma_application_id");
    query.executeStep();
    return {query.getColumn(0).getInt(), query.getColumn(1).getInt()};
}

}  // namespace

// No lac before the mark set application_id, so an older lac's file is known by its
// tables instead, all of them in schema 1 and unlikely all to be in another program's
// file: meta, holding a pseudonym key, coordinator, person, conversation and audit.
bool Db::is_older_lac_database(int version) {
    if (version < 1) return false;
    if (count(*this, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
                     "('meta', 'coordinator', 'person', 'conversation', 'audit')") != 5)
        return false;
    return count(*this, "SELECT count(*) FROM meta WHERE key = 'pseudonym_key'") == 1;
}

void Db::migrate(bool fresh) {
    auto not_ours = [&] {
        return DataError(fmt::format("{} is not a lac database; lac left it as it was; check the path given "
                                     "with --db or $LAC_DB", path_.string()));
    };
    Mark mark = read_mark(*this);
    if (mark.application_id == lac_application_id && mark.version == latest_schema_version()) return;
    if (mark.application_id != 0 && mark.application_id != lac_application_id) throw not_ours();
    // Decided again under the write lock: of several lacs opening an older file at once,
    // one migrates it and the rest wait (busy_timeout_ms), then find it done. All the
    // migrations are one transaction, so a file is at its old version or the latest.
    connection_->begin(true);
    try {
        mark = read_mark(*this);
        if (mark.application_id == lac_application_id && mark.version == latest_schema_version()) {
            connection_->commit();  // another lac migrated it while this one waited
            return;
        }
        bool empty = fresh && mark.version == 0 && count(*this, "SELECT count(*) FROM sqlite_schema") == 0;
        if (mark.application_id != lac_application_id && !empty && !is_older_lac_database(mark.version))
            throw not_ours();
        if (mark.version > latest_schema_version())
            throw DataError(fmt::format("{} has schema version {}, newer than this lac knows ({}); "
                                        "upgrade lac", path_.string(), mark.version, latest_schema_version()));
        // The copy holds the old version: no other lac can migrate while this one holds the lock.
        if (mark.version > 0 && mark.version < latest_schema_version())
            store::write_migration_backup(path_, migration_backup_path(path_, mark.version), busy_timeout_ms_);
        for (const auto& migration : migrations())
            if (migration.version > mark.version) connection_->exec(migration.sql);
        connection_->exec(fmt::format("PRAGMA user_version = {}", latest_schema_version()));
        connection_->exec(fmt::format("PRAGMA application_id = {}", lac_application_id));
        connection_->commit();
    } catch (...) {
        rollback();
        throw;
    }
}

}  // namespace lac
