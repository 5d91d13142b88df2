#include "lac/store/copy.hpp"

#include <algorithm>
#include <iterator>
#include <string_view>

#include <fmt/format.h>

#include "lac/store/bulk_load_postgres.hpp"
#include "lac/store/bulk_rows_postgres.hpp"
#include "lac/store/db.hpp"
#include "lac/store/engine/postgres_db_connection.hpp"
#include "lac/util/errors.hpp"

namespace lac::store {
namespace {

// lac's tables in the order the migrations make them, which is an order in which every row's
// references are copied before it. meta comes first and is replaced whole.
const char* const tables_in_order[] = {
    "meta",         "coordinator", "person",     "assignment",        "conversation", "audit",
    "goal",         "goal_note",   "asset",      "connection",        "connection_change", "contribution",
    "avoided",      "wellbeing",   "reflection", "reflection_score",  "person_name_part", "asset_name_part",
};

// The engine's own bookkeeping, which each database keeps for itself, and a server's grants
// to its roles (lac_access), which are that server's.
bool own_bookkeeping(const std::string& table) {
    return table == "lac_schema" || table == "lac_sequence" || table == "lac_access" ||
           table.rfind("sqlite_", 0) == 0;
}

enum class Kind { integer, real, text };

struct Field {
    std::string name;
    Kind kind;
};

// A table's columns as the engine declares them: SQLite's STRICT types, or PostgreSQL's.
std::vector<Field> columns_of(Db& db, const std::string& table) {
    const bool server = db.on_server();
    Query query(db, server ? "SELECT column_name, data_type FROM information_schema.columns "
                             "WHERE table_schema = current_schema() AND table_name = ?1 ORDER BY ordinal_position"
                           : "SELECT name, upper(type) FROM pragma_table_info(?1) ORDER BY cid");
    query.bind(1, table);
    std::vector<Field> out;
    while (query.executeStep()) {
        // Names are written into the copy's SQL: a file made to look like lac's gets no further.
        std::string name = query.getColumn(0).getString();
        if (name.empty() || name.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") != std::string::npos)
            throw DataError(fmt::format("{} has a column lac's schema has not: {}.{}", db.where(), table, name));
        std::string type = query.getColumn(1).getString();
        Kind kind = type == "INTEGER" || type == "bigint" || type == "integer" || type == "smallint" ? Kind::integer
                    : type == "REAL" || type == "double precision" || type == "real"                 ? Kind::real
                                                                                                     : Kind::text;
        out.push_back({name, kind});
    }
    return out;
}

std::vector<std::string> tables_of(Db& db) {
    Query query(db, db.on_server() ? "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"
                                   : "SELECT name FROM sqlite_schema WHERE type = 'table'");
    std::vector<std::string> out;
    while (query.executeStep()) out.push_back(query.getColumn(0).getString());
    return out;
}

std::string quoted_list(const std::vector<Field>& columns, const char* prefix = "") {
    std::string out;
    for (size_t i = 0; i < columns.size(); ++i)
        out += fmt::format("{}{}\"{}\"", i ? ", " : "", prefix, columns[i].name);
    return out;
}

// `after` > 0: only the rows whose id is above it.
// " WHERE id > N" when `after` > 0 (a number, never a user's text), else nothing.
std::string rows_after(int64_t after) { return after > 0 ? fmt::format(" WHERE id > {}", after) : ""; }

int64_t copy_table(Db& from, Db& to, const std::string& table, int64_t after) {
    std::vector<Field> columns = columns_of(from, table);
    if (columns.empty()) throw Error(ExitCode::software, fmt::format("{} has no table {}", from.where(), table));
    // Names come from the source's catalog, checked against the list above, never from a user.
    std::string placeholders;
    for (size_t i = 0; i < columns.size(); ++i) placeholders += fmt::format("{}?{}", i ? ", " : "", i + 1);
    Query read(from, fmt::format("SELECT {} FROM \"{}\"{}", quoted_list(columns), table, rows_after(after)));
    Query write(to, fmt::format("INSERT INTO \"{}\" ({}) VALUES ({})", table, quoted_list(columns), placeholders));
    int64_t rows = 0;
    while (read.executeStep()) {
        for (size_t i = 0; i < columns.size(); ++i) {
            auto value = read.getColumn(int(i));
            int at = int(i) + 1;
            if (value.isNull())
                write.bind(at);
            else if (columns[i].kind == Kind::integer)
                write.bind(at, value.getInt64());
            else if (columns[i].kind == Kind::real)
                write.bind(at, value.getDouble());
            else
                write.bind(at, value.getString());
        }
        write.exec();
        write.reset();
        ++rows;
    }
    return rows;
}

// Into a PostgreSQL database made by this transaction, with COPY: a round trip a few hundred
// kilobytes rather than a row. The ids come with the rows, so the trigger that draws new ones
// is off meanwhile, and the counter is then set to the highest, as an explicit id sets it.
int64_t copy_table_to_server(Db& from, Db& to, const std::string& table, bool has_id, int64_t after) {
    std::vector<Field> columns = columns_of(from, table);
    auto& server = to.postgres().pg();
    if (has_id) server.execute(fmt::format("ALTER TABLE \"{0}\" DISABLE TRIGGER \"{0}_next_id\"", table));
    Query read(from, fmt::format("SELECT {} FROM \"{}\"{}", quoted_list(columns), table, rows_after(after)));
    auto out = [](std::string& line, auto value) { fmt::format_to(std::back_inserter(line), "{}", value); };
    int64_t rows = server.copy_in(
        fmt::format("COPY \"{}\" ({}) FROM STDIN", table, quoted_list(columns)), [&](std::string& line) {
            if (!read.executeStep()) return false;
            for (size_t i = 0; i < columns.size(); ++i) {
                if (i) line += '\t';
                auto value = read.getColumn(int(i));
                if (value.isNull())
                    line += "\\N";
                else if (columns[i].kind == Kind::integer)
                    out(line, value.getInt64());
                else if (columns[i].kind == Kind::real)
                    out(line, value.getDouble());
                else
                    append_copy_text(line, value.getView());
            }
            line += '\n';
            return true;
        });
    if (has_id) {
        server.execute(fmt::format("UPDATE lac_sequence SET seq = (SELECT coalesce(max(id), 0) FROM \"{0}\") "
                                   "WHERE name = '{0}'",
                                   table));
        server.execute(fmt::format("ALTER TABLE \"{0}\" ENABLE TRIGGER \"{0}_next_id\"", table));
    }
    return rows;
}

}  // namespace

std::vector<CopiedTable> copy_records(Db& from, Db& to, Trail trail) {
    const auto* begin = std::begin(tables_in_order);
    const auto* end = std::end(tables_in_order);
    for (const auto& table : tables_of(from))
        if (!own_bookkeeping(table) && std::find(begin, end, table) == end)
            throw Error(ExitCode::software, fmt::format("{} has a table this lac does not know to copy: {}",
                                                        from.where(), table));
    int64_t trail_ends = 0;  // the last audit row `to` has, which `from` has too
    if (trail == Trail::continued) {
        Query last(to, "SELECT coalesce(max(id), 0) FROM audit");
        last.executeStep();
        trail_ends = last.getColumn(0).getInt64();
    }
    auto after = [&](const char* table) { return std::string(table) == "audit" ? trail_ends : 0; };
    to.exec("DELETE FROM meta");
    std::vector<std::string> id_tables;  // on a server: the tables whose ids lac_sequence draws
    if (to.on_server()) {
        Query query(to, "SELECT name FROM lac_sequence");
        while (query.executeStep()) id_tables.push_back(query.getColumn(0).getString());
    }
    std::vector<CopiedTable> out;
    if (!to.on_server()) {
        for (const auto* table = begin; table != end; ++table)
            out.push_back({*table, copy_table(from, to, *table, after(*table))});
        return out;
    }
    with_checks_after(to, [&] {
        for (const auto* table = begin; table != end; ++table) {
            bool has_id = std::find(id_tables.begin(), id_tables.end(), *table) != id_tables.end();
            out.push_back({*table, copy_table_to_server(from, to, *table, has_id, after(*table))});
        }
    });
    return out;
}

bool holds_rows(Db& db, const std::string& except) {
    for (const char* table : tables_in_order) {
        if (std::string(table) == "meta" || table == except) continue;
        if (Query(db, fmt::format("SELECT 1 FROM \"{}\" LIMIT 1", table)).executeStep()) return true;
    }
    return false;
}

}  // namespace lac::store
