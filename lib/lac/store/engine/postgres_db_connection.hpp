#pragma once
// The PostgreSQL engine behind the store seam (connection.hpp), as SqliteConnection is
// SQLite's: lac's transactions carried out on one PgConnection (postgres_connection.hpp).
//
// Writers take one lock per database (an advisory lock, held to COMMIT) at READ COMMITTED,
// as SQLite's BEGIN IMMEDIATE takes the file's write lock: lac's writers run one after
// another, each sees all that was committed before it, and none fails another with a
// serialization failure (40001) or a deadlock (40P01). A writer that waits for the lock
// longer than busy_timeout_ms (lock_timeout) is BusyError (69), as on SQLite. Reads run at
// REPEATABLE READ: one consistent snapshot, as a read transaction on SQLite.
//
// An INSERT into a table with an id (a row of lac_sequence) is prepared with RETURNING id
// appended, and its statement hands the id to last_insert_id(): PostgreSQL has no
// last_insert_rowid() of the connection.
#include <cstdint>
#include <memory>
#include <set>
#include <string>

#include "lac/store/engine/connection.hpp"
#include "lac/store/engine/postgres_connection.hpp"

namespace lac::store {

class PgDbConnection final : public DbConnection {
public:
    // Connects to `url` (PgConnection's errors) and sets lac_now() to `now` for this connection.
    // `write_lock`: the key of the writers' advisory lock (lac's application id, which
    // migrate_postgres() locks too, so that a migration and a writer never run at once).
    PgDbConnection(const std::string& url, const PgOptions& options, const std::string& now, int64_t write_lock);

    const char* engine() const noexcept override { return "postgresql"; }
    std::unique_ptr<Statement> prepare(const std::string& sql) override;
    void exec(const std::string& sql) override { connection_.execute(sql); }
    void begin(bool write) override;
    void commit() override { connection_.commit(); }
    void rollback() noexcept override { connection_.rollback(); }
    void savepoint(const char* name) override { connection_.savepoint(name); }
    void release(const char* name) override { connection_.release(name); }
    void rollback_to(const char* name) noexcept override;
    bool in_transaction() const noexcept override { return connection_.in_transaction(); }
    void interrupt() noexcept override { connection_.interrupt(); }
    int64_t last_insert_id() const noexcept override { return last_id_; }

    PgConnection& pg() { return connection_; }
    // The database's name on its server.
    std::string database_name() const;

private:
    // Whether `sql` is an INSERT into a table with an id.
    bool inserts_with_id(const std::string& sql);

    PgConnection connection_;
    std::string take_write_lock_;
    std::set<std::string> id_tables_;  // read from lac_sequence at the first INSERT
    bool id_tables_read_ = false;
    int64_t last_id_ = 0;
};

}  // namespace lac::store
