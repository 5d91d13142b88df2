#include "lac/views.hpp"

#include "lac/ref.hpp"

namespace lac {
namespace {

Cell date_cell(std::optional<Date> d) { return d ? Cell::str(to_iso(*d)) : Cell::null(); }
Cell text_or_null(const std::string& s) { return s.empty() ? Cell::null() : Cell::str(s); }

nlohmann::ordered_json cell_json(const Cell& c) { return to_json(c); }

}  // namespace

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
        t.rows.push_back({Cell::str(make_ref('P', p.id)), Cell::str(p.name), Cell::str(p.coordinator),
                          Cell::str(p.support), Cell::str(p.status), Cell::str(to_iso(p.opened_on)),
                          date_cell(p.closed_on), text_or_null(p.close_reason), text_or_null(p.area),
                          Cell::str(p.source)});
    return t;
}

Table caseload_table(const Caseload& caseload) {
    Table t{{"coordinator", "person", "name", "area", "opened_on", "last_contact", "days_since", "not_seen"}};
    for (const auto& g : caseload.groups)
        for (const auto& e : g.people)
            t.rows.push_back({Cell::str(g.coordinator.handle), Cell::str(make_ref('P', e.person.id)),
                              Cell::str(e.person.name), text_or_null(e.person.area),
                              Cell::str(to_iso(e.person.opened_on)), date_cell(e.last_contact),
                              Cell::maybe(e.days_since), Cell::flag(e.not_seen)});
    return t;
}

nlohmann::ordered_json person_json(const PersonRecord& r) {
    const Person& p = r.person;
    nlohmann::ordered_json j;
    j["person"] = make_ref('P', p.id);
    j["name"] = p.name;
    j["coordinator"] = p.coordinator;
    j["support"] = p.support;
    j["status"] = p.status;
    j["opened_on"] = to_iso(p.opened_on);
    j["closed_on"] = cell_json(date_cell(p.closed_on));
    j["close_reason"] = cell_json(text_or_null(p.close_reason));
    j["area"] = p.area;
    j["source"] = p.source;
    j["gifts"] = p.gifts;
    j["birth_year"] = cell_json(Cell::maybe(p.birth_year));
    auto& history = j["assignments"] = nlohmann::ordered_json::array();
    for (const auto& a : r.history)
        history.push_back({{"coordinator", a.coordinator}, {"from", to_iso(a.from)}, {"to", cell_json(date_cell(a.to))}});
    j["conversation_count"] = r.conversation_count;
    auto& recent = j["conversations"] = nlohmann::ordered_json::array();
    for (const auto& c : r.recent)
        recent.push_back({{"conversation", make_ref('C', c.id)},
                          {"date", to_iso(c.on)},
                          {"time", cell_json(text_or_null(c.at_time))},
                          {"coordinator", c.coordinator},
                          {"minutes", cell_json(Cell::maybe(c.minutes))},
                          {"mode", c.mode},
                          {"note", c.note}});
    return j;
}

}  // namespace lac
