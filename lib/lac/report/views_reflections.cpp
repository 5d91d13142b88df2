// Teams' co-production reflections as a table of trends.
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "lac/report/views.hpp"
#include "lac/util/ref.hpp"

namespace lac {

Table reflections_table(const std::vector<ReflectionTrend>& trends, bool for_terminal) {
    std::vector<std::string> principles;
    for (const auto& t : trends)
        for (const auto& [p, v] : t.reflection.scores)
            if (std::find(principles.begin(), principles.end(), p) == principles.end()) principles.push_back(p);
    Table table{{"reflection", "team", "date"}};
    for (const auto& p : principles) table.columns.push_back(p);
    for (const char* c : {"mean", "mean_change", "note"}) table.columns.push_back(c);
    for (const auto& t : trends) {
        const auto& r = t.reflection;
        std::vector<Cell> row{Cell::str(make_ref(ref::reflection, r.id)), Cell::str(r.team), Cell::str(to_iso(r.on))};
        for (const auto& p : principles) {
            Cell cell = Cell::null();
            for (std::size_t i = 0; i < r.scores.size(); ++i) {
                if (r.scores[i].first != p) continue;
                cell = Cell::num(r.scores[i].second);
                if (for_terminal && t.change[i] && *t.change[i] != 0)
                    cell = Cell::str(fmt::format("{} ({:+d})", r.scores[i].second, *t.change[i]));
            }
            row.push_back(cell);
        }
        row.push_back(Cell::num(double(std::lround(t.mean * 100)) / 100));
        row.push_back(t.mean_change ? Cell::num(double(std::lround(*t.mean_change * 100)) / 100) : Cell::null());
        row.push_back(text_or_null(r.note));
        table.rows.push_back(std::move(row));
    }
    return table;
}

}  // namespace lac
