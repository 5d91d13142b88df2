#include "lac/store/db_wait.hpp"

#include <unistd.h>

#include <algorithm>
#include <ctime>

namespace lac::store {

namespace {

int64_t monotonic_us() {
    timespec now{};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    return int64_t(now.tv_sec) * 1'000'000 + now.tv_nsec / 1000;
}

// The longest sleep between tries, by how long the command has waited so far. A commit
// takes a few milliseconds, so a waiter looks again within about one commit; an old
// waiter looks about four times as often as a new one.
long sleep_bound_us(int64_t waited_us) {
    if (waited_us < 20'000) return 4'000;
    if (waited_us < 200'000) return 2'000;
    return 1'000;
}

}  // namespace

FairWait::FairWait(int timeout_ms, const volatile std::sig_atomic_t& interrupted)
    : timeout_us_(int64_t(timeout_ms) * 1000), interrupted_(interrupted) {
    random_ = (uint64_t(::getpid()) << 32) ^ uint64_t(monotonic_us()) ^ 0x9E3779B97F4A7C15ULL;
    if (random_ == 0) random_ = 1;
}

long FairWait::next_sleep_us(int64_t waited_us, int64_t left_us) noexcept {
    random_ ^= random_ << 13;
    random_ ^= random_ >> 7;
    random_ ^= random_ << 17;
    long bound = sleep_bound_us(waited_us);
    long sleep = 100 + long(random_ % uint64_t(bound));
    return long(std::min<int64_t>(sleep, std::max<int64_t>(left_us, 0)));
}

int FairWait::on_busy(void* data, int count) noexcept {
    auto& wait = *static_cast<FairWait*>(data);
    int64_t now = monotonic_us();
    if (count == 0) wait.started_us_ = now;
    int64_t waited = now - wait.started_us_, left = wait.timeout_us_ - waited;
    if (left <= 0 || wait.interrupted_) return 0;
    long sleep = wait.next_sleep_us(waited, left);
    timespec pause{sleep / 1'000'000, (sleep % 1'000'000) * 1000};
    ::nanosleep(&pause, nullptr);  // a signal cuts it short; interrupted_ is then looked at
    return wait.interrupted_ ? 0 : 1;
}

}  // namespace lac::store
