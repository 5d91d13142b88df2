#include "lac/store/engine/postgres_statement.hpp"

#include <charconv>
#include <cmath>

#include <fmt/format.h>
#include <libpq-fe.h>

#include "lac/store/engine/postgres_sql.hpp"
#include "lac/util/errors.hpp"

namespace lac::store {
namespace {

template <typename Number>
bool parse(std::string_view text, Number& out) {
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
    return error == std::errc() && end == text.data() + text.size();
}

}  // namespace

void PgStatement::ResultDeleter::operator()(pg_result* result) const { PQclear(result); }

PgStatement::PgStatement(PgConnection& connection, const std::string& sql)
    : connection_(connection), name_(connection.next_statement_name()), sql_(sql) {
    PgSql rewritten = pg_placeholders(sql);
    values_.resize(size_t(rewritten.parameters));
    connection_.check_interrupted();
    connection_.settle();
    PGconn* conn = connection_.raw();
    // 0 lets the server infer a parameter's type from its place; 25 (text) for one not there.
    std::vector<Oid> types(size_t(rewritten.parameters), 0);
    for (size_t i = 0; i < types.size(); ++i)
        if (!rewritten.used[i]) types[i] = 25;
    Result prepared(PQprepare(conn, name_.c_str(), rewritten.text.c_str(), rewritten.parameters, types.data()));
    if (!prepared || PQresultStatus(prepared.get()) != PGRES_COMMAND_OK) connection_.fail(prepared.get());
    Result described(PQdescribePrepared(conn, name_.c_str()));
    if (!described || PQresultStatus(described.get()) != PGRES_COMMAND_OK) connection_.fail(described.get());
    columns_ = PQnfields(described.get());
}

PgStatement::~PgStatement() {
    if (connection_.streaming() == this) detach(false);
    if (connection_.is_closing()) return;
    // libpq drops the rows of a query still arriving when another is sent: another
    // statement's are read ahead first, or, should that fail, this one is left prepared.
    try {
        connection_.settle();
    } catch (...) {
        return;
    }
    PGconn* conn = connection_.raw();
    // In a transaction that failed, the server takes nothing but ROLLBACK: the prepared
    // statement then lasts as long as the connection.
    if (PQstatus(conn) == CONNECTION_OK && PQtransactionStatus(conn) != PQTRANS_INERROR)
        PQclear(PQexec(conn, ("DEALLOCATE " + name_).c_str()));
}

void PgStatement::set(int index, std::optional<std::string> value) {
    if (index < 1 || size_t(index) > values_.size())
        throw Error(ExitCode::software, fmt::format("bind to ?{} of a query with {} placeholders: {}", index,
                                                    values_.size(), sql_));
    values_[size_t(index) - 1] = std::move(value);
}

void PgStatement::bind(int index, int64_t value) { set(index, fmt::format("{}", value)); }
void PgStatement::bind(int index, const std::string& value) { set(index, value); }
void PgStatement::bind(int index) { set(index, std::nullopt); }
void PgStatement::bind(int index, double value) {
    if (std::isnan(value)) return set(index, "NaN");
    if (std::isinf(value)) return set(index, value > 0 ? "Infinity" : "-Infinity");
    set(index, fmt::format("{}", value));  // the shortest text that reads back as the same double
}

void PgStatement::clearBindings() {
    for (auto& value : values_) value.reset();
}

void PgStatement::start() {
    connection_.check_interrupted();
    connection_.settle();
    std::vector<const char*> values;
    for (const auto& value : values_) values.push_back(value ? value->c_str() : nullptr);
    PGconn* conn = connection_.raw();
    if (!PQsendQueryPrepared(conn, name_.c_str(), int(values.size()), values.data(), nullptr, nullptr, 0)) {
        state_ = State::done;
        connection_.fail(nullptr);
    }
    PQsetSingleRowMode(conn);
    connection_.set_streaming(this);
    state_ = State::running;
}

PgStatement::Result PgStatement::next_result() {
    if (!kept_.empty()) {
        Result result = std::move(kept_.front());
        kept_.pop_front();
        return result;
    }
    if (connection_.streaming() != this) return nullptr;
    Result result(PQgetResult(connection_.raw()));
    if (!result) connection_.set_streaming(nullptr);
    return result;
}

void PgStatement::finish() {
    while (next_result()) {
    }
    state_ = State::done;
}

void PgStatement::detach(bool keep) {
    if (connection_.streaming() != this) return;
    while (Result result{PQgetResult(connection_.raw())}) {
        if (!keep) continue;
        if (PQresultStatus(result.get()) == PGRES_SINGLE_TUPLE)
            keep_row(result.get());
        else
            kept_.push_back(std::move(result));
    }
    connection_.set_streaming(nullptr);
    if (!keep) state_ = State::done;
}

void PgStatement::keep_row(const PGresult* row) {
    if (!kept_rows_) kept_rows_.reset(PQcopyResult(row, PG_COPYRES_ATTRS));
    if (!kept_rows_) throw std::bad_alloc();
    int at = PQntuples(kept_rows_.get());
    for (int c = 0; c < PQnfields(row); ++c) {
        bool null = PQgetisnull(row, 0, c);
        // PQsetvalue copies the value; it takes no const, and writes nothing through it.
        if (!PQsetvalue(kept_rows_.get(), at, c, null ? nullptr : PQgetvalue(row, 0, c),
                        null ? -1 : PQgetlength(row, 0, c)))
            throw std::bad_alloc();
    }
}

bool PgStatement::executeStep() {
    row_.reset();
    at_ = nullptr;
    if (state_ == State::done) return false;
    if (state_ == State::ready) start();
    if (kept_rows_ && kept_next_ < PQntuples(kept_rows_.get())) {
        at_ = kept_rows_.get();
        at_row_ = kept_next_++;
        return true;
    }
    Result result = next_result();
    ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_TUPLES_OK;
    if (status == PGRES_SINGLE_TUPLE) {
        row_ = std::move(result);
        at_ = row_.get();
        at_row_ = 0;
        return true;
    }
    finish();
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) connection_.fail(result.get());
    return false;
}

