#include "lac/report/summary.hpp"

#include <fmt/format.h>

#include "lac/util/errors.hpp"
#include "lac/store/coordinators.hpp"
#include "lac/store/summary.hpp"

namespace lac {

const std::vector<std::string>& summary_key_names() {
    static const std::vector<std::string> names = {
        "caseload",      "capacity_min",   "capacity_max",         "new_people",         "introductions",
        "closed_people", "conversations",  "conversation_minutes", "people_seen",        "not_seen",
        "goals_set",     "goals_achieved", "connections_made",     "contribution_hours", "avoided",
        "avoided_value"};
    return names;
}

SummaryPeriod summary_period(const std::string& week, std::optional<Date> from, std::optional<Date> to, Date today) {
    if (!week.empty() && (from || to)) throw UsageError("give either --week or --from/--to, not both");
    if (!week.empty()) {
        IsoWeek w = parse_iso_week(week);
        Date monday = monday_of(w);
        return {monday, monday + 6, w};
    }
    if (from || to) {
        if (!from) throw UsageError("--to needs --from");
        if (!to && *from > today)
            throw DataError(fmt::format("--from {} is after today; give --to as well", to_iso(*from)));
        Date end = to.value_or(today);
        if (end < *from)
            throw DataError(fmt::format("the period runs backwards: {} is before {}", to_iso(end), to_iso(*from)));
        return {*from, end, std::nullopt};
    }
    IsoWeek w = iso_week(today);
    Date monday = monday_of(w);
    return {monday, monday + 6, w};
}

namespace {

std::vector<WeekCounts> recent_weeks(Session& s, Date to, const std::string& team) {
    Date end = monday_of(iso_week(to)) + 6;
    Date start = end - 12 * 7 + 1;
    std::vector<WeekCounts> weeks;
    for (int i = 0; i < 12; ++i) weeks.push_back({iso_week(start + i * 7)});
    for (const auto& d : store::daily_counts(s.db, start, end, team)) {
        auto& w = weeks[(parse_iso_date(d.day) - start) / 7];
        w.conversations += d.conversations;
        w.connections_made += d.connections_made;
    }
    return weeks;
}

}  // namespace

Summary compute_summary(Session& s, const SummaryPeriod& period, const std::string& team, bool with_trend) {
    Summary out{period, team};
    s.db.read([&] {
        auto coordinators = store::list_coordinators(s.db, team, true);
        if (coordinators.empty() && !team.empty())
            throw DataError(fmt::format("no coordinator is in team '{}'; see 'lac coordinator list'", team));
        auto counts = store::summary_counts(s.db, period.from, period.to, team, s.config.stale_after_days);
        out.team_keys = counts.team;
        for (const auto& c : coordinators) {
            auto found = counts.by_coordinator.find(c.id);
            // A retired coordinator appears only for a period in which they had something.
            if (!c.active && found == counts.by_coordinator.end()) continue;
            SummaryKeys keys = found == counts.by_coordinator.end() ? SummaryKeys{} : found->second;
            keys.capacity_min = c.capacity_min;
            keys.capacity_max = c.capacity_max;
            // The team's band is the sum of the bands of the coordinators it shows.
            out.team_keys.capacity_min += c.capacity_min;
            out.team_keys.capacity_max += c.capacity_max;
            out.coordinators.push_back({c, keys});
        }
        out.avoided_by_budget = counts.by_budget;
        if (with_trend) out.recent_weeks = recent_weeks(s, period.to, team);
    });
    return out;
}

}  // namespace lac
