#include "lac/store/engine/postgres_db_connection.hpp"

#include <cctype>

#include <fmt/format.h>
#include <libpq-fe.h>

#include "lac/store/engine/postgres_statement.hpp"

namespace lac::store {
namespace {

// The table name after "INSERT INTO ", as lac's queries write it: "" for any other text.
std::string inserted_table(const std::string& sql) {
    static const std::string prefix = "INSERT INTO ";
    if (sql.compare(0, prefix.size(), prefix) != 0) return "";
    size_t end = prefix.size();
    while (end < sql.size() && (std::isalnum(static_cast<unsigned char>(sql[end])) || sql[end] == '_')) ++end;
    return sql.substr(prefix.size(), end - prefix.size());
}

}  // namespace

PgDbConnection::PgDbConnection(const std::string& url, const PgOptions& options, const std::string& now,
                               int64_t write_lock)
    : connection_(url, options), take_write_lock_(fmt::format("SELECT pg_advisory_xact_lock({})", write_lock)) {
    PgStatement set_now(connection_, "SELECT set_config('lac.now', ?1, false)");
    set_now.bind(1, now);
    set_now.executeStep();
}

bool PgDbConnection::inserts_with_id(const std::string& sql) {
    std::string table = inserted_table(sql);
    if (table.empty() || sql.find(" RETURNING ") != std::string::npos) return false;
    if (!id_tables_read_) {
        PgStatement tables(connection_, "SELECT name FROM lac_sequence");
        while (tables.executeStep()) id_tables_.insert(tables.getColumn(0).getString());
        id_tables_read_ = true;
    }
    return id_tables_.count(table) > 0;
}

std::unique_ptr<Statement> PgDbConnection::prepare(const std::string& sql) {
    if (!inserts_with_id(sql)) return std::make_unique<PgStatement>(connection_, sql);
    auto statement = std::make_unique<PgStatement>(connection_, sql + " RETURNING id");
    statement->hand_id_to(&last_id_);
    return statement;
}

void PgDbConnection::begin(bool write) {
    connection_.begin(write ? PgIsolation::read_committed : PgIsolation::repeatable_read);
    if (!write) return;
    try {
        connection_.execute(take_write_lock_);
    } catch (...) {
        connection_.rollback();  // a lock not had within busy_timeout_ms leaves nothing open
        throw;
    }
}

std::string PgDbConnection::database_name() const {
    const char* name = PQdb(connection_.raw());
    return name ? name : "";
}

void PgDbConnection::rollback_to(const char* name) noexcept {
    try {
        connection_.rollback_to(name);
    } catch (...) {
        connection_.rollback();  // what cannot be undone in part is undone whole
    }
}

}  // namespace lac::store
