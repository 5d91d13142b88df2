#include "lac/domain/assets.hpp"

#include <fmt/format.h>

#include "lac/util/errors.hpp"
#include "lac/util/ref.hpp"
#include "lac/store/assets.hpp"
#include "lac/store/audit.hpp"
#include "lac/store/connections.hpp"
#include "lac/store/giving.hpp"
#include "lac/util/text.hpp"
#include "lac/domain/validate.hpp"

namespace lac {
std::vector<std::string> check_asset_fields(const Session& s, Asset& a, const AssetFields& f, Naming naming) {
    std::vector<std::string> changed;
    if (f.name) a.name = check_name(*f.name, named(naming, "asset's name", "name")), changed.push_back("name");
    if (f.kind) a.kind = check_word(*f.kind, s.config.asset_kinds, "kind of asset"), changed.push_back("kind");
    if (f.area) a.area = check_text(*f.area, "area", 100), changed.push_back("area");
    if (f.contact) a.contact = check_text(*f.contact, "contact", 200), changed.push_back("contact");
    if (f.notes) a.notes = check_text(*f.notes, "notes", 4000, true), changed.push_back("notes");
    return changed;
}

Asset find_asset(Session& s, std::string_view text) {
    std::string typed = trim(text);
    if (auto id = parse_ref(typed, ref::asset)) {
        if (auto a = store::asset_by_id(s.db, *id)) return *a;
        throw DataError(fmt::format("there is no asset A{}; see 'lac asset list'", *id));
    }
    // A whole name before whole words, and whole words before the start of one, as for people.
    std::string key = fold_name(typed);
    std::vector<Asset> matches;
    for (auto match : {store::Match::name, store::Match::word, store::Match::prefix})
        if (matches.empty() && !key.empty()) matches = store::assets_named(s.db, key, match);
    if (matches.size() == 1) return matches.front();
    if (matches.empty())
        throw DataError(fmt::format("no asset on the map is called '{}'; see 'lac asset list'", typed));
    std::vector<std::string> candidates;
    for (std::size_t i = 0; i < matches.size() && i < 8; ++i)
        candidates.push_back(fmt::format("A{} {}", matches[i].id, matches[i].name));
    throw DataError(fmt::format("'{}' could be {}; use the reference", typed, join(candidates, "; ")));
}

Asset add_asset(Session& s, const AssetFields& fields) {
    if (!fields.name) throw UsageError("an asset needs a name");
    if (!fields.kind) throw UsageError("an asset needs --kind");
    Asset a;
    check_asset_fields(s, a, fields, Naming::described);
    s.db.write([&] {
        for (const auto& same : store::assets_named(s.db, fold_name(a.name)))
            throw DataError(fmt::format("there is already an asset called '{}' (A{}); give this one a name "
                                        "that tells them apart", same.name, same.id));
        a.id = store::insert_asset(s.db, a);
        store::audit(s.db, "add", "asset", make_ref(ref::asset, a.id));
    });
    return a;
}

Asset edit_asset(Session& s, std::string_view asset, const AssetFields& fields) {
    Asset a;
    s.db.write([&] {
        a = find_asset(s, asset);
        auto changed = check_asset_fields(s, a, fields, Naming::described);
        if (changed.empty()) throw UsageError("nothing to change; pass --name, --kind, --area, --contact or --notes");
        for (const auto& same : store::assets_named(s.db, fold_name(a.name)))
            if (same.id != a.id)
                throw DataError(fmt::format("there is already an asset called '{}' (A{})", same.name, same.id));
        store::update_asset(s.db, a);
        store::audit(s.db, "edit", "asset", make_ref(ref::asset, a.id), join(changed, ","));
    });
    return a;
}

Asset retire_asset(Session& s, std::string_view asset) {
    Asset a;
    s.db.write([&] {
        a = find_asset(s, asset);
        if (!a.active) throw DataError(fmt::format("A{} is already retired", a.id));
        a.active = false;
        store::update_asset(s.db, a);
        store::audit(s.db, "retire", "asset", make_ref(ref::asset, a.id));
    });
    return a;
}

std::vector<Asset> list_assets(Session& s, const std::string& kind, const std::string& area, bool include_retired) {
    std::string k = kind.empty() ? "" : check_word(kind, s.config.asset_kinds, "kind of asset");
    std::vector<Asset> out;
    s.db.read([&] { out = store::list_assets(s.db, k, area, include_retired); });
    return out;
}

AssetRecord asset_record(Session& s, std::string_view asset) {
    AssetRecord r;
    s.db.read([&] {
        r.asset = find_asset(s, asset);
        r.connections = store::list_connections(s.db, std::nullopt, r.asset.id);
        r.contributions = store::contributions_of(s.db, std::nullopt, r.asset.id);
    });
    return r;
}

}  // namespace lac
