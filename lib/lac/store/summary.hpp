#pragma once
// The queries behind the weekly summary. Each reads only the period's rows (through the
// date indexes) plus the people open at its end, never the whole of history. They return
// rows; what the rows mean (the keys, who counts as not seen) is the report's and the
// domain's to say.
#include <optional>
#include <string>
#include <vector>

#include "lac/util/date.hpp"

namespace lac {
class Db;

namespace store {

// Events of one kind in the period, per coordinator they count for.
struct EventRow {
    int64_t coordinator_id = 0;
    int count = 0;
    double amount = 0;  // hours, or pounds avoided; the count again where there is no amount
};

// Conversations in the period, per coordinator who held them and person they were with.
struct TalkRow {
    int64_t coordinator_id = 0;
    int64_t person_id = 0;
    int count = 0;
    int minutes = 0;
};

// A person walked alongside and open at the period's end, with their coordinator then.
struct OpenRow {
    int64_t coordinator_id = 0;
    Date opened_on;
    std::optional<Date> last_seen;  // their last conversation on or before the end
};

struct BudgetRow {
    std::string budget;
    int count = 0;
    double value = 0;
};

struct SummaryRows {
    std::vector<EventRow> new_people, introductions, closed_people, goals_set, goals_achieved,
        connections_made, contributions, avoided;
    std::vector<TalkRow> conversations;
    std::vector<OpenRow> open_people;
    std::vector<BudgetRow> budgets;  // the largest value first
};

// `team` empty means every coordinator.
SummaryRows summary_rows(Db& db, Date from, Date to, const std::string& team);

// Conversations and connections made per day over [from, to], for the team.
struct DayCounts {
    std::string day;
    int conversations = 0;
    int connections_made = 0;
};
std::vector<DayCounts> daily_counts(Db& db, Date from, Date to, const std::string& team);

}  // namespace store
}  // namespace lac
