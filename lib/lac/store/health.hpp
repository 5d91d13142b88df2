#pragma once
// What lac doctor asks of the database file itself: SQLite's own checks (SQLite only), the journal mode,
// and the people held past the retention schedule. Each call reads; none writes.
#include <string>
#include <vector>

#include "lac/util/date.hpp"

namespace SQLite {
class Database;
}

namespace lac {
class Db;

namespace store {

// What PRAGMA integrity_check reports, one problem a line; empty when the file is sound.
// SQLite only. It takes any SQLite database too, so that lac backup can check its copy.
std::vector<std::string> integrity_problems(Db& db);
std::vector<std::string> integrity_problems(SQLite::Database& db);

// PRAGMA foreign_key_check: how many rows name a parent that is not there, and the tables
// that hold them.
struct ForeignKeyProblems {
    long long rows = 0;
    std::vector<std::string> tables;
};
ForeignKeyProblems foreign_key_problems(Db& db);

std::string journal_mode(Db& db);

// People closed before `cutoff` whose records are still held (not yet forgotten).
long long people_closed_before(Db& db, Date cutoff);

}  // namespace store
}  // namespace lac
