// The subject access export as a document to print and hand over: plain words, long
// dates, each kind of record under its own heading, free text quoted as it was written.
#include <fmt/format.h>

#include "lac/report/access.hpp"
#include "lac/report/views.hpp"
#include "lac/util/ref.hpp"
#include "lac/util/table.hpp"
#include "lac/util/text.hpp"

namespace lac {
namespace {

std::string long_date(Date d) {
    static const char* const months[] = {"January", "February", "March",     "April",   "May",      "June",
                                         "July",    "August",   "September", "October", "November", "December"};
    std::string iso = to_iso(d);  // YYYY-MM-DD
    return fmt::format("{} {} {}", std::stoi(iso.substr(8, 2)), months[std::stoi(iso.substr(5, 2)) - 1],
                       iso.substr(0, 4));
}

// Free text as a quotation, so that nothing in it is read as a heading or a list.
void quote(std::ostream& out, const std::string& text) {
    if (text.empty()) return;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        out << "> " << text.substr(start, end - start) << '\n';
        start = end + 1;
    }
    out << '\n';
}

void details(std::ostream& out, const Person& p) {
    out << "## Your details\n\n";
    out << "- Reference: " << make_ref(ref::person, p.id) << '\n';
    out << "- Name: " << p.name << '\n';
    out << "- Opened: " << long_date(p.opened_on) << '\n';
    if (p.closed_on) out << "- Closed: " << long_date(*p.closed_on) << " (" << p.close_reason << ")\n";
    out << "- Support: " << p.support << '\n';
    out << "- How you came to us: " << p.source << '\n';
    if (!p.area.empty()) out << "- Area: " << p.area << '\n';
    if (!p.gifts.empty()) out << "- Gifts and skills: " << p.gifts << '\n';
    if (p.birth_year) out << "- Year of birth: " << *p.birth_year << '\n';
    if (p.next_on) out << "- Next contact planned by: " << long_date(*p.next_on) << '\n';
    out << '\n';
}

void coordinators(std::ostream& out, const PersonRecord& r) {
    out << "## Who walked alongside you\n\n";
    for (const auto& a : r.history)
        out << "- " << a.coordinator << ", from " << long_date(a.from)
            << (a.to ? " to " + long_date(*a.to) : r.person.closed_on ? " until you were closed" : " until now")
            << '\n';
    out << '\n';
}

void conversations(std::ostream& out, const PersonRecord& r) {
    out << "## Conversations (" << r.recent.size() << ")\n\n";
    for (auto c = r.recent.rbegin(); c != r.recent.rend(); ++c) {
        std::string when = long_date(c->on) + (c->at_time.empty() ? "" : " at " + c->at_time);
        std::string length = c->minutes ? fmt::format(", {} minutes", *c->minutes) : "";
        out << fmt::format("### {} ({})\n\n{} with {}{}\n\n", when, make_ref(ref::conversation, c->id), c->mode,
                           c->coordinator, length);
        quote(out, c->note);
    }
}

void goals(std::ostream& out, const PersonRecord& r) {
    if (r.goals.empty()) return;
    out << "## Good life goals\n\n";
    for (const auto& g : r.goals) {
        out << fmt::format("### {} ({})\n\n", g.text, make_ref(ref::goal, g.id));
        out << fmt::format("Life area: {}. Set on {}. Now {}{}.\n\n", g.area, long_date(g.set_on), g.status,
                           g.closed_on ? " since " + long_date(*g.closed_on) : "");
        for (const auto& n : g.notes) {
            out << "- " << long_date(n.on) << (n.status.empty() ? ", progress" : ", became " + n.status)
                << (n.note.empty() ? "" : ": " + one_line(n.note, 10000)) << '\n';
        }
        if (!g.notes.empty()) out << '\n';
    }
}

void connections(std::ostream& out, const PersonRecord& r) {
    if (r.connections.empty()) return;
    out << "## Connections\n\n";
    for (const auto& k : r.connections) {
        std::string to = k.person_id != r.person.id ? peer_words(k.person_id) + ", who made the connection"
                         : k.kind == "peer"        ? peer_words(*k.peer_id)
                         : k.kind == "asset"       ? k.asset_name
                                                   : k.natural;
        out << fmt::format("- {} ({}): {}, made on {}{}\n", to, make_ref(ref::connection, k.id), k.status,
                           long_date(k.made_on), k.ended_on ? ", ended on " + long_date(*k.ended_on) : "");
    }
    out << '\n';
}

void giving(std::ostream& out, const PersonRecord& r) {
    if (!r.contributions.empty()) {
        out << "## What you gave\n\n";
        for (const auto& t : r.contributions)
            out << fmt::format("- {} ({}): {}{}: {}\n", long_date(t.on), make_ref(ref::contribution, t.id),
                               counted(Cell::num(t.hours).text, "hour", "hours"),
                               t.asset_id ? " at " + t.asset_name : "", one_line(t.what, 10000));
        out << '\n';
    }
    if (r.avoided.empty()) return;
    out << "## Crises avoided\n\n";
    for (const auto& x : r.avoided) {
        out << fmt::format("### {} ({}), {}\n\n", x.label, make_ref(ref::avoided, x.id), long_date(x.on));
        out << fmt::format("{} at {} each: {} ({}; {}; costed from {}).\n\n",
                           counted(Cell::num(x.quantity).text, x.unit, x.unit + "s"),
                           pounds(x.unit_cost), pounds(x.value()), x.budget, x.confidence, x.source);
        quote(out, x.evidence);
    }
}

void wellbeing(std::ostream& out, const PersonRecord& r) {
    if (r.wellbeing.empty()) return;
    out << "## How you said you were\n\n";
    for (const auto& w : r.wellbeing) {
        out << fmt::format("- {} ({}): {}\n", long_date(w.on), make_ref(ref::wellbeing, w.id), wellbeing_words(w));
        if (!w.note.empty()) out << "  " << one_line(w.note, 10000) << '\n';
    }
    out << '\n';
}

void audit(std::ostream& out, const SubjectAccess& a) {
    out << "## Every change to these records\n\n";
    out << "When, who, with which command, what they did, and to which record. The details are shown for your "
           "own records only.\n\n";
    for (const auto& e : a.audit)
        out << fmt::format("- {} {}, lac {}: {} {}{}\n", e.at, e.actor, e.command, e.action, e.ref,
                           e.detail.empty() ? "" : " (" + e.detail + ")");
    out << '\n';
}

}  // namespace

void write_access_markdown(std::ostream& out, const SubjectAccess& a) {
    const auto& r = a.record;
    out << "# What we hold about " << r.person.name << "\n\n";
    out << fmt::format("Everything the Local Area Coordination record holds about you ({}), exported on {} by {}. "
                       "Where it names someone else, their name is replaced by {}.\n\n",
                       make_ref(ref::person, r.person.id), long_date(a.exported_on), a.exported_by,
                       other_person_mark);
    details(out, r.person);
    coordinators(out, r);
    conversations(out, r);
    goals(out, r);
    connections(out, r);
    giving(out, r);
    wellbeing(out, r);
    audit(out, a);
}

}  // namespace lac
