#include "lac/domain/evaluation_suppression.hpp"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

namespace lac {
namespace {

bool small(const Line& line, int min_cell) { return line.people > 0 && line.people < min_cell; }

// A figure about fewer than min_cell people is suppressed; when a breakdown would show all
// but one such figure beside its total, the next smallest is suppressed too, so the one
// cannot be found by subtraction.
void suppress(Breakdown& b, int min_cell) {
    int hidden = 0;
    for (auto& line : b.lines) hidden += line.suppressed = small(line, min_cell);
    b.total.suppressed = small(b.total, min_cell);
    if (hidden == 1 && !b.total.suppressed) {
        Line* next = nullptr;
        for (auto& line : b.lines)
            if (!line.suppressed && line.people > 0 && (!next || line.people < next->people)) next = &line;
        if (next) next->suppressed = true;
    }
}

void suppress(Line& line, int min_cell) { line.suppressed = small(line, min_cell); }

Line* find_line(Breakdown& b, const std::string& key) {
    for (auto& l : b.lines)
        if (l.key == key) return &l;
    return nullptr;
}

// A budget holder's value is the sum of its types': when one of them is suppressed and the
// budget holder's is not, another of its types is suppressed too (or, with none, the budget
// holder's), so the one cannot be found by subtraction.
void protect_budgets(Evaluation& ev) {
    for (bool changed = true; changed;) {
        changed = false;
        for (auto& budget : ev.avoided_by_budget.lines) {
            if (budget.suppressed) continue;
            std::vector<Line*> types;
            for (const auto& line : ev.avoided)
                if (line.budget == budget.key)
                    if (Line* t = find_line(ev.avoided_by_type, line.label);
                        t && std::find(types.begin(), types.end(), t) == types.end())
                        types.push_back(t);
            int hidden = int(std::count_if(types.begin(), types.end(), [](Line* t) { return t->suppressed; }));
            if (hidden != 1) continue;
            Line* next = nullptr;
            for (Line* t : types)
                if (!t->suppressed && (!next || t->people < next->people)) next = t;
            (next ? next->suppressed : budget.suppressed) = true;
            changed = true;
        }
    }
    // The cost left out for want of uprating is a sum over types too.
    std::set<std::string> hidden;
    for (const auto& line : ev.avoided)
        if (Line* t = find_line(ev.avoided_by_type, line.label); t && t->suppressed && !line.uprating)
            hidden.insert(line.label);
    if (hidden.size() == 1) ev.not_uprated.suppressed = true;
}

// Every figure about fewer than min_cell people, and those that would reveal one.
}  // namespace

void apply_suppression(Evaluation& ev) {
    if (!ev.suppressing) return;
    int min = ev.assumptions.min_cell;
    for (auto* b : {&ev.walked_alongside, &ev.introduced, &ev.closures, &ev.goals_set, &ev.goals_achieved,
                    &ev.connections_made, &ev.connections_sustained, &ev.connections_made_monthly,
                    &ev.connections_sustained_monthly, &ev.avoided_by_type, &ev.avoided_by_budget,
                    &ev.avoided_by_confidence, &ev.loneliness})
        suppress(*b, min);
    protect_budgets(ev);
    // A suppressed figure's place among the others would bound it: they go last.
    for (auto* b : {&ev.avoided_by_type, &ev.avoided_by_budget, &ev.avoided_by_confidence})
        std::stable_partition(b->lines.begin(), b->lines.end(), [](const Line& l) { return !l.suppressed; });
    for (auto* line : {&ev.conversations, &ev.people_sustained, &ev.contributions})
        suppress(*line, min);
    ev.not_uprated.suppressed = ev.not_uprated.suppressed || small(ev.not_uprated, min);
}

}  // namespace lac
