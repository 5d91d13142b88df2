// The PostgreSQL engine against a real server (lib/lac/store/engine/postgres_connection,
// postgres_statement): connecting and the URLs refused, statements bound, stepped and read.
// CTest's fixture `postgres` starts the server (postgres_helpers.hpp); without it these fail.
#include <doctest/doctest.h>

#include <malloc.h>

#include <cstdlib>
#include <limits>
#include <string>

#include "lac/store/engine/postgres_connection.hpp"
#include "lac/store/engine/postgres_statement.hpp"
#include "lac/util/errors.hpp"
#include "postgres_helpers.hpp"

using lac::store::PgConnection;
using lac::store::PgStatement;
using pg_test::text;

namespace {

// The error a connection to `url` is refused with: its exit code and its one line.
lac::ExitCode refusal(const std::string& url, std::string& message) {
    try {
        PgConnection connection(url);
    } catch (const lac::Error& e) {
        message = e.what();
        CHECK(message.find('\n') == std::string::npos);
        return e.code();
    }
    message = "connected";
    return lac::ExitCode::ok;
}

}  // namespace

TEST_CASE("lac connects to PostgreSQL 15 from a postgresql:// or postgres:// URL, and libpq's environment counts") {
    auto db = pg_test::connect();
    CHECK(db->server_version() >= 150000);
    CHECK(db->where().find("lac_engine_test") != std::string::npos);
    CHECK(text(*db, "SHOW client_encoding") == "UTF8");
    CHECK(text(*db, "SHOW lock_timeout") == "5s");
    CHECK(PgConnection::is_url("postgres://h/d"));
    CHECK_FALSE(PgConnection::is_url("/var/lib/lac/lac.db"));

    // PGHOST names the server when the URL does not; UTF-8 whatever PGCLIENTENCODING says.
    ::setenv("PGHOST", pg_test::host().c_str(), 1);
    ::setenv("PGCLIENTENCODING", "LATIN1", 1);
    PgConnection from_environment("postgres:///lac_engine_test?user=postgres");
    ::unsetenv("PGHOST");
    ::unsetenv("PGCLIENTENCODING");
    CHECK(text(from_environment, "SELECT current_database()") == "lac_engine_test");
    CHECK(text(from_environment, "SHOW client_encoding") == "UTF8");
}

TEST_CASE("a bad URL, no server, a refused login and a missing database: one line each, with their exit codes") {
    pg_test::connect();
    std::string message;
    CHECK(refusal("postgresql://alice:s3cret@host/lac?bogus=1", message) == lac::ExitCode::config);
    CHECK(message.find("bogus") != std::string::npos);
    CHECK(message.find("postgresql://USER@HOST:PORT/DATABASE") != std::string::npos);
    CHECK(message.find("s3cret") == std::string::npos);
    CHECK(refusal("postgresql://[::1/lac", message) == lac::ExitCode::config);
    CHECK(refusal("mysql://host/lac", message) == lac::ExitCode::config);

    CHECK(refusal("postgresql:///lac?host=/nonexistent/lac-no-server", message) == lac::ExitCode::busy);
    CHECK(message.find("cannot reach") == 0);
    CHECK(message.find("/nonexistent/lac-no-server") != std::string::npos);
    CHECK(refusal("postgresql://127.0.0.1:1/lac?connect_timeout=5", message) == lac::ExitCode::busy);
    CHECK(message.find("127.0.0.1 port 1") != std::string::npos);

    CHECK(refusal(pg_test::url("lac_engine_test", "no_such_role"), message) == lac::ExitCode::permission);
    CHECK(message.find("28000") != std::string::npos);

    CHECK(refusal(pg_test::url("no_such_database"), message) == lac::ExitCode::no_input);
    CHECK(message.find("no_such_database") != std::string::npos);

    // A role that must give its password (the cluster's pg_hba.conf): refused without it or
    // with a wrong one, and the password is in no message.
    auto admin = pg_test::admin();
    admin->execute("DROP ROLE IF EXISTS lac_password_test");
    admin->execute("CREATE ROLE lac_password_test LOGIN PASSWORD 'right-one'");
    ::setenv("PGPASSFILE", "/nonexistent/lac-no-pgpass", 1);  // whatever ~/.pgpass holds
    std::string as_role = pg_test::url("lac_engine_test", "lac_password_test");
    CHECK(refusal(as_role, message) == lac::ExitCode::permission);
    CHECK(refusal(as_role + "&password=wrong-one", message) == lac::ExitCode::permission);
    CHECK(message.find("28P01") != std::string::npos);
    CHECK(message.find("wrong-one") == std::string::npos);
    CHECK(refusal(as_role + "&password=right-one", message) == lac::ExitCode::ok);
    ::unsetenv("PGPASSFILE");
}

