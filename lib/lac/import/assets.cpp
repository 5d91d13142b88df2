// The importer of community assets: the same checks and defaults as the matching
// command, plus keeping a record's own reference and recognising what an earlier import
// brought in.
#include <fmt/format.h>

#include "lac/import/cells.hpp"
#include "lac/domain/assets.hpp"
#include "lac/domain/validate.hpp"
#include "lac/store/assets.hpp"
#include "lac/util/errors.hpp"
#include "lac/util/text.hpp"
#include "lac/util/ref.hpp"

namespace lac::importers {

bool asset(Session& s, const ImportRow& row) {
    Asset a;
    a.id = own_reference(row, "asset", ref::asset);
    AssetFields f{row.text("name"), row.text("kind"), row.text("area"), row.text("contact"), row.text("notes")};
    check_asset_fields(s, a, f, Naming::column);
    std::string active = ascii_lower(trim(row.text("active")));
    if (!active.empty() && active != "1" && active != "0" && active != "true" && active != "false")
        throw DataError(fmt::format("active must be 1 or 0, not '{}'", row.text("active")));
    a.active = active != "0" && active != "false";
    auto same = store::assets_named(s.db, fold_name(a.name));
    if (a.id > 0) {
        if (auto here = store::asset_by_id(s.db, a.id)) {
            if (fold_name(here->name) == fold_name(a.name)) return false;
            throw DataError(fmt::format("A{} is already here as '{}'", a.id, here->name));
        }
    }
    if (!same.empty()) {
        if (a.id == 0) return false;
        throw DataError(fmt::format("there is already an asset called '{}' (A{})", same[0].name, same[0].id));
    }
    a.id = store::insert_asset(s.db, a);
    imported(row, a.id);
    return true;
}

}  // namespace lac::importers
