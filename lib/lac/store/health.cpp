#include "lac/store/health.hpp"

#include <algorithm>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "lac/store/db.hpp"

namespace lac::store {

std::vector<std::string> integrity_problems(SQLite::Database& db) {
    SQLite::Statement check(db, "PRAGMA integrity_check");
    std::vector<std::string> out;
    while (check.executeStep()) out.push_back(check.getColumn(0).getString());
    if (out.size() == 1 && out.front() == "ok") out.clear();
    return out;
}

ForeignKeyProblems foreign_key_problems(Db& db) {
    SQLite::Statement check(db.sql(), "PRAGMA foreign_key_check");
    ForeignKeyProblems out;
    while (check.executeStep()) {
        ++out.rows;
        std::string table = check.getColumn(0).getString();
        if (std::find(out.tables.begin(), out.tables.end(), table) == out.tables.end()) out.tables.push_back(table);
    }
    return out;
}

std::string journal_mode(Db& db) { return db.sql().execAndGet("PRAGMA journal_mode").getString(); }

long long people_closed_before(Db& db, Date cutoff) {
    // A forgotten person keeps a row without a name, so that references are never reused;
    // their record is no longer held, so the schedule no longer counts them.
    SQLite::Statement count(db.sql(), "SELECT count(*) FROM person "
                                      "WHERE closed_on < ? AND name IS NOT NULL");
    count.bind(1, to_iso(cutoff));
    count.executeStep();
    return count.getColumn(0).getInt64();
}

}  // namespace lac::store
