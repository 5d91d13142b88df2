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

Outcome asset(Session& s, const ImportRow& row) {
    Asset a;
    a.id = own_reference(s, row, "asset", ref::asset);
    AssetFields f{row.text("name"), row.text("kind"), row.text("area"), row.text("contact"), row.text("notes")};
    check_asset_fields(s, a, f, Naming::column);
    a.active = flag_cell(row, "active", true);
    if (a.id > 0 && is_here(s, row, a.id)) {
        std::string ref = make_ref(ref::asset, a.id);
        return settle(s, row, std::to_string(a.id), ref, [&](const Differences& d) {
            AssetFields f;
            bool edit = false;
            for (auto [column, field] : {std::pair{"name", &f.name}, {"kind", &f.kind}, {"area", &f.area},
                                         {"contact", &f.contact}, {"notes", &f.notes}})
                if (differs_in(d, column)) *field = row.text(column), edit = true;
            if (edit) edit_asset(s, ref, f);
            if (differs_in(d, "active")) {
                if (a.active) throw DataError(fmt::format("{} is retired here, and lac does not bring an asset back", ref));
                retire_asset(s, ref);
            }
        });
    }
    auto same = store::assets_named(s.db, fold_name(a.name));
    if (!same.empty()) {
        if (a.id == 0) return Outcome::already;
        throw DataError(fmt::format("there is already an asset called '{}' (A{})", same[0].name, same[0].id));
    }
    a.id = store::insert_asset(s.db, a);
    imported(row, a.id);
    return Outcome::added;
}

}  // namespace lac::importers
