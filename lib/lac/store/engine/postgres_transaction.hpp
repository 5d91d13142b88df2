#pragma once
// A command's work as one transaction on PostgreSQL (issue 18; SPEC §8: each command is one
// transaction). Under SERIALIZABLE isolation PostgreSQL may end a transaction that lost to
// another with a serialization failure (SQLSTATE 40001) or a deadlock (40P01); nothing of it
// is then saved, and the work is run again from its start, a bounded number of times.
#include <functional>

#include "lac/store/engine/postgres_connection.hpp"

namespace lac::store {

struct PgRetry {
    int attempts = 5;  // runs in all, the first included
    PgIsolation isolation = PgIsolation::serializable;
};

// Runs `work` between BEGIN and COMMIT on `connection`: all of it is saved, or none. On
// 40001 or 40P01 (from `work` or from COMMIT) it rolls back, waits a moment (a few
// milliseconds, random, longer at each try, so that the two that collided do not collide
// again) and runs `work` again; after `retry.attempts` runs it gives up with BusyError (69).
// Any other error rolls back and is thrown as it is. `work` must do nothing outside the
// database that cannot be done twice. Inside a transaction already begun, `work` runs in a
// savepoint of it instead, and is not retried: the outer transaction is.
void pg_transaction(PgConnection& connection, const std::function<void()>& work, const PgRetry& retry = {});

}  // namespace lac::store
