// Db on a PostgreSQL server (db.hpp): opening lac's database there, migrating it, and making
// its schema. The counterpart of db_migrate.cpp and of the file's creation (db_file.cpp);
// the schema itself is migrate_postgres()'s (postgres_migrate.hpp).
#include "lac/store/db.hpp"
#include "lac/store/engine/postgres_db_connection.hpp"
#include "lac/store/postgres_migrate.hpp"

namespace lac {

void Db::migrate_server() {
    // The common path reads the mark and finds the latest version; only an older schema, or
    // none, takes the migration's transaction and lock.
    if (store::postgres_schema_version(postgres_->pg()) == latest_schema_version()) return;
    store::migrate_postgres(postgres_->pg(), false);
}

std::unique_ptr<Db> Db::create_on_server(const std::filesystem::path& url, const OpenOptions& options,
                                         bool& created, const std::function<void(Db&)>& setup) {
    std::unique_ptr<Db> db(new Db(url, options));
    // The schema and `setup` (lac init's team and first coordinator) are one transaction, under
    // the writers' lock: should setup fail, the database is left empty, as the file is removed
    // on SQLite; and of several lacs making it at once, one does, the rest find it made. Run
    // again, as any write is, if it loses to another transaction (a setup that cannot be run
    // twice says so: cannot_repeat()).
    db->retried([&] {
        db->connection_->begin(true);
        db->depth_ = 1;
        try {
            created = store::migrate_postgres(db->postgres_->pg(), true) == 0;
            if (setup) setup(*db);
            db->depth_ = 0;
            db->connection_->commit();
        } catch (...) {
            db->depth_ = 0;
            db->rollback();
            throw;
        }
    });
    return db;
}

}  // namespace lac
