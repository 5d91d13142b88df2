#include "lac/domain/caseload.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "lac/util/errors.hpp"
#include "lac/store/caseload.hpp"
#include "lac/store/coordinators.hpp"
#include "lac/domain/team.hpp"

namespace lac {

Date not_seen_from(std::optional<Date> last_contact, Date opened_on, int stale_after_days) {
    return last_contact.value_or(opened_on) + stale_after_days + 1;
}

bool is_not_seen(std::optional<Date> last_contact, Date opened_on, Date as_of, int stale_after_days) {
    return as_of >= not_seen_from(last_contact, opened_on, stale_after_days);
}

std::optional<Date> pending_next(std::optional<Date> next_on, std::optional<Date> last_contact) {
    if (next_on && last_contact && *last_contact >= *next_on) return std::nullopt;
    return next_on;
}

Coordinator view_coordinator(Session& s, const std::string& handle, std::string_view instead) {
    if (!handle.empty()) return require_coordinator(s, handle);
    auto self = store::find_coordinator(s.db, s.db.actor());
    if (!self) throw DataError(fmt::format("you ('{}') are not a coordinator here; pass {}", s.db.actor(), instead));
    return *self;
}

namespace {

std::vector<Coordinator> coordinators_in(Session& s, const CaseloadScope& scope) {
    int given = !scope.coordinator.empty() + !scope.team.empty() + scope.all;
    if (given > 1) throw UsageError("give only one of --coordinator, --team and --all");
    if (scope.all || !scope.team.empty()) {
        auto team = store::list_coordinators(s.db, scope.team, false);
        if (team.empty() && !scope.team.empty())
            throw DataError(fmt::format("no active coordinator is in team '{}'; see 'lac coordinator list'",
                                        scope.team));
        return team;
    }
    return {view_coordinator(s, scope.coordinator, "--coordinator HANDLE, --team TEAM or --all")};
}

CaseloadGroup group_for(Session& s, const Coordinator& c) {
    CaseloadGroup g{c};
    for (auto& [person, last, goals, connections] : store::caseload_people(s.db, c.id, s.today)) {
        CaseloadEntry e{std::move(person), last};
        e.active_goals = goals;
        e.connections = connections;
        if (last) e.days_since = s.today - *last;
        e.next_on = pending_next(e.person.next_on, last);
        e.not_seen = is_not_seen(last, e.person.opened_on, s.today, s.config.stale_after_days);
        g.not_seen += e.not_seen;
        g.people.push_back(std::move(e));
    }
    // Longest unseen first: whom to call today. Someone never seen counts from their opening.
    std::stable_sort(g.people.begin(), g.people.end(), [](const CaseloadEntry& a, const CaseloadEntry& b) {
        return a.last_contact.value_or(a.person.opened_on) < b.last_contact.value_or(b.person.opened_on);
    });
    g.introductions = store::holding_of(s.db, c.id).introductions;
    return g;
}

}  // namespace

Caseload compute_caseload(Session& s, const CaseloadScope& scope) {
    Caseload result{s.today, s.config.stale_after_days};
    s.db.read([&] {
        result.groups.clear();  // afresh, should the read be run again (Db::read)
        for (const auto& c : coordinators_in(s, scope)) result.groups.push_back(group_for(s, c));
    });
    return result;
}

}  // namespace lac
