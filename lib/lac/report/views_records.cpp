// Goals, assets and connections as tables; a person's and an asset's whole record as JSON.
#include <fmt/format.h>

#include "lac/util/ref.hpp"
#include "lac/util/text.hpp"
#include "lac/report/views.hpp"

namespace lac {

using json = nlohmann::ordered_json;

std::string avoided_value_line(const Avoided& x) {
    return fmt::format("{}: {} × {} = {} ({})", x.label, counted(Cell::num(x.quantity).text, x.unit, x.unit + "s"),
                       pounds(x.unit_cost), pounds(x.value()), x.budget);
}

std::string connection_target(const Connection& k) {
    if (k.kind == "asset") return make_ref(ref::asset, *k.asset_id) + " " + k.asset_name;
    if (k.kind == "peer")  // a forgotten peer has no name
        return make_ref(ref::person, *k.peer_id) + (k.peer_name.empty() ? "" : " " + k.peer_name) + " (peer)";
    return k.natural;
}

Table goals_table(const std::vector<Goal>& goals) {
    Table t{{"goal", "person", "name", "area", "status", "set_on", "closed_on", "text"}};
    for (const auto& g : goals)
        t.rows.push_back({Cell::str(make_ref(ref::goal, g.id)), Cell::str(make_ref(ref::person, g.person_id)), Cell::str(g.person_name),
                          Cell::str(g.area), Cell::str(g.status), Cell::str(to_iso(g.set_on)), date_cell(g.closed_on),
                          Cell::str(g.text)});
    return t;
}

Table assets_table(const std::vector<Asset>& assets) {
    Table t{{"asset", "name", "kind", "area", "contact", "people", "active"}};
    for (const auto& a : assets)
        t.rows.push_back({Cell::str(make_ref(ref::asset, a.id)), Cell::str(a.name), Cell::str(a.kind), text_or_null(a.area),
                          text_or_null(a.contact), Cell::num(a.people), Cell::flag(a.active)});
    return t;
}

Table connections_table(const std::vector<Connection>& connections) {
    Table t{{"connection", "person", "name", "kind", "to", "status", "made_on", "ended_on"}};
    for (const auto& k : connections)
        t.rows.push_back({Cell::str(make_ref(ref::connection, k.id)), Cell::str(make_ref(ref::person, k.person_id)),
                          Cell::str(k.person_name), Cell::str(k.kind), Cell::str(connection_target(k)),
                          Cell::str(k.status), Cell::str(to_iso(k.made_on)), date_cell(k.ended_on)});
    return t;
}

namespace {

std::string shown(const std::string& text, bool whole_text) { return whole_text ? text : one_line(text, 60); }

}  // namespace

Table conversations_table(const std::vector<Conversation>& conversations, bool whole_text) {
    Table t{{"conversation", "person", "name", "date", "time", "coordinator", "minutes", "mode", "note"}};
    for (const auto& c : conversations)
        t.rows.push_back({Cell::str(make_ref(ref::conversation, c.id)), Cell::str(make_ref(ref::person, c.person_id)),
                          Cell::str(c.person_name), Cell::str(to_iso(c.on)), text_or_null(c.at_time),
                          Cell::str(c.coordinator), Cell::maybe(c.minutes), Cell::str(c.mode),
                          Cell::str(shown(c.note, whole_text))});
    return t;
}

Table contributions_table(const std::vector<Contribution>& contributions, bool whole_text) {
    Table t{{"contribution", "person", "name", "date", "hours", "asset", "what"}};
    for (const auto& c : contributions)
        t.rows.push_back({Cell::str(make_ref(ref::contribution, c.id)), Cell::str(make_ref(ref::person, c.person_id)),
                          Cell::str(c.person_name), Cell::str(to_iso(c.on)), Cell::num(c.hours),
                          c.asset_id ? Cell::str(make_ref(ref::asset, *c.asset_id) + " " + c.asset_name) : Cell::null(),
                          Cell::str(shown(c.what, whole_text))});
    return t;
}

Table avoided_table(const std::vector<Avoided>& avoided, bool whole_text) {
    Table t{{"avoided", "person", "name", "date", "type", "quantity", "unit", "unit_cost", "value", "budget",
             "confidence", "evidence"}};
    for (const auto& x : avoided)
        t.rows.push_back({Cell::str(make_ref(ref::avoided, x.id)), Cell::str(make_ref(ref::person, x.person_id)),
                          Cell::str(x.person_name), Cell::str(to_iso(x.on)), Cell::str(x.type), Cell::num(x.quantity),
                          Cell::str(x.unit), Cell::num(x.unit_cost), Cell::num(x.value()), Cell::str(x.budget),
                          Cell::str(x.confidence), text_or_null(shown(x.evidence, whole_text))});
    return t;
}

json conversation_json(const Conversation& c) {
    return {{"conversation", make_ref(ref::conversation, c.id)},
            {"person", make_ref(ref::person, c.person_id)},
            {"date", to_iso(c.on)},
            {"time", to_json(text_or_null(c.at_time))},
            {"coordinator", c.coordinator},
            {"minutes", to_json(Cell::maybe(c.minutes))},
            {"mode", c.mode},
            {"note", c.note}};
}

json contribution_json(const Contribution& t) {
    return {{"contribution", make_ref(ref::contribution, t.id)},
            {"person", make_ref(ref::person, t.person_id)},
            {"date", to_iso(t.on)},
            {"hours", t.hours},
            {"asset", t.asset_id ? json(make_ref(ref::asset, *t.asset_id)) : json(nullptr)},
            {"what", t.what}};
}

json avoided_json(const Avoided& x) {
    return {{"avoided", make_ref(ref::avoided, x.id)}, {"person", make_ref(ref::person, x.person_id)},
            {"type", x.type},                 {"label", x.label},
            {"date", to_iso(x.on)},           {"quantity", x.quantity},
            {"unit", x.unit},                 {"unit_cost", x.unit_cost},
            {"value", x.value()},             {"budget", x.budget},
            {"source", x.source},             {"confidence", x.confidence},
            {"evidence", to_json(text_or_null(x.evidence))}};
}

namespace {

json goal_json(const Goal& g) {
    json notes = json::array();
    for (const auto& n : g.notes)
        notes.push_back(
            {{"date", to_iso(n.on)}, {"status", to_json(text_or_null(n.status))}, {"note", to_json(text_or_null(n.note))}});
    return {{"goal", make_ref(ref::goal, g.id)}, {"text", g.text},          {"area", g.area},
            {"status", g.status},           {"set_on", to_iso(g.set_on)}, {"closed_on", to_json(date_cell(g.closed_on))},
            {"notes", notes}};
}

json connection_json(const Connection& k) {
    return {{"connection", make_ref(ref::connection, k.id)},
            {"person", make_ref(ref::person, k.person_id)},
            {"kind", k.kind},
            {"asset", k.asset_id ? json(make_ref(ref::asset, *k.asset_id)) : json(nullptr)},
            {"peer", k.peer_id ? json(make_ref(ref::person, *k.peer_id)) : json(nullptr)},
            {"natural", to_json(text_or_null(k.natural))},
            {"to", connection_target(k)},
            {"status", k.status},
            {"made_on", to_iso(k.made_on)},
            {"ended_on", to_json(date_cell(k.ended_on))}};
}

}  // namespace

json person_json(const PersonRecord& r) {
    const Person& p = r.person;
    json j;
    j["person"] = make_ref(ref::person, p.id);
    j["name"] = to_json(text_or_null(p.name));
    j["coordinator"] = p.coordinator;
    j["support"] = p.support;
    j["status"] = p.status;
    j["opened_on"] = to_iso(p.opened_on);
    j["closed_on"] = to_json(date_cell(p.closed_on));
    j["close_reason"] = to_json(text_or_null(p.close_reason));
    j["area"] = to_json(text_or_null(p.area));
    j["source"] = p.source;
    j["gifts"] = to_json(text_or_null(p.gifts));
    j["birth_year"] = to_json(Cell::maybe(p.birth_year));
    j["forgotten_on"] = to_json(date_cell(p.forgotten_on));
    j["next_on"] = to_json(date_cell(p.next_on));
    auto& history = j["assignments"] = json::array();
    for (const auto& a : r.history)
        history.push_back({{"coordinator", a.coordinator}, {"from", to_iso(a.from)}, {"to", to_json(date_cell(a.to))}});
    auto& goals = j["goals"] = json::array();
    for (const auto& g : r.goals) goals.push_back(goal_json(g));
    auto& connections = j["connections"] = json::array();
    for (const auto& k : r.connections) connections.push_back(connection_json(k));
    auto& contributions = j["contributions"] = json::array();
    for (const auto& t : r.contributions) contributions.push_back(contribution_json(t));
    auto& avoided = j["avoided"] = json::array();
    for (const auto& x : r.avoided) avoided.push_back(avoided_json(x));
    j["wellbeing"] = wellbeing_record_json(r.wellbeing);
    j["conversation_count"] = r.conversation_count;
    auto& recent = j["conversations"] = json::array();
    for (const auto& c : r.recent) recent.push_back(conversation_json(c));
    return j;
}

json asset_json(const AssetRecord& r) {
    const Asset& a = r.asset;
    json j = {{"asset", make_ref(ref::asset, a.id)},
              {"name", a.name},
              {"kind", a.kind},
              {"area", to_json(text_or_null(a.area))},
              {"contact", to_json(text_or_null(a.contact))},
              {"notes", to_json(text_or_null(a.notes))},
              {"active", a.active},
              {"people", a.people}};
    auto& connections = j["connections"] = json::array();
    for (const auto& k : r.connections) connections.push_back(connection_json(k));
    auto& contributions = j["contributions"] = json::array();
    for (const auto& t : r.contributions) contributions.push_back(contribution_json(t));
    return j;
}

}  // namespace lac
