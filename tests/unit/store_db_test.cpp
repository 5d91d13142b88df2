// The database: creation, modes, migrations, transactions (lib/lac/store/db).
#include <doctest/doctest.h>

#include <sys/stat.h>

#include <SQLiteCpp/Database.h>

#include "lac/util/errors.hpp"
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
    CHECK(first_value(*db, "PRAGMA journal_mode").getString() == "wal");
    CHECK(first_value(*db, "PRAGMA foreign_keys").getInt() == 1);
    CHECK(first_value(*db, "PRAGMA secure_delete").getInt() == 1);
    CHECK(lac::store::meta(*db, "pseudonym_key")->size() == 64);
    CHECK(first_value(*db, "PRAGMA application_id").getInt() == lac::lac_application_id);

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
        db->exec("PRAGMA user_version = 999");
    }
    CHECK_THROWS_AS(lac::Db::open(dir.path / "future.db", {}), lac::DataError);
}

TEST_CASE("only lac's databases are opened: marked ones, and an older lac's known by its tables") {
    TempDir dir;
    auto path = dir.path / "lac.db";
    {
        bool created = false;
        lac::Db::create(path, {}, created)->exec("PRAGMA application_id = 0");  // as before the mark
    }
    CHECK(first_value(*lac::Db::open(path, {}), "PRAGMA application_id").getInt() == lac::lac_application_id);
    CHECK_FALSE(fs::exists(dir.path / "lac.db.v2.bak"));

    auto other = dir.path / "other.db";
    SQLite::Database(other.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE)
        .exec("CREATE TABLE meta (key, value); CREATE TABLE person (name); PRAGMA user_version = 1");
    CHECK_THROWS_AS(lac::Db::open(other, {}), lac::DataError);
    CHECK(SQLite::Database(other.string()).execAndGet("PRAGMA user_version").getInt() == 1);
    CHECK_FALSE(fs::exists(dir.path / "other.db.v1.bak"));

    SQLite::Database(path.string(), SQLite::OPEN_READWRITE).exec("PRAGMA application_id = 42");
    CHECK_THROWS_AS(lac::Db::open(path, {}), lac::DataError);
}

TEST_CASE("a creation that fails removes what it made, and only that") {
    TempDir dir;
    bool created = false;
    auto refuse = [](lac::Db& db) {
        lac::store::set_meta(db, "team", "Northfield");
        throw lac::DataError("second thoughts");
    };
    CHECK_THROWS_AS(lac::Db::create(dir.path / "new" / "sub" / "lac.db", {}, created, refuse), lac::DataError);
    CHECK(created);
    CHECK(fs::is_empty(dir.path));  // no file, no -wal or -shm, no directories

    lac::Db::create(dir.path / "lac.db", {}, created);
    CHECK_THROWS_AS(lac::Db::create(dir.path / "lac.db", {}, created, refuse), lac::DataError);
    CHECK_FALSE(created);
    CHECK(lac::Db::open(dir.path / "lac.db", {})->schema_version() == lac::Db::latest_schema_version());
}

