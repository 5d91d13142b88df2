#pragma once
// Waiting for another lac: the busy handler of every connection lac opens (store/db.cpp).
//
// SQLite's own handler (sqlite3_busy_timeout) backs off, from 1 ms up to 100 ms between
// tries, so a command that has waited a while looks again only every 100 ms while one just
// started looks after 1, 2 and 5 ms: under many writers the newcomers keep winning and an
// old waiter can be passed over until its timeout (issue 20: 1 command in 16,000 exited 69
// although the average commit took 9 ms). This one never backs off. Every waiter sleeps a
// short random time (jitter, so that waiters do not wake together) and tries again, and the
// longer it has waited the shorter it sleeps, so the oldest waiters are the likeliest to
// take the lock next: waits stay short, and their tail is cut off.
#include <csignal>
#include <cstdint>

namespace lac::store {

class FairWait {
public:
    // `interrupted`: set from a signal handler (Db::interrupt); waiting stops at once.
    FairWait(int timeout_ms, const volatile std::sig_atomic_t& interrupted);
    // The busy handler, to be passed to sqlite3_busy_handler with a FairWait* as its data:
    // nonzero to try again (after sleeping), 0 to give up, when SQLite reports SQLITE_BUSY.
    static int on_busy(void* wait, int count) noexcept;

    // How long to sleep, in microseconds, after waiting `waited_us` so far: a random time
    // below a bound that shrinks as the wait grows, never past `left_us`.
    long next_sleep_us(int64_t waited_us, int64_t left_us) noexcept;

private:
    int64_t timeout_us_;
    const volatile std::sig_atomic_t& interrupted_;
    int64_t started_us_ = 0;  // when this wait began (count 0)
    uint64_t random_;         // xorshift state, seeded per process
};

}  // namespace lac::store
