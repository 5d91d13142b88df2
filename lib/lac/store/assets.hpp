#pragma once
#include <optional>
#include <string>
#include <vector>

#include "lac/store/name_parts.hpp"
#include "lac/store/records.hpp"

namespace lac {
class Db;

namespace store {

int64_t insert_asset(Db& db, const Asset& asset);
void update_asset(Db& db, const Asset& asset);
std::optional<Asset> asset_by_id(Db& db, int64_t id);
// Up to 50 assets whose folded name matches `key` as `match` says, by name.
std::vector<Asset> assets_named(Db& db, const std::string& key, Match match = Match::name);
// With the count of people connected now; empty filters match all.
std::vector<Asset> list_assets(Db& db, const std::string& kind, const std::string& area, bool include_retired);

}  // namespace store
}  // namespace lac
