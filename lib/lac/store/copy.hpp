#pragma once
// The whole record, copied from one database to another (lac copy; issue 18): every table of
// lac's schema, row for row and with the same ids, the audit trail and the pseudonym secret
// (meta) included, between SQLite and PostgreSQL in either direction. The schemas of the two
// engines have the same tables and columns (tests/unit/store_postgres_migrate_test.cpp).
#include <cstdint>
#include <string>
#include <vector>

namespace lac {
class Db;

namespace store {

struct CopiedTable {
    std::string table;
    int64_t rows = 0;
};

// Whether `to`'s audit trail is empty (whole: every row of `from`'s is copied), or is where
// `from`'s began (continued: `from` holds `to`'s rows with the same ids, then its own, and
// only those after `to`'s last are copied; lac demo on a server, demo.cpp).
enum class Trail { whole, continued };

// Copies every row of `from` into `to`, which holds lac's schema and no records but its audit
// trail as `trail` says (its meta, made by its migration, is replaced by `from`'s). The
// caller runs it inside a read of `from` and a write of `to`. Throws Error (70) if `from` has
// a table this lac does not know, so that nothing is ever left behind unnoticed.
std::vector<CopiedTable> copy_records(Db& from, Db& to, Trail trail = Trail::whole);

// Whether any of `db`'s record tables (all but meta, and but `except` if named) holds a row:
// not a database just made. Asks each table for one row, never counts them.
bool holds_rows(Db& db, const std::string& except = "");

}  // namespace store
}  // namespace lac
