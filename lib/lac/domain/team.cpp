#include "lac/domain/team.hpp"

#include <fmt/format.h>

#include "lac/util/errors.hpp"
#include "lac/store/audit.hpp"
#include "lac/store/server_roles.hpp"
#include "lac/util/text.hpp"
#include "lac/domain/validate.hpp"

namespace lac {

CapacityBand parse_capacity(std::string_view text) {
    auto dash = text.find('-', 1);
    CapacityBand band;
    if (dash == std::string_view::npos) {
        band.min = band.max = check_int(text, "--capacity", 1, 10000);
    } else {
        band.min = check_int(text.substr(0, dash), "the lower end of --capacity", 1, 10000);
        band.max = check_int(text.substr(dash + 1), "the upper end of --capacity", 1, 10000);
    }
    if (band.min > band.max)
        throw DataError(fmt::format("capacity '{}' runs backwards; write it low-high, such as 50-60", text));
    return band;
}

std::string band_position(int count, int min, int max) {
    if (count > max) return "over";
    if (count < min) return "under";
    return "";
}

std::vector<std::string> check_coordinator_fields(Coordinator& c, const CoordinatorFields& f) {
    std::vector<std::string> changed;
    if (f.name) {
        c.name = check_name(*f.name, "coordinator's name");
        changed.push_back("name");
    }
    if (f.team) {
        c.team = check_text(*f.team, "team", 100);
        changed.push_back("team");
    }
    if (f.neighbourhood) {
        c.neighbourhood = check_text(*f.neighbourhood, "neighbourhood", 100);
        changed.push_back("neighbourhood");
    }
    if (f.capacity) {
        c.capacity_min = f.capacity->min;
        c.capacity_max = f.capacity->max;
        changed.push_back("capacity");
    }
    return changed;
}

std::string default_team(Session& s) { return store::meta(s.db, "team").value_or(""); }

std::string check_team_name(const std::string& team) { return check_text(team, "team", 100); }

std::string team_as_stored(Session& s, const std::string& team) {
    std::string name = check_team_name(team);
    if (name.empty()) return name;
    if (auto stored = store::team_spelling(s.db, name)) return *stored;
    if (std::string first = default_team(s); ascii_lower(first) == ascii_lower(name)) return first;
    return name;
}

void start_team(Session& s, const std::string& team) {
    std::string name = check_team_name(team);
    s.db.write([&] {
        store::set_meta(s.db, "team", name);
        store::audit(s.db, "init", "database", s.db.name(), name.empty() ? "" : "team");
    });
}

Coordinator require_coordinator(Session& s, const std::string& handle) {
    if (auto c = store::find_coordinator(s.db, handle)) return *c;
    std::vector<std::string> handles;
    for (const auto& c : store::list_coordinators(s.db, "", true)) handles.push_back(c.handle);
    if (handles.empty())
        throw DataError(fmt::format("there is no coordinator '{}' yet; add one with "
                                    "'lac coordinator add {} --name NAME'", handle, handle));
    throw DataError(fmt::format("there is no coordinator '{}'{}; see 'lac coordinator list'", handle,
                                did_you_mean(handle, handles)));
}

void require_team_keeper(Session& s) {
    if (!s.db.on_server()) return;
    bool administrator = false;
    s.db.read([&] { administrator = store::server_login(s.db).administrator; });
    if (!administrator)
        throw PermissionError("on a PostgreSQL server the team's coordinators are added and changed by lac's "
                              "administrator, who also makes their logins; ask them (see lac-server(7))");
}

Coordinator add_coordinator(Session& s, const std::string& handle, const CoordinatorFields& fields) {
    require_team_keeper(s);
    Coordinator c;
    c.handle = check_handle(handle);
    if (!fields.name) throw UsageError("a coordinator needs --name");
    c.capacity_min = s.config.capacity_min;
    c.capacity_max = s.config.capacity_max;
    check_coordinator_fields(c, fields);
    const std::string typed_team = c.team;
    s.db.write([&] {
        // From the team as typed, not as an earlier run of this write left it (Db::write).
        c.team = fields.team ? team_as_stored(s, typed_team) : default_team(s);
        if (store::find_coordinator(s.db, c.handle))
            throw DataError(fmt::format("there is already a coordinator '{}'; pick another handle, "
                                        "or change theirs with 'lac coordinator edit'", c.handle));
        c.id = store::insert_coordinator(s.db, c);
        store::audit(s.db, "add", "coordinator", c.handle);
    });
    return c;
}

Coordinator edit_coordinator(Session& s, const std::string& handle, const CoordinatorFields& fields) {
    require_team_keeper(s);
    Coordinator c;
    s.db.write([&] {
        c = require_coordinator(s, handle);
        auto changed = check_coordinator_fields(c, fields);
        if (changed.empty())
            throw UsageError("nothing to change; pass --name, --team, --neighbourhood or --capacity");
        if (fields.team) c.team = team_as_stored(s, c.team);
        store::update_coordinator(s.db, c);
        store::audit(s.db, "edit", "coordinator", c.handle, join(changed, ","));
    });
    return c;
}

Coordinator retire_coordinator(Session& s, const std::string& handle) {
    require_team_keeper(s);
    Coordinator c;
    s.db.write([&] {
        c = require_coordinator(s, handle);
        if (!c.active) throw DataError(fmt::format("'{}' is already retired", handle));
        auto holding = store::holding_of(s.db, c.id);
        int held = holding.walking_alongside + holding.introductions;
        if (held > 0)
            throw DataError(fmt::format("'{}' still has {}; transfer or close them first "
                                        "(lac person list --coordinator {})",
                                        handle, counted(held, "active person", "active people"), handle));
        c.active = false;
        store::update_coordinator(s.db, c);
        store::audit(s.db, "retire", "coordinator", c.handle);
    });
    return c;
}

std::vector<CoordinatorRow> list_coordinators(Session& s, const std::string& team, bool include_retired) {
    std::vector<CoordinatorRow> rows;
    s.db.read([&] {
        rows.clear();  // afresh, should the read be run again (Db::read)
        for (auto& c : store::list_coordinators(s.db, team, include_retired))
            rows.push_back({c, store::holding_of(s.db, c.id)});
    });
    return rows;
}

}  // namespace lac
