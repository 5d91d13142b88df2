#include "render_person.hpp"

#include <tuple>
#include <vector>

#include <fmt/format.h>

#include "lac/util/ref.hpp"
#include "lac/util/table.hpp"
#include "lac/util/text.hpp"
#include "lac/domain/wellbeing.hpp"
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
    if (p.next_on) field(out, "next contact", lac::to_iso(*p.next_on));
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

// Each measure's first and latest answer, with the ONS's bands; then every check-in.
void render_wellbeing(std::ostream& out, const lac::PersonRecord& r) {
    if (r.wellbeing.empty()) return;
    out << fmt::format("\nWellbeing ({})\n", lac::counted(r.wellbeing.size(), "check-in", "check-ins"));
    for (const auto& c : lac::wellbeing_changes(r.wellbeing)) {
        std::string change = c.first_on == c.latest_on ? "" : fmt::format(" → {} ({}) on {}, {:+d}", *c.latest,
                                                                           lac::ons_band(c.measure, *c.latest),
                                                                           lac::to_iso(*c.latest_on), *c.latest - *c.first);
        out << fmt::format("  {:<11} {} ({}) on {}{}\n", c.measure, *c.first, lac::ons_band(c.measure, *c.first),
                           lac::to_iso(*c.first_on), change);
    }
    for (const auto& w : r.wellbeing) {
        out << fmt::format("  {:<5} {} {}\n", lac::make_ref(lac::ref::wellbeing, w.id), lac::to_iso(w.on),
                           lac::wellbeing_words(w));
        if (!w.note.empty()) out << "        " << lac::one_line(w.note, 70) << '\n';
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
    if (int left_out = r.conversation_count - int(r.recent.size()); left_out > 0)
        out << fmt::format("  … and {}: 'lac person timeline {}' shows every record\n",
                           lac::counted(left_out, "earlier conversation", "earlier conversations"),
                           lac::make_ref(lac::ref::person, r.person.id));
}

// A forgotten person's tombstone: what happened, without their name or any word about them.
void render_tombstone(std::ostream& out, const lac::PersonRecord& r, lac::Date today) {
    out << lac::make_ref(lac::ref::person, r.person.id) << " was forgotten on " << lac::to_iso(*r.person.forgotten_on)
        << "; what happened is kept without their name or words\n";
    render_details(out, r, today);
    out << "\nKept: " << counts_words(r.kept) << '\n';
}

}  // namespace

// "3 conversations, 1 goal, …": the kinds of record the person has, leaving out none.
std::string counts_words(const lac::store::RecordCounts& c) {
    const std::tuple<long long, const char*, const char*> kinds[] = {
        {c.assignments, "assignment", "assignments"},
        {c.conversations, "conversation", "conversations"},
        {c.goals, "goal", "goals"},
        {c.goal_notes, "goal note", "goal notes"},
        {c.connections, "connection", "connections"},
        {c.contributions, "contribution", "contributions"},
        {c.avoided, "avoided crisis", "avoided crises"},
        {c.audit, "audit entry", "audit entries"},
    };
    std::vector<std::string> parts;
    for (const auto& [n, one, many] : kinds) parts.push_back(lac::counted(n, one, many));
    return lac::join(parts, ", ");
}

void render_person_record(std::ostream& out, const lac::PersonRecord& r, lac::Date today) {
    if (r.person.forgotten_on) return render_tombstone(out, r, today);
    render_details(out, r, today);
    render_goals(out, r);
    render_connections_and_giving(out, r);
    render_wellbeing(out, r);
    render_conversations(out, r);
}
