#include "lac/store/bulk_load_postgres.hpp"

#include <string>
#include <vector>

#include <fmt/format.h>

#include "lac/store/db.hpp"
#include "lac/util/errors.hpp"

namespace lac::store {
namespace {

struct Definition {
    std::string table, name, sql;
};

// Names from the catalog go into DDL: only lac's own kind of name is taken.
const std::string& checked(const std::string& name) {
    if (name.empty() || name.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") != std::string::npos)
        throw Error(ExitCode::software, fmt::format("a bulk load met a name lac's schema has not: {}", name));
    return name;
}

std::vector<Definition> read(Db& db, const char* sql) {
    std::vector<Definition> out;
    Query query(db, sql);
    while (query.executeStep())
        out.push_back({checked(query.getColumn(0).getString()), checked(query.getColumn(1).getString()),
                       query.getColumn(2).getString()});
    return out;
}

}  // namespace

void with_checks_after(Db& to, const std::function<void()>& load) {
    auto foreign_keys = read(to, "SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid) "
                                 "FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_namespace n "
                                 "ON n.oid = c.connamespace WHERE n.nspname = current_schema() AND c.contype = 'f' "
                                 "ORDER BY c.conname");
    // Indexes that back a primary key or a unique constraint stay: the rows' own checks.
    auto indexes = read(to, "SELECT i.tablename, i.indexname, i.indexdef FROM pg_catalog.pg_indexes i "
                            "WHERE i.schemaname = current_schema() AND NOT EXISTS (SELECT 1 FROM "
                            "pg_catalog.pg_constraint c WHERE c.conname = i.indexname AND c.contype IN ('p', 'u')) "
                            "ORDER BY i.indexname");
    for (const auto& k : foreign_keys)
        to.exec(fmt::format("ALTER TABLE \"{}\" DROP CONSTRAINT \"{}\"", k.table, k.name));
    for (const auto& i : indexes) to.exec(fmt::format("DROP INDEX \"{}\"", i.name));
    load();
    to.exec("SET LOCAL maintenance_work_mem = '256MB'");
    for (const auto& i : indexes) to.exec(i.sql);
    for (const auto& k : foreign_keys)
        to.exec(fmt::format("ALTER TABLE \"{}\" ADD CONSTRAINT \"{}\" {}", k.table, k.name, k.sql));
}

}  // namespace lac::store
