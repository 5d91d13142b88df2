// Transactions on PostgreSQL against a real server (lib/lac/store/engine/postgres_transaction,
// postgres_connection): all or nothing, retried when they lose to another (40001), given up
// after a bounded number of tries, a lock held too long (55P03), a connection killed part way,
// and an interrupt. CTest's fixture `postgres` starts the server (postgres_helpers.hpp).
#include <doctest/doctest.h>

#include <string>
#include <thread>

#include "lac/store/engine/postgres_connection.hpp"
#include "lac/store/engine/postgres_error.hpp"
#include "lac/store/engine/postgres_statement.hpp"
#include "lac/store/engine/postgres_transaction.hpp"
#include "lac/util/errors.hpp"
#include "postgres_helpers.hpp"

using lac::store::PgConnection;
using lac::store::PgStatement;
using lac::store::pg_transaction;
using pg_test::error_of;
using pg_test::number;

namespace {

// A table of one counter, set to 0.
std::unique_ptr<PgConnection> counter(const std::string& table) {
    auto db = pg_test::connect();
    db->execute("DROP TABLE IF EXISTS " + table + "; CREATE TABLE " + table + " (id int PRIMARY KEY, v int);" +
                " INSERT INTO " + table + " VALUES (1, 0)");
    return db;
}

// Makes the work of a serializable transaction on `db` lose to `other`: it reads the counter,
// then `other` changes it and commits, then it writes the counter (40001 on the write).
void read_then_lose(PgConnection& db, PgConnection& other, bool lose) {
    number(db, "SELECT v FROM counted WHERE id = 1");
    if (lose) other.execute("UPDATE counted SET v = v + 100 WHERE id = 1");
    db.execute("UPDATE counted SET v = v + 1 WHERE id = 1");
}

}  // namespace

TEST_CASE("a transaction is all or nothing: an error rolls all of it back, savepoints included") {
    auto db = counter("counted");
    auto [code, message] = error_of([&] {
        pg_transaction(*db, [&] {
            db->execute("UPDATE counted SET v = 5");
            pg_transaction(*db, [&] { db->execute("INSERT INTO counted VALUES (2, 2)"); });  // a savepoint
            throw lac::DataError("refused part way");
        });
    });
    CHECK(code == lac::ExitCode::data);
    CHECK(number(*db, "SELECT sum(v) + count(*) FROM counted") == 1);
    CHECK_FALSE(db->in_transaction());

    // A savepoint that fails undoes its own part only.
    pg_transaction(*db, [&] {
        db->execute("UPDATE counted SET v = 7");
        CHECK_THROWS_AS(pg_transaction(*db, [&] { db->execute("INSERT INTO counted VALUES (1, 1)"); }),
                        lac::DataError);  // a duplicate key
    });
    CHECK(number(*db, "SELECT v FROM counted") == 7);

    // A failed statement whose error was swallowed leaves a transaction that COMMIT cannot save.
    db->begin();
    db->execute("UPDATE counted SET v = 8");
    CHECK_THROWS(db->execute("SELECT 1/0"));
    CHECK(error_of([&] { db->commit(); }).first == lac::ExitCode::software);
    CHECK(number(*db, "SELECT v FROM counted") == 7);
}

TEST_CASE("a transaction that loses to another (40001) is run again, and saved once") {
    auto db = counter("counted");
    auto other = pg_test::connect();
    int runs = 0;
    pg_transaction(*db, [&] { read_then_lose(*db, *other, ++runs == 1); });
    CHECK(runs == 2);
    CHECK(number(*db, "SELECT v FROM counted") == 101);
}

TEST_CASE("one that loses at every try is given up after a bounded number: 69, one line, nothing saved") {
    auto db = counter("counted");
    auto other = pg_test::connect();
    int runs = 0;
    auto [code, message] = error_of([&] {
        pg_transaction(*db, [&] {
            ++runs;
            db->execute("INSERT INTO counted VALUES (" + std::to_string(runs + 1) + ", 0)");
            read_then_lose(*db, *other, true);
        }, {3});
    });
    CHECK(runs == 3);
    CHECK(code == lac::ExitCode::busy);
    CHECK(message.find("3 tries") != std::string::npos);
    CHECK(message.find("nothing was saved") != std::string::npos);
    CHECK(number(*db, "SELECT count(*) * 1000 + sum(v) FROM counted") == 1300);  // only the other's changes
}

