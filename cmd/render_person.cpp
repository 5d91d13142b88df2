#include "render_person.hpp"

#include <fmt/format.h>

#include "lac/ref.hpp"
#include "lac/table.hpp"

namespace {

void field(std::ostream& out, const char* label, const std::string& value) {
    if (!value.empty()) out << fmt::format("  {:<12} {}\n", label, value);
}

std::string one_line(const std::string& text, std::size_t widest) {
    std::string s;
    for (char c : text) s += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
    if (s.size() > widest) {
        s.resize(widest);
        while (!s.empty() && (static_cast<unsigned char>(s.back()) & 0xC0) == 0x80) s.pop_back();
        if (!s.empty()) s.pop_back();
        s += "…";
    }
    return s;
}

}  // namespace

void render_person_record(std::ostream& out, const lac::PersonRecord& r, lac::Date today) {
    const auto& p = r.person;
    out << lac::make_ref('P', p.id) << "  " << p.name << '\n';
    field(out, "coordinator", p.coordinator);
    std::string status = p.status == "active"
                             ? fmt::format("active since {} ({} days)", lac::to_iso(p.opened_on), today - p.opened_on)
                             : fmt::format("closed on {} ({}); opened {}", lac::to_iso(*p.closed_on), p.close_reason,
                                           lac::to_iso(p.opened_on));
    field(out, "status", status);
    field(out, "support", p.support);
    field(out, "area", p.area);
    field(out, "introduced", p.source);
    field(out, "gifts", p.gifts);
    if (p.birth_year) field(out, "born", std::to_string(*p.birth_year));

    out << "\nCoordinators\n";
    for (const auto& a : r.history)
        out << fmt::format("  {:<12} {} → {}\n", a.coordinator, lac::to_iso(a.from), a.to ? lac::to_iso(*a.to) : "");

    out << fmt::format("\nConversations ({} in all", r.conversation_count);
    if (r.conversation_count > int(r.recent.size())) out << fmt::format(", latest {}", r.recent.size());
    out << ")\n";
    for (const auto& c : r.recent) {
        std::string minutes = c.minutes ? fmt::format("{} min", *c.minutes) : "";
        out << fmt::format("  {:<6} {} {:<5} {:<10} {:<7} {:<10} {}\n", lac::make_ref('C', c.id), lac::to_iso(c.on),
                           c.at_time, c.coordinator, minutes, c.mode, one_line(c.note, 60));
    }
}
