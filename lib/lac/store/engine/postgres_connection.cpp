#include "lac/store/engine/postgres_connection.hpp"

#include <poll.h>

#include <cerrno>
#include <chrono>
#include <memory>
#include <regex>

#include <fmt/format.h>
#include <libpq-fe.h>

#include "lac/store/engine/postgres_error.hpp"
#include "lac/store/engine/postgres_libpq.hpp"
#include "lac/store/engine/postgres_statement.hpp"

namespace lac::store {
namespace {

using Result = std::unique_ptr<PGresult, decltype(&PQclear)>;

// libpq's message about a failed login, as one line, and the SQLSTATE in it: the connection
// asks for verbose errors, which name it ("FATAL:  28P01: password authentication failed …"),
// so that the failure is told by its code, not by words the server may have translated.
std::pair<std::string, std::string> login_failure(const char* text) {
    static const std::regex code(R"(:  ([0-9A-Z]{5}): )");
    std::string all = text ? text : "";
    std::string line = all.substr(0, all.find('\n'));
    std::smatch found;
    std::string sqlstate;
    for (size_t start = 0; start < all.size();) {
        size_t end = std::min(all.find('\n', start), all.size());
        std::string candidate = all.substr(start, end - start);
        if (std::regex_search(candidate, found, code)) {
            sqlstate = found[1];
            line = found.prefix().str() + ":  " + found.suffix().str();
        }
        start = end + 1;
    }
    // What the server said, without libpq's "connection to server on socket … failed: " and
    // the severity ("FATAL:  ") before it: the message names the connection already.
    static const std::regex preamble(R"(^connection to server .*? failed: ([A-Z]+:  )?)");
    line = std::regex_replace(line, preamble, "");
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.pop_back();
    return {sqlstate, line};
}

std::string describe(PGconn* conn) {
    auto text = [](const char* s) { return std::string(s && *s ? s : "?"); };
    return fmt::format("the PostgreSQL database {} on {} port {} as {}", text(PQdb(conn)), text(PQhost(conn)),
                       text(PQport(conn)), text(PQuser(conn)));
}

int connect_timeout_s(PGconn* conn, int fallback) {
    int seconds = 0;
    PQconninfoOption* options = PQconninfo(conn);
    for (PQconninfoOption* o = options; o && o->keyword; ++o)
        if (std::string_view(o->keyword) == "connect_timeout" && o->val) seconds = std::atoi(o->val);
    PQconninfoFree(options);
    return seconds > 0 ? std::max(seconds, 2) : fallback;  // libpq's own minimum is 2 s
}

void ignore_notice(void*, const char*) {}

bool valid_name(const std::string& name) {
    return !name.empty() && name.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") == std::string::npos;
}

}  // namespace

bool PgConnection::is_url(std::string_view text) {
    return text.rfind("postgresql://", 0) == 0 || text.rfind("postgres://", 0) == 0;
}

PgConnection::PgConnection(const std::string& url, const PgOptions& options) {
    try {
        connect(url, options);
    } catch (...) {
        if (cancel_) PQfreeCancel(cancel_);
        if (conn_) PQfinish(conn_);
        throw;
    }
}

PgConnection::~PgConnection() {
    if (cancel_) PQfreeCancel(cancel_);
    if (conn_) PQfinish(conn_);
}

void PgConnection::connect(const std::string& url, const PgOptions& options) {
    load_libpq();
    char* error = nullptr;
    PQconninfoOption* parsed = is_url(url) ? PQconninfoParse(url.c_str(), &error) : nullptr;
    if (!parsed) {
        std::string why = error ? error : "it does not start with postgresql:// or postgres://";
        if (error) PQfreemem(error);
        while (!why.empty() && why.back() == '\n') why.pop_back();
        throw ConfigError(fmt::format("{} is not a PostgreSQL URL libpq can read ({}); write it as "
                                      "postgresql://USER@HOST:PORT/DATABASE, with the password in ~/.pgpass",
                                      redact_url(url), why));
    }
    PQconninfoFree(parsed);
    // The URL (expanded from dbname) may name its own application_name; client_encoding
    // comes after it, so that lac always reads and writes UTF-8.
    const char* keys[] = {"application_name", "dbname", "client_encoding", nullptr};
    const char* values[] = {"lac", url.c_str(), "UTF8", nullptr};
    conn_ = PQconnectStartParams(keys, values, 1);
    if (!conn_) throw std::bad_alloc();
    PQsetErrorVerbosity(conn_, PQERRORS_VERBOSE);
    PQsetNoticeProcessor(conn_, ignore_notice, nullptr);  // the library never prints

    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(connect_timeout_s(conn_, options.connect_timeout_s));
    PostgresPollingStatusType state = PQstatus(conn_) == CONNECTION_BAD ? PGRES_POLLING_FAILED : PGRES_POLLING_WRITING;
    std::string timeout;
    while (state != PGRES_POLLING_OK && state != PGRES_POLLING_FAILED) {
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        pollfd wait{PQsocket(conn_), short(state == PGRES_POLLING_READING ? POLLIN : POLLOUT), 0};
        int ready = left.count() > 0 ? ::poll(&wait, 1, int(left.count())) : 0;
        if (ready < 0 && errno == EINTR) continue;
        if (ready == 0) {
            timeout = fmt::format("no answer within {} s (connect_timeout)", connect_timeout_s(conn_, options.connect_timeout_s));
            break;
        }
        state = PQconnectPoll(conn_);
    }
    where_ = describe(conn_);
    if (state != PGRES_POLLING_OK) {
        auto [sqlstate, message] = login_failure(PQerrorMessage(conn_));
        if (PQconnectionNeedsPassword(conn_)) sqlstate = "28P01";
        throw_pg_error(PgFailure{sqlstate, timeout.empty() ? message : timeout, where_, true});
    }
    cancel_ = PQgetCancel(conn_);
    execute(fmt::format("SET lock_timeout = {}; SET statement_timeout = {}", std::max(options.busy_timeout_ms, 1),
                        std::max(options.statement_timeout_ms, 0)));
}

int64_t PgConnection::execute(const std::string& sql) { return run(sql, false); }

int64_t PgConnection::run(const std::string& sql, bool committing) {
    check_interrupted();
    settle();
    Result result(PQexec(conn_, sql.c_str()), PQclear);
    ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) fail(result.get(), committing);
    const char* rows = PQcmdTuples(result.get());
    return rows && *rows ? std::atoll(rows) : 0;
}

