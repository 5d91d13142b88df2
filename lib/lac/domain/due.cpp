#include "lac/domain/due.hpp"

#include <algorithm>
#include <utility>

#include "lac/domain/caseload.hpp"
#include "lac/domain/validate.hpp"
#include "lac/store/caseload.hpp"

namespace lac {

Due compute_due(Session& s, const DueQuery& q) {
    Due due{{}, s.today, default_due_within, s.config.stale_after_days};
    if (q.within) due.within = check_int(*q.within, "--within (days ahead)", 0, 365);
    s.db.read([&] {
        due.people.clear();  // afresh, should the read be run again (Db::read)
        due.coordinator = view_coordinator(s, q.coordinator, "--coordinator HANDLE");
        for (auto& [person, last] : store::due_people(s.db, due.coordinator.id, s.today)) {
            DueEntry e{std::move(person), last};
            e.next_on = pending_next(e.person.next_on, last);
            e.next_come = e.next_on && *e.next_on <= s.today;
            if (e.person.support == "walking-alongside") {
                Date from = not_seen_from(last, e.person.opened_on, due.stale_after_days);
                if (from <= s.today + due.within) e.not_seen_from = from;
            }
            if (!e.next_come && !e.not_seen_from) continue;
            e.due_on = e.next_come ? *e.next_on : *e.not_seen_from;
            if (e.next_come && e.not_seen_from) e.due_on = std::min(*e.next_on, *e.not_seen_from);
            e.days_overdue = s.today - e.due_on;
            due.people.push_back(std::move(e));
        }
    });
    std::sort(due.people.begin(), due.people.end(), [](const DueEntry& a, const DueEntry& b) {
        return std::pair(a.due_on, a.person.id) < std::pair(b.due_on, b.person.id);
    });
    return due;
}

}  // namespace lac
