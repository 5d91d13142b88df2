#include "lac/store/extract.hpp"

#include <map>

#include "lac/store/db.hpp"
#include "lac/util/ref.hpp"

namespace lac::store {

using K = ColumnKind;

const std::vector<ExportSpec>& export_specs() {
    static const std::vector<ExportSpec> specs = {
        {"people", "person p JOIN coordinator c ON c.id = p.coordinator_id", "p.opened_on", "p.opened_on, p.id",
         {{"person", K::person, ref::person, false, "p.id"},
          {"coordinator", K::text, 0, false, "c.handle"},
          {"team", K::text, 0, false, "c.team"},
          {"support", K::text, 0, false, "p.support"},
          {"status", K::text, 0, false, "p.status"},
          {"opened_on", K::text, 0, false, "p.opened_on"},
          {"closed_on", K::text, 0, false, "p.closed_on"},
          {"close_reason", K::text, 0, false, "p.close_reason"},
          {"area", K::text, 0, false, "nullif(p.area, '')"},
          {"source", K::text, 0, false, "p.source"},
          {"birth_year", K::integer, 0, false, "p.birth_year"},
          {"name", K::text, 0, true, "p.name"},
          {"gifts", K::text, 0, true, "nullif(p.gifts, '')"},
          {"forgotten_on", K::text, 0, false, "p.forgotten_on"},
          {"next_on", K::text, 0, false, "p.next_on"}}},
        {"conversations", "conversation v JOIN coordinator c ON c.id = v.coordinator_id", "v.on_date",
         "v.on_date, v.id",
         {{"conversation", K::reference, ref::conversation, false, "v.id"},
          {"person", K::person, ref::person, false, "v.person_id"},
          {"coordinator", K::text, 0, false, "c.handle"},
          {"date", K::text, 0, false, "v.on_date"},
          {"minutes", K::integer, 0, false, "v.minutes"},
          {"mode", K::text, 0, false, "v.mode"},
          {"note", K::text, 0, true, "nullif(v.note, '')"},
          {"time", K::text, 0, false, "v.at_time"}}},
        {"goals", "goal g", "g.set_on", "g.set_on, g.id",
         {{"goal", K::reference, ref::goal, false, "g.id"},
          {"person", K::person, ref::person, false, "g.person_id"},
          {"area", K::text, 0, false, "g.area"},
          {"status", K::text, 0, false, "g.status"},
          {"set_on", K::text, 0, false, "g.set_on"},
          {"closed_on", K::text, 0, false, "g.closed_on"},
          {"text", K::text, 0, true, "g.text"}}},
        {"connections", "connection k", "k.made_on", "k.made_on, k.id",
         {{"connection", K::reference, ref::connection, false, "k.id"},
          {"person", K::person, ref::person, false, "k.person_id"},
          {"kind", K::text, 0, false, "k.kind"},
          {"asset", K::reference, ref::asset, false, "k.asset_id"},
          {"peer", K::person, ref::person, false, "k.peer_id"},
          {"status", K::text, 0, false, "k.status"},
          {"made_on", K::text, 0, false, "k.made_on"},
          {"ended_on", K::text, 0, false, "k.ended_on"},
          {"natural", K::text, 0, true, "k.natural"}}},
        {"assets", "asset a", nullptr, "a.id",
         {{"asset", K::reference, ref::asset, false, "a.id"},
          {"name", K::text, 0, false, "a.name"},
          {"kind", K::text, 0, false, "a.kind"},
          {"area", K::text, 0, false, "nullif(a.area, '')"},
          {"active", K::integer, 0, false, "a.active"},
          {"contact", K::text, 0, true, "nullif(a.contact, '')"},
          {"notes", K::text, 0, true, "nullif(a.notes, '')"}}},
        {"contributions", "contribution t", "t.on_date", "t.on_date, t.id",
         {{"contribution", K::reference, ref::contribution, false, "t.id"},
          {"person", K::person, ref::person, false, "t.person_id"},
          {"date", K::text, 0, false, "t.on_date"},
          {"hours", K::real, 0, false, "t.hours"},
          {"asset", K::reference, ref::asset, false, "t.asset_id"},
          {"what", K::text, 0, true, "t.what"}}},
        {"avoided", "avoided x", "x.on_date", "x.on_date, x.id",
         {{"avoided", K::reference, ref::avoided, false, "x.id"},
          {"person", K::person, ref::person, false, "x.person_id"},
          {"type", K::text, 0, false, "x.type"},
          {"date", K::text, 0, false, "x.on_date"},
          {"quantity", K::real, 0, false, "x.quantity"},
          {"unit", K::text, 0, false, "x.unit"},
          {"unit_cost", K::real, 0, false, "x.unit_cost"},
          {"value", K::real, 0, false, "x.quantity * x.unit_cost"},
          {"budget", K::text, 0, false, "x.budget"},
          {"confidence", K::text, 0, false, "x.confidence"},
          {"evidence", K::text, 0, true, "nullif(x.evidence, '')"},
          {"label", K::text, 0, false, "x.label"},
          {"source", K::text, 0, false, "x.cost_source"}}},
        {"wellbeing", "wellbeing w", "w.on_date", "w.on_date, w.id",
         {{"wellbeing", K::reference, ref::wellbeing, false, "w.id"},
          {"person", K::person, ref::person, false, "w.person_id"},
          {"date", K::text, 0, false, "w.on_date"},
          {"life", K::integer, 0, false, "w.life"},
          {"worthwhile", K::integer, 0, false, "w.worthwhile"},
          {"happy", K::integer, 0, false, "w.happy"},
          {"anxious", K::integer, 0, false, "w.anxious"},
          {"lonely", K::text, 0, false, "w.lonely"},
          {"note", K::text, 0, true, "nullif(w.note, '')"}}},
        // The history behind the records above, so that a team's whole record moves intact
        // (lac export all): by owner, then in the order it happened (and was written, within
        // a day), which an import replays; each order is its owner's index.
        {"assignments", "assignment a JOIN coordinator c ON c.id = a.coordinator_id", "a.from_on",
         "a.person_id, a.from_on, a.id",
         {{"person", K::person, ref::person, false, "a.person_id"},
          {"coordinator", K::text, 0, false, "c.handle"},
          {"from_on", K::text, 0, false, "a.from_on"},
          {"to_on", K::text, 0, false, "a.to_on"}}},
        {"goal_notes", "goal_note n", "n.on_date", "n.goal_id, n.on_date, n.id",
         {{"goal", K::reference, ref::goal, false, "n.goal_id"},
          {"date", K::text, 0, false, "n.on_date"},
          {"status", K::text, 0, false, "n.status"},
          {"note", K::text, 0, true, "nullif(n.note, '')"}}},
        {"connection_changes", "connection_change h", "h.on_date", "h.connection_id, h.on_date, h.id",
         {{"connection", K::reference, ref::connection, false, "h.connection_id"},
          {"date", K::text, 0, false, "h.on_date"},
          {"status", K::text, 0, false, "h.status"}}},
        {"coordinators", "coordinator c", nullptr, "c.id",
         {{"coordinator", K::text, 0, false, "c.handle"},
          {"team", K::text, 0, false, "nullif(c.team, '')"},
          {"neighbourhood", K::text, 0, false, "nullif(c.neighbourhood, '')"},
          {"capacity_min", K::integer, 0, false, "c.capacity_min"},
          {"capacity_max", K::integer, 0, false, "c.capacity_max"},
          {"active", K::integer, 0, false, "c.active"},
          {"name", K::text, 0, true, "c.name"}}},
    };
    return specs;
}

std::optional<std::vector<std::optional<std::string>>> export_row(Db& db, const ExportSpec& spec,
                                                                  const std::string& key) {
    // One statement per entity, kept for the Db's cache (which knows a statement by the
    // address of its text) for as long as the program runs.
    static std::map<const ExportSpec*, std::string> texts;
    auto [sql, first] = texts.try_emplace(&spec);
    if (first) {
        sql->second = "SELECT ";
        for (std::size_t i = 0; i < spec.columns.size(); ++i)
            sql->second += std::string(i ? ", " : "") + spec.columns[i].expr;
        sql->second += std::string(" FROM ") + spec.from + " WHERE " + spec.columns[0].expr + " = ?";
    }
    auto& query = db.statement(sql->second.c_str());
    if (spec.columns[0].kind == K::text)
        query.bind(1, key);
    else
        query.bind(1, int64_t(std::stoll(key)));
    std::optional<std::vector<std::optional<std::string>>> found;
    if (query.executeStep()) {
        found.emplace();
        for (int i = 0; i < query.getColumnCount(); ++i) {
            const store::Column column = query.getColumn(i);
            found->push_back(column.isNull() ? std::nullopt : std::optional<std::string>(column.getString()));
        }
    }
    query.reset();
    return found;
}

int64_t highest_id(Db& db, const ExportSpec& spec) {
    static std::map<const ExportSpec*, std::string> texts;  // kept for the Db's cache, as above
    auto [sql, first] = texts.try_emplace(&spec);
    if (first) {
        std::string from = spec.from;
        from = from.substr(0, from.find(" JOIN "));  // the table and its alias
        sql->second = std::string("SELECT coalesce(max(") + spec.columns[0].expr + "), 0) FROM " + from;
    }
    auto& query = db.statement(sql->second.c_str());
    query.executeStep();
    int64_t highest = query.getColumn(0).getInt64();
    query.reset();
    return highest;
}

void stream_export(Db& db, const ExportSpec& spec, bool identify, std::optional<Date> from, std::optional<Date> to,
                   const std::function<void(const std::vector<ExportValue>&)>& row) {
    std::string sql = "SELECT ";
    std::vector<ColumnKind> kinds;
    for (const auto& c : spec.columns) {
        if (c.identify_only && !identify) continue;
        sql += std::string(kinds.empty() ? "" : ", ") + c.expr;
        kinds.push_back(c.kind);
    }
    sql += std::string(" FROM ") + spec.from;
    // Always a range on the main date, so its index is used whether or not one was given.
    if (spec.date_expr) sql += std::string(" WHERE ") + spec.date_expr + " BETWEEN ?1 AND ?2";
    sql += std::string(" ORDER BY ") + spec.order;
    Query query(db, sql);
    if (spec.date_expr) {
        query.bind(1, from ? to_iso(*from) : "0000-01-01");
        query.bind(2, to ? to_iso(*to) : "9999-12-31");
    }
    std::vector<ExportValue> values(kinds.size());
    while (query.executeStep()) {
        for (std::size_t i = 0; i < kinds.size(); ++i) {
            const store::Column column = query.getColumn(int(i));
            auto& v = values[i];
            v.null = column.isNull();
            if (v.null) continue;
            switch (kinds[i]) {
                case K::reference:
                case K::person:
                case K::integer: v.integer = column.getInt64(); break;
                case K::real: v.real = column.getDouble(); break;
                case K::text: v.text = column.getView(); break;
            }
        }
        row(values);
    }
}

}  // namespace lac::store
