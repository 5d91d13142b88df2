#pragma once
// The database: opening, migrations, transactions and the statement cache, over the
// store seam (engine/connection.hpp): queries prepare a store::Statement (engine/
// statement.hpp) and never see the engine behind it: an SQLite file (engine/
// sqlite_connection.*), or a database on a PostgreSQL server when the "path" is a
// postgresql:// URL (engine/postgres_db_connection.*). Every line of SQL in lac lives
// under lib/lac/store/.
#include <atomic>
#include <csignal>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "lac/store/db_wait.hpp"
#include "lac/store/engine/connection.hpp"
#include "lac/store/engine/statement.hpp"

namespace lac {
namespace store {
class NewDbFile;
class PgDbConnection;
class SqliteConnection;
}  // namespace store

// PRAGMA application_id of every lac database, ASCII "LAC1" (lac(1) FILES): lac opens,
// migrates and writes no SQLite file without it, but an older lac's (see migrate()).
constexpr int lac_application_id = 0x4C414331;

struct OpenOptions {
    bool group_shared = false;  // 0660 instead of 0600
    int busy_timeout_ms = 5000;
    int connect_timeout_s = 10;  // on a PostgreSQL server, when the URL names none
};

// The mode of every file lac makes that holds the records: its owner's alone, or its
// group's too when the database is shared with a team's group.
inline unsigned private_mode(bool group_shared) { return group_shared ? 0660 : 0600; }

class Db {
public:
    // Each of open(), create() and inspect() takes the path of a SQLite file or the URL of a
    // PostgreSQL database (postgresql:// or postgres://, PgConnection::is_url). On PostgreSQL
    // the database itself must exist (createdb: the server's administrator makes it); "create"
    // makes lac's schema in it, in one transaction with `setup`, and no copy is written before
    // a migration (the server's backups are its administrator's).
    //
    // Opens an existing database, migrating it if it is older than this lac (after writing
    // a backup beside it). Throws NoInputError if there is none.
    static std::unique_ptr<Db> open(const std::filesystem::path& path, const OpenOptions& options);
    // Creates the database (private file, WAL) if it does not exist, then opens it and
    // runs `setup` on it. `created` tells whether this call made it. Should anything fail,
    // `setup` included, a file this call made is removed, with what SQLite made beside it,
    // so that the path is as it was. Of several lacs creating one file at once, exactly one
    // makes it; the rest wait (busy_timeout_ms), then open it.
    static std::unique_ptr<Db> create(const std::filesystem::path& path, const OpenOptions& options,
                                      bool& created, const std::function<void(Db&)>& setup = {});
    // Opens an existing database as it is, for lac doctor: no migration and the journal mode
    // left as found, so that looking changes nothing. Throws NoInputError if there is none.
    static std::unique_ptr<Db> inspect(const std::filesystem::path& path, const OpenOptions& options);
    ~Db();

    // Where a migration from schema `version` leaves its copy of the database `db`, and
    // whether `file` is such a copy: lac doctor finds them by the same name.
    static std::filesystem::path migration_backup_path(const std::filesystem::path& db, int version);
    static bool is_migration_backup(const std::filesystem::path& db, const std::filesystem::path& file);

    // Runs `work` in one BEGIN IMMEDIATE transaction: all of it is committed, or none.
    void write(const std::function<void()>& work);
    // Runs `work` in a read transaction, so that it sees one consistent snapshot.
    void read(const std::function<void()>& work);
    // On a PostgreSQL server, an outermost write() or read() whose transaction fails with a
    // serialization failure or a deadlock (40001, 40P01: a writer outside lac, say, since
    // lac's own take turns) is rolled back and its `work` run again, a few times at most
    // (store::pg_retrying, engine/postgres_transaction.hpp), then given up: BusyError (69),
    // nothing written. So `work` must be safe to run again: it assigns its results rather
    // than adding to what is outside it, and does nothing outside the database, unless it
    // first calls cannot_repeat(). A write() that is a savepoint of a held transaction is
    // not retried, nor is commit_held(): what the command printed about it is out already.
    // On SQLite nothing is retried: a busy file is waited for (busy_timeout_ms) instead.
    //
    // Says that the `work` running now has done, or is about to do, what cannot be done twice
    // (printed rows, read its input): a serialization failure or a deadlock from here on is
    // given up at once (69, nothing written) rather than retried.
    void cannot_repeat() { repeatable_ = false; }

    // Output before commit (lac(1) EXIT STATUS, 74): after hold_commits(), the outermost
    // write() leaves its transaction open, held, so that the front end can write and flush
    // what the command prints about it before commit_held() makes it durable; a retry
    // after a failed write of the output then does not record it twice. What the command
    // does meanwhile joins the held transaction (a write() as a savepoint of it, so that
    // it is still all or nothing), and a Db closed without commit_held() rolls it back.
    void hold_commits() { hold_ = true; }
    // Commits the held transaction, if there is one; true if there was.
    bool commit_held();
    bool holding() const { return held_; }

