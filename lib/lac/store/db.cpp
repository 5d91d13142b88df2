#include "lac/store/db.hpp"

#include <sys/stat.h>

#include <ctime>
#include <utility>

#include <fmt/format.h>

#include "lac/store/db_file.hpp"
#include "lac/store/engine/postgres_db_connection.hpp"
#include "lac/store/engine/postgres_error.hpp"
#include "lac/store/engine/postgres_transaction.hpp"
#include "lac/store/engine/sqlite_connection.hpp"
#include "lac/util/errors.hpp"

namespace lac {
namespace fs = std::filesystem;

namespace {

mode_t file_mode(const OpenOptions& options) { return private_mode(options.group_shared); }

// When this command began, UTC to the second: lac_now() in SQL.
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
    if (names_server(path_)) {
        auto connection = std::make_unique<store::PgDbConnection>(
            path_.string(), store::PgOptions{options.busy_timeout_ms, 0, options.connect_timeout_s}, started_, lac_application_id);
        postgres_ = connection.get();
        connection_ = std::move(connection);
        return;
    }
    auto connection = std::make_unique<store::SqliteConnection>(path_, wait_, started_);
    sqlite_ = connection.get();
    connection_ = std::move(connection);
}

Db::~Db() {
    if (held_) rollback();
    // The server forgets a connection's prepared statements when it closes.
    if (postgres_) postgres_->pg().closing();
}

std::unique_ptr<Db> Db::open(const fs::path& path, const OpenOptions& options) {
    if (names_server(path)) {
        std::unique_ptr<Db> db(new Db(path, options));
        db->migrate_server();
        return db;
    }
    store::check_existing_database(path);
    std::unique_ptr<Db> db(new Db(path, options));
    db->migrate(false);
    db->sqlite_->keep_wal(false);
    return db;
}

std::unique_ptr<Db> Db::inspect(const fs::path& path, const OpenOptions& options) {
    if (!names_server(path)) store::check_existing_database(path);
    return std::unique_ptr<Db>(new Db(path, options));
}

std::unique_ptr<Db> Db::create(const fs::path& path, const OpenOptions& options, bool& created,
                               const std::function<void(Db&)>& setup) {
    if (names_server(path)) return create_on_server(path, options, created, setup);
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
    db->sqlite_->keep_wal(true);
    if (setup) setup(*db);
    db->new_file_->keep();
    db->new_file_.reset();
    return db;
}

void Db::write(const std::function<void()>& work) {
    if (depth_ > 0) return work();
    // Inside a held transaction, a savepoint of it: the command has printed what it did so
    // far, so a failure is the whole command's, not this write's to run again.
    if (held_) return write_once(work, true);
    retried([&] { write_once(work, false); });
}

void Db::write_once(const std::function<void()>& work, bool savepoint) {
    if (savepoint)
        connection_->savepoint("lac_write");
    else
        connection_->begin(true);
    ++depth_;
    try {
        work();
        if (savepoint)
            connection_->release("lac_write");
        else if (hold_)
            held_ = true;
        else
            connection_->commit();
        --depth_;
    } catch (...) {
        --depth_;
        undo(savepoint);
        throw;
    }
}

void Db::retried(const std::function<void()>& transaction) {
    if (!postgres_) return transaction();
    store::pg_retrying(postgres_->pg().where(), [&] {
        repeatable_ = true;
        try {
            transaction();
        } catch (const store::PgRetryable& lost) {
            if (repeatable_) throw;
            throw BusyError(lost.what());  // the same line, not to be tried again
        }
    });
}

bool Db::commit_held() {
    if (!held_) return false;
    held_ = false;
    try {
        connection_->commit();
    } catch (...) {
        rollback();
        throw;
    }
    return true;
}

void Db::read(const std::function<void()>& work) {
    // Inside a held write's transaction, the command sees what it wrote.
    if (depth_ > 0 || held_) return work();
    retried([&] { read_once(work); });
}

void Db::read_once(const std::function<void()>& work) {
    try {
        connection_->begin(false);
        ++depth_;
        work();
        --depth_;
        connection_->commit();
    } catch (...) {
        depth_ = 0;
        rollback();
        throw;
    }
}

// Never throws: it runs while another error is on its way out.
void Db::rollback() noexcept {
    held_ = false;
    connection_->rollback();
}

// Undoes one write(): its savepoint in a held transaction, or its whole transaction.
void Db::undo(bool savepoint) noexcept {
    if (!savepoint) return rollback();
    connection_->rollback_to("lac_write");
    // Some errors (a full disk, an interrupt) make the engine roll back the whole transaction.
    if (!connection_->in_transaction()) held_ = false;
}

store::Statement& Db::statement(const char* sql) {
    // An interrupt stops only a statement that is running; this stops the next one.
    if (interrupted_) throw InterruptedError("interrupted; nothing was saved");
    auto& slot = statements_[sql];
    if (!slot) {
        slot = connection_->prepare(sql);
    } else {
        slot->reset();
        slot->clearBindings();
    }
    return *slot;
}

store::SqliteConnection& Db::sqlite() {
    if (!sqlite_) throw Error(ExitCode::software, "an SQLite-only operation was asked of " + where());
    return *sqlite_;
}

store::PgDbConnection& Db::postgres() {
    if (!postgres_) throw Error(ExitCode::software, "a PostgreSQL-only operation was asked of " + where());
    return *postgres_;
}

bool Db::names_server(const fs::path& where) { return store::PgConnection::is_url(where.string()); }

std::string Db::shown(const fs::path& where) {
    return names_server(where) ? store::redact_url(where.string()) : where.string();
}

std::string Db::where() const { return shown(path_); }

std::string Db::name() const { return postgres_ ? postgres_->database_name() : path_.filename().string(); }

void Db::set_actor(std::string actor, std::string command) {
    actor_ = std::move(actor);
    command_ = std::move(command);
}

// SQLite only, as bulk_fill below: PostgreSQL sizes its buffers on the server.
void Db::expect_bulk_writes() {
    if (sqlite_) connection_->exec("PRAGMA cache_size = -262144");  // 256 MiB
}

namespace {

struct IndexDefinition {
    std::string name, sql;
};

std::vector<IndexDefinition> secondary_indexes(Db& db, const std::vector<std::string>& tables) {
    std::vector<IndexDefinition> out;
    Query query(db, "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? "
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
    if (postgres_) return write(work);
    // The journal mode changes only outside a transaction, so a fill is committed when it
    // is done, not held; it prints nothing on stdout to wait for.
    commit_held();
    const bool hold = std::exchange(hold_, false);
    // Leaving WAL needs the file to itself, and SQLite does not wait for it: while another
    // connection has it open, the fill simply runs in WAL, more slowly.
    sqlite_->try_exec("PRAGMA journal_mode = DELETE");
    // Never throws: it runs on the way out, perhaps with an error on its way too. Should a
    // reader hold the file just then, the next lac to open it puts it back (keep_wal).
    auto back_to_wal = [&]() noexcept {
        sqlite_->try_exec("PRAGMA journal_mode = WAL");
    };
    try {
        write([&] {
            auto indexes = secondary_indexes(*this, tables);
            for (const auto& index : indexes) connection_->exec(fmt::format("DROP INDEX \"{}\"", index.name));
            work();
            for (const auto& index : indexes) connection_->exec(index.sql);
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
    connection_->interrupt();
    if (Db* scratch = passes_to_.load()) scratch->interrupt();
}

}  // namespace lac
