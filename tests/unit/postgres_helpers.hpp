#pragma once
// The private PostgreSQL server of the tests labelled postgresql: CTest starts it before them
// (tests/postgres_cluster.sh, the fixture `postgres`) and names its state directory in
// $LAC_TEST_POSTGRES. A test that finds no server fails: it is never skipped.
#include <doctest/doctest.h>

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>

#include <fmt/format.h>

#include "lac/store/engine/postgres_connection.hpp"
#include "lac/store/engine/postgres_statement.hpp"
#include "lac/util/errors.hpp"

namespace pg_test {

inline std::string state_file(const std::string& name) {
    const char* state = std::getenv("LAC_TEST_POSTGRES");
    if (!state || !*state)
        throw std::runtime_error("LAC_TEST_POSTGRES is not set: run these tests through ctest, which starts the "
                                 "private PostgreSQL server (tests/postgres_cluster.sh)");
    std::ifstream in(std::string(state) + "/" + name);
    std::string line;
    if (!std::getline(in, line) || line.empty())
        throw std::runtime_error(fmt::format("no PostgreSQL test server: {}/{} is missing", state, name));
    return line;
}

// The socket directory of the server, and a URL of it for `database` as `user`.
inline std::string host() { return state_file("host"); }
inline std::string url(const std::string& database = "lac_engine_test", const std::string& user = "postgres") {
    return fmt::format("postgresql:///{}?host={}&user={}", database, host(), user);
}

// The superuser's connection to the server's own database, for setting up.
inline std::unique_ptr<lac::store::PgConnection> admin() {
    return std::make_unique<lac::store::PgConnection>(state_file("url"));
}

// A connection to the database the tests work in, made afresh once per run of the binary.
inline std::unique_ptr<lac::store::PgConnection> connect(const lac::store::PgOptions& options = {}) {
    static bool made = [] {
        auto postgres = admin();
        postgres->execute("DROP DATABASE IF EXISTS lac_engine_test WITH (FORCE)");
        postgres->execute("CREATE DATABASE lac_engine_test");
        return true;
    }();
    (void)made;
    return std::make_unique<lac::store::PgConnection>(url(), options);
}

// The first column of the first row of `sql`, as a number or as text.
inline int64_t number(lac::store::PgConnection& connection, const std::string& sql) {
    lac::store::PgStatement statement(connection, sql);
    REQUIRE(statement.executeStep());
    return statement.getColumn(0).getInt64();
}
inline std::string text(lac::store::PgConnection& connection, const std::string& sql) {
    lac::store::PgStatement statement(connection, sql);
    REQUIRE(statement.executeStep());
    return statement.getColumn(0).getString();
}

// The error `call` throws, its exit code and its message; ok and "" when it throws none.
template <typename Call>
std::pair<lac::ExitCode, std::string> error_of(Call&& call) {
    try {
        call();
    } catch (const lac::Error& e) {
        return {e.code(), e.what()};
    }
    return {lac::ExitCode::ok, ""};
}

// A database of its own for one test case, made afresh and dropped when the case ends.
struct FreshDatabase {
    std::string name;
    std::unique_ptr<lac::store::PgConnection> db;
    explicit FreshDatabase(std::string database) : name(std::move(database)) {
        auto postgres = admin();
        postgres->execute(fmt::format("DROP DATABASE IF EXISTS {} WITH (FORCE)", name));
        postgres->execute(fmt::format("CREATE DATABASE {}", name));
        db = std::make_unique<lac::store::PgConnection>(url(name));
    }
    ~FreshDatabase() {
        db.reset();
        try {
            admin()->execute(fmt::format("DROP DATABASE IF EXISTS {} WITH (FORCE)", name));
        } catch (...) {
        }
    }
    lac::store::PgConnection& operator*() { return *db; }
    lac::store::PgConnection* operator->() { return db.get(); }
};

// A login of the cluster's that works in `database` (made by lac init) as a member of
// lac_admin, whom row-level security binds (it owns no table): an importer who is not the
// owner. Made afresh, and dropped with all it was granted when this goes, after the Db
// connected as it is closed (declare this first).
struct AdministratorLogin {
    std::string role;
    FreshDatabase& database;
    AdministratorLogin(std::string name, FreshDatabase& in) : role(std::move(name)), database(in) {
        auto postgres = admin();
        postgres->execute(fmt::format("DROP ROLE IF EXISTS {}", role));
        postgres->execute(fmt::format("CREATE ROLE {} LOGIN", role));
        postgres->execute(fmt::format("GRANT CONNECT ON DATABASE {} TO {}", database.name, role));
        database->execute(
            fmt::format("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {}", role));
        postgres->execute("DO $$ BEGIN CREATE ROLE lac_admin NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$");
        postgres->execute(fmt::format("GRANT lac_admin TO {}", role));
    }
    ~AdministratorLogin() {
        try {
            database->execute(fmt::format("DROP OWNED BY {}", role));
            admin()->execute(fmt::format("REVOKE ALL ON DATABASE {} FROM {}", database.name, role));
            admin()->execute(fmt::format("DROP ROLE {}", role));
        } catch (...) {
        }
    }
    AdministratorLogin(const AdministratorLogin&) = delete;
    AdministratorLogin& operator=(const AdministratorLogin&) = delete;
};

}  // namespace pg_test
