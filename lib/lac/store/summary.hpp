#pragma once
// The queries behind the weekly summary. Each reads only the period's rows (through the
// date indexes) plus the people open at its end, never the whole of history.
#include <map>
#include <string>
#include <vector>

#include "lac/report/summary.hpp"

namespace lac {
class Db;

namespace store {

struct SummaryCounts {
    std::map<int64_t, SummaryKeys> by_coordinator;  // keyed by coordinator id
    SummaryKeys team;                               // computed over the team, not summed
    std::vector<BudgetLine> by_budget;
};

// Fills every key but the capacity band. `team` empty means every coordinator.
SummaryCounts summary_counts(Db& db, Date from, Date to, const std::string& team, int stale_after_days);

// Conversations and connections made per day over [from, to], for the team.
struct DayCounts {
    std::string day;
    int conversations = 0;
    int connections_made = 0;
};
std::vector<DayCounts> daily_counts(Db& db, Date from, Date to, const std::string& team);

}  // namespace store
}  // namespace lac
