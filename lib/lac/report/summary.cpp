#include "lac/report/summary.hpp"

#include <map>
#include <set>

#include <fmt/format.h>

#include "lac/util/errors.hpp"
#include "lac/store/coordinators.hpp"
#include "lac/store/summary.hpp"
#include "lac/domain/caseload.hpp"
#include "lac/domain/team.hpp"

namespace lac {

const std::vector<SummaryKey>& summary_keys() {
    using K = SummaryKeys;
    static const char* const people = "Caseload and people";
    static const char* const talks = "Conversations, goals and connections";
    static const char* const giving = "Contribution and crises avoided";
    static const std::vector<SummaryKey> keys = {
        {"caseload", "caseload", people, KeyKind::count, &K::caseload},
        {"capacity_min", "capacity band", people, KeyKind::band, &K::capacity_min},
        {"capacity_max", "", people, KeyKind::count, &K::capacity_max},
        {"new_people", "new people", people, KeyKind::count, &K::new_people},
        {"introductions", "introductions", people, KeyKind::count, &K::introductions},
        {"closed_people", "people closed", people, KeyKind::count, &K::closed_people},
        {"conversations", "conversations", talks, KeyKind::count, &K::conversations},
        {"conversation_minutes", "conversation minutes", talks, KeyKind::count, &K::conversation_minutes},
        {"people_seen", "people seen", talks, KeyKind::count, &K::people_seen},
        {"not_seen", "not seen lately", people, KeyKind::count, &K::not_seen},
        {"goals_set", "goals set", talks, KeyKind::count, &K::goals_set},
        {"goals_achieved", "goals achieved", talks, KeyKind::count, &K::goals_achieved},
        {"connections_made", "connections made", talks, KeyKind::count, &K::connections_made},
        {"contribution_hours", "contribution hours", giving, KeyKind::hours, nullptr, &K::contribution_hours},
        {"avoided", "crises avoided", giving, KeyKind::count, &K::avoided},
        {"avoided_value", "avoided value", giving, KeyKind::money, nullptr, &K::avoided_value},
    };
    return keys;
}

const SummaryKey& summary_key(const std::string& name) {
    for (const auto& key : summary_keys())
        if (name == key.name) return key;
    throw Error(ExitCode::software, fmt::format("there is no summary key '{}'", name));
}

const std::vector<std::string>& summary_key_names() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (const auto& key : summary_keys()) out.emplace_back(key.name);
        return out;
    }();
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

namespace {

// Each attributed event counts for exactly one coordinator, so the team's count over the
// team equals the sum of theirs. The count goes to `count_key`, the amount to `amount_key`.
void add_events(std::map<int64_t, SummaryKeys>& by, SummaryKeys& team, const std::vector<store::EventRow>& rows,
                const char* count_key, const char* amount_key = nullptr) {
    for (const auto& row : rows) {
        if (count_key) {
            auto member = summary_key(count_key).count;
            by[row.coordinator_id].*member += row.count;
            team.*member += row.count;
        }
        if (amount_key) {
            auto member = summary_key(amount_key).amount;
            by[row.coordinator_id].*member += row.amount;
            team.*member += row.amount;
        }
    }
}

// Every key but the capacity band, per coordinator (keyed by id) and for the team.
std::map<int64_t, SummaryKeys> keys_from(const store::SummaryRows& rows, Date to, int stale_after_days,
                                         SummaryKeys& team) {
    std::map<int64_t, SummaryKeys> by;
    add_events(by, team, rows.new_people, "new_people");
    add_events(by, team, rows.introductions, "introductions");
    add_events(by, team, rows.closed_people, "closed_people");
    add_events(by, team, rows.goals_set, "goals_set");
    add_events(by, team, rows.goals_achieved, "goals_achieved");
    add_events(by, team, rows.connections_made, "connections_made");
    add_events(by, team, rows.contributions, nullptr, "contribution_hours");
    add_events(by, team, rows.avoided, "avoided", "avoided_value");

    // A person seen by two coordinators is one person seen by the team.
    std::set<int64_t> seen;
    for (const auto& talk : rows.conversations) {
        auto& k = by[talk.coordinator_id];
        k.conversations += talk.count;
        k.conversation_minutes += talk.minutes;
        k.people_seen += 1;
        team.conversations += talk.count;
        team.conversation_minutes += talk.minutes;
        seen.insert(talk.person_id);
    }
    team.people_seen = int(seen.size());

    for (const auto& open : rows.open_people) {
        auto& k = by[open.coordinator_id];
        bool stale = is_not_seen(open.last_seen, open.opened_on, to, stale_after_days);
        k.caseload += 1;
        k.not_seen += stale;
        team.caseload += 1;
        team.not_seen += stale;
    }
    return by;
}

}  // namespace

Summary compute_summary(Session& s, const SummaryPeriod& period, const std::string& given_team, bool with_trend) {
    Summary out{period, given_team};
    s.db.read([&] {
        out = Summary{period, given_team};  // afresh, should the read be run again (Db::read)
        out.team = team_as_stored(s, given_team);  // "northfield" is headed as the records spell it
        const std::string& team = out.team;
        auto coordinators = store::list_coordinators(s.db, team, true);
        if (coordinators.empty() && !team.empty())
            throw DataError(fmt::format("no coordinator is in team '{}'; see 'lac coordinator list'", team));
        auto rows = store::summary_rows(s.db, period.from, period.to, team);
        auto by_coordinator = keys_from(rows, period.to, s.config.stale_after_days, out.team_keys);
        for (const auto& c : coordinators) {
            auto found = by_coordinator.find(c.id);
            // A retired coordinator appears only for a period in which they had something.
            if (!c.active && found == by_coordinator.end()) continue;
            SummaryKeys keys = found == by_coordinator.end() ? SummaryKeys{} : found->second;
            keys.capacity_min = c.capacity_min;
            keys.capacity_max = c.capacity_max;
            // The team's band is the sum of the bands of the coordinators it shows.
            out.team_keys.capacity_min += c.capacity_min;
            out.team_keys.capacity_max += c.capacity_max;
            out.coordinators.push_back({c, keys});
        }
        for (const auto& b : rows.budgets) out.avoided_by_budget.push_back({b.budget, b.count, b.value});
        if (with_trend) out.recent_weeks = recent_weeks(s, period.to, team);
    });
    return out;
}

}  // namespace lac
