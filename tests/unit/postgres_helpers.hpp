#pragma once
// The private PostgreSQL server of the tests labelled postgresql: CTest starts it before them
// (tests/postgres_cluster.sh, the fixture `postgres`) and names its state directory in
// $LAC_TEST_POSTGRES. A test that finds no server fails: it is never skipped.
#include <cstdlib>
#include <fstream>
#include <memory>
#include <stdexcept>
#include <string>

#include <fmt/format.h>

#include "lac/store/engine/postgres_connection.hpp"

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

}  // namespace pg_test