TEST_CASE("a migration of an existing database writes a backup first") {
    TempDir dir;
    auto path = dir.path / "lac.db";
    {
        bool created = false;
        auto db = lac::Db::create(path, {}, created);
        lac::store::set_meta(*db, "team", "Northfield");
        // Take the file back to schema 1, as an older lac left it.
        db->exec("DROP TABLE reflection_score; DROP TABLE reflection; DROP TABLE wellbeing; DROP TABLE avoided; DROP TABLE contribution; DROP TABLE connection_change; "
                       "DROP TABLE connection; DROP TABLE asset; DROP TABLE goal_note; DROP TABLE goal; "
                       "ALTER TABLE person DROP COLUMN next_on; ALTER TABLE person DROP COLUMN forgotten_on; PRAGMA user_version = 1");
    }
    auto db = lac::Db::open(path, {});
    CHECK(db->schema_version() == lac::Db::latest_schema_version());
    CHECK(first_value(*db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'goal'").getInt() == 1);
    CHECK(first_value(*db, "SELECT count(*) FROM pragma_table_info('person') WHERE name = 'forgotten_on'")
              .getInt() == 1);
    CHECK(first_value(*db, "SELECT count(*) FROM pragma_table_info('person') WHERE name = 'next_on'").getInt() ==
          1);
    CHECK(lac::store::meta(*db, "team") == "Northfield");
    auto backup = dir.path / "lac.db.v1.bak";
    REQUIRE(fs::exists(backup));
    CHECK((fs::status(backup).permissions() & fs::perms::all) == (fs::perms::owner_read | fs::perms::owner_write));
    SQLite::Database old(backup.string());
    CHECK(old.execAndGet("PRAGMA user_version").getInt() == 1);
    CHECK_FALSE(old.tableExists("goal"));
    CHECK(old.execAndGet("SELECT value FROM meta WHERE key = 'team'").getString() == "Northfield");
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

TEST_CASE("a held write is committed only by commit_held, and rolled back if the Db closes first") {
    TempDir dir;
    bool created = false;
    auto path = dir.path / "lac.db";
    auto count = [&] {
        SQLite::Database other(path.string(), SQLite::OPEN_READONLY);
        return other.execAndGet("SELECT count(*) FROM audit").getInt();
    };
    {
        auto db = lac::Db::create(path, {}, created);
        db->hold_commits();
        db->write([&] { lac::store::audit(*db, "add", "test", "X1"); });
        CHECK(db->holding());
        CHECK(count() == 0);  // another connection sees nothing yet
    }
    CHECK(count() == 0);

    auto db = lac::Db::open(path, {});
    db->hold_commits();
    db->write([&] { lac::store::audit(*db, "add", "test", "X1"); });
    // A later write joins the held transaction, and is still all or nothing.
    CHECK_THROWS_AS(db->write([&] {
        lac::store::audit(*db, "add", "test", "X2");
        throw lac::DataError("second thoughts");
    }),
                    lac::DataError);
    CHECK(db->holding());
    db->write([&] { lac::store::audit(*db, "add", "test", "X3"); });
    int seen = 0;
    db->read([&] { seen = audit_rows(*db); });  // the command sees what it wrote
    CHECK(seen == 2);
    CHECK(db->commit_held());
    CHECK_FALSE(db->holding());
    CHECK_FALSE(db->commit_held());
    CHECK(count() == 2);
}

namespace {

std::string index_list(lac::Db& db) {
    std::string out;
    lac::Query query(db, "SELECT name FROM sqlite_schema WHERE type = 'index' ORDER BY name");
    while (query.executeStep()) out += query.getColumn(0).getString() + " ";
    return out;
}

}  // namespace

TEST_CASE("a bulk fill writes everything, then gives back every index and WAL") {
    Fixture f;
    std::string indexes = index_list(*f.db);
    REQUIRE(indexes.find("audit_ref") != std::string::npos);
    bool dropped_inside = false;
    f.db->bulk_fill({"audit"}, [&] {
        dropped_inside = index_list(*f.db).find("audit_ref") == std::string::npos;
        CHECK(first_value(*f.db, "PRAGMA journal_mode").getString() == "delete");
        for (int i = 0; i < 100; ++i) lac::store::audit(*f.db, "add", "test", "X" + std::to_string(i));
    });
    CHECK(dropped_inside);
    CHECK(index_list(*f.db) == indexes);
    CHECK(first_value(*f.db, "PRAGMA journal_mode").getString() == "wal");
    CHECK(audit_rows(*f.db) == 100);
    CHECK(lac::store::audit_for(*f.db, "X42").size() == 1);
    CHECK(first_value(*f.db, "PRAGMA integrity_check").getString() == "ok");
}

TEST_CASE("a bulk fill that fails writes nothing, and keeps every index and WAL") {
    Fixture f;
    std::string indexes = index_list(*f.db);
    CHECK_THROWS_AS(f.db->bulk_fill({"audit", "conversation"}, [&] {
        lac::store::audit(*f.db, "add", "test", "X1");
        throw lac::DataError("interrupted");
    }),
                    lac::DataError);
    CHECK(index_list(*f.db) == indexes);
    CHECK(first_value(*f.db, "PRAGMA journal_mode").getString() == "wal");
    CHECK(audit_rows(*f.db) == 0);
}

TEST_CASE("an interrupt stops a bulk fill at its next statement, and nothing is written") {
    Fixture f;
    std::string indexes = index_list(*f.db);
    int written = 0;
    CHECK_THROWS_AS(f.db->bulk_fill({"audit"}, [&] {
        for (int i = 0; i < 100; ++i, ++written) {
            if (i == 10) f.db->interrupt();  // as the SIGINT handler of lac demo does
            lac::store::audit(*f.db, "add", "test", "X" + std::to_string(i));
        }
    }),
                    lac::InterruptedError);
    CHECK(written == 10);
    CHECK(index_list(*f.db) == indexes);
    CHECK(first_value(*f.db, "PRAGMA journal_mode").getString() == "wal");
    CHECK(audit_rows(*f.db) == 0);
}

TEST_CASE("an interrupt of a database reaches the scratch file doing its work, while they are joined") {
    Fixture main, scratch;
    main.db->pass_interrupts_to(scratch.db.get());  // as fill_in_scratch joins them
    int written = 0;
    CHECK_THROWS_AS(scratch.db->bulk_fill({}, [&] {
        for (int i = 0; i < 100; ++i, ++written) {
            if (i == 10) main.db->interrupt();  // the signal handler knows only the main database
            lac::store::audit(*scratch.db, "add", "test", "X" + std::to_string(i));
        }
    }),
                    lac::InterruptedError);
    CHECK(written == 10);
    CHECK(audit_rows(*scratch.db) == 0);
    // Parted, an interrupt of one is not the other's.
    Fixture other, apart;
    other.db->pass_interrupts_to(apart.db.get());
    other.db->pass_interrupts_to(nullptr);
    other.db->interrupt();
    apart.db->write([&] { lac::store::audit(*apart.db, "add", "test", "X1"); });
    CHECK(audit_rows(*apart.db) == 1);
}

TEST_CASE("a database left in rollback mode is put back in WAL when it is next opened") {
    TempDir dir;
    bool created = false;
    lac::Db::create(dir.path / "lac.db", {}, created)->exec("PRAGMA journal_mode = DELETE");
    auto db = lac::Db::open(dir.path / "lac.db", {});
    CHECK(first_value(*db, "PRAGMA journal_mode").getString() == "wal");
}

TEST_CASE("inspecting a database neither migrates it nor refuses a newer one") {
    TempDir dir;
    auto path = dir.path / "lac.db";
    {
        bool created = false;
        auto db = lac::Db::create(path, {}, created);
        db->exec("PRAGMA user_version = 1");
    }
    CHECK(lac::Db::inspect(path, {})->schema_version() == 1);
    CHECK_FALSE(fs::exists(dir.path / "lac.db.v1.bak"));
    SQLite::Database(path.string(), SQLite::OPEN_READWRITE).exec("PRAGMA user_version = 99");
    CHECK(lac::Db::inspect(path, {})->schema_version() == 99);
    CHECK_THROWS_AS(lac::Db::inspect(dir.path / "missing.db", {}), lac::NoInputError);
}

TEST_CASE("migration backups are named, and recognised, by the schema version they hold") {
    CHECK(lac::Db::migration_backup_path("/srv/team.db", 3) == fs::path("/srv/team.db.v3.bak"));
    CHECK(lac::Db::is_migration_backup("/srv/team.db", "/srv/team.db.v3.bak"));
    CHECK(lac::Db::is_migration_backup("/srv/team.db", "/srv/team.db.v12.bak"));
    CHECK_FALSE(lac::Db::is_migration_backup("/srv/team.db", "/srv/team.db.v.bak"));
    CHECK_FALSE(lac::Db::is_migration_backup("/srv/team.db", "/srv/team.db.vx.bak"));
    CHECK_FALSE(lac::Db::is_migration_backup("/srv/team.db", "/srv/other.db.v3.bak"));
    CHECK_FALSE(lac::Db::is_migration_backup("/srv/team.db", "/srv/team.db"));
}
