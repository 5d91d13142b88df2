#include "lac/report/views.hpp"

#include <fmt/format.h>

#include "lac/util/ref.hpp"
#include "lac/util/text.hpp"

namespace lac {

Cell date_cell(std::optional<Date> d) { return d ? Cell::str(to_iso(*d)) : Cell::null(); }
Cell text_or_null(const std::string& s) { return s.empty() ? Cell::null() : Cell::str(s); }

Table coordinators_table(const std::vector<CoordinatorRow>& rows) {
    Table t{{"handle", "name", "team", "neighbourhood", "capacity_min", "capacity_max", "caseload",
             "introductions", "active"}};
    for (const auto& [c, h] : rows)
        t.rows.push_back({Cell::str(c.handle), Cell::str(c.name), text_or_null(c.team),
                          text_or_null(c.neighbourhood), Cell::num(int64_t(c.capacity_min)),
                          Cell::num(int64_t(c.capacity_max)), Cell::num(int64_t(h.walking_alongside)),
                          Cell::num(int64_t(h.introductions)), Cell::flag(c.active)});
    return t;
}

Table people_table(const std::vector<Person>& people) {
    Table t{{"person", "name", "coordinator", "support", "status", "opened_on", "closed_on", "close_reason",
             "area", "source"}};
    for (const auto& p : people)
        t.rows.push_back({Cell::str(make_ref(ref::person, p.id)), Cell::str(p.name), Cell::str(p.coordinator),
                          Cell::str(p.support), Cell::str(p.status), Cell::str(to_iso(p.opened_on)),
                          date_cell(p.closed_on), text_or_null(p.close_reason), text_or_null(p.area),
                          Cell::str(p.source)});
    return t;
}

Table caseload_table(const Caseload& caseload) {
    Table t{{"coordinator", "person", "name", "area", "opened_on", "last_contact", "days_since", "not_seen",
             "active_goals", "connections", "next_on"}};
    for (const auto& g : caseload.groups)
        for (const auto& e : g.people)
            t.rows.push_back({Cell::str(g.coordinator.handle), Cell::str(make_ref(ref::person, e.person.id)),
                              Cell::str(e.person.name), text_or_null(e.person.area),
                              Cell::str(to_iso(e.person.opened_on)), date_cell(e.last_contact),
                              Cell::maybe(e.days_since), Cell::flag(e.not_seen), Cell::num(e.active_goals),
                              Cell::num(e.connections), date_cell(e.next_on)});
    return t;
}

std::string due_reason(const DueEntry& e, Date as_of) {
    std::vector<std::string> why;
    if (e.next_come) why.push_back("next contact set for " + to_iso(*e.next_on));
    if (e.not_seen_from) {
        std::string days = counted(as_of - e.last_contact.value_or(e.person.opened_on), "day", "days");
        std::string since = e.last_contact ? "no contact for " + days : "no contact since opening, " + days + " ago";
        if (*e.not_seen_from > as_of) since += "; not seen from " + to_iso(*e.not_seen_from);
        why.push_back(since);
    }
    return join(why, "; ");
}

Table due_table(const Due& due) {
    Table t{{"coordinator", "person", "name", "support", "last_contact", "next_on", "not_seen_from", "due_on",
             "days_overdue", "reason"}};
    for (const auto& e : due.people)
        t.rows.push_back({Cell::str(due.coordinator.handle), Cell::str(make_ref(ref::person, e.person.id)),
                          Cell::str(e.person.name), Cell::str(e.person.support), date_cell(e.last_contact),
                          date_cell(e.next_on), date_cell(e.not_seen_from), Cell::str(to_iso(e.due_on)),
                          Cell::num(e.days_overdue), Cell::str(due_reason(e, due.as_of))});
    return t;
}

Table search_table(const SearchResult& result, bool for_terminal) {
    Table t{{"kind", "ref", "person", "name", "date", "excerpt"}};
    if (!for_terminal) t.columns.push_back("own");
    for (const auto& h : result.hits) {
        t.rows.push_back({Cell::str(h.kind), Cell::str(h.ref), text_or_null(h.person), Cell::str(h.name),
                          date_cell(h.on), Cell::str(h.excerpt)});
        if (!for_terminal) t.rows.back().push_back(Cell::flag(h.own));
    }
    return t;
}

}  // namespace lac
