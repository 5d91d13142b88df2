#pragma once
// Who is due a contact (lac due): the people whose next contact meant has come, and those
// about to pass, or past, the caseload's stale_after_days.
#include <optional>
#include <string>
#include <vector>

#include "lac/domain/session.hpp"
#include "lac/store/records.hpp"

namespace lac {

// How many days ahead lac due looks for people about to go unseen, unless --within says.
constexpr int default_due_within = 7;

struct DueQuery {
    std::string coordinator;            // a handle; the acting coordinator when empty
    std::optional<std::string> within;  // whole days ahead, 0 to 365; default_due_within when not given
};

struct DueEntry {
    Person person;
    std::optional<Date> last_contact;
    std::optional<Date> next_on;  // the next contact meant, still to be held (lac::pending_next)
    bool next_come = false;       // next_on is on or before as_of: a reason they are due
    // The day they are not seen from (walked alongside only; lac::not_seen_from), when it
    // is no later than as_of + within.
    std::optional<Date> not_seen_from;
    Date due_on;           // the earlier of the two: the day they fell, or fall, due
    int days_overdue = 0;  // as_of - due_on: 0 due today, below 0 still to come
};

struct Due {
    Coordinator coordinator;
    Date as_of;
    int within = default_due_within;
    int stale_after_days = 0;
    std::vector<DueEntry> people;  // most overdue first (earliest due_on), then by reference
};

Due compute_due(Session& s, const DueQuery& query);

}  // namespace lac
