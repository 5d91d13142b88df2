// PostgreSQL's side of the store seam that needs no server (lib/lac/store/engine/postgres_sql,
// postgres_error, postgres_libpq): placeholders rewritten, errors translated, passwords kept
// out of messages, libpq loaded only when needed.
#include <doctest/doctest.h>

#include <dlfcn.h>

#include <string>

#include "lac/store/engine/postgres_error.hpp"
#include "lac/store/engine/postgres_libpq.hpp"
#include "lac/store/engine/postgres_sql.hpp"
#include "lac/util/errors.hpp"

using lac::store::pg_placeholders;

namespace {

std::string pg(const std::string& sql) { return pg_placeholders(sql).text; }

lac::ExitCode code_of(const lac::store::PgFailure& failure, std::string* message = nullptr) {
    try {
        lac::store::throw_pg_error(failure);
    } catch (const lac::Error& e) {
        if (message) *message = e.what();
        return e.code();
    }
    return lac::ExitCode::ok;
}

void throw_as(const std::string& sqlstate) { lac::store::throw_pg_error({sqlstate, "m", "w"}); }

lac::ExitCode code_of(const std::string& sqlstate) {
    return code_of(lac::store::PgFailure{sqlstate, "the server's words", "the PostgreSQL database d"});
}

}  // namespace

TEST_CASE("?N becomes $N, and a bare ? is one more than the highest so far, as SQLite numbers them") {
    CHECK(pg("SELECT a FROM t WHERE b = ?1 AND c = ?2") == "SELECT a FROM t WHERE b = $1 AND c = $2");
    CHECK(pg("INSERT INTO t VALUES (?, ?, ?)") == "INSERT INTO t VALUES ($1, $2, $3)");
    CHECK(pg("SELECT ?2, ?, ?1, ?") == "SELECT $2, $3, $1, $4");
    CHECK(pg("WHERE x = ?12") == "WHERE x = $12");
    CHECK(pg("WHERE (?1 IS NULL OR x = ?1)") == "WHERE ($1 IS NULL OR x = $1)");
    CHECK(pg_placeholders("SELECT ?3, ?1").parameters == 3);
    CHECK(pg_placeholders("SELECT 1").parameters == 0);
    CHECK(pg("x=?1,y=?2") == "x=$1,y=$2");
    CHECK(pg("?") == "$1");
}

TEST_CASE("a ? inside a literal, a quoted name, a comment or a dollar-quoted body is left as it is") {
    CHECK(pg("SELECT '?', ?1") == "SELECT '?', $1");
    CHECK(pg("SELECT 'it''s ?', ?") == "SELECT 'it''s ?', $1");
    CHECK(pg("SELECT E'it\\'s ?', ?") == "SELECT E'it\\'s ?', $1");
    CHECK(pg("SELECT 'a\\', ?") == "SELECT 'a\\', $1");  // no E: a backslash is only itself
    CHECK(pg("SELECT \"what?\" FROM t WHERE a = ?") == "SELECT \"what?\" FROM t WHERE a = $1");
    CHECK(pg("SELECT \"a\"\"?\" , ?") == "SELECT \"a\"\"?\" , $1");
    CHECK(pg("SELECT ? -- why?\n, ?") == "SELECT $1 -- why?\n, $2");
    CHECK(pg("SELECT ? -- the end?") == "SELECT $1 -- the end?");
    CHECK(pg("SELECT /* a ? /* nested ? */ still ? */ ?") == "SELECT /* a ? /* nested ? */ still ? */ $1");
    CHECK(pg("DO $$ BEGIN PERFORM '?'; END $$; SELECT ?") == "DO $$ BEGIN PERFORM '?'; END $$; SELECT $1");
    CHECK(pg("SELECT $fn$ a ? $x$ ? $fn$, ?") == "SELECT $fn$ a ? $x$ ? $fn$, $1");
    CHECK(pg("SELECT x FROM t WHERE a = $1 AND b = ?2") == "SELECT x FROM t WHERE a = $1 AND b = $2");
    CHECK(pg("SELECT a$b, ?") == "SELECT a$b, $1");  // a $ inside a name quotes nothing
    CHECK(pg("SELECT 'Zoë ?', ?") == "SELECT 'Zoë ?', $1");
    CHECK(pg("SELECT 1 - -1, 4/2, ?") == "SELECT 1 - -1, 4/2, $1");
}

