#include "lac/store/engine/sqlite_connection.hpp"

#include <sqlite3.h>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "lac/store/db_wait.hpp"
#include "lac/util/errors.hpp"
#include "lac/util/words.hpp"

namespace lac::store {
namespace {

// lac_now(): when this command began, UTC to the second, for recorded_at and the audit
// trail. One timestamp for all of a command's writes, formatted once.
void sql_now(sqlite3_context* context, int, sqlite3_value**) {
    const auto* text = static_cast<const std::string*>(sqlite3_user_data(context));
    sqlite3_result_text(context, text->c_str(), int(text->size()), SQLITE_STATIC);
}

// lac_holds(text, key): 1 when the text, folded, has a word starting with the key (lac search).
void sql_holds(sqlite3_context* context, int, sqlite3_value** args) {
    auto text = reinterpret_cast<const char*>(sqlite3_value_text(args[0]));
    auto key = reinterpret_cast<const char*>(sqlite3_value_text(args[1]));
    bool holds = text && key && holds_word({text, std::size_t(sqlite3_value_bytes(args[0]))}, key);
    sqlite3_result_int(context, holds ? 1 : 0);
}

// A prepared statement of the connection's, on SQLite's own API: SQLiteCpp's Statement
// would make a Column object, with a shared_ptr copy, for every column read. Its errors
// are SQLiteCpp's exceptions, translated by the connection as all the others.
class SqliteStatement final : public Statement {
public:
    SqliteStatement(SqliteConnection& connection, const std::string& sql) : connection_(connection) {
        check(sqlite3_prepare_v2(connection.handle(), sql.c_str(), int(sql.size()), &statement_, nullptr));
    }
    ~SqliteStatement() override { sqlite3_finalize(statement_); }

    void bind(int index, int64_t value) override { check(sqlite3_bind_int64(statement_, index, value)); }
    void bind(int index, double value) override { check(sqlite3_bind_double(statement_, index, value)); }
    void bind(int index, const std::string& value) override {
        check(sqlite3_bind_text(statement_, index, value.data(), int(value.size()), SQLITE_TRANSIENT));
    }
    void bind(int index) override { check(sqlite3_bind_null(statement_, index)); }
    bool executeStep() override {
        int rc = sqlite3_step(statement_);
        if (rc == SQLITE_ROW) return true;
        if (rc != SQLITE_DONE) check(rc);
        return false;
    }
    int exec() override {
        if (executeStep())
            throw Error(ExitCode::software, fmt::format("a statement run for no rows gave one: {}",
                                                        sqlite3_sql(statement_)));
        return sqlite3_changes(connection_.handle());
    }
    // sqlite3_reset() repeats the error of a failed step, which was thrown then.
    void reset() override { sqlite3_reset(statement_); }
    void clearBindings() override { sqlite3_clear_bindings(statement_); }

    int getColumnCount() const override { return sqlite3_column_count(statement_); }
    int getBindParameterCount() const override { return sqlite3_bind_parameter_count(statement_); }
    bool column_is_null(int index) const override { return sqlite3_column_type(statement_, index) == SQLITE_NULL; }
    int64_t column_int64(int index) const override { return sqlite3_column_int64(statement_, index); }
    double column_double(int index) const override { return sqlite3_column_double(statement_, index); }
    std::string column_text(int index) const override { return std::string(column_view(index)); }
    std::string_view column_view(int index) const override {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement_, index));
        if (!text) return {};
        return {text, std::size_t(sqlite3_column_bytes(statement_, index))};
    }

private:
    void check(int rc) const {
        if (rc != SQLITE_OK) connection_.rethrow(SQLite::Exception(connection_.handle(), rc));
    }

    SqliteConnection& connection_;
    sqlite3_stmt* statement_ = nullptr;
};

}  // namespace

