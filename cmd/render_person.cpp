#include "render_person.hpp"

#include <vector>

#include <fmt/format.h>

#include "lac/util/ref.hpp"
#include "lac/util/table.hpp"
#include "lac/util/text.hpp"
#include "lac/report/views.hpp"

namespace {

void field(std::ostream& out, const char* label, const std::string& value) {
    if (!value.empty()) out << fmt::format("  {:<12} {}\n", label, value);
}


std::string money(double amount) { return lac::pounds(amount); }

std::string quantity_of(double quantity, const std::string& unit) {
    return lac::counted(lac::Cell::num(quantity).text, unit, unit + "s");
}

void render_details(std::ostream& out, const lac::PersonRecord& r, lac::Date today) {
    const auto& p = r.person;
    out << lac::make_ref(lac::ref::person, p.id) << "  " << p.name << '\n';
    field(out, "coordinator", p.coordinator);
    std::string status = p.status == "active"
                             ? fmt::format("active since {} ({})", lac::to_iso(p.opened_on),
                                           lac::counted(today - p.opened_on, "day", "days"))
                             : fmt::format("closed on {} ({}); opened {}", lac::to_iso(*p.closed_on), p.close_reason,
                                           lac::to_iso(p.opened_on));
    field(out, "status", status);
    field(out, "support", p.support);
    field(out, "area", p.area);
    field(out, "introduced", p.source);
    field(out, "gifts", p.gifts);
    if (p.birth_year) field(out, "born", std::to_string(*p.birth_year));
    out << "\nCoordinators\n";
    // A closed person keeps their last assignment open, so that an event dated after the
    // closure still counts for a coordinator (lac-summary(1), "Who an event counts for"); it
    // is shown ending at the closure, not still running.
    for (const auto& a : r.history) {
        std::string to = a.to                        ? lac::to_iso(*a.to)
                         : r.person.status == "closed" ? "closed " + lac::to_iso(*r.person.closed_on)
                                                       : "";
        out << fmt::format("  {:<12} {} → {}\n", a.coordinator, lac::to_iso(a.from), to);
    }
}

void render_goals(std::ostream& out, const lac::PersonRecord& r) {
    if (r.goals.empty()) return;
    out << "\nGood life goals\n";
    for (const auto& g : r.goals) {
        std::string when = g.closed_on ? fmt::format("{} {}", g.status, lac::to_iso(*g.closed_on)) : g.status;
        out << fmt::format("  {:<5} \"{}\" ({}; set {}; {})\n", lac::make_ref(lac::ref::goal, g.id), g.text, g.area,
                           lac::to_iso(g.set_on), when);
        for (const auto& n : g.notes) {
            std::vector<std::string> parts{lac::to_iso(n.on)};  // a change of status, a note, or both
            if (!n.status.empty()) parts.push_back("→ " + n.status);
            if (!n.note.empty()) parts.push_back(lac::one_line(n.note, 60));
            out << "        " << lac::join(parts, " ") << '\n';
        }
    }
}

void render_connections_and_giving(std::ostream& out, const lac::PersonRecord& r) {
    if (!r.connections.empty()) {
        out << "\nConnections\n";
        for (const auto& k : r.connections) {
            bool theirs = k.person_id == r.person.id;
            std::string to = theirs ? lac::connection_target(k)
                                    : fmt::format("{} {} (peer, their connection)", lac::make_ref(lac::ref::person, k.person_id),
                                                  k.person_name);
            std::string ended = k.ended_on ? ", ended " + lac::to_iso(*k.ended_on) : "";
            out << fmt::format("  {:<5} {} — {} (made {}{})\n", lac::make_ref(lac::ref::connection, k.id), to, k.status,
                               lac::to_iso(k.made_on), ended);
        }
    }
    if (!r.contributions.empty()) {
        double hours = 0;
        for (const auto& t : r.contributions) hours += t.hours;
        out << fmt::format("\nContributions ({})\n", lac::counted(lac::Cell::num(hours).text, "hour", "hours"));
        for (const auto& t : r.contributions)
            out << fmt::format("  {:<5} {} {:>5} h  {}{}\n", lac::make_ref(lac::ref::contribution, t.id), lac::to_iso(t.on),
                               lac::Cell::num(t.hours).text, lac::one_line(t.what, 50),
                               t.asset_id ? " at " + t.asset_name : "");
    }
    if (!r.avoided.empty()) {
        double value = 0;
        for (const auto& x : r.avoided) value += x.value();
        out << fmt::format("\nCrises avoided ({})\n", money(value));
        for (const auto& x : r.avoided) {
            out << fmt::format("  {:<5} {} {}: {} × {} = {} ({}, {})\n", lac::make_ref(lac::ref::avoided, x.id), lac::to_iso(x.on),
                               x.label, quantity_of(x.quantity, x.unit), money(x.unit_cost), money(x.value()),
                               x.budget, x.confidence);
            if (!x.evidence.empty()) out << "        " << lac::one_line(x.evidence, 70) << '\n';
        }
    }
}

void render_conversations(std::ostream& out, const lac::PersonRecord& r) {
    out << fmt::format("\nConversations ({} in all", r.conversation_count);
    if (r.conversation_count > int(r.recent.size())) out << fmt::format(", latest {}", r.recent.size());
    out << ")\n";
    std::vector<std::vector<std::string>> rows;
    for (const auto& c : r.recent)
        rows.push_back({lac::make_ref(lac::ref::conversation, c.id), lac::to_iso(c.on), c.at_time, c.coordinator,
                        c.minutes ? fmt::format("{} min", *c.minutes) : "", c.mode, lac::one_line(c.note, 60)});
    for (const auto& line : lac::align_columns(rows)) out << "  " << line << '\n';
}

}  // namespace

void render_person_record(std::ostream& out, const lac::PersonRecord& r, lac::Date today) {
    render_details(out, r, today);
    render_goals(out, r);
    render_connections_and_giving(out, r);
    render_conversations(out, r);
}
