#include <doctest/doctest.h>

#include <sys/stat.h>

#include <SQLiteCpp/Database.h>

#include "lac/errors.hpp"
#include "lac/store/audit.hpp"
#include "lac/store/db.hpp"
#include "test_helpers.hpp"

namespace fs = std::filesystem;

TEST_CASE("a new database is private, in WAL mode, at the latest schema version") {
    TempDir dir;
    bool created = false;
    auto db = lac::Db::create(dir.path / "sub" / "lac.db", {}, created);
    CHECK(created);
    struct stat st {};
    REQUIRE(::stat((dir.path / "sub" / "lac.db").c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    CHECK(db->schema_version() == lac::Db::latest_schema_version());
    CHECK(db->sql().execAndGet("PRAGMA journal_mode").getString() == "wal");
    CHECK(db->sql().execAndGet("PRAGMA foreign_keys").getInt() == 1);
    CHECK(db->sql().execAndGet("PRAGMA secure_delete").getInt() == 1);
    CHECK(lac::store::meta(*db, "pseudonym_key")->size() == 64);

    bool again = true;
    lac::Db::create(dir.path / "sub" / "lac.db", {}, again);
    CHECK_FALSE(again);
}

TEST_CASE("group_shared makes the file 0660") {
    TempDir dir;
    bool created = false;
    lac::Db::create(dir.path / "lac.db", {true, 5000}, created);
    struct stat st {};
    ::stat((dir.path / "lac.db").c_str(), &st);
    CHECK((st.st_mode & 0777) == 0660);
}

TEST_CASE("opening refuses what is not a lac database, or is newer than this lac") {
    TempDir dir;
    CHECK_THROWS_AS(lac::Db::open(dir.path / "missing.db", {}), lac::NoInputError);
    {
        SQLite::Database other((dir.path / "other.db").string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        other.exec("CREATE TABLE t (x)");
    }
    CHECK_THROWS_AS(lac::Db::open(dir.path / "other.db", {}), lac::DataError);
    {
        bool created = false;
        auto db = lac::Db::create(dir.path / "future.db", {}, created);
        db->sql().exec("PRAGMA user_version = 999");
    }
    CHECK_THROWS_AS(lac::Db::open(dir.path / "future.db", {}), lac::DataError);
}

TEST_CASE("a write is all or nothing") {
    Fixture f;
    CHECK_THROWS_AS(f.db->write([&] {
        lac::store::audit(*f.db, "add", "test", "X1");
        throw lac::DataError("second thoughts");
    }),
                    lac::DataError);
    CHECK(lac::store::audit_for(*f.db, "X1").empty());
    f.db->write([&] { lac::store::audit(*f.db, "add", "test", "X1"); });
    auto entries = lac::store::audit_for(*f.db, "X1");
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].actor == "asha");
    CHECK(entries[0].command == "test");
}
