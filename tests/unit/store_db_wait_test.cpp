// Waiting for another lac, fairly (lib/lac/store/db_wait): short random sleeps that shrink
// as the wait grows, within busy_timeout_ms, and the handler installed on every Db.
#include <doctest/doctest.h>

#include <chrono>
#include <csignal>
#include <thread>

#include <SQLiteCpp/Database.h>

#include "lac/store/db.hpp"
#include "lac/store/db_wait.hpp"
#include "lac/util/errors.hpp"
#include "test_helpers.hpp"

using lac::store::FairWait;

namespace {

volatile std::sig_atomic_t not_interrupted = 0;

double mean_sleep_us(FairWait& wait, int64_t waited_us, long& longest) {
    double sum = 0;
    longest = 0;
    for (int i = 0; i < 2000; ++i) {
        long sleep = wait.next_sleep_us(waited_us, 10'000'000);
        CHECK(sleep >= 100);
        longest = std::max(longest, sleep);
        sum += double(sleep);
    }
    return sum / 2000;
}

}  // namespace

TEST_CASE("a waiter never backs off: it looks again within milliseconds, sooner the longer it has waited") {
    FairWait wait(5000, not_interrupted);
    long longest_new = 0, longest_old = 0;
    double fresh = mean_sleep_us(wait, 0, longest_new);
    double old = mean_sleep_us(wait, 1'000'000, longest_old);
    // SQLite's own handler sleeps 100 ms between tries once it has waited a third of a second.
    CHECK(longest_new <= 4'100);
    CHECK(longest_old <= 1'100);
    CHECK(old < fresh / 2);
    CHECK(wait.next_sleep_us(0, 50) <= 50);  // never past the timeout
}

TEST_CASE("the wait gives up at busy_timeout_ms, not before, and at once when interrupted") {
    FairWait wait(30, not_interrupted);
    auto start = std::chrono::steady_clock::now();
    int tries = 0;
    while (FairWait::on_busy(&wait, tries)) ++tries;
    CHECK(std::chrono::steady_clock::now() - start >= std::chrono::milliseconds(30));
    CHECK(tries >= 2);

    FairWait none(0, not_interrupted);
    CHECK(FairWait::on_busy(&none, 0) == 0);

    volatile std::sig_atomic_t interrupted = 1;
    FairWait stopped(5000, interrupted);
    CHECK(FairWait::on_busy(&stopped, 0) == 0);
}

TEST_CASE("a write waits for another connection's write to end, and is busy past the timeout") {
    TempDir dir;
    bool created = false;
    auto path = dir.path / "lac.db";
    lac::Db::create(path, {}, created);
    SQLite::Database other(path.string(), SQLite::OPEN_READWRITE);
    auto hold_lock = [&](int ms) {
        other.exec("BEGIN IMMEDIATE");
        return std::thread([&other, ms] {
            std::this_thread::sleep_for(std::chrono::milliseconds(ms));
            other.exec("COMMIT");
        });
    };

    auto patient = lac::Db::open(path, {false, 5000});
    auto holder = hold_lock(100);
    CHECK_NOTHROW(patient->write([&] { patient->exec("INSERT INTO meta VALUES ('waited', 'yes')"); }));
    holder.join();

    auto hasty = lac::Db::open(path, {false, 20});
    holder = hold_lock(300);
    CHECK_THROWS_AS(hasty->write([&] { hasty->exec("INSERT INTO meta VALUES ('hasty', 'no')"); }),
                    lac::BusyError);
    holder.join();
}
