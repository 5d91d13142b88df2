#include "lac/store/health.hpp"

#include <algorithm>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "lac/store/db.hpp"

namespace lac::store {

namespace {

// The lines of PRAGMA integrity_check, through the seam or on SQLiteCpp's own statement.
template <class Check>
std::vector<std::string> problems_of(Check& check) {
    std::vector<std::string> out;
    while (check.executeStep()) out.push_back(check.getColumn(0).getString());
    if (out.size() == 1 && out.front() == "ok") out.clear();
    return out;
}

}  // namespace

std::vector<std::string> integrity_problems(SQLite::Database& db) {
    SQLite::Statement check(db, "PRAGMA integrity_check");
    return problems_of(check);
}

std::vector<std::string> integrity_problems(Db& db) {
    Query check(db, "PRAGMA integrity_check");
    return problems_of(check);
}

ForeignKeyProblems foreign_key_problems(Db& db) {
    Query check(db, "PRAGMA foreign_key_check");
    ForeignKeyProblems out;
    while (check.executeStep()) {
        ++out.rows;
        std::string table = check.getColumn(0).getString();
        if (std::find(out.tables.begin(), out.tables.end(), table) == out.tables.end()) out.tables.push_back(table);
    }
    return out;
}

std::string journal_mode(Db& db) {
    Query query(db, "PRAGMA journal_mode");
    query.executeStep();
    return query.getColumn(0).getString();
}

long long people_closed_before(Db& db, Date cutoff) {
    // A forgotten person keeps a row without a name, so that references are never reused;
    // their record is no longer held, so the schedule no longer counts them.
    Query count(db, "SELECT count(*) FROM person WHERE closed_on < ? AND name IS NOT NULL");
    count.bind(1, to_iso(cutoff));
    count.executeStep();
    return count.getColumn(0).getInt64();
}

}  // namespace lac::store
