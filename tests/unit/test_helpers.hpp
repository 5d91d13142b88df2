#pragma once
// Fixtures shared by the unit tests: a fresh database in a private temporary directory,
// removed afterwards, and the small teams several modules' tests start from.
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <sstream>
#include <string>

#include <doctest/doctest.h>

#include "lac/domain/config.hpp"
#include "lac/domain/session.hpp"

#include "lac/domain/assets.hpp"
#include "lac/domain/people.hpp"
#include "lac/domain/team.hpp"
#include "lac/import/import.hpp"
#include "lac/report/extract.hpp"
#include "lac/store/db.hpp"

struct TempDir {
    std::filesystem::path path;
    TempDir() {
        std::string pattern = (std::filesystem::temp_directory_path() / "lac-unit-XXXXXX").string();
        path = ::mkdtemp(pattern.data());
    }
    ~TempDir() { std::filesystem::remove_all(path); }
};

// Sets TMPDIR, where scratch directories are made, for as long as it lives.
struct TmpDirIs {
    std::string before;
    bool had;
    explicit TmpDirIs(const std::filesystem::path& dir) : had(std::getenv("TMPDIR") != nullptr) {
        if (had) before = std::getenv("TMPDIR");
        ::setenv("TMPDIR", dir.c_str(), 1);
    }
    ~TmpDirIs() { had ? (void)::setenv("TMPDIR", before.c_str(), 1) : (void)::unsetenv("TMPDIR"); }
    TmpDirIs(const TmpDirIs&) = delete;
    TmpDirIs& operator=(const TmpDirIs&) = delete;
};

// The first column of the first row `sql` gives, read through the store seam as a query
// reads it (getString, getInt, isNull): what a test checks of the database.
struct FirstValue {
    std::unique_ptr<lac::store::Statement> statement;
    lac::store::Column column() const { return statement->getColumn(0); }
    std::string getString() const { return column().getString(); }
    int getInt() const { return column().getInt(); }
    bool isNull() const { return column().isNull(); }
};
inline FirstValue first_value(lac::Db& db, const std::string& sql) {
    FirstValue value{db.prepare(sql)};
    REQUIRE(value.statement->executeStep());
    return value;
}

// Rows in the audit trail: the tests of writes count them.
inline int audit_rows(lac::Db& db) { return first_value(db, "SELECT count(*) FROM audit").getInt(); }

struct Fixture {
    TempDir dir;
    lac::Config config = lac::load_config(std::nullopt);
    std::unique_ptr<lac::Db> db;
    std::unique_ptr<lac::Session> session;

    explicit Fixture(lac::Date today = lac::make_date(2026, 11, 23)) {
        bool created = false;
        db = lac::Db::create(dir.path / "lac.db", {}, created);
        db->set_actor("asha", "test");
        session = std::make_unique<lac::Session>(lac::Session{*db, config, today});
    }
    lac::Session& s() { return *session; }
};

inline lac::PersonFields person_fields(const std::string& name, lac::Date opened) {
    lac::PersonFields f;
    f.name = name;
    f.opened_on = opened;
    return f;
}

// asha and ben, with no one on their caseloads yet.
struct TwoCoordinators : Fixture {
    TwoCoordinators() {
        lac::CoordinatorFields f;
        f.name = "Asha Patel";
        lac::add_coordinator(s(), "asha", f);
        f.name = "Ben O'Neill";
        lac::add_coordinator(s(), "ben", f);
    }
};

// asha walks alongside Edith Walker and Tom Hughes (P1, P2, opened 2026-09-01); the
// community map holds St Mary's Choir (A1).
struct EdithTomAndAChoir : Fixture {
    EdithTomAndAChoir() {
        lac::CoordinatorFields c;
        c.name = "Asha Patel";
        lac::add_coordinator(s(), "asha", c);
        lac::PersonFields p = person_fields("Edith Walker", lac::make_date(2026, 9, 1));
        lac::add_person(s(), p, "");
        p.name = "Tom Hughes";
        lac::add_person(s(), p, "");
        lac::AssetFields a;
        a.name = "St Mary's Choir";
        a.kind = "arts";
        lac::add_asset(s(), a);
    }
};

// The same, with a second coordinator, ben, who has no one yet.
struct EdithTomChoirAndBen : EdithTomAndAChoir {
    EdithTomChoirAndBen() {
        lac::CoordinatorFields c;
        c.name = "Ben O'Neill";
        lac::add_coordinator(s(), "ben", c);
    }
};

// One coordinator, asha, and CSV going in and out.
struct ImportingTeam : Fixture {
    ImportingTeam() {
        lac::CoordinatorFields f;
        f.name = "Asha";
        lac::add_coordinator(s(), "asha", f);
    }
    lac::ImportResult import(const std::string& entity, const std::string& csv, bool dry_run = false,
                             bool update = false) {
        std::istringstream in(csv);
        return lac::import_csv(s(), {entity, {}, dry_run, update}, in);
    }
    std::string extract(const std::string& entity, bool identify) {
        std::ostringstream out;
        lac::ExtractRequest r;
        r.entity = entity;
        r.identify = identify;
        lac::write_extract(s(), r, out);
        return out.str();
    }
};
