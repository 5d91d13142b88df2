#pragma once
// The SQLite engine behind the store seam, over SQLiteCpp: one connection to a lac file,
// with what only SQLite has (the busy handler, the user functions lac_now() and
// lac_holds(), the PRAGMAs set on opening, WAL) and the translation of SQLite's errors
// into lac's. The files that use SQLite itself (the online backup, the integrity check,
// the migration marks) reach it through database() and handle().
#include <filesystem>
#include <memory>
#include <string>

#include "lac/store/engine/connection.hpp"

namespace SQLite {
class Database;
class Exception;
}  // namespace SQLite
struct sqlite3;

namespace lac::store {

class FairWait;

class SqliteConnection final : public DbConnection {
public:
    // Opens the existing file at `path` read-write (never through a symlink), with `wait`
    // as its busy handler and `now` as lac_now() (both must outlive the connection), and
    // foreign keys, secure delete and FULL synchronous commits on.
    SqliteConnection(const std::filesystem::path& path, FairWait& wait, const std::string& now);
    ~SqliteConnection() override;

    const char* engine() const noexcept override { return "sqlite"; }
    std::unique_ptr<Statement> prepare(const std::string& sql) override;
    void exec(const std::string& sql) override;
    void begin(bool write) override;
    void commit() override;
    void rollback() noexcept override;
    void savepoint(const char* name) override;
    void release(const char* name) override;
    void rollback_to(const char* name) noexcept override;
    bool in_transaction() const noexcept override;
    void interrupt() noexcept override;
    int64_t last_insert_id() const noexcept override;

    // Runs `sql` without throwing (a pragma on the way out of an error): false if it failed.
    bool try_exec(const char* sql) noexcept;
    // WAL lets coordinators read while one writes; the mode is kept in the file. `must`:
    // a failure (another connection has the file open) is an error, not left for later.
    void keep_wal(bool must);

    SQLite::Database& database() { return *database_; }
    sqlite3* handle() const noexcept;

    // Translates a SQLite error into lac's typed errors (busy, disk full, permission, …),
    // naming the file.
    [[noreturn]] void rethrow(const SQLite::Exception& error) const;

private:
    std::filesystem::path path_;
    std::unique_ptr<SQLite::Database> database_;
};

}  // namespace lac::store