int PgStatement::exec() {
    reset();
    connection_.check_interrupted();
    connection_.settle();
    std::vector<const char*> values;
    for (const auto& value : values_) values.push_back(value ? value->c_str() : nullptr);
    Result result(PQexecPrepared(connection_.raw(), name_.c_str(), int(values.size()), values.data(), nullptr,
                                 nullptr, 0));
    ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) connection_.fail(result.get());
    // No row when ON CONFLICT DO NOTHING made none: the id is then left as it was, as SQLite's.
    if (returned_id_ && PQntuples(result.get()) > 0 && !PQgetisnull(result.get(), 0, 0) &&
        !parse(std::string_view(PQgetvalue(result.get(), 0, 0)), *returned_id_))
        throw Error(ExitCode::software, fmt::format("an insert returned no id: {}", sql_));
    const char* rows = PQcmdTuples(result.get());
    return rows && *rows ? std::atoi(rows) : 0;
}

void PgStatement::reset() {
    row_.reset();
    at_ = nullptr;
    if (state_ == State::running) finish();
    kept_rows_.reset();
    kept_next_ = 0;
    kept_.clear();
    state_ = State::ready;
}

const char* PgStatement::value(int index) const {
    if (!at_) throw Error(ExitCode::software, fmt::format("a column read before a row was stepped to: {}", sql_));
    if (index < 0 || index >= PQnfields(at_))
        throw Error(ExitCode::software, fmt::format("column {} read of a query with {}: {}", index,
                                                    PQnfields(at_), sql_));
    return PQgetisnull(at_, at_row_, index) ? nullptr : PQgetvalue(at_, at_row_, index);
}

bool PgStatement::column_is_null(int index) const { return value(index) == nullptr; }

std::string PgStatement::column_text(int index) const {
    const char* text = value(index);
    return text ? std::string(text, size_t(PQgetlength(at_, at_row_, index))) : std::string();
}

std::string_view PgStatement::column_view(int index) const {
    const char* text = value(index);
    return text ? std::string_view(text, size_t(PQgetlength(at_, at_row_, index))) : std::string_view();
}

int64_t PgStatement::column_int64(int index) const {
    const char* text = value(index);
    if (!text) return 0;
    std::string_view s(text);
    int64_t whole = 0;
    double number = 0;
    if (parse(s, whole)) return whole;
    if (s == "t" || s == "f") return s == "t";
    if (parse(s, number) && std::isfinite(number) && std::fabs(number) < 9.2e18) return int64_t(number);
    throw Error(ExitCode::software, fmt::format("column {} ({}) holds no whole number: {}", index,
                                                PQfname(at_, index), sql_));
}

double PgStatement::column_double(int index) const {
    const char* text = value(index);
    if (!text) return 0;
    std::string_view s(text);
    double number = 0;
    if (parse(s, number)) return number;
    if (s == "t" || s == "f") return s == "t";
    throw Error(ExitCode::software, fmt::format("column {} ({}) holds no number: {}", index,
                                                PQfname(at_, index), sql_));
}

}  // namespace lac::store