TEST_CASE("SQL with ?0, an index past the limit, or something never closed is a fault in lac (70)") {
    for (const char* sql : {"SELECT ?0", "SELECT ?32767", "SELECT ?99999999999", "SELECT 'open ?",
                            "SELECT \"open", "SELECT /* open", "SELECT /* a /* b */ ?", "SELECT $$ open"}) {
        CAPTURE(sql);
        try {
            pg_placeholders(sql);
            FAIL("accepted");
        } catch (const lac::Error& e) {
            CHECK(e.code() == lac::ExitCode::software);
        }
    }
    CHECK(pg_placeholders("SELECT ?32766").parameters == 32766);
}

TEST_CASE("each SQLSTATE class is lac's error with its exit code (SPEC §4)") {
    using lac::ExitCode;
    CHECK(code_of("40001") == ExitCode::busy);
    CHECK(code_of("40P01") == ExitCode::busy);
    CHECK_THROWS_AS(throw_as("40001"), lac::store::PgRetryable);
    CHECK_THROWS_AS(throw_as("40P01"), lac::store::PgRetryable);
    CHECK_THROWS_AS(throw_as("57P01"), lac::store::PgConnectionLost);
    CHECK_THROWS_AS(throw_as("08006"), lac::store::PgConnectionLost);
    CHECK(code_of("55P03") == ExitCode::busy);
    CHECK(code_of("57014") == ExitCode::busy);
    CHECK(code_of("53300") == ExitCode::busy);
    CHECK(code_of("28P01") == ExitCode::permission);
    CHECK(code_of("28000") == ExitCode::permission);
    CHECK(code_of("42501") == ExitCode::permission);
    CHECK(code_of("3D000") == ExitCode::no_input);
    CHECK(code_of("23505") == ExitCode::data);
    CHECK(code_of("22P02") == ExitCode::data);
    CHECK(code_of("53100") == ExitCode::io);
    CHECK(code_of("58030") == ExitCode::io);
    CHECK(code_of("42601") == ExitCode::software);
    CHECK(code_of("25P02") == ExitCode::software);
    CHECK(code_of("") == ExitCode::software);

    lac::store::PgFailure cancelled{"57014", "canceling statement due to user request", "w"};
    cancelled.interrupted = true;
    CHECK(code_of(cancelled) == ExitCode::interrupted);
    lac::store::PgFailure unreachable{"", "No such file or directory", "w", true};
    std::string message;
    CHECK(code_of(unreachable, &message) == ExitCode::busy);
    CHECK(message.find("cannot reach w") == 0);
}

TEST_CASE("a connection lost mid-transaction saved nothing; lost on COMMIT, whether it did is not known") {
    lac::store::PgFailure lost{"", "server closed the connection unexpectedly", "w"};
    lost.connection_lost = lost.in_transaction = true;
    std::string message;
    CHECK(code_of(lost, &message) == lac::ExitCode::busy);
    CHECK(message.find("nothing was saved") != std::string::npos);
    lost.committing = true;
    CHECK(code_of(lost, &message) == lac::ExitCode::busy);
    CHECK(message.find("nothing was saved") == std::string::npos);
    CHECK(message.find("whether the command was saved is not known") != std::string::npos);
    CHECK(message.find('\n') == std::string::npos);
}

TEST_CASE("a URL shown in a message has no password") {
    using lac::store::redact_url;
    CHECK(redact_url("postgresql://alice:s3cret@db.example.org:5432/lac") == "postgresql://alice@db.example.org:5432/lac");
    CHECK(redact_url("postgres://alice:p@ss/w0rd@host/lac?sslmode=require") == "postgres://alice@host/lac?sslmode=require");
    CHECK(redact_url("postgresql://host/lac?user=a&password=s3cret&sslmode=verify-full") ==
          "postgresql://host/lac?user=a&password=(hidden)&sslmode=verify-full");
    CHECK(redact_url("postgresql:///lac?password=s3cret") == "postgresql:///lac?password=(hidden)");
    CHECK(redact_url("postgresql://host:5432/lac") == "postgresql://host:5432/lac");
    CHECK(redact_url("postgresql://alice@host/lac") == "postgresql://alice@host/lac");
}

TEST_CASE("libpq is loaded only to connect to PostgreSQL; one that cannot be loaded is refused in one line (78)") {
    // Nothing in this binary connects: libpq is not in the process (lac starts without it).
    CHECK(::dlopen("libpq.so.5", RTLD_NOW | RTLD_NOLOAD) == nullptr);
    try {
        lac::store::open_libpq("libpq-of-no-such-version.so.99");
        FAIL("loaded");
    } catch (const lac::ConfigError& e) {
        std::string message = e.what();
        CHECK(message.find("apt-get install libpq5") != std::string::npos);
        CHECK(message.find('\n') == std::string::npos);
    }
}
