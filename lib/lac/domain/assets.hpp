#pragma once
// The community map: what already exists locally that people can be introduced to.
#include <optional>
#include <string>
#include <vector>

#include "lac/store/records.hpp"
#include "lac/domain/session.hpp"
#include "lac/domain/validate.hpp"

namespace lac {

struct AssetFields {
    std::optional<std::string> name, kind, area, contact, notes;
};

// The one check of an asset's fields (their limits), for the commands and the importer:
// sets each given field on `a`, returning the names of those given.
std::vector<std::string> check_asset_fields(const Session& s, Asset& a, const AssetFields& fields, Naming naming);

Asset add_asset(Session& s, const AssetFields& fields);
Asset edit_asset(Session& s, std::string_view asset, const AssetFields& fields);
Asset retire_asset(Session& s, std::string_view asset);
// A7, 7, a name or a unique prefix of one (case-insensitive).
Asset find_asset(Session& s, std::string_view text);
std::vector<Asset> list_assets(Session& s, const std::string& kind, const std::string& area, bool include_retired);

struct AssetRecord {
    Asset asset;
    std::vector<Connection> connections;
    std::vector<Contribution> contributions;
};
AssetRecord asset_record(Session& s, std::string_view asset);

}  // namespace lac
