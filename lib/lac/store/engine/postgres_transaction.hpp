#pragma once
// A command's work as one transaction on PostgreSQL (issue 18; SPEC §8: each command is one
// transaction). PostgreSQL may end a transaction that lost to another with a serialization
// failure (SQLSTATE 40001) or a deadlock (40P01); nothing of it is then saved, and the work
// is run again from its start, a bounded number of times. One policy for every transaction
// lac runs on a server: pg_retrying() below, used by pg_transaction() (migrations) and by
// Db::write() and Db::read() (every command's work).
#include <functional>
#include <string>

#include "lac/store/engine/postgres_connection.hpp"

namespace lac::store {

// Runs in all, the first included, of a transaction that keeps losing to others.
constexpr int pg_attempts = 5;

struct PgRetry {
    int attempts = pg_attempts;
    PgIsolation isolation = PgIsolation::serializable;
};

// Runs `attempt`, a whole transaction from its BEGIN that leaves none open when it throws,
// until it ends without a serialization failure or a deadlock (PgRetryable): after one it
// waits a moment (a few milliseconds, random, longer at each try, so that the two that
// collided do not collide again) and runs it again; after `attempts` runs it gives up with
// BusyError (69), one line that says so, naming `where`. Any other error is thrown as it is.
void pg_retrying(const std::string& where, const std::function<void()>& attempt, int attempts = pg_attempts);

// Runs `work` between BEGIN and COMMIT on `connection`: all of it is saved, or none. On
// 40001 or 40P01 (from `work` or from COMMIT) it rolls back and runs `work` again, as
// pg_retrying() does. Any other error rolls back and is thrown as it is. `work` must do
// nothing outside the database that cannot be done twice. Inside a transaction already
// begun, `work` runs in a savepoint of it instead, and is not retried: the outer one is.
void pg_transaction(PgConnection& connection, const std::function<void()>& work, const PgRetry& retry = {});

}  // namespace lac::store
