#pragma once
// Rows added in bulk to one of lac's tables on a PostgreSQL server (issue 18): an import's
// records and their audit entries, up to millions in one transaction. An INSERT a row costs a
// round trip each, and the row trigger lac_next_id() a call of plpgsql each. So the rows are
// kept as COPY text and written together by flush():
//  - by the owner of lac's tables (or a superuser): COPY straight into the table with the
//    trigger off, the ids drawn as the trigger draws them (from lac_last_id(): a row without
//    one takes the last plus one, an explicit id moves it up to that) and the counter set once;
//  - by any other role, whom row-level security binds, and whom PostgreSQL therefore refuses
//    COPY FROM into the table: COPY into a temporary table, then one INSERT … SELECT, which
//    the policies check and the trigger numbers row by row (no round trip a row, but the
//    trigger's cost a row stays: lac-import(1) says an administrator imports fastest).
// Nothing is written until flush(); a query that may read a row still held must flush first.
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace lac {
class Db;

namespace store {

// `text` as COPY's text format has it: backslash, tab, newline and return escaped.
void append_copy_text(std::string& out, std::string_view text);

class BulkRows {
public:
    // `table` one of lac's tables with an id; `columns` the others written, as each row's
    // fields come. Both are lac's own names, never a user's.
    BulkRows(std::string table, std::vector<std::string> columns);

    // Begins a row with id `id` (0: the next the counter gives) and returns the text to which
    // the caller appends its fields, each as COPY text (append_copy_text, `\N` for NULL),
    // separated by tabs, without a newline.
    std::string& add(int64_t id);
    // lac_now(), as a row's recorded_at is to say it.
    const std::string& now(Db& db);
    std::size_t size() const { return ids_.size(); }
    // Whether a row held has the id `id`, or any row held is yet to draw one.
    bool holds(int64_t id) const { return explicit_.count(id) > 0; }
    bool draws() const { return draws_; }
    // Whether the rows held are enough to write now: 16 MiB of text, so that an import's
    // memory stays small (a million conversations are 60 MB) while a write carries thousands.
    bool full() const { return text_.size() >= (16u << 20); }

    // Writes the rows held, in the order added, inside the caller's transaction, and returns
    // the ids they were given, in that order. Any error is thrown as lac's (a constraint, a
    // policy refusing a row), and the transaction is then to be rolled back.
    std::vector<int64_t> flush(Db& db);

private:
    bool owned(Db& db);
    std::vector<int64_t> copy_into_table(Db& db);
    std::vector<int64_t> insert_through_temporary(Db& db);
    // Streams the rows held into `copy`, each after what `before` appends for the n-th.
    void stream(Db& db, const std::string& copy, const std::function<void(std::string&, std::size_t)>& before);

    std::string table_;
    std::vector<std::string> columns_;
    std::string text_;  // the rows held, one line each, separated by '\n'
    std::string now_;
    std::vector<int64_t> ids_;
    std::unordered_set<int64_t> explicit_;
    bool draws_ = false;
    int owned_ = -1;  // whether the login owns the table: -1 until asked
};

}  // namespace store
}  // namespace lac
