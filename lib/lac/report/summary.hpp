#pragma once
// The team lead's weekly summary (lac-summary(1)): computed once here, rendered elsewhere.
#include <optional>
#include <string>
#include <vector>

#include "lac/store/records.hpp"
#include "lac/domain/session.hpp"

namespace lac {

struct SummaryPeriod {
    Date from, to;
    std::optional<IsoWeek> week;  // set when the period is an ISO week
};

// --week, or --from/--to, or the current week; throws UsageError/DataError.
SummaryPeriod summary_period(const std::string& week, std::optional<Date> from, std::optional<Date> to, Date today);

// Every key of lac-summary(1), KEYS, for one coordinator or for the whole team.
struct SummaryKeys {
    int caseload = 0;
    int capacity_min = 0, capacity_max = 0;
    int new_people = 0;
    int introductions = 0;
    int closed_people = 0;
    int conversations = 0;
    int conversation_minutes = 0;
    int people_seen = 0;
    int not_seen = 0;
    int goals_set = 0;
    int goals_achieved = 0;
    int connections_made = 0;
    double contribution_hours = 0;
    int avoided = 0;
    double avoided_value = 0;
};

struct CoordinatorSummary {
    Coordinator coordinator;
    SummaryKeys keys;
};

struct BudgetLine {
    std::string budget;
    int count = 0;
    double value = 0;
};

struct WeekCounts {
    IsoWeek week;
    int conversations = 0;
    int connections_made = 0;
};

struct Summary {
    SummaryPeriod period;
    std::string team;  // empty: everyone in the database
    SummaryKeys team_keys;
    std::vector<CoordinatorSummary> coordinators;
    std::vector<BudgetLine> avoided_by_budget;
    std::vector<WeekCounts> recent_weeks;  // the 12 ISO weeks ending with the one holding `to`
};

// The summary for `team` (every coordinator when empty) over the period; the 12-week
// trend only when asked for (the HTML page draws it).
Summary compute_summary(Session& s, const SummaryPeriod& period, const std::string& team, bool with_trend = false);

// What a key holds, which says how it is shown.
enum class KeyKind {
    count,  // a whole number
    band,   // capacity_min, shown with capacity_max as the capacity band "50–60"
    hours,  // a number of hours
    money,  // pounds, to the penny
};

// One summary key: the one list of them, which the computation and every renderer use.
struct SummaryKey {
    const char* name;   // as CSV and JSON name it: scripts depend on it
    const char* label;  // in words, as people read it; "" when another key's column shows it
    const char* group;  // in words: the html and md show each group of keys as a table of its own,
                        // the groups in the order of their first keys, each key in its order
    KeyKind kind;
    int SummaryKeys::*count = nullptr;      // for count and band
    double SummaryKeys::*amount = nullptr;  // for hours and money
};

// Every key, in the order of the CSV columns and JSON members.
const std::vector<SummaryKey>& summary_keys();
// The key called `name`; an unknown name is a bug in lac (an Error with ExitCode::software).
const SummaryKey& summary_key(const std::string& name);
// The names of the keys, in the order the renderers show them.
const std::vector<std::string>& summary_key_names();

}  // namespace lac
