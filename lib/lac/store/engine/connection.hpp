#pragma once
// The store seam (issue 18): one connection to a database engine, as Db uses it. Db keeps
// lac's rules about transactions (one per command, held commits, savepoints inside a held
// one; db.hpp); the connection only carries them out in its engine's words. An engine
// throws lac's typed errors (lac/util/errors.hpp), never its own: busy or locked past the
// timeout is BusyError, a full disk IoError, a refused write PermissionError, a refused
// constraint DataError, an interrupt InterruptedError.
//
// Engines: SQLite (engine/sqlite_connection.*, over SQLiteCpp). Anything only one engine
// has (SQLite's file, WAL, PRAGMAs, online backup; PostgreSQL's roles) is reached through
// that engine's own class, never through this one.
#include <memory>
#include <string>

#include "lac/store/engine/statement.hpp"

namespace lac::store {

class DbConnection {
public:
    virtual ~DbConnection() = default;
    DbConnection() = default;
    DbConnection(const DbConnection&) = delete;
    DbConnection& operator=(const DbConnection&) = delete;

    // Which engine this is: "sqlite" or "postgresql".
    virtual const char* engine() const noexcept = 0;

    // A statement prepared from `sql` (placeholders ?1, ?2 … or ?), to bind and run; it
    // must not outlive the connection.
    virtual std::unique_ptr<Statement> prepare(const std::string& sql) = 0;
    // Runs SQL that returns no rows: one statement, or several separated by ';' (a migration).
    virtual void exec(const std::string& sql) = 0;

    // Opens a transaction: `write` takes the write lock at once (SQLite's BEGIN IMMEDIATE),
    // so that the work in it never fails half way for want of it; otherwise one consistent
    // snapshot to read.
    virtual void begin(bool write) = 0;
    virtual void commit() = 0;
    // Rolls back the open transaction, if any. Never throws: it runs while another error
    // is on its way out.
    virtual void rollback() noexcept = 0;
    // A named savepoint inside the open transaction, released (kept) or rolled back to and
    // released (undone, never throwing).
    virtual void savepoint(const char* name) = 0;
    virtual void release(const char* name) = 0;
    virtual void rollback_to(const char* name) noexcept = 0;
    // Whether a transaction is open: some errors (a full disk, an interrupt) make an engine
    // roll back the whole transaction on its own.
    virtual bool in_transaction() const noexcept = 0;

    // Makes the statement running now fail with InterruptedError. Safe in a signal handler.
    virtual void interrupt() noexcept = 0;

    // The id the connection's last INSERT gave its row (rows::inserted_id). Not `INSERT …
    // RETURNING id`: SQLite runs RETURNING through a table of its own for every row, which
    // made lac demo's 14 million inserts half as slow again. An engine without such a
    // function (PostgreSQL) is to read the id its insert hands back instead.
    virtual int64_t last_insert_id() const noexcept = 0;
};

}  // namespace lac::store
