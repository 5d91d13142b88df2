#include "lac/store/bulk_rows_postgres.hpp"

#include <algorithm>
#include <charconv>

#include <fmt/format.h>

#include "lac/store/db.hpp"
#include "lac/store/engine/postgres_db_connection.hpp"
#include "lac/store/server_roles.hpp"

namespace lac::store {

void append_copy_text(std::string& out, std::string_view text) {
    for (char c : text) {
        switch (c) {
            case '\\': out += "\\\\"; break;
            case '\t': out += "\\t"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            default: out += c;
        }
    }
}

BulkRows::BulkRows(std::string table, std::vector<std::string> columns)
    : table_(std::move(table)), columns_(std::move(columns)) {}

std::string& BulkRows::add(int64_t id) {
    if (!ids_.empty()) text_ += '\n';
    ids_.push_back(id);
    if (id > 0)
        explicit_.insert(id);
    else
        draws_ = true;
    return text_;
}

const std::string& BulkRows::now(Db& db) {
    if (now_.empty()) {
        Query query(db, "SELECT lac_now()");
        query.executeStep();
        now_ = query.getColumn(0).getString();
    }
    return now_;
}

std::vector<int64_t> BulkRows::flush(Db& db) {
    if (ids_.empty()) return {};
    auto ids = owned(db) ? copy_into_table(db) : insert_through_temporary(db);
    text_.clear();
    ids_.clear();
    explicit_.clear();
    draws_ = false;
    return ids;
}

// Only a login that may alter the table may turn the trigger off, and COPY into it past
// row-level security.
bool BulkRows::owned(Db& db) {
    if (owned_ < 0) owned_ = server_login(db).owner;
    return owned_ == 1;
}

void BulkRows::stream(Db& db, const std::string& copy,
                      const std::function<void(std::string&, std::size_t)>& before) {
    std::size_t row = 0, at = 0;
    db.postgres().pg().copy_in(copy, [&](std::string& out) {
        if (row == ids_.size()) return false;
        std::size_t end = std::min(text_.find('\n', at), text_.size());
        before(out, row);
        out.append(text_, at, end - at).push_back('\n');
        at = end + 1;
        return ++row < ids_.size();
    });
}

namespace {

void append_number(std::string& out, int64_t n) {
    char digits[24];
    out.append(digits, std::to_chars(digits, digits + sizeof digits, n).ptr);
}

std::string column_list(const std::vector<std::string>& columns) {
    std::string out = "id";
    for (const auto& c : columns) out += fmt::format(", \"{}\"", c);
    return out;
}

}  // namespace

std::vector<int64_t> BulkRows::copy_into_table(Db& db) {
    // The trigger is off only inside this transaction, which holds the table against other
    // writers (SHARE ROW EXCLUSIVE) until it ends; readers are not held up.
    db.exec(fmt::format("ALTER TABLE \"{0}\" DISABLE TRIGGER \"{0}_next_id\"", table_));
    // The ids run on as lac_next_id() gives them, from lac_last_id() (migrations_postgres.cpp).
    Query counter(db, "SELECT lac_last_id(?1)");
    counter.bind(1, table_);
    int64_t seq = counter.executeStep() ? counter.getColumn(0).getInt64() : 0;
    std::vector<int64_t> ids;
    ids.reserve(ids_.size());
    for (int64_t id : ids_) {
        seq = id > 0 ? std::max(seq, id) : seq + 1;
        ids.push_back(id > 0 ? id : seq);
    }
    stream(db, fmt::format("COPY \"{}\" ({}) FROM STDIN", table_, column_list(columns_)),
           [&](std::string& out, std::size_t row) {
               append_number(out, ids[row]);
               out += '\t';
           });
    Query moved(db, "UPDATE lac_sequence SET seq = ?1 WHERE name = ?2");
    moved.bind(1, seq);
    moved.bind(2, table_);
    moved.exec();
    db.exec(fmt::format("ALTER TABLE \"{0}\" ENABLE TRIGGER \"{0}_next_id\"", table_));
    return ids;
}

std::vector<int64_t> BulkRows::insert_through_temporary(Db& db) {
    const std::string held = "lac_bulk_" + table_, columns = column_list(columns_);
    db.exec(fmt::format("CREATE TEMPORARY TABLE IF NOT EXISTS \"{}\" ON COMMIT DROP AS "
                        "SELECT CAST(0 AS bigint) AS lac_n, {} FROM \"{}\" WITH NO DATA",
                        held, columns, table_));
    stream(db, fmt::format("COPY \"{}\" (lac_n, {}) FROM STDIN", held, columns),
           [&](std::string& out, std::size_t row) {
               append_number(out, int64_t(row));
               out += ids_[row] > 0 ? fmt::format("\t{}\t", ids_[row]) : "\t\\N\t";
           });
    // RETURNING gives the rows in the order they were inserted, which ORDER BY sets.
    Query insert(db, fmt::format("INSERT INTO \"{}\" ({}) SELECT {} FROM \"{}\" ORDER BY lac_n RETURNING id", table_,
                                 columns, columns, held));
    std::vector<int64_t> ids;
    ids.reserve(ids_.size());
    while (insert.executeStep()) ids.push_back(insert.getColumn(0).getInt64());
    db.exec(fmt::format("TRUNCATE \"{}\"", held));
    return ids;
}

}  // namespace lac::store
