// lac doctor on a PostgreSQL server (lib/lac/report/doctor.cpp, store/server_health.*): the
// schema, the server's version and row-level security, then the records' own checks; no
// file checks. Against the private test server (postgres_helpers.hpp).
#include <doctest/doctest.h>

#include <string>

#include "lac/domain/config.hpp"
#include "lac/report/doctor.hpp"
#include "lac/store/db.hpp"
#include "postgres_helpers.hpp"

using Status = lac::DoctorCheck::Status;

namespace {

lac::DoctorReport diagnose(const std::string& url, const lac::Config& config) {
    return lac::diagnose({url, config, "/nonexistent/config.toml", false, {}, lac::make_date(2026, 11, 23)});
}

std::vector<std::string> names(const lac::DoctorReport& r) {
    std::vector<std::string> out;
    for (const auto& c : r.checks) out.push_back(c.name);
    return out;
}

const lac::DoctorCheck& find(const lac::DoctorReport& r, const std::string& name) {
    for (const auto& c : r.checks)
        if (c.name == name) return c;
    FAIL("no check named " << name);
    throw;
}

}  // namespace

TEST_CASE("doctor on a server: schema, server version, row-level security, secret, retention") {
    pg_test::FreshDatabase fresh("lac_doctor_server");
    const std::string url = pg_test::url(fresh.name);
    lac::Config config = lac::load_config(std::nullopt);

    // An empty database: the schema check fails and says how to mend it; nothing is made.
    auto empty = diagnose(url, config);
    CHECK_FALSE(empty.ok());
    CHECK(names(empty) == std::vector<std::string>{"config", "schema", "server"});
    CHECK(find(empty, "schema").fix == "pass the right --db, or run 'lac init' to make lac's schema there");
    CHECK(pg_test::number(*fresh, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == 0);

    bool created = false;
    lac::Db::create(url, {}, created);
    auto made = diagnose(url, config);
    CHECK(names(made) == std::vector<std::string>{"config", "schema", "server", "row-level-security",
                                                  "pseudonym-secret", "retention"});
    CHECK(find(made, "schema").status == Status::ok);
    CHECK(find(made, "server").status == Status::ok);
    CHECK(find(made, "server").detail.rfind("PostgreSQL 15.", 0) == 0);
    // lac init guards every table of lac's.
    CHECK(find(made, "row-level-security").status == Status::ok);
    CHECK(find(made, "row-level-security").detail.find("on for all ") == 0);
    CHECK(find(made, "pseudonym-secret").status == Status::ok);
    CHECK(made.ok());

    // A table left unguarded (by hand) is a warning that says how many are.
    fresh->execute("ALTER TABLE person DISABLE ROW LEVEL SECURITY");
    auto open = find(diagnose(url, config), "row-level-security");
    CHECK(open.status == Status::warn);
    CHECK(open.detail.find("of lac's") != std::string::npos);
    CHECK(open.detail.find("a role that may connect reads and changes every team's records") != std::string::npos);
}
