#include "lac/store/db.hpp"

#include <sqlite3.h>
#include <sys/stat.h>

#include <ctime>
#include <utility>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "lac/util/errors.hpp"
#include "lac/store/db_file.hpp"

namespace lac {
namespace fs = std::filesystem;

namespace {

mode_t file_mode(const OpenOptions& options) { return private_mode(options.group_shared); }

// lac_now(): when this command began, UTC to the second, for recorded_at and the audit
// trail. One timestamp for all of a command's writes, formatted once.
void sql_now(sqlite3_context* context, int, sqlite3_value**) {
    const auto* text = static_cast<const std::string*>(sqlite3_user_data(context));
    sqlite3_result_text(context, text->c_str(), int(text->size()), SQLITE_STATIC);
}

std::string utc_now() {
    std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

}  // namespace

Db::Db(fs::path path, const OpenOptions& options)
    : path_(std::move(path)),
      busy_timeout_ms_(options.busy_timeout_ms),
      started_(utc_now()),
      wait_(options.busy_timeout_ms, interrupted_) {
    // SQLite's memory statistics take a global mutex on every allocation; lac never reads
    // them. This must come before SQLite starts, so it is done once, for the first Db.
    static const int no_memory_statistics = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    (void)no_memory_statistics;
    try {
        // One thread per process: SQLite's own mutexes would only cost time.
        database_ = std::make_unique<SQLite::Database>(
            path_.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_NOFOLLOW | SQLite::OPEN_NOMUTEX);
        // Waiting for another lac's write: fairly, within busy_timeout_ms (store/db_wait.hpp).
        sqlite3_busy_handler(database_->getHandle(), store::FairWait::on_busy, &wait_);
        sqlite3_create_function(database_->getHandle(), "lac_now", 0, SQLITE_UTF8, &started_, sql_now, nullptr,
                                nullptr);
        database_->exec("PRAGMA foreign_keys = ON");
        database_->exec("PRAGMA secure_delete = ON");
        // In WAL mode FULL makes each commit durable, so nothing committed is lost.
        database_->exec("PRAGMA synchronous = FULL");
    } catch (const SQLite::Exception& e) {
        rethrow(e);
    }
}

Db::~Db() {
    if (held_) rollback();
}

std::unique_ptr<Db> Db::open(const fs::path& path, const OpenOptions& options) {
    store::check_existing_database(path);
    std::unique_ptr<Db> db(new Db(path, options));
    db->migrate(false);
    db->keep_wal(false);
    return db;
}

std::unique_ptr<Db> Db::inspect(const fs::path& path, const OpenOptions& options) {
    store::check_existing_database(path);
    return std::unique_ptr<Db>(new Db(path, options));
}

std::unique_ptr<Db> Db::create(const fs::path& path, const OpenOptions& options, bool& created,
                               const std::function<void(Db&)>& setup) {
    auto file = std::make_unique<store::NewDbFile>(path, file_mode(options), options.busy_timeout_ms);
    created = file->created();
    if (!created) {
        auto db = open(path, options);
        if (setup) setup(*db);
        return db;
    }
    // From here a throw destroys the Db, which closes the connection, then undoes the file.
    std::unique_ptr<Db> db(new Db(path, options));
    db->new_file_ = std::move(file);
    db->migrate(true);
    db->keep_wal(true);
    if (setup) setup(*db);
    db->new_file_->keep();
    db->new_file_.reset();
    return db;
}

// WAL lets coordinators read while one writes; it is a property of the file, set when
// the file is made. A fill killed part way (bulk_fill) leaves the file in rollback mode;
// the next lac to open it puts it back when it is alone with it, and otherwise leaves
// it, which is still safe.
void Db::keep_wal(bool must) {
    try {
        if (database_->execAndGet("PRAGMA journal_mode").getString() != "wal")
            database_->exec("PRAGMA journal_mode = WAL");
    } catch (const SQLite::Exception& e) {
        if (must) rethrow(e);
    }
}

void Db::write(const std::function<void()>& work) {
    if (depth_ > 0) return work();
    const bool savepoint = held_;
    try {
        database_->exec(savepoint ? "SAVEPOINT lac_write" : "BEGIN IMMEDIATE");
    } catch (const SQLite::Exception& e) {
        rethrow(e);
    }
    ++depth_;
    try {
        work();
        if (savepoint)
            database_->exec("RELEASE lac_write");
        else if (hold_)
            held_ = true;
        else
            database_->exec("COMMIT");
        --depth_;
    } catch (const SQLite::Exception& e) {
        --depth_;
        undo(savepoint);
        rethrow(e);
    } catch (...) {
        --depth_;
        undo(savepoint);
        throw;
    }
}

bool Db::commit_held() {
    if (!held_) return false;
    held_ = false;
    try {
        database_->exec("COMMIT");
    } catch (const SQLite::Exception& e) {
        rollback();
        rethrow(e);
    }
    return true;
}

void Db::read(const std::function<void()>& work) {
    // Inside a held write's transaction, the command sees what it wrote.
    if (depth_ > 0 || held_) return work();
    try {
        database_->exec("BEGIN");
        ++depth_;
        work();
        --depth_;
        database_->exec("COMMIT");
    } catch (const SQLite::Exception& e) {
        depth_ = 0;
        rollback();
        rethrow(e);
    } catch (...) {
        depth_ = 0;
        rollback();
        throw;
    }
}

// Never throws: it runs while another error is on its way out.
void Db::rollback() noexcept {
    held_ = false;
    sqlite3_exec(database_->getHandle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

// Undoes one write(): its savepoint in a held transaction, or its whole transaction.
void Db::undo(bool savepoint) noexcept {
    if (!savepoint) return rollback();
    sqlite3_exec(database_->getHandle(), "ROLLBACK TO lac_write; RELEASE lac_write", nullptr, nullptr, nullptr);
    // Some errors (a full disk, an interrupt) make SQLite roll back the whole transaction.
    if (sqlite3_get_autocommit(database_->getHandle())) held_ = false;
}

SQLite::Statement& Db::statement(const char* sql) {
    // sqlite3_interrupt stops only a statement that is running; this stops the next one.
    if (interrupted_) throw InterruptedError("interrupted; nothing was saved");
    auto& slot = statements_[sql];
    if (!slot) {
        slot = std::make_unique<SQLite::Statement>(*database_, sql);
    } else {
        slot->reset();
        slot->clearBindings();
    }
    return *slot;
}

void Db::set_actor(std::string actor, std::string command) {
    actor_ = std::move(actor);
    command_ = std::move(command);
}

void Db::expect_bulk_writes() {
    try {
        database_->exec("PRAGMA cache_size = -262144");  // 256 MiB
    } catch (const SQLite::Exception& e) {
        rethrow(e);
    }
}

namespace {

struct IndexDefinition {
    std::string name, sql;
};

std::vector<IndexDefinition> secondary_indexes(SQLite::Database& db, const std::vector<std::string>& tables) {
    std::vector<IndexDefinition> out;
    SQLite::Statement query(db, "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? "
                                "AND sql IS NOT NULL ORDER BY name");
    for (const auto& table : tables) {
        query.bind(1, table);
        while (query.executeStep()) out.push_back({query.getColumn(0).getString(), query.getColumn(1).getString()});
        query.reset();
    }
    return out;
}

}  // namespace

void Db::bulk_fill(const std::vector<std::string>& tables, const std::function<void()>& work) {
    // The journal mode changes only outside a transaction, so a fill is committed when it
    // is done, not held; it prints nothing on stdout to wait for.
    commit_held();
    const bool hold = std::exchange(hold_, false);
    // Leaving WAL needs the file to itself, and SQLite does not wait for it: while another
    // connection has it open, the fill simply runs in WAL, more slowly.
    sqlite3_exec(database_->getHandle(), "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    // Never throws: it runs on the way out, perhaps with an error on its way too. Should a
    // reader hold the file just then, the next lac to open it puts it back (keep_wal).
    auto back_to_wal = [&]() noexcept {
        sqlite3_exec(database_->getHandle(), "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr);
    };
    try {
        write([&] {
            auto indexes = secondary_indexes(*database_, tables);
            for (const auto& index : indexes) database_->exec(fmt::format("DROP INDEX \"{}\"", index.name));
            work();
            for (const auto& index : indexes) database_->exec(index.sql);
        });
    } catch (...) {
        hold_ = hold;
        back_to_wal();
        throw;
    }
    hold_ = hold;
    back_to_wal();
}

void Db::interrupt() noexcept {
    interrupted_ = 1;
    sqlite3_interrupt(database_->getHandle());
}

void Db::rethrow(const SQLite::Exception& error) const {
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

}  // namespace lac
