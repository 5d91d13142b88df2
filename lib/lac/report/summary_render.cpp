#include "lac/report/summary_render.hpp"

#include <cmath>

#include <fmt/format.h>

#include "lac/domain/team.hpp"
#include "lac/util/errors.hpp"
#include "lac/util/text.hpp"

namespace lac {

using json = nlohmann::ordered_json;

Cell summary_cell(const SummaryKeys& k, const std::string& name) {
    const SummaryKey& key = summary_key(name);
    switch (key.kind) {
        case KeyKind::count:
        case KeyKind::band: return Cell::num(k.*key.count);
        case KeyKind::hours: return Cell::num(k.*key.amount);
        case KeyKind::money: return Cell::num(std::round(k.*key.amount * 100) / 100);
    }
    throw Error(ExitCode::software, fmt::format("summary key '{}' has no kind", name));
}

std::string band_of(const SummaryKeys& k) { return band_position(k.caseload, k.capacity_min, k.capacity_max); }

std::string summary_text(const SummaryKeys& k, const std::string& name) {
    const SummaryKey& key = summary_key(name);
    if (key.kind == KeyKind::band) return fmt::format("{}–{}", k.capacity_min, k.capacity_max);
    if (key.kind == KeyKind::money) return pounds(k.*key.amount);
    return summary_cell(k, name).text;
}

std::string period_title(const Summary& s) {
    std::string span = fmt::format("{} to {}", to_iso(s.period.from), to_iso(s.period.to));
    std::string who = s.team.empty() ? "all coordinators" : "team " + s.team;
    if (s.period.week) return fmt::format("Week {} ({}), {}", to_string(*s.period.week), span, who);
    return fmt::format("{}, {}", span, who);
}

namespace {

json keys_json(const SummaryKeys& k) {
    json j = json::object();
    for (const auto& name : summary_key_names()) j[name] = to_json(summary_cell(k, name));
    return j;
}

}  // namespace

json summary_json(const Summary& s) {
    json j;
    j["from"] = to_iso(s.period.from);
    j["to"] = to_iso(s.period.to);
    j["week"] = s.period.week ? json(to_string(*s.period.week)) : json(nullptr);
    j["team"] = keys_json(s.team_keys);
    j["coordinators"] = json::array();
    for (const auto& c : s.coordinators) {
        json row = {{"handle", c.coordinator.handle}, {"name", c.coordinator.name}};
        row.update(keys_json(c.keys));
        j["coordinators"].push_back(row);
    }
    j["avoided_by_budget"] = json::array();
    for (const auto& b : s.avoided_by_budget)
        j["avoided_by_budget"].push_back(
            {{"budget", b.budget}, {"count", b.count}, {"value", to_json(Cell::num(std::round(b.value * 100) / 100))}});
    return j;
}

Table summary_rows(const Summary& s) {
    Table t{{"coordinator", "name"}};
    for (const auto& name : summary_key_names()) t.columns.push_back(name);
    auto add = [&](const std::string& handle, const std::string& name, const SummaryKeys& k) {
        std::vector<Cell> row{Cell::str(handle), Cell::str(name)};
        for (const auto& key : summary_key_names()) row.push_back(summary_cell(k, key));
        t.rows.push_back(std::move(row));
    };
    for (const auto& c : s.coordinators) add(c.coordinator.handle, c.coordinator.name, c.keys);
    add("TEAM", s.team.empty() ? "all coordinators" : s.team, s.team_keys);
    return t;
}

namespace {

// Keys down the side and a column per coordinator, then TEAM; money and bands marked.
Table transposed(const Summary& s) {
    Table t{{"key"}};
    std::vector<const SummaryKeys*> columns;
    for (const auto& c : s.coordinators) {
        t.columns.push_back(c.coordinator.handle);
        columns.push_back(&c.keys);
    }
    t.columns.push_back("TEAM");
    columns.push_back(&s.team_keys);
    for (const auto& key : summary_keys()) {
        if (!*key.label) continue;  // shown in another key's row
        std::string name = key.name;
        std::vector<Cell> row{Cell::str(key.label)};
        for (const auto* k : columns) {
            std::string text = summary_text(*k, name);
            if (name == "caseload" && !band_of(*k).empty()) text += " " + band_of(*k);
            row.push_back(Cell::str(text));
        }
        t.rows.push_back(std::move(row));
    }
    return t;
}

}  // namespace

void write_summary_text(std::ostream& out, const Summary& s, const Style& style) {
    out << period_title(s) << "\n\n";
    write_table(out, transposed(s), style);
    if (!s.avoided_by_budget.empty()) {
        out << "\nAvoided by budget holder\n";
        for (const auto& b : s.avoided_by_budget)
            out << fmt::format("  {:<24} {:>4}  {:>14}\n", b.budget, b.count, pounds(b.value));
    }
}

void write_summary_markdown(std::ostream& out, const Summary& s) {
    auto escape = [](const std::string& text) {
        std::string e;
        for (char c : text) {
            if (c == '|' || c == '\\' || c == '*' || c == '_' || c == '`') e += '\\';
            e += c;
        }
        return e;
    };
    out << "## " << escape(period_title(s)) << "\n\n";
    Table t = transposed(s);
    out << "|";
    for (const auto& c : t.columns) out << " " << escape(c) << " |";
    out << "\n|";
    for (std::size_t i = 0; i < t.columns.size(); ++i) out << (i ? " ---: |" : " --- |");
    out << "\n";
    for (const auto& row : t.rows) {
        out << "|";
        for (const auto& cell : row) out << " " << escape(cell.text) << " |";
        out << "\n";
    }
    if (!s.avoided_by_budget.empty()) {
        out << "\n| budget holder | avoided | value |\n| --- | ---: | ---: |\n";
        for (const auto& b : s.avoided_by_budget)
            out << "| " << escape(b.budget) << " | " << b.count << " | " << pounds(b.value) << " |\n";
    }
}

}  // namespace lac