TEST_CASE("a lock held past busy_timeout_ms is 69 (55P03), saving nothing; so is a statement past its timeout") {
    auto holder = counter("counted");
    lac::store::PgOptions brief;
    brief.busy_timeout_ms = 50;
    auto waiter = pg_test::connect(brief);
    holder->begin();
    holder->execute("UPDATE counted SET v = 1");
    auto [code, message] = error_of([&] {
        pg_transaction(*waiter, [&] {
            waiter->execute("INSERT INTO counted VALUES (9, 9)");
            waiter->execute("UPDATE counted SET v = 2 WHERE id = 1");
        });
    });
    holder->rollback();
    CHECK(code == lac::ExitCode::busy);
    CHECK(message.find("55P03") != std::string::npos);
    CHECK(message.find("busy_timeout_ms") != std::string::npos);
    CHECK(number(*holder, "SELECT count(*) FROM counted") == 1);

    // A statement that runs past statement_timeout_ms (57014): 69 too, not an interrupt.
    lac::store::PgOptions short_statements;
    short_statements.statement_timeout_ms = 50;
    auto slow = pg_test::connect(short_statements);
    auto [slow_code, slow_message] = error_of([&] { slow->execute("SELECT pg_sleep(30)"); });
    CHECK(slow_code == lac::ExitCode::busy);
    CHECK(slow_message.find("57014") != std::string::npos);
}

TEST_CASE("a connection killed mid-transaction leaves nothing saved, and says so in one line (69)") {
    auto db = counter("counted");
    auto killer = pg_test::admin();
    std::string kill = "SELECT pg_terminate_backend(" + std::to_string(number(*db, "SELECT pg_backend_pid()")) +
                       ", 10000)";  // waits until the backend has ended
    auto [code, message] = error_of([&] {
        pg_transaction(*db, [&] {
            db->execute("INSERT INTO counted VALUES (2, 2)");
            killer->execute(kill);
            db->execute("INSERT INTO counted VALUES (3, 3)");
        });
    });
    CHECK(code == lac::ExitCode::busy);
    CHECK(message.find("was lost") != std::string::npos);
    CHECK(message.find("nothing was saved") != std::string::npos);
    CHECK(message.find('\n') == std::string::npos);
    CHECK_THROWS_AS(db->execute("SELECT 1"), lac::store::PgConnectionLost);
    auto look = pg_test::connect();
    CHECK(number(*look, "SELECT count(*) FROM counted") == 1);

    // Killed before COMMIT: an error all the same, and nothing saved.
    auto again = pg_test::connect();
    again->begin();
    again->execute("INSERT INTO counted VALUES (4, 4)");
    killer->execute("SELECT pg_terminate_backend(" + std::to_string(number(*again, "SELECT pg_backend_pid()")) +
                    ", 10000)");
    CHECK(error_of([&] { again->commit(); }).first == lac::ExitCode::busy);
    CHECK(number(*look, "SELECT count(*) FROM counted") == 1);
}

TEST_CASE("interrupt() cancels the statement running, or the next one: 130, and nothing saved") {
    auto db = counter("counted");
    auto watcher = pg_test::admin();
    int pid = int(number(*db, "SELECT pg_backend_pid()"));
    std::thread stopper([&] {
        // Waits (bounded) until the sleep below is running, then interrupts it.
        std::string running = "SELECT count(*) FROM pg_stat_activity WHERE pid = " + std::to_string(pid) +
                              " AND query LIKE '%pg_sleep%' AND state = 'active'";
        PgStatement look(*watcher, running);
        for (int i = 0; i < 2000; ++i) {
            look.reset();
            if (look.executeStep() && look.getColumn(0).getInt() > 0) break;
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        db->interrupt();
    });
    auto [code, message] = error_of([&] {
        pg_transaction(*db, [&] {
            db->execute("UPDATE counted SET v = 3");
            db->execute("SELECT pg_sleep(60)");
        });
    });
    stopper.join();
    CHECK(code == lac::ExitCode::interrupted);
    CHECK_THROWS_AS(db->execute("SELECT 1"), lac::InterruptedError);  // and so is the next one
    auto look = pg_test::connect();
    CHECK(number(*look, "SELECT v FROM counted") == 0);
}
