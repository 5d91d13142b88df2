#pragma once
// A prepared statement on PostgreSQL (issue 18): the store seam's Statement (statement.hpp)
// through libpq. Its SQL's ?N placeholders become $N (postgres_sql.hpp); it is prepared once,
// under a name of its connection's, and run again with new values as often as wanted.
//
// Values are sent as text (NULL as null), and the server gives each parameter the type its
// place in the query calls for, so that '2026-11-23' binds to a date column as to a text one;
// a parameter whose type nothing decides (SELECT ?1 + ?2) needs a CAST in the SQL. Columns
// are read as text and converted, with checks: getInt64 takes an integer, a number with a
// fraction (truncated, as SQLite does) or a boolean (1 or 0).
//
// executeStep() asks for the rows one at a time (libpq's single-row mode), so that an
// export of millions of rows never holds them all in memory. Another statement may run on
// the same connection while one is part way through its rows (a query inside a loop over
// another's rows, as SQLite allows): what is left of the first one's rows is then read into
// memory first, since a connection carries one query at a time.
//
// A PgStatement must be destroyed before its connection.
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "lac/store/engine/postgres_connection.hpp"
#include "lac/store/engine/statement.hpp"

namespace lac::store {

class PgStatement final : public Statement {
public:
    // Prepares `sql` on `connection` (throws as the connection does, Error 70 for bad SQL).
    PgStatement(PgConnection& connection, const std::string& sql);
    ~PgStatement() override;

    using Statement::bind;
    void bind(int index, int64_t value) override;
    void bind(int index, double value) override;
    void bind(int index, const std::string& value) override;
    void bind(int index) override;

    bool executeStep() override;
    int exec() override;
    void reset() override;
    void clearBindings() override;

    int getBindParameterCount() const override { return int(values_.size()); }
    int getColumnCount() const override { return columns_; }
    bool column_is_null(int index) const override;
    int64_t column_int64(int index) const override;
    double column_double(int index) const override;
    std::string column_text(int index) const override;
    std::string_view column_view(int index) const override;

    // For an INSERT … RETURNING id (PgDbConnection): exec() writes the id it returned to `slot`.
    void hand_id_to(int64_t* slot) { returned_id_ = slot; }

    // For PgConnection: stop reading rows from the connection, keeping what is left of them
    // in memory (`keep`) or dropping them (then the statement is at its end).
    void detach(bool keep);

private:
    struct ResultDeleter {
        void operator()(pg_result* result) const;
    };
    using Result = std::unique_ptr<pg_result, ResultDeleter>;
    enum class State { ready, running, done };

    void set(int index, std::optional<std::string> value);
    void start();
    Result next_result();
    void finish();  // reads to the end of the results, dropping them
    void keep_row(const pg_result* row);
    const char* value(int index) const;

    PgConnection& connection_;
    std::string name_;
    std::string sql_;  // as lac wrote it, for messages
    int columns_ = 0;
    std::vector<std::optional<std::string>> values_;
    State state_ = State::ready;
    // What detach(true) read ahead: the rows, copied into one result (a few bytes a value,
    // where a result of its own takes kilobytes a row), then whatever ended them.
    Result kept_rows_;
    int kept_next_ = 0;
    std::deque<Result> kept_;
    Result row_;                         // the row stepped to, as libpq gave it …
    const pg_result* at_ = nullptr;      // … or in kept_rows_: where columns are read
    int at_row_ = 0;
    int64_t* returned_id_ = nullptr;
};

}  // namespace lac::store
