#pragma once
// One connection to a PostgreSQL server through libpq (issue 18), for the store seam
// (statement.hpp): opening it from a postgresql:// URL, running SQL, and transactions.
// PgStatement (postgres_statement.hpp) prepares its queries on it; pg_transaction
// (postgres_transaction.hpp) runs a command's work as one transaction, retried when it loses
// to another. Every failure is one of lac's typed errors (postgres_error.hpp).
#include <csignal>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

struct pg_conn;
struct pg_cancel;
struct pg_result;

namespace lac::store {

class PgStatement;

struct PgOptions {
    // How long a statement waits for a lock another transaction holds (lock_timeout), then
    // 69, as [store] busy_timeout_ms on SQLite.
    int busy_timeout_ms = 5000;
    // How long one statement may run (statement_timeout); 0 for no limit, since an export
    // of the national database runs for minutes.
    int statement_timeout_ms = 0;
    // How long to wait for the server to answer when connecting, if the URL and
    // PGCONNECT_TIMEOUT say nothing.
    int connect_timeout_s = 10;
};

enum class PgIsolation { read_committed, repeatable_read, serializable };

class PgConnection {
public:
    // A URL of PostgreSQL's (postgresql:// or postgres://), rather than a file's path.
    static bool is_url(std::string_view text);

    // Connects as libpq does, so that its environment is honoured (PGHOST, PGUSER, PGPASSFILE,
    // PGSSLMODE, PGSERVICE and service files…), with client_encoding UTF8: through
    // PQconnectStartParams and PQconnectPoll, as PQconnectdb does inside, but with verbose
    // errors, so that a refused login is told by its SQLSTATE rather than by the server's
    // words, which may be translated. Throws
    //   ConfigError (78)      a URL libpq cannot read, or no libpq to load (postgres_libpq.hpp)
    //   BusyError (69)        no server answers
    //   PermissionError (77)  the login is refused (SQLSTATE 28P01, 28000)
    //   NoInputError (66)     no such database (3D000)
    // The password is never in a message.
    explicit PgConnection(const std::string& url, const PgOptions& options = {});
    ~PgConnection();
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;

    // Runs SQL that takes no parameters and returns no rows (one statement or several, as a
    // migration): BEGIN, SET, CREATE TABLE … The rows the last one changed.
    int64_t execute(const std::string& sql);

    // Streams rows in with `copy` (COPY … FROM STDIN, text format): `next` appends lines of
    // rows to the buffer it is given, at least one, and returns false once there are no more.
    // The rows COPY took. Far faster than an INSERT a row, for a whole database (lac copy).
    int64_t copy_in(const std::string& copy, const std::function<bool(std::string&)>& next);

    // Transactions. begin() starts one; commit() ends it (a lost connection then is told
    // apart: whether it landed is not known); rollback() never throws. Savepoints nest
    // inside, named by `name` (letters, digits and _).
    void begin(PgIsolation isolation = PgIsolation::serializable);
    void commit();
    void rollback() noexcept;
    void savepoint(const std::string& name);
    void release(const std::string& name);
    void rollback_to(const std::string& name);
    bool in_transaction() const { return in_transaction_; }

    // Cancels the statement running now, or the next one, which then throws InterruptedError
    // (130). Safe in a signal handler (PQcancel is).
    void interrupt() noexcept;

    // The connection, for messages: database, host (or socket directory), port and user,
    // never the password.
    const std::string& where() const { return where_; }
    int server_version() const;  // 150004 for 15.4
    // The connection is about to close: statements destroyed now do not deallocate
    // themselves on the server, which forgets them with the connection.
    void closing() noexcept { closing_ = true; }
    bool is_closing() const noexcept { return closing_; }
    pg_conn* raw() const { return conn_; }

    // For PgStatement: a name for a new prepared statement; the statement whose rows are
    // still arriving in single-row mode (the connection can run nothing else meanwhile);
    // reading what remains of its rows into memory so that another statement can run; and
    // the failure of the last call on this connection, thrown as lac's error.
    std::string next_statement_name();
    void set_streaming(PgStatement* statement) { streaming_ = statement; }
    PgStatement* streaming() const { return streaming_; }
    void settle();
    void check_interrupted();
    [[noreturn]] void fail(const pg_result* result, bool committing = false);

private:
    void connect(const std::string& url, const PgOptions& options);
    int64_t run(const std::string& sql, bool committing);

    pg_conn* conn_ = nullptr;
    pg_cancel* cancel_ = nullptr;
    std::string where_;
    PgStatement* streaming_ = nullptr;
    uint64_t statements_ = 0;
    bool in_transaction_ = false;
    bool closing_ = false;
    volatile std::sig_atomic_t interrupted_ = 0;
};

}  // namespace lac::store