int64_t PgConnection::copy_in(const std::string& copy, const std::function<bool(std::string&)>& next) {
    check_interrupted();
    settle();
    Result started(PQexec(conn_, copy.c_str()), PQclear);
    if (!started || PQresultStatus(started.get()) != PGRES_COPY_IN) fail(started.get());
    std::string buffer;
    bool more = true;
    while (more) {
        buffer.clear();
        // A few hundred kilobytes a message: fewer calls, and memory that stays small.
        while (more && buffer.size() < (256u << 10)) more = next(buffer);
        if (!buffer.empty() && PQputCopyData(conn_, buffer.data(), int(buffer.size())) != 1) break;
        if (interrupted_) break;
    }
    // Ended with an error message when it stopped short: the server then rolls it back.
    PQputCopyEnd(conn_, more || interrupted_ ? "lac stopped the copy" : nullptr);
    Result ended(PQgetResult(conn_), PQclear);
    while (Result rest{PQgetResult(conn_), PQclear}) {
    }
    if (interrupted_) throw InterruptedError("interrupted; nothing was saved");
    if (!ended || PQresultStatus(ended.get()) != PGRES_COMMAND_OK) fail(ended.get());
    const char* rows = PQcmdTuples(ended.get());
    return rows && *rows ? std::atoll(rows) : 0;
}

void PgConnection::begin(PgIsolation isolation) {
    static const char* const begin_as[] = {"BEGIN ISOLATION LEVEL READ COMMITTED",
                                           "BEGIN ISOLATION LEVEL REPEATABLE READ",
                                           "BEGIN ISOLATION LEVEL SERIALIZABLE"};
    run(begin_as[int(isolation)], false);
    in_transaction_ = true;
}

void PgConnection::commit() {
    check_interrupted();
    settle();
    Result result(PQexec(conn_, "COMMIT"), PQclear);
    bool failed = !result || PQresultStatus(result.get()) != PGRES_COMMAND_OK;
    if (failed) fail(result.get(), true);
    in_transaction_ = false;
    // PostgreSQL answers COMMIT of a transaction that had failed with ROLLBACK, not an error.
    if (std::string_view(PQcmdStatus(result.get())) != "COMMIT")
        throw Error(ExitCode::software, fmt::format("a statement had failed in the transaction on {}, so it was "
                                                    "rolled back; nothing was saved",
                                                    where_));
}

void PgConnection::rollback() noexcept {
    in_transaction_ = false;
    if (streaming_) streaming_->detach(false);
    streaming_ = nullptr;
    if (PQstatus(conn_) != CONNECTION_OK || PQtransactionStatus(conn_) == PQTRANS_IDLE) return;
    PQclear(PQexec(conn_, "ROLLBACK"));
}

void PgConnection::savepoint(const std::string& name) {
    if (!valid_name(name)) throw Error(ExitCode::software, fmt::format("bad savepoint name {}", name));
    run("SAVEPOINT " + name, false);
}
void PgConnection::release(const std::string& name) {
    if (!valid_name(name)) throw Error(ExitCode::software, fmt::format("bad savepoint name {}", name));
    run("RELEASE SAVEPOINT " + name, false);
}
void PgConnection::rollback_to(const std::string& name) {
    if (!valid_name(name)) throw Error(ExitCode::software, fmt::format("bad savepoint name {}", name));
    run("ROLLBACK TO SAVEPOINT " + name, false);
}

void PgConnection::interrupt() noexcept {
    interrupted_ = 1;
    char ignored[256];
    if (cancel_) PQcancel(cancel_, ignored, sizeof ignored);
}

void PgConnection::check_interrupted() {
    if (interrupted_) throw InterruptedError("interrupted; nothing was saved");
}

int PgConnection::server_version() const { return PQserverVersion(conn_); }

std::string PgConnection::next_statement_name() { return fmt::format("lac_{}", ++statements_); }

void PgConnection::settle() {
    if (streaming_) streaming_->detach(true);
    streaming_ = nullptr;
}

void PgConnection::fail(const PGresult* result, bool committing) {
    PgFailure f;
    const char* sqlstate = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const char* primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    f.sqlstate = sqlstate ? sqlstate : "";
    f.message = primary ? primary : login_failure(PQerrorMessage(conn_)).second;
    for (char& c : f.message)
        if (c == '\n' || c == '\t') c = ' ';
    f.where = where_;
    f.connection_lost = PQstatus(conn_) == CONNECTION_BAD;
    f.committing = committing;
    f.in_transaction = in_transaction_;
    f.interrupted = interrupted_;
    if (f.connection_lost || committing) in_transaction_ = false;
    throw_pg_error(f);
}

}  // namespace lac::store
