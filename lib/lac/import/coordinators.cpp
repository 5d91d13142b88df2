// The importer of coordinators: the same checks and defaults as lac coordinator add, known
// by their handle.
#include <fmt/format.h>

#include "lac/import/cells.hpp"
#include "lac/domain/team.hpp"
#include "lac/domain/validate.hpp"
#include "lac/store/audit.hpp"
#include "lac/store/coordinators.hpp"
#include "lac/util/errors.hpp"
#include "lac/util/text.hpp"

namespace lac::importers {

Outcome coordinator(Session& s, const ImportRow& row) {
    Coordinator c;
    c.handle = check_handle(trim(row.text("coordinator")));
    CoordinatorFields f;
    f.name = row.text("name");
    // A column the file has is taken as it is, even empty: a team of no name is a team too.
    f.team = row.get("team");
    f.neighbourhood = row.get("neighbourhood");
    CapacityBand band{s.config.capacity_min, s.config.capacity_max};
    if (row.has("capacity_min")) band.min = check_int(trim(row.text("capacity_min")), "capacity_min", 1, 10000);
    if (row.has("capacity_max")) band.max = check_int(trim(row.text("capacity_max")), "capacity_max", 1, 10000);
    if (band.min > band.max) throw DataError("capacity_min is above capacity_max");
    f.capacity = band;
    check_coordinator_fields(c, f);
    if (!row.get("team")) c.team = default_team(s);
    c.active = flag_cell(row, "active", true);
    if (store::find_coordinator(s.db, c.handle)) {
        return settle(s, row, c.handle, fmt::format("coordinator '{}'", c.handle), [&](const Differences& d) {
            CoordinatorFields e;
            if (differs_in(d, "name")) e.name = f.name;
            if (differs_in(d, "team")) e.team = f.team;
            if (differs_in(d, "neighbourhood")) e.neighbourhood = f.neighbourhood;
            if (differs_in(d, "capacity_min") || differs_in(d, "capacity_max")) e.capacity = band;
            if (e.name || e.team || e.neighbourhood || e.capacity) edit_coordinator(s, c.handle, e);
            if (differs_in(d, "active")) {
                if (c.active)
                    throw DataError(fmt::format("'{}' is retired here, and lac does not bring a coordinator back; "
                                                "add them under a new handle", c.handle));
                retire_coordinator(s, c.handle);
            }
        });
    }
    require_team_keeper(s);
    c.id = store::insert_coordinator(s.db, c);
    store::audit(s.db, "import", "coordinator", c.handle);
    return Outcome::added;
}

}  // namespace lac::importers
