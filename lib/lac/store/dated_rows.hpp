#pragma once
// Reading dated records about a person (contributions, avoided crises, wellbeing check-ins)
// by the same filter: a person, an asset, a period, a limit (store-internal).
#include <optional>
#include <string>
#include <vector>

#include "lac/store/db.hpp"
#include "lac/store/giving.hpp"
#include "lac/store/rows.hpp"

namespace lac::store::dated_rows {

// Runs `columns` (whose table is aliased `alias`) under the filter's conditions, each its
// own fragment so that SQLite reads the person or the date index.
template <class Record, class Read>
inline std::vector<Record> select(Db& db, const std::string& columns, char alias, const GivingFilter& f, Read read) {
    std::string a(1, alias);
    std::string person = a + ".person_id = ?1", asset = a + ".asset_id = ?2", from = a + ".on_date >= ?3",
                to = a + ".on_date <= ?4";
    std::string order = f.newest_first ? " DESC" : "";
    Query query(db, columns +
                        rows::where({{bool(f.person_id), person.c_str()},
                                     {bool(f.asset_id), asset.c_str()},
                                     {bool(f.from), from.c_str()},
                                     {bool(f.to), to.c_str()},
                                     {true, "p.name IS NOT NULL"}}) +
                        "ORDER BY " + a + ".on_date" + order + ", " + a + ".id" + order +
                        (f.limit > 0 ? " LIMIT ?5" : ""));
    if (f.person_id) query.bind(1, *f.person_id);
    if (f.asset_id) query.bind(2, *f.asset_id);
    if (f.from) query.bind(3, to_iso(*f.from));
    if (f.to) query.bind(4, to_iso(*f.to));
    if (f.limit > 0) query.bind(5, f.limit);
    std::vector<Record> out;
    while (query.executeStep()) out.push_back(read(query));
    return out;
}

// The record with this id, unless its person was forgotten.
template <class Read>
inline auto by_id(Db& db, const char* columns, char alias, int64_t id, Read read)
    -> std::optional<decltype(read(std::declval<store::Statement&>()))> {
    Query query(db, std::string(columns) + "WHERE " + alias + ".id = ? AND p.name IS NOT NULL");
    query.bind(1, id);
    if (!query.executeStep()) return std::nullopt;
    return read(query);
}

}  // namespace lac::store::dated_rows
