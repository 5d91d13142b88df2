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

// Copies every row of `from` into `to`, which holds lac's schema and no records (its meta,
// made by its migration, is replaced by `from`'s). The caller runs it inside a read of `from`
// and a write of `to`. Throws Error (70) if `from` has a table this lac does not know, so
// that nothing is ever left behind unnoticed.
std::vector<CopiedTable> copy_records(Db& from, Db& to);

// Rows in `to`'s record tables (all but meta): 0 for a database just made.
int64_t record_rows(Db& db);

}  // namespace store
}  // namespace lac
