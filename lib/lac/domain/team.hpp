#pragma once
// Coordinators: the team.
#include <optional>
#include <string>
#include <vector>

#include "lac/store/records.hpp"
#include "lac/domain/session.hpp"
#include "lac/store/coordinators.hpp"

namespace lac {

struct CapacityBand {
    int min = 0;
    int max = 0;
};
// "55" (a band of one number) or "45-55".
CapacityBand parse_capacity(std::string_view text);

// Where a caseload stands against a capacity band: "over", "under", or "" within it.
std::string band_position(int count, int min, int max);

struct CoordinatorFields {
    std::optional<std::string> name, team, neighbourhood;
    std::optional<CapacityBand> capacity;
};

// The one check of a coordinator's fields, for the commands and the importer: sets each
// given field on `c`, returning the names of those given.
std::vector<std::string> check_coordinator_fields(Coordinator& c, const CoordinatorFields& fields);

// On a PostgreSQL server the team's coordinators are added and changed by lac's
// administrator, who also makes their logins (lac-server(7)): PermissionError (77) for any
// other login, before anything is looked up, so that it says nothing of who is there.
void require_team_keeper(Session& s);

// Adds a coordinator; the team defaults to the one given at `lac init`, the capacity to
// the config's band.
Coordinator add_coordinator(Session& s, const std::string& handle, const CoordinatorFields& fields);
Coordinator edit_coordinator(Session& s, const std::string& handle, const CoordinatorFields& fields);
// Marks a coordinator as no longer active; they must hold no active people.
Coordinator retire_coordinator(Session& s, const std::string& handle);

struct CoordinatorRow {
    Coordinator coordinator;
    store::Holding holding;
};
std::vector<CoordinatorRow> list_coordinators(Session& s, const std::string& team, bool include_retired);

// The coordinator with this handle, or DataError suggesting the nearest handle.
Coordinator require_coordinator(Session& s, const std::string& handle);

// The default team name recorded by `lac init --team`.
std::string default_team(Session& s);
// The team's name as `lac init --team` records it, checked.
std::string check_team_name(const std::string& team);
// The team's name as this database spells it, checked: "northfield" is "Northfield" when
// that is how the coordinators' records (or lac init) have it, so that a team typed in
// any case is echoed, and recorded, as it is stored. A team not here yet is as given.
std::string team_as_stored(Session& s, const std::string& team);
// Records a new database's team (the default for coordinators added later).
void start_team(Session& s, const std::string& team);

}  // namespace lac
