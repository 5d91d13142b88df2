#pragma once
// Shared helpers for turning columns into record fields and fields into bound values, on
// either engine (store-internal).
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "lac/store/db.hpp"
#include "lac/store/engine/statement.hpp"
#include "lac/util/date.hpp"
#include "lac/util/text.hpp"

namespace lac::rows {

// Whether the database is PostgreSQL's rather than SQLite's: for the few queries that have
// no text both engines take alike, each written both ways side by side.
inline bool postgresql(Db& db) { return std::string_view(db.connection().engine()) == "postgresql"; }

inline std::string text(const store::Column& column) { return column.isNull() ? "" : column.getString(); }

inline Date date(const store::Column& column) { return parse_iso_date(column.getString()); }

inline std::optional<Date> maybe_date(const store::Column& column) {
    if (column.isNull()) return std::nullopt;
    return parse_iso_date(column.getString());
}

inline std::optional<int> maybe_int(const store::Column& column) {
    if (column.isNull()) return std::nullopt;
    return column.getInt();
}

template <class T>
void bind_optional(store::Statement& statement, int index, const std::optional<T>& value) {
    if (value)
        statement.bind(index, *value);
    else
        statement.bind(index);
}

inline void bind_date(store::Statement& statement, int index, std::optional<Date> value) {
    if (value)
        statement.bind(index, to_iso(*value));
    else
        statement.bind(index);
}

// Binds `text` folded as lower() folds one of lac's columns on both engines: ASCII letters
// only (SQLite's lower(); PostgreSQL's on lac's columns, which are COLLATE "C"). A query
// matches case aside with `lower(column) = ?n` and this, never with `lower(?n)`: on a server
// a parameter has the database's default collation, whose lower() folds other letters too
// (É to é), and a team named 'Équipe Nord' was not found by its own name.
inline void bind_folded(store::Statement& statement, int index, std::string_view text) {
    statement.bind(index, ascii_lower(text));
}

// "WHERE a AND b …" from fixed fragments, only those whose filter was given: a filter
// written as "(?1 IS NULL OR x = ?1)" would keep SQLite from using x's index.
inline std::string where(std::initializer_list<std::pair<bool, const char*>> conditions) {
    std::string sql;
    for (const auto& [given, fragment] : conditions)
        if (given) sql += std::string(sql.empty() ? " WHERE " : " AND ") + fragment;
    return sql + " ";
}

// A record's own id when it keeps its reference (an import), else NULL for a new one.
inline void bind_id(store::Statement& statement, int index, int64_t id) {
    if (id > 0)
        statement.bind(index, id);
    else
        statement.bind(index);
}

// Runs `insert`, an INSERT … RETURNING id (both engines have RETURNING), and gives the id
// of the row it made; the statement is then done, so that it holds nothing open.
inline int64_t inserted_id(Db& db, store::Statement& insert) {
    insert.exec();
    int64_t id = db.connection().last_insert_id();
    insert.reset();
    return id;
}

}  // namespace lac::rows
