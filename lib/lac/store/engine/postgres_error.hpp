#pragma once
// PostgreSQL's errors as lac's (issue 18; lac(1) EXIT STATUS): one function reads a
// failure's SQLSTATE and throws the typed error (lac/util/errors.hpp) with one line that says
// what was wrong and how to mend it.
#include <string>
#include <string_view>
#include <utility>

#include "lac/util/errors.hpp"

namespace lac::store {

// A serialization failure or a deadlock (SQLSTATE 40001, 40P01): the transaction lost to
// another and may be run again from its start (pg_retrying, postgres_transaction.hpp).
// Where nothing retries it, it is a BusyError (69) like any other. `cause`: the server's
// words and the SQLSTATE, for the message of the last try.
struct PgRetryable : BusyError {
    PgRetryable(const std::string& message, std::string cause) : BusyError(message), cause(std::move(cause)) {}
    std::string cause;
};

// The connection broke (the server stopped, the network failed, the backend was ended):
// 69, and the connection is of no further use.
struct PgConnectionLost : BusyError {
    using BusyError::BusyError;
};

struct PgFailure {
    std::string sqlstate;  // "" when the server sent none (the client's own failure)
    std::string message;   // the server's (or libpq's) primary message: one line
    std::string where;     // the connection, as PgConnection::where() says it (no password)
    bool connecting = false;       // it failed while logging in
    bool connection_lost = false;  // the connection is gone (PQstatus CONNECTION_BAD)
    bool committing = false;       // it failed on COMMIT: whether that landed is unknown
    bool in_transaction = false;   // inside BEGIN … COMMIT: nothing of it was saved
    bool interrupted = false;      // PgConnection::interrupt() cancelled it
};

// Throws the typed error for `failure`, by its SQLSTATE's class:
//   40001 40P01                         PgRetryable (69)
//   no server reached when connecting   BusyError (69): unavailable
//   08xxx 57P01-57P03, a lost connection PgConnectionLost (69)
//   55P03 57014 53300 53400             BusyError (69): busy (a lock, statement_timeout), unavailable
//   57014 after interrupt()             InterruptedError (130)
//   28xxx 42501                         PermissionError (77)
//   3D000                               NoInputError (66)
//   22xxx 23xxx                         DataError (65)
//   53100 58xxx XX001 XX002             IoError (74)
//   anything else                       Error (70): a fault in lac
[[noreturn]] void throw_pg_error(const PgFailure& failure);

// `url` with any password taken out (user:secret@ and password=…), to be shown in a message.
std::string redact_url(std::string_view url);

}  // namespace lac::store
