#include "lac/store/engine/postgres_transaction.hpp"

#include <chrono>
#include <random>
#include <thread>

#include <fmt/format.h>

#include "lac/store/engine/postgres_error.hpp"

namespace lac::store {

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
    std::minstd_rand random(std::random_device{}());
    for (int attempt = 1;; ++attempt) {
        try {
            connection.begin(retry.isolation);
            work();
            connection.commit();
            return;
        } catch (const PgRetryable&) {
            connection.rollback();
            if (attempt >= retry.attempts)
                throw BusyError(fmt::format("could not save this command on {}: other commands changed the same "
                                            "records at each of {} tries (serialization failure or deadlock); "
                                            "nothing was saved; run it again",
                                            connection.where(), attempt));
            std::uniform_int_distribution<int> wait_us(0, 2000 * attempt);
            std::this_thread::sleep_for(std::chrono::microseconds(wait_us(random)));
        } catch (...) {
            connection.rollback();
            throw;
        }
    }
}

}  // namespace lac::store
