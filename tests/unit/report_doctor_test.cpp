// lac doctor's checks and how they are shown (lib/lac/report/doctor*).
#include <doctest/doctest.h>

#include <sys/stat.h>

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "lac/report/doctor.hpp"
#include "lac/util/errors.hpp"
#include "test_helpers.hpp"

namespace {

lac::DoctorReport diagnose(Fixture& f, const lac::Config& config, std::optional<std::string> error = {}) {
    return lac::diagnose({f.dir.path / "lac.db", config, f.dir.path / "config.toml", false, error,
                          lac::make_date(2026, 11, 23)});
}

const lac::DoctorCheck& find(const lac::DoctorReport& r, const std::string& name) {
    for (const auto& c : r.checks)
        if (c.name == name) return c;
    FAIL("no check named " << name);
    throw;
}

using Status = lac::DoctorCheck::Status;

}  // namespace

TEST_CASE("a new database passes every check") {
    Fixture f;
    auto r = diagnose(f, f.config);
    CHECK(r.ok());
    for (const auto& c : r.checks) CHECK_MESSAGE(c.status == Status::ok, c.name << ": " << c.detail);
    CHECK(find(r, "retention").detail == "no retention schedule set ([retention] closed_years = 0)");
}

TEST_CASE("there is no database to check") {
    TempDir dir;
    lac::Config config = lac::load_config(std::nullopt);
    CHECK_THROWS_AS(lac::diagnose({dir.path / "none.db", config, {}, false, {}, lac::make_date(2026, 11, 23)}),
                    lac::NoInputError);
    CHECK_FALSE(std::filesystem::exists(dir.path / "none.db"));
}

TEST_CASE("a config that did not load fails its check, and the rest run") {
    Fixture f;
    auto r = diagnose(f, f.config, "site.toml:2: bad");
    CHECK(r.failed() == 1);
    CHECK(find(r, "config").detail == "site.toml:2: bad; the other checks used the shipped defaults");
    CHECK(find(r, "integrity").status == Status::ok);
}

TEST_CASE("files more open than the config allows fail; migration backups are named") {
    Fixture f;
    ::chmod((f.dir.path / "lac.db").c_str(), 0640);
    std::ofstream(f.dir.path / "lac.db.v1.bak") << "";
    ::chmod((f.dir.path / "lac.db.v1.bak").c_str(), 0600);
    auto checks = lac::check_files(f.dir.path / "lac.db", false);
    REQUIRE(checks.size() == 3);  // database, directory, backups: no -wal or -shm while closed
    CHECK(checks[0].status == Status::fail);
    CHECK(checks[0].detail.find("is 0640, more open than 0600") != std::string::npos);
    CHECK(checks[0].detail.find("its group can read it") != std::string::npos);
    CHECK(checks[1].status == Status::ok);
    CHECK(checks[2].status == Status::warn);
    CHECK(checks[2].fix == "once the migrated database has been checked, remove it: rm " +
                               (f.dir.path / "lac.db.v1.bak").string());
    // Shared with the group, 0640 is less than it wants: a warning.
    CHECK(lac::check_files(f.dir.path / "lac.db", true)[0].status == Status::warn);
}

TEST_CASE("people past the retention schedule are counted from today") {
    EdithTomAndAChoir f;
    lac::close_person(f.s(), "P1", "moved", lac::make_date(2026, 9, 10));
    lac::Config config = f.config;
    config.retention_closed_years = 1;
    CHECK(find(diagnose(f, config), "retention").status == Status::ok);
    f.db->exec("UPDATE person SET closed_on = '2025-11-22', opened_on = '2025-01-01' WHERE id = 1");
    auto r = diagnose(f, config);
    CHECK(find(r, "retention").status == Status::fail);
    CHECK(find(r, "retention").detail ==
          "1 person closed before 2025-11-23, more than 1 year ago, still held ([retention] closed_years = 1)");
}

TEST_CASE("json has ok, and each check's name, ok, status, detail and fix") {
    lac::DoctorReport r{{{"integrity", Status::ok, "fine", ""},
                         {"backups", Status::warn, "one", "rm it"},
                         {"schema", Status::fail, "newer", "upgrade"}}};
    std::ostringstream out;
    lac::write_doctor(out, r, lac::Format::json);
    auto j = nlohmann::json::parse(out.str());
    CHECK(j["ok"] == false);
    CHECK(j["checks"][1]["ok"] == true);
    CHECK(j["checks"][1]["status"] == "warn");
    CHECK(j["checks"][2]["status"] == "fail");
    CHECK(j["checks"][2]["fix"] == "upgrade");
    std::ostringstream table;
    lac::write_doctor(table, r, lac::Format::table);
    CHECK(table.str() == "ok    integrity  fine\nwarn  backups    one; mend: rm it\nFAIL  schema     newer; mend: upgrade\n");
}

TEST_CASE("paths in a mending command are quoted for the shell when they must be") {
    CHECK(lac::shell_word("/srv/lac/team.db") == "/srv/lac/team.db");
    CHECK(lac::shell_word("/home/a b/lac.db") == "'/home/a b/lac.db'");
    CHECK(lac::shell_word("it's") == "'it'\\''s'");
}