TEST_CASE("values of every kind bind and read back, NULL and UTF-8 included, and a statement runs again") {
    auto db = pg_test::connect();
    db->execute("DROP TABLE IF EXISTS kinds; CREATE TABLE kinds (i bigint, d double precision, t text, "
                "n numeric, b boolean, day date)");
    PgStatement insert(*db, "INSERT INTO kinds VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    insert.bind(1, int64_t(std::numeric_limits<int64_t>::max()));
    insert.bind(2, 0.1);
    insert.bind(3, std::string("Zoë Łódź 😀 '?' \"x\""));
    insert.bind(4, "12.75");
    insert.bind(5, 1);  // a boolean from 1, as lac writes them
    insert.bind(6, "2026-11-23");
    CHECK(insert.exec() == 1);
    insert.reset();
    insert.clearBindings();  // every value NULL
    insert.bind(1, -7);
    CHECK(insert.exec() == 1);

    PgStatement read(*db, "SELECT i, d, t, n, b, day FROM kinds ORDER BY i DESC");
    CHECK(read.getColumnCount() == 6);
    REQUIRE(read.executeStep());
    CHECK(read.getColumn(0).getInt64() == std::numeric_limits<int64_t>::max());
    CHECK(read.getColumn(1).getDouble() == 0.1);
    CHECK(read.getColumn(2).getString() == "Zoë Łódź 😀 '?' \"x\"");
    CHECK(read.getColumn(2).getView() == "Zoë Łódź 😀 '?' \"x\"");  // the same text, not copied
    CHECK(read.getColumn(3).getDouble() == 12.75);
    CHECK(read.getColumn(3).getInt() == 12);  // truncated, as SQLite reads a REAL as an integer
    CHECK(read.getColumn(4).getInt() == 1);
    CHECK(read.getColumn(5).getString() == "2026-11-23");
    REQUIRE(read.executeStep());
    CHECK(read.getColumn(0).getInt() == -7);
    for (int c = 1; c < 6; ++c) {
        CHECK(read.getColumn(c).isNull());
        CHECK(read.getColumn(c).getString() == "");
        CHECK(read.getColumn(c).getView().empty());
        CHECK(read.getColumn(c).getInt64() == 0);
    }
    CHECK_FALSE(read.executeStep());
    CHECK_FALSE(read.executeStep());  // at its end until reset

    CHECK(insert.getBindParameterCount() == 6);
    PgStatement update(*db, "UPDATE kinds SET t = ? WHERE i > ?");
    CHECK(update.getBindParameterCount() == 2);
    update.bind(1, "more");
    update.bind(2, -100);
    CHECK(update.exec() == 2);
    update.bind(2, 0);
    CHECK(update.exec() == 1);  // again, with a value changed
}

TEST_CASE("misuse is a fault in lac (70): a placeholder out of range, a column with no row, text read as a number") {
    auto db = pg_test::connect();
    PgStatement one(*db, "SELECT 'not a number', ?1");
    auto code = [](auto&& call) {
        try {
            call();
        } catch (const lac::Error& e) {
            return e.code();
        }
        return lac::ExitCode::ok;
    };
    CHECK(code([&] { one.bind(2, 1); }) == lac::ExitCode::software);
    CHECK(code([&] { one.bind(0, 1); }) == lac::ExitCode::software);
    CHECK(code([&] { one.getColumn(0).getString(); }) == lac::ExitCode::software);
    one.bind(1, 5);
    REQUIRE(one.executeStep());
    CHECK(code([&] { one.getColumn(0).getInt(); }) == lac::ExitCode::software);
    CHECK(code([&] { one.getColumn(0).getDouble(); }) == lac::ExitCode::software);
    CHECK(code([&] { one.getColumn(2).getString(); }) == lac::ExitCode::software);
    CHECK(one.getColumn(1).getInt() == 5);
    CHECK(code([&] { PgStatement bad(*db, "SELEC 1"); }) == lac::ExitCode::software);
    CHECK(code([&] { PgStatement(*db, "SELECT 'x'::int").executeStep(); }) == lac::ExitCode::data);
}

TEST_CASE("rows come one at a time, and another statement may run part way through them") {
    auto db = pg_test::connect();
    const int rows = 300'000;  // some 40 MB of rows, were they all held at once
    PgStatement all(*db, "SELECT g, repeat('x', 100) FROM generate_series(1, ?1::int) g");
    all.bind(1, rows);
    size_t before = mallinfo2().uordblks;
    int64_t count = 0, sum = 0;
    size_t most = 0;
    while (all.executeStep()) {
        ++count;
        sum += all.getColumn(0).getInt64();
        if (count % 1000 == 0) most = std::max(most, size_t(mallinfo2().uordblks));
    }
    CHECK(count == rows);
    CHECK(sum == int64_t(rows) * (rows + 1) / 2);
    CHECK(most < before + 8'000'000);  // libpq's buffer, not the rows

    // Another statement run after the first row: the rest are read into memory, compactly.
    all.reset();
    REQUIRE(all.executeStep());
    size_t ahead = mallinfo2().uordblks;
    CHECK(text(*db, "SELECT 'meanwhile'") == "meanwhile");
    CHECK(size_t(mallinfo2().uordblks) < ahead + 80'000'000);  // not kilobytes a row
    for (count = 1, sum = 1; all.executeStep(); ++count) sum += all.getColumn(0).getInt64();
    CHECK(count == rows);
    CHECK(sum == int64_t(rows) * (rows + 1) / 2);

    PgStatement outer(*db, "SELECT g FROM generate_series(1, 5) g");
    PgStatement inner(*db, "SELECT ?1::int * 10");
    std::string seen;
    while (outer.executeStep()) {
        inner.reset();
        inner.bind(1, outer.getColumn(0).getInt());
        REQUIRE(inner.executeStep());
        seen += std::to_string(inner.getColumn(0).getInt()) + " ";
        db->execute("SELECT 1");  // and plain SQL too
    }
    CHECK(seen == "10 20 30 40 50 ");
    auto spare = std::make_unique<PgStatement>(*db, "SELECT 1");
    PgStatement three(*db, "SELECT g FROM generate_series(1, 3) g");
    REQUIRE(three.executeStep());
    spare.reset();  // another statement destroyed part way through loses none of the rows
    int stepped = 1;
    while (three.executeStep()) ++stepped;
    CHECK(stepped == 3);
    outer.reset();
    REQUIRE(outer.executeStep());  // a reset statement stops part way and runs again
    outer.reset();
    CHECK(text(*db, "SELECT 'the connection is free'") == "the connection is free");
}
