#include "lac/store/assets.hpp"

#include <fmt/format.h>

#include "lac/store/db.hpp"
#include "lac/store/name_parts.hpp"
#include "lac/store/rows.hpp"
#include "lac/util/text.hpp"

namespace lac::store {
namespace {

// The people count is of distinct people with a connection to the asset that has not ended.
const char* const asset_columns =
    "SELECT a.id, a.name, a.kind, a.area, a.contact, a.notes, a.active, "
    "(SELECT count(DISTINCT k.person_id) FROM connection k WHERE k.asset_id = a.id AND k.status <> 'ended') "
    "FROM asset a ";

Asset read_asset(store::Statement& row) {
    Asset a;
    a.id = row.getColumn(0).getInt64();
    a.name = row.getColumn(1).getString();
    a.kind = row.getColumn(2).getString();
    a.area = row.getColumn(3).getString();
    a.contact = row.getColumn(4).getString();
    a.notes = row.getColumn(5).getString();
    a.active = row.getColumn(6).getInt() != 0;
    a.people = row.getColumn(7).getInt();
    return a;
}

std::vector<Asset> all(store::Statement& query) {
    std::vector<Asset> out;
    while (query.executeStep()) out.push_back(read_asset(query));
    return out;
}

void bind_fields(store::Statement& s, const Asset& a) {
    s.bind(1, a.name);
    s.bind(2, fold_name(a.name));
    s.bind(3, a.kind);
    s.bind(4, a.area);
    s.bind(5, a.contact);
    s.bind(6, a.notes);
    s.bind(7, a.active ? 1 : 0);
}

}  // namespace

int64_t insert_asset(Db& db, const Asset& a) {
    auto& insert = db.statement("INSERT INTO asset (name, name_key, kind, area, contact, notes, active, recorded_at, "
                             "recorded_by, id) VALUES (?, ?, ?, ?, ?, ?, ?, lac_now(), ?, ?)");
    bind_fields(insert, a);
    insert.bind(8, db.actor());
    rows::bind_id(insert, 9, a.id);
    int64_t id = rows::inserted_id(db, insert);
    add_name_parts(db, Named::asset, id, fold_name(a.name));
    return id;
}

void update_asset(Db& db, const Asset& a) {
    auto& update = db.statement("UPDATE asset SET name = ?, name_key = ?, kind = ?, area = ?, contact = ?, notes = ?, "
                             "active = ? WHERE id = ?");
    bind_fields(update, a);
    update.bind(8, a.id);
    update.exec();
    remove_name_parts(db, Named::asset, a.id);
    add_name_parts(db, Named::asset, a.id, fold_name(a.name));
}

std::optional<Asset> asset_by_id(Db& db, int64_t id) {
    Query query(db, std::string(asset_columns) + "WHERE a.id = ?");
    query.bind(1, id);
    if (!query.executeStep()) return std::nullopt;
    return read_asset(query);
}

std::vector<Asset> assets_named(Db& db, const std::string& key, Match match) {
    // asset_name_key for a whole name; otherwise the parts first (asset_name_part's key).
    std::string where = match == Match::name
                            ? std::string("WHERE a.name_key = ?1 ")
                            : fmt::format("WHERE a.id IN (SELECT w.asset_id FROM asset_name_part w WHERE {} LIMIT 50) ",
                                          part_matches(match));
    Query query(db, asset_columns + where + "ORDER BY a.name_key, a.id LIMIT 50");
    query.bind(1, key);
    return all(query);
}

std::vector<Asset> list_assets(Db& db, const std::string& kind, const std::string& area, bool include_retired) {
    Query query(db, std::string(asset_columns) +
                        "WHERE (?1 = '' OR a.kind = ?1) AND (?2 = '' OR a.area = ?2) "
                        "AND (?3 OR a.active = 1) ORDER BY a.name_key, a.id");
    query.bind(1, kind);
    query.bind(2, area);
    query.bind(3, include_retired ? 1 : 0);
    return all(query);
}

}  // namespace lac::store
