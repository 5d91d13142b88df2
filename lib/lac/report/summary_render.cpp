#include "lac/report/summary_render.hpp"

#include <algorithm>
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

std::string summary_shown(const SummaryKeys& k, const SummaryKey& key) {
    std::string text = summary_text(k, key.name);
    if (key.count == &SummaryKeys::caseload && !band_of(k).empty()) text += " " + band_of(k);
    return text;
}

const std::vector<SummaryGroup>& summary_groups() {
    static const std::vector<SummaryGroup> groups = [] {
        std::vector<SummaryGroup> out;
        for (const auto& key : summary_keys()) {
            if (!*key.label) continue;  // shown in another key's column
            auto group = std::find_if(out.begin(), out.end(), [&](const auto& g) { return g.title == key.group; });
            if (group == out.end()) group = out.insert(out.end(), {key.group, {}});
            group->keys.push_back(&key);
        }
        return out;
    }();
    return groups;
}

Table summary_group_table(const Summary& s, const SummaryGroup& group) {
    Table t{{"coordinator"}};
    for (const auto* key : group.keys) t.columns.push_back(key->label);
    auto add = [&](const std::string& who, const SummaryKeys& k) {
        std::vector<Cell> row{Cell::str(who)};
        for (const auto* key : group.keys) row.push_back(Cell::str(summary_shown(k, *key)));
        t.rows.push_back(std::move(row));
    };
    for (const auto& c : s.coordinators) add(c.coordinator.handle, c.keys);
    add("TEAM", s.team_keys);
    return t;
}

std::string period_title(const Summary& s) {
    std::string span = fmt::format("{} to {}", to_iso(s.period.from), to_iso(s.period.to));
    std::string who = s.team.empty() ? "all coordinators" : "team " + s.team;
    if (s.period.week) return fmt::format("Week {} ({}), {}", to_string(*s.period.week), span, who);
    int days = s.period.to - s.period.from + 1;
    return fmt::format("Period {} ({} day{}), {}", span, days, days == 1 ? "" : "s", who);
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

// Keys down the side in words and a column per coordinator, then TEAM; money and bands marked.
Table transposed(const Summary& s) {
    Table t{{"key"}};
    std::vector<const SummaryKeys*> columns;
    for (const auto& c : s.coordinators) {
        t.columns.push_back(c.coordinator.handle);
        columns.push_back(&c.keys);
    }
    t.columns.push_back("TEAM");
    columns.push_back(&s.team_keys);
    for (const auto& group : summary_groups())
        for (const auto* key : group.keys) {
            std::vector<Cell> row{Cell::str(key->label)};
            for (const auto* k : columns) row.push_back(Cell::str(summary_shown(*k, *key)));
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
    auto escape = [](const std::string& text) { return markdown_escape(text); };
    auto row = [&](const std::vector<std::string>& cells) {
        out << "|";
        for (const auto& cell : cells) out << " " << escape(cell) << " |";
        out << "\n";
    };
    out << "## " << escape(period_title(s)) << "\n";
    for (const auto& group : summary_groups()) {
        Table t = summary_group_table(s, group);
        out << "\n### " << escape(group.title) << "\n\n";
        row(t.columns);
        out << "|";
        for (std::size_t i = 0; i < t.columns.size(); ++i) out << (i ? " ---: |" : " --- |");
        out << "\n";
        for (const auto& cells : t.rows) {
            std::vector<std::string> texts;
            for (const auto& cell : cells) texts.push_back(cell.text);
            row(texts);
        }
    }
    if (!s.avoided_by_budget.empty()) {
        out << "\n### Avoided value by budget holder\n\n| budget holder | crises avoided | avoided value |\n"
            << "| --- | ---: | ---: |\n";
        for (const auto& b : s.avoided_by_budget)
            out << "| " << escape(b.budget) << " | " << b.count << " | " << pounds(b.value) << " |\n";
    }
}

}  // namespace lac