    // A prepared statement kept for reuse, reset and with its bindings cleared.
    // The cache is keyed by the pointer `sql`, not by its text: pass a string literal (or
    // another pointer that lives as long as the Db and always holds the same text), never
    // a std::string's c_str() or text built at run time, which would prepare a new
    // statement on every call and could hand back one prepared for other text.
    store::Statement& statement(const char* sql);
    // A statement prepared for this call only, from text that may be built at run time
    // (of fixed fragments: values are bound, never written into it). See also Query.
    std::unique_ptr<store::Statement> prepare(const std::string& sql) { return connection_->prepare(sql); }
    // Runs SQL that returns no rows.
    void exec(const std::string& sql) { connection_->exec(sql); }
    store::DbConnection& connection() { return *connection_; }
    // The SQLite connection, for what only SQLite has (the online backup, PRAGMA checks).
    // Error (70) on PostgreSQL: a command asks on_server() first.
    store::SqliteConnection& sqlite();
    // The PostgreSQL connection, for what only a server has (its version, roles); Error (70)
    // on SQLite.
    store::PgDbConnection& postgres();
    bool on_server() const { return postgres_ != nullptr; }
    // Whether `where` names a database on a PostgreSQL server (a postgresql:// URL).
    static bool names_server(const std::filesystem::path& where);
    // `where` as a message shows it: a URL without its password, or the path.
    static std::string shown(const std::filesystem::path& where);
    // The file's path, or the server database's URL as it was given.
    const std::filesystem::path& path() const { return path_; }
    // Where the records are, for messages: the file's path, or the URL without its password.
    std::string where() const;
    // The database's own name: the file's name, or the server database's name.
    std::string name() const;

    // Who is acting and which command runs, for the audit trail and recorded_by.
    void set_actor(std::string actor, std::string command);
    const std::string& actor() const { return actor_; }
    const std::string& command() const { return command_; }

    // For a command about to write many rows (demo, import): a page cache large enough to
    // keep the indexes it updates in memory. Ordinary commands keep SQLite's small default.
    void expect_bulk_writes();
    // Fills a database that starts empty (lac demo) in one transaction: all of it or none.
    // It runs under a rollback journal, which for pages that did not exist costs nothing,
    // where WAL would write every page twice; and the secondary indexes of `tables` are
    // dropped first and built once at the end, sorted, instead of updated row by row.
    // `work` must not read through those indexes. WAL is back on when it returns (or, had a
    // reader the file open just then, when lac next opens it).
    void bulk_fill(const std::vector<std::string>& tables, const std::function<void()>& work);
    // Makes the statement running now, or the next one, fail with InterruptedError, and so
    // its transaction roll back. Safe in a signal handler (the sqlite3 shell's does the same).
    void interrupt() noexcept;
    // While set, an interrupt of this database interrupts `scratch` too: a scratch file that
    // does this database's work (fill_in_scratch), so that Ctrl-C stops that work at once,
    // not when it is copied in. nullptr ends it, before `scratch` is closed.
    void pass_interrupts_to(Db* scratch) noexcept { passes_to_.store(scratch); }

    int schema_version();
    static int latest_schema_version();

private:
    Db(std::filesystem::path path, const OpenOptions& options);
    // Brings the file to the latest schema, under the write lock. `fresh`: the file was
    // made by this command, so an empty one is made a lac database rather than refused.
    void migrate(bool fresh);
    // The same on PostgreSQL, and create(): its schema made in one transaction with `setup`.
    void migrate_server();
    static std::unique_ptr<Db> create_on_server(const std::filesystem::path& url, const OpenOptions& options,
                                                bool& created, const std::function<void(Db&)>& setup);
    void rollback() noexcept;
    // On PostgreSQL, runs `transaction` (all of one, from BEGIN) as pg_retrying() runs it.
    void retried(const std::function<void()>& transaction);
    void write_once(const std::function<void()>& work, bool savepoint);
    void read_once(const std::function<void()>& work);
    bool is_older_lac_database(int version);
    void undo(bool savepoint) noexcept;

    std::filesystem::path path_;
    int busy_timeout_ms_;
    // Declared before the connection so that it is closed first, then a failed creation undone.
    std::unique_ptr<store::NewDbFile> new_file_;
    std::string started_;  // lac_now(): declared before the database that uses it
    volatile std::sig_atomic_t interrupted_ = 0;  // set by interrupt(), from a signal handler
    std::atomic<Db*> passes_to_{nullptr};  // see pass_interrupts_to(): read by a signal handler
    store::FairWait wait_;  // the busy handler: declared before the database that uses it
    std::unique_ptr<store::DbConnection> connection_;
    store::SqliteConnection* sqlite_ = nullptr;  // connection_ itself, on SQLite …
    store::PgDbConnection* postgres_ = nullptr;  // … or on PostgreSQL
    std::map<const char*, std::unique_ptr<store::Statement>> statements_;  // by literal: see statement()
    std::string actor_ = "unknown";
    std::string command_ = "lac";
    int depth_ = 0;  // nested write()/read() calls join the outer transaction
    bool hold_ = false, held_ = false;  // see hold_commits()
    bool repeatable_ = true;  // see cannot_repeat()
};

// A statement prepared for one use, read with the same names as a cached one:
// `Query q(db, sql); q.bind(1, id); while (q.executeStep()) … q.getColumn(0) …`.
class Query {
public:
    Query(Db& db, const std::string& sql) : statement_(db.prepare(sql)) {}
    template <class... Value>
    void bind(int index, const Value&... value) {
        statement_->bind(index, value...);
    }
    bool executeStep() { return statement_->executeStep(); }
    int exec() { return statement_->exec(); }
    void reset() { statement_->reset(); }
    void clearBindings() { statement_->clearBindings(); }
    int getColumnCount() const { return statement_->getColumnCount(); }
    int getBindParameterCount() const { return statement_->getBindParameterCount(); }
    store::Column getColumn(int index) const { return statement_->getColumn(index); }
    operator store::Statement&() { return *statement_; }
    store::Statement& operator*() { return *statement_; }

private:
    std::unique_ptr<store::Statement> statement_;
};

}  // namespace lac
