// The store seam and its SQLite engine (lib/lac/store/engine): statements, columns,
// the id an insert gives, RETURNING, transactions and savepoints, and SQLite's errors as lac's.
#include <doctest/doctest.h>

#include "lac/store/db.hpp"
#include "lac/store/engine/sqlite_connection.hpp"
#include "lac/store/rows.hpp"
#include "lac/util/errors.hpp"
#include "test_helpers.hpp"

namespace {

int64_t count_meta(lac::Db& db, const char* key) {
    lac::Query q(db, "SELECT count(*) FROM meta WHERE key = ?");
    q.bind(1, key);
    REQUIRE(q.executeStep());
    return q.getColumn(0).getInt64();
}

}  // namespace

TEST_CASE("a statement binds every kind of value and reads it back, NULL as empty text") {
    Fixture f;
    lac::Query q(*f.db, "SELECT ?1, ?2, ?3, ?4, ?5, ?6");
    q.bind(1, int64_t(1) << 40);
    q.bind(2, 2.5);
    q.bind(3, std::string("text with \0 inside", 18));
    q.bind(4);
    q.bind(5, 7);
    q.bind(6, "literal");
    CHECK(q.getBindParameterCount() == 6);
    REQUIRE(q.executeStep());
    CHECK(q.getColumnCount() == 6);
    CHECK(q.getColumn(0).getInt64() == int64_t(1) << 40);
    CHECK(q.getColumn(1).getDouble() == 2.5);
    CHECK(q.getColumn(2).getString() == std::string("text with \0 inside", 18));
    CHECK(q.getColumn(2).getView() == std::string_view("text with \0 inside", 18));
    CHECK(q.getColumn(3).isNull());
    CHECK(q.getColumn(3).getString().empty());
    CHECK(q.getColumn(3).getView().empty());
    CHECK(q.getColumn(4).getInt() == 7);
    CHECK_FALSE(q.getColumn(4).isNull());
    CHECK(q.getColumn(5).getString() == "literal");
    CHECK_FALSE(q.executeStep());
}

TEST_CASE("a cached statement comes back reset, its bindings cleared") {
    Fixture f;
    static const char* sql = "SELECT ?1 IS NULL, ?1";
    auto& first = f.db->statement(sql);
    first.bind(1, int64_t(5));
    REQUIRE(first.executeStep());
    CHECK(first.getColumn(1).getInt() == 5);
    auto& again = f.db->statement(sql);
    CHECK(&again == &first);
    REQUIRE(again.executeStep());
    CHECK(again.getColumn(0).getInt() == 1);
}

TEST_CASE("an insert gives the new row's id, once the row is made, and an explicit id is kept") {
    Fixture f;
    f.db->write([&] {
        auto& insert = f.db->statement("INSERT INTO reflection (team, on_date, note, recorded_at, recorded_by) "
                                       "VALUES ('North', '2026-11-01', 'x', lac_now(), 'test')");
        int64_t a = lac::rows::inserted_id(*f.db, insert);
        int64_t b = lac::rows::inserted_id(*f.db, f.db->statement("INSERT INTO reflection (team, on_date, note, "
                                                                  "recorded_at, recorded_by) VALUES ('North', "
                                                                  "'2026-11-01', 'x', lac_now(), 'test')"));
        CHECK(a > 0);
        CHECK(b == a + 1);
        lac::Query kept(*f.db, "INSERT INTO reflection (id, team, on_date, note, recorded_at, recorded_by) "
                               "VALUES (40, 'North', '2026-11-01', 'x', lac_now(), 'test')");
        CHECK(lac::rows::inserted_id(*f.db, kept) == 40);
        // RETURNING works too (PostgreSQL's way), though lac's inserts read the last id.
        lac::Query returning(*f.db, "INSERT INTO reflection (team, on_date, note, recorded_at, recorded_by) "
                                    "VALUES ('North', '2026-11-01', 'x', lac_now(), 'test') RETURNING id");
        REQUIRE(returning.executeStep());
        CHECK(returning.getColumn(0).getInt64() == 41);
    });
    CHECK(first_value(*f.db, "SELECT count(*) FROM reflection").getInt() == 4);
}

TEST_CASE("exec() of a statement that gives rows is a bug, said so") {
    Fixture f;
    lac::Query q(*f.db, "SELECT 1");
    try {
        q.exec();
        FAIL("no error");
    } catch (const lac::Error& e) {
        CHECK(e.code() == lac::ExitCode::software);
        CHECK(std::string(e.what()).find("SELECT 1") != std::string::npos);
    }
}

TEST_CASE("the engine throws lac's errors, never SQLite's") {
    Fixture f;
    // A constraint refused: DataError (65).
    CHECK_THROWS_AS(f.db->exec("INSERT INTO meta (key, value) VALUES ('pseudonym_key', 'again')"), lac::DataError);
    lac::Query duplicate(*f.db, "INSERT INTO meta (key, value) VALUES (?, 'again')");
    duplicate.bind(1, "pseudonym_key");
    CHECK_THROWS_AS(duplicate.exec(), lac::DataError);
    // SQL the engine cannot prepare: a bug in lac (70), naming the file.
    try {
        f.db->prepare("SELECT nonsense FROM nowhere");
        FAIL("no error");
    } catch (const lac::Error& e) {
        CHECK(e.code() == lac::ExitCode::software);
        CHECK(std::string(e.what()).find(f.db->path().string()) != std::string::npos);
    }
    // A statement interrupted while it runs: InterruptedError (130), and the write rolled back.
    CHECK_THROWS_AS(f.db->write([&] {
        f.db->exec("INSERT INTO meta (key, value) VALUES ('interrupted', 'yes')");
        lac::Query endless(*f.db, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT i FROM n");
        REQUIRE(endless.executeStep());
        f.db->connection().interrupt();
        while (endless.executeStep()) {
        }
    }),
                    lac::InterruptedError);
    CHECK_FALSE(f.db->connection().in_transaction());
    CHECK(count_meta(*f.db, "interrupted") == 0);
}

TEST_CASE("a write inside a held transaction is a savepoint: undone alone, the held work kept") {
    Fixture f;
    f.db->hold_commits();
    f.db->write([&] { f.db->exec("INSERT INTO meta (key, value) VALUES ('held', '1')"); });
    REQUIRE(f.db->holding());
    CHECK(f.db->connection().in_transaction());
    CHECK_THROWS_AS(f.db->write([&] {
        f.db->exec("INSERT INTO meta (key, value) VALUES ('inner', '1')");
        throw lac::DataError("refused");
    }),
                    lac::DataError);
    CHECK(count_meta(*f.db, "inner") == 0);
    CHECK(f.db->holding());
    CHECK(f.db->commit_held());
    CHECK_FALSE(f.db->connection().in_transaction());
    CHECK(count_meta(*f.db, "held") == 1);
}

TEST_CASE("the SQLite engine names itself, and a read sees one snapshot then ends") {
    Fixture f;
    CHECK(std::string(f.db->connection().engine()) == "sqlite");
    f.db->read([&] { CHECK(f.db->connection().in_transaction()); });
    CHECK_FALSE(f.db->connection().in_transaction());
}
