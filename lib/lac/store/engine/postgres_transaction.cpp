#include "lac/store/engine/postgres_transaction.hpp"

#include <chrono>
#include <random>
#include <thread>

#include <fmt/format.h>

#include "lac/store/engine/postgres_error.hpp"

namespace lac::store {

void pg_retrying(const std::string& where, const std::function<void()>& attempt, int attempts) {
    std::minstd_rand random(std::random_device{}());
    for (int tries = 1;; ++tries) {
        try {
            return attempt();
        } catch (const PgRetryable& lost) {
            if (tries >= attempts)
                throw BusyError(fmt::format("{} could not run this command: at each of {} tries it collided with "
                                            "another transaction on the same records ({}); nothing was saved; run "
                                            "it again",
                                            where, tries, lost.cause));
        }
        std::uniform_int_distribution<int> wait_us(0, 2000 * tries);
        std::this_thread::sleep_for(std::chrono::microseconds(wait_us(random)));
    }
}

void pg_transaction(PgConnection& connection, const std::function<void()>& work, const PgRetry& retry) {
    if (connection.in_transaction()) {
        connection.savepoint("lac_work");
        try {
            work();
            connection.release("lac_work");
        } catch (...) {
            try {
                connection.rollback_to("lac_work");
            } catch (...) {
                // the connection is gone or the transaction has failed: the outer one rolls back
            }
            throw;
        }
        return;
    }
    pg_retrying(connection.where(), [&] {
        connection.begin(retry.isolation);
        try {
            work();
            connection.commit();
        } catch (...) {
            connection.rollback();
            throw;
        }
    }, retry.attempts);
}

}  // namespace lac::store
