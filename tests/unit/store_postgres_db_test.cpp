// Db on a PostgreSQL server (lib/lac/store/db_server.cpp, engine/postgres_db_connection.*):
// opening a postgresql:// URL, lac init's schema and setup as one transaction, ids handed
// back by inserts, the writers' lock, held commits and lac_now(). Each case works in a
// database of its own (postgres_helpers.hpp).
#include <doctest/doctest.h>

#include <memory>
#include <stdexcept>
#include <string>

#include "lac/store/db.hpp"
#include "lac/store/rows.hpp"
#include "postgres_helpers.hpp"

using lac::Db;
using lac::ExitCode;
using lac::Query;
using pg_test::error_of;
using pg_test::FreshDatabase;
using pg_test::number;

namespace {

std::unique_ptr<Db> make(const std::string& url, bool& created, const std::function<void(Db&)>& setup = {}) {
    return Db::create(url, {}, created, setup);
}

int64_t add_coordinator(Db& db, const std::string& handle) {
    auto& insert = db.statement(
        "INSERT INTO coordinator (id, handle, name, capacity_min, capacity_max, recorded_at, recorded_by) "
        "VALUES (?1, ?2, 'Name', 8, 12, lac_now(), 'asha')");
    lac::rows::bind_id(insert, 1, 0);
    insert.bind(2, handle);
    return lac::rows::inserted_id(db, insert);
}

int64_t coordinators(Db& db) {
    Query count(db, "SELECT count(*) FROM coordinator");
    count.executeStep();
    return count.getColumn(0).getInt64();
}

}  // namespace

TEST_CASE("a postgresql:// URL opens on the server: lac init makes the schema, then open finds it") {
    FreshDatabase fresh("lac_db_open");
    const std::string url = pg_test::url(fresh.name);
    // Before lac init: no lac database there, 66, and the database is left empty.
    auto [code, message] = error_of([&] { Db::open(url, {}); });
    CHECK(code == ExitCode::no_input);
    CHECK(message.find("holds no lac database yet; run lac init") != std::string::npos);
    CHECK(number(*fresh, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == 0);

    bool created = false;
    auto db = make(url, created);
    CHECK(created);
    CHECK(db->on_server());
    CHECK(std::string(db->connection().engine()) == "postgresql");
    CHECK(db->schema_version() == Db::latest_schema_version());
    CHECK(db->name() == "lac_db_open");
    db.reset();

    auto again = make(url, created);
    CHECK_FALSE(created);
    auto opened = Db::open(url, {});
    CHECK(opened->schema_version() == Db::latest_schema_version());
}

TEST_CASE("lac init's setup fails: the schema made for it is rolled back too, as SQLite removes its file") {
    FreshDatabase fresh("lac_db_setup");
    bool created = false;
    auto [code, message] = error_of([&] {
        make(pg_test::url(fresh.name), created, [](Db& db) {
            db.write([&] { add_coordinator(db, "asha"); });
            throw lac::DataError("the team name is not allowed");
        });
    });
    CHECK(code == ExitCode::data);
    CHECK(number(*fresh, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == 0);
}

TEST_CASE("lac init that loses to another transaction is run again; a setup that cannot run twice is given up") {
    // The server fails the first try with a serialization failure (40001), counted by a
    // sequence, which a rollback does not take back; in a schema lac looks for none of its in.
    const char* lose_first = "DO $$ BEGIN IF nextval('lac_test.tries') = 1 THEN "
                             "RAISE EXCEPTION 'lost to another' USING ERRCODE = '40001'; END IF; END $$";
    FreshDatabase fresh("lac_db_create_retry"), once("lac_db_create_once");
    for (auto* made : {&fresh, &once}) (*made)->execute("CREATE SCHEMA lac_test; CREATE SEQUENCE lac_test.tries");
    bool created = false;
    int runs = 0;
    auto db = make(pg_test::url(fresh.name), created, [&](Db& made) {
        ++runs;
        made.write([&] {
            add_coordinator(made, "asha");
            made.exec(lose_first);
        });
    });
    CHECK(created);
    CHECK(runs == 2);
    CHECK(coordinators(*db) == 1);
    CHECK(db->schema_version() == Db::latest_schema_version());

    runs = 0;
    auto [code, message] = error_of([&] {
        make(pg_test::url(once.name), created, [&](Db& made) {
            ++runs;
            made.cannot_repeat();  // as lac copy's, which writes to its original too
            made.write([&] {
                add_coordinator(made, "asha");
                made.exec(lose_first);
            });
        });
    });
    CHECK(code == ExitCode::busy);
    CHECK(message.find("lost to another") != std::string::npos);
    CHECK(runs == 1);
    CHECK(number(*once, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == 0);
}

TEST_CASE("an insert hands back its id; a write rolled back leaves no gap; lac_now() is when the command began") {
    FreshDatabase fresh("lac_db_ids");
    bool created = false;
    auto db = make(pg_test::url(fresh.name), created);
    int64_t first = 0, second = 0;
    db->write([&] { first = add_coordinator(*db, "asha"); });
    CHECK(first == 1);
    CHECK_THROWS_AS(db->write([&] {
        add_coordinator(*db, "ben");
        throw lac::DataError("changed my mind");
    }),
                    lac::DataError);
    db->write([&] { second = add_coordinator(*db, "cara"); });
    CHECK(second == 2);
    CHECK(coordinators(*db) == 2);
    Query now(*db, "SELECT lac_now(), recorded_at FROM coordinator WHERE id = 1");
    REQUIRE(now.executeStep());
    CHECK(now.getColumn(0).getString() == now.getColumn(1).getString());
    CHECK(now.getColumn(0).getString().size() == 20);  // 2026-12-05T09:30:00Z
}

TEST_CASE("writers take turns: one holding its commit keeps another out past busy_timeout_ms (69)") {
    FreshDatabase fresh("lac_db_lock");
    bool created = false;
    const std::string url = pg_test::url(fresh.name);
    auto first = make(url, created);
    auto second = Db::open(url, {false, 200});
    first->hold_commits();
    first->write([&] { add_coordinator(*first, "asha"); });
    CHECK(first->holding());
    auto [code, message] = error_of([&] { second->write([&] { add_coordinator(*second, "ben"); }); });
    CHECK(code == ExitCode::busy);
    CHECK(message.find("busy_timeout_ms") != std::string::npos);
    // A reader is not kept out, and sees only what was committed.
    CHECK(coordinators(*second) == 0);
    CHECK(first->commit_held());
    second->write([&] { add_coordinator(*second, "ben"); });
    CHECK(coordinators(*second) == 2);
}

TEST_CASE("a Db closed holding its commit saves nothing") {
    FreshDatabase fresh("lac_db_held");
    bool created = false;
    const std::string url = pg_test::url(fresh.name);
    {
        auto db = make(url, created);
        db->hold_commits();
        db->write([&] { add_coordinator(*db, "asha"); });
    }
    auto db = Db::open(url, {});
    CHECK(coordinators(*db) == 0);
}
