#pragma once
// The coordinator's own view: everyone they walk alongside, and who has not been seen.
#include <optional>
#include <string>
#include <vector>

#include "lac/store/records.hpp"
#include "lac/domain/session.hpp"

namespace lac {

struct CaseloadScope {
    std::string coordinator;  // a handle; the acting coordinator when all three are empty
    std::string team;
    bool all = false;
};

struct CaseloadEntry {
    Person person;
    std::optional<Date> last_contact;
    std::optional<int> days_since;  // since the last contact, or none if never seen
    bool not_seen = false;          // last seen (or, never seen, opened) over stale_after_days ago
    std::optional<Date> next_on;    // the next contact meant, while it is still to be held (pending_next)
    int active_goals = 0;
    int connections = 0;            // not ended, to assets, peers or people in their life
};

struct CaseloadGroup {
    Coordinator coordinator;
    std::vector<CaseloadEntry> people;  // longest unseen first
    int introductions = 0;              // active people at introduction level, not in the count
    int not_seen = 0;
};

struct Caseload {
    Date as_of;
    int stale_after_days = 0;
    std::vector<CaseloadGroup> groups;
};

Caseload compute_caseload(Session& s, const CaseloadScope& scope);

// The coordinator a one-coordinator view is for: `handle`, or the acting coordinator when
// it is empty (a DataError when the acting user is not one, saying to pass `instead`).
Coordinator view_coordinator(Session& s, const std::string& handle, std::string_view instead);

// The not-seen rule shared with the weekly summary and lac due: someone is not seen from
// the day stale_after_days have passed since their last contact (never seen: their opening).
Date not_seen_from(std::optional<Date> last_contact, Date opened_on, int stale_after_days);
bool is_not_seen(std::optional<Date> last_contact, Date opened_on, Date as_of, int stale_after_days);

// A next contact meant is held by a conversation on or after its day; until then it is
// pending. Returns next_on while pending, else none.
std::optional<Date> pending_next(std::optional<Date> next_on, std::optional<Date> last_contact);

}  // namespace lac