SqliteConnection::SqliteConnection(const std::filesystem::path& path, FairWait& wait, const std::string& now)
    : path_(path) {
    // SQLite's memory statistics take a global mutex on every allocation; lac never reads
    // them. This must come before SQLite starts, so it is done once, for the first connection.
    static const int no_memory_statistics = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    (void)no_memory_statistics;
    try {
        // One thread per process: SQLite's own mutexes would only cost time.
        database_ = std::make_unique<SQLite::Database>(
            path_.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_NOFOLLOW | SQLite::OPEN_NOMUTEX);
        // Waiting for another lac's write: fairly, within busy_timeout_ms (store/db_wait.hpp).
        sqlite3_busy_handler(handle(), FairWait::on_busy, &wait);
        sqlite3_create_function(handle(), "lac_now", 0, SQLITE_UTF8, const_cast<std::string*>(&now), sql_now,
                                nullptr, nullptr);
        sqlite3_create_function(handle(), "lac_holds", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, sql_holds,
                                nullptr, nullptr);
        database_->exec("PRAGMA foreign_keys = ON");
        database_->exec("PRAGMA secure_delete = ON");
        // In WAL mode FULL makes each commit durable, so nothing committed is lost.
        database_->exec("PRAGMA synchronous = FULL");
    } catch (const SQLite::Exception& e) {
        rethrow(e);
    }
}

SqliteConnection::~SqliteConnection() = default;

sqlite3* SqliteConnection::handle() const noexcept { return database_->getHandle(); }

int64_t SqliteConnection::last_insert_id() const noexcept { return sqlite3_last_insert_rowid(handle()); }

std::unique_ptr<Statement> SqliteConnection::prepare(const std::string& sql) {
    return std::make_unique<SqliteStatement>(*this, sql);
}

void SqliteConnection::exec(const std::string& sql) {
    try {
        database_->exec(sql);
    } catch (const SQLite::Exception& e) {
        rethrow(e);
    }
}

bool SqliteConnection::try_exec(const char* sql) noexcept {
    return sqlite3_exec(handle(), sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

void SqliteConnection::begin(bool write) { exec(write ? "BEGIN IMMEDIATE" : "BEGIN"); }
void SqliteConnection::commit() { exec("COMMIT"); }
void SqliteConnection::rollback() noexcept { try_exec("ROLLBACK"); }
void SqliteConnection::savepoint(const char* name) { exec(fmt::format("SAVEPOINT {}", name)); }
void SqliteConnection::release(const char* name) { exec(fmt::format("RELEASE {}", name)); }

void SqliteConnection::rollback_to(const char* name) noexcept {
    char sql[128];
    std::snprintf(sql, sizeof sql, "ROLLBACK TO %s; RELEASE %s", name, name);
    try_exec(sql);
}

bool SqliteConnection::in_transaction() const noexcept { return !sqlite3_get_autocommit(handle()); }

void SqliteConnection::interrupt() noexcept { sqlite3_interrupt(handle()); }

// A fill killed part way (Db::bulk_fill) leaves the file in rollback mode; the next lac to
// open it puts it back when it is alone with it, and otherwise leaves it, which is still safe.
void SqliteConnection::keep_wal(bool must) {
    try {
        if (database_->execAndGet("PRAGMA journal_mode").getString() != "wal")
            database_->exec("PRAGMA journal_mode = WAL");
    } catch (const SQLite::Exception& e) {
        if (must) rethrow(e);
    }
}

void SqliteConnection::rethrow(const SQLite::Exception& error) const {
    std::string where = path_.string();
    switch (error.getErrorCode()) {
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            throw BusyError(fmt::format("the database {} is busy: another lac is writing; try again, "
                                        "or raise [store] busy_timeout_ms", where));
        case SQLITE_FULL:
            throw IoError(fmt::format("the disk holding {} is full; nothing was saved", where));
        case SQLITE_IOERR:
            throw IoError(fmt::format("I/O error on {}: {}; nothing was saved", where, error.what()));
        case SQLITE_READONLY:
        case SQLITE_PERM:
        case SQLITE_AUTH:
            throw PermissionError(fmt::format("cannot write {}: {}; check its permissions", where,
                                              error.what()));
        case SQLITE_CANTOPEN:
            throw CantCreateError(fmt::format("cannot open {}: {}", where, error.what()));
        case SQLITE_NOTADB:
            throw DataError(fmt::format("{} is not a lac database ({}); check the path given with --db or "
                                        "$LAC_DB",
                                        where, error.what()));
        case SQLITE_CORRUPT:
            throw DataError(fmt::format("{} is damaged or not a lac database ({}); restore it from a backup",
                                        where, error.what()));
        case SQLITE_INTERRUPT:
            throw InterruptedError("interrupted; nothing was saved");
        case SQLITE_CONSTRAINT:
            throw DataError(fmt::format("the database refused the change: {}", error.what()));
        default:
            throw Error(ExitCode::software, fmt::format("database error on {}: {}", where, error.what()));
    }
}

}  // namespace lac::store
