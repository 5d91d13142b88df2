// lac person timeline in each format.
#include <fmt/format.h>

#include "lac/report/timeline.hpp"
#include "lac/report/views.hpp"
#include "lac/util/ref.hpp"
#include "lac/util/text.hpp"

namespace lac {
namespace {

std::string when(const TimelineEntry& e) { return to_iso(e.on) + (e.time.empty() ? "" : " " + e.time); }

std::string title(const Timeline& t) {
    std::string who = make_ref(ref::person, t.person.id);
    if (t.person.forgotten_on)
        return fmt::format("{}, forgotten on {}: what is left, without their name or words", who,
                           to_iso(*t.person.forgotten_on));
    return who + " " + t.person.name;
}

std::string span(const Timeline& t) {
    if (t.entries.empty()) return "nothing recorded";
    return fmt::format("{}, {} to {}", counted((long long)t.entries.size(), "record", "records"),
                       to_iso(t.entries.front().on), to_iso(t.entries.back().on));
}

// The text's lines, each cut into lines of at most `width` columns at spaces.
std::vector<std::string> wrapped(const std::string& text, std::size_t width) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = std::min(text.find('\n', start), text.size());
        std::string line = trim(text.substr(start, end - start));
        while (display_width(line) > width) {
            std::size_t cut = 0, columns = 0;
            for (std::size_t i = 0; i < line.size() && columns <= width; ++i) {
                if (line[i] == ' ') cut = i;
                columns += (static_cast<unsigned char>(line[i]) & 0xC0) != 0x80;
            }
            if (cut == 0) break;  // one word longer than the line: left whole
            out.push_back(line.substr(0, cut));
            line = trim(line.substr(cut));
        }
        if (!line.empty()) out.push_back(line);
        start = end + 1;
    }
    return out;
}

}  // namespace

Table timeline_table(const Timeline& t) {
    Table table{{"person", "date", "time", "kind", "ref", "coordinator", "what", "text"}};
    for (const auto& e : t.entries)
        table.rows.push_back({Cell::str(make_ref(ref::person, t.person.id)), Cell::str(to_iso(e.on)),
                              text_or_null(e.time), Cell::str(e.kind), Cell::str(e.ref), text_or_null(e.coordinator),
                              Cell::str(e.what), text_or_null(e.text)});
    return table;
}

nlohmann::ordered_json timeline_json(const Timeline& t) {
    nlohmann::ordered_json j;
    j["person"] = make_ref(ref::person, t.person.id);
    j["name"] = to_json(text_or_null(t.person.name));
    j["forgotten_on"] = to_json(date_cell(t.person.forgotten_on));
    auto& entries = j["entries"] = nlohmann::ordered_json::array();
    Table table = timeline_table(t);
    for (const auto& row : table.rows) {
        nlohmann::ordered_json e;
        for (std::size_t i = 1; i < row.size(); ++i) e[table.columns[i]] = to_json(row[i]);
        entries.push_back(std::move(e));
    }
    return j;
}

void write_timeline(std::ostream& out, const Timeline& t, const Style& style) {
    std::string head = title(t);
    out << (style.color ? "\033[1m" + head + "\033[0m" : head) << '\n' << span(t) << "\n\n";
    std::vector<std::vector<std::string>> rows;
    for (const auto& e : t.entries) rows.push_back({when(e), e.kind, e.ref, e.coordinator, e.what});
    auto lines = align_columns(rows);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        out << lines[i] << '\n';
        for (const auto& line : wrapped(t.entries[i].text, 72)) out << "      " << line << '\n';
    }
}

void write_timeline_markdown(std::ostream& out, const Timeline& t) {
    out << "# " << markdown_escape(title(t)) << "\n\n" << markdown_escape(span(t)) << "\n";
    for (const auto& e : t.entries) {
        std::string who = e.coordinator.empty() ? "" : " (" + markdown_escape(e.coordinator) + ")";
        out << "\n- **" << when(e) << "** " << markdown_escape(e.kind) << " " << e.ref << who << ": "
            << markdown_escape(one_line(e.what, 200)) << '\n';
        for (const auto& line : wrapped(e.text, 1000)) out << "  > " << markdown_escape(line) << '\n';
    }
}

}  // namespace lac
