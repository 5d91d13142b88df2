// The summary as one self-contained HTML page: inline CSS and SVG, no scripts, no
// external files or fonts, readable on screen and on paper.
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "lac/report/summary_render.hpp"
#include "lac/util/text.hpp"

namespace lac {
namespace {

std::string esc(std::string_view text) { return html_text(text); }

const char* const style = R"CSS(
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1d2327;margin:2rem auto;max-width:64rem;padding:0 1rem}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.1rem;margin:2rem 0 .5rem}
p.sub{color:#50575e;margin:0 0 1.5rem}
h3{font-size:1rem;margin:1.25rem 0 .25rem}
.keys{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}
th,td{padding:.3rem .5rem;border-bottom:1px solid #dcdcde;text-align:right;white-space:nowrap}
thead th{border-bottom:2px solid #1d2327;white-space:normal;vertical-align:bottom;font-size:.85rem;font-weight:600}
th:first-child{text-align:left}tbody th{font-weight:400}
td.over{color:#b32d2e;font-weight:600}td.under{color:#996800;font-weight:600}
.team th,.team td{font-weight:600;background:#f6f7f7}
svg{max-width:100%;height:auto}svg text{font:12px system-ui,sans-serif;fill:#1d2327}
.charts{display:grid;grid-template-columns:1fr 1fr;gap:1.5rem}
.note{color:#50575e;font-size:.85rem}
@media (max-width:56rem){body{margin:1rem auto}th,td{padding:.25rem .35rem}}
@media print{body{margin:0;max-width:none;font-size:11pt}h2{break-after:avoid}figure,table{break-inside:avoid}}
)CSS";

// A table per group of keys, coordinators in rows and keys named in words, so that a team
// of any size runs down the page rather than off its side.
std::string key_tables(const Summary& s) {
    std::string html;
    for (const auto& group : summary_groups()) {
        html += "<h3>" + esc(group.title) + "</h3>\n<div class=\"keys\"><table><thead><tr><th scope=\"col\">"
                "coordinator</th>";
        for (const auto* key : group.keys) html += "<th scope=\"col\">" + esc(key->label) + "</th>";
        html += "</tr></thead><tbody>";
        auto row = [&](const std::string& who, const SummaryKeys& k, bool team) {
            html += team ? "<tr class=\"team\">" : "<tr>";
            html += "<th scope=\"row\">" + esc(who) + "</th>";
            for (const auto* key : group.keys) {
                bool banded = key->count == &SummaryKeys::caseload && !band_of(k).empty();
                html += banded ? "<td class=\"" + band_of(k) + "\">" : "<td>";
                html += esc(summary_shown(k, *key)) + "</td>";
            }
            html += "</tr>";
        };
        for (const auto& c : s.coordinators) row(c.coordinator.handle, c.keys, false);
        row("TEAM", s.team_keys, true);
        html += "</tbody></table></div>\n";
    }
    return html;
}

// Horizontal bars of caseload, over a shaded capacity band, one per coordinator.
std::string caseload_chart(const Summary& s) {
    int rows = std::max<int>(1, int(s.coordinators.size()));
    int top = 1;
    for (const auto& c : s.coordinators) top = std::max({top, c.keys.caseload, c.keys.capacity_max});
    double scale = 560.0 / (top * 1.1);
    int height = rows * 28 + 30;
    std::string svg = fmt::format("<svg viewBox=\"0 0 720 {}\" role=\"img\" aria-label=\"Caseload against capacity "
                                  "per coordinator\">", height);
    for (int i = 0; i < int(s.coordinators.size()); ++i) {
        const auto& k = s.coordinators[i].keys;
        int y = 10 + i * 28;
        std::string colour = band_of(k) == "over" ? "#b32d2e" : band_of(k) == "under" ? "#dba617" : "#2271b1";
        svg += fmt::format("<text x=\"0\" y=\"{}\">{}</text>", y + 15, esc(s.coordinators[i].coordinator.handle));
        svg += fmt::format("<rect x=\"{:.1f}\" y=\"{}\" width=\"{:.1f}\" height=\"22\" fill=\"#c5d9ed\"/>",
                           120 + k.capacity_min * scale, y, (k.capacity_max - k.capacity_min) * scale);
        svg += fmt::format("<rect x=\"120\" y=\"{}\" width=\"{:.1f}\" height=\"12\" fill=\"{}\"/>", y + 5,
                           k.caseload * scale, colour);
        svg += fmt::format("<text x=\"{:.1f}\" y=\"{}\">{}</text>", 126 + std::max(k.caseload, k.capacity_max) * scale,
                           y + 15, k.caseload);
    }
    svg += fmt::format("<text x=\"120\" y=\"{}\" style=\"font-size:11px;fill:#50575e\">bar: people walked "
                       "alongside; shaded: the capacity band</text></svg>", height - 4);
    return svg;
}

// Weekly bars for one series over the last 12 weeks.
std::string weekly_chart(const Summary& s, const char* label, int WeekCounts::*series, const char* colour) {
    int top = 1;
    for (const auto& w : s.recent_weeks) top = std::max(top, w.*series);
    std::string svg = fmt::format("<svg viewBox=\"0 -10 340 185\" role=\"img\" aria-label=\"{} per week, last 12 "
                                  "weeks\">", label);
    for (int i = 0; i < int(s.recent_weeks.size()); ++i) {
        const auto& w = s.recent_weeks[i];
        double h = 140.0 * (w.*series) / top;
        svg += fmt::format("<rect x=\"{}\" y=\"{:.1f}\" width=\"20\" height=\"{:.1f}\" fill=\"{}\"><title>{}: {}"
                           "</title></rect>", 10 + i * 27, 150 - h, h, colour, to_string(w.week), w.*series);
        svg += fmt::format("<text x=\"{}\" y=\"{:.1f}\" text-anchor=\"middle\" style=\"font-size:10px\">{}</text>",
                           20 + i * 27, 146 - h, w.*series);
        if (i % 2 == 1)  // every other week, ending with the last
            svg += fmt::format("<text x=\"{}\" y=\"168\" text-anchor=\"middle\">W{:02}</text>", 20 + i * 27,
                               w.week.week);
    }
    svg += "</svg>";
    return svg;
}

std::string budget_chart(const Summary& s) {
    if (s.avoided_by_budget.empty()) return "<p class=\"note\">No crises were recorded as avoided in this period.</p>";
    double top = 1;
    for (const auto& b : s.avoided_by_budget) top = std::max(top, b.value);
    int height = int(s.avoided_by_budget.size()) * 28 + 10;
    std::string svg = fmt::format("<svg viewBox=\"0 0 720 {}\" role=\"img\" aria-label=\"Avoided value by budget "
                                  "holder\">", height);
    for (int i = 0; i < int(s.avoided_by_budget.size()); ++i) {
        const auto& b = s.avoided_by_budget[i];
        int y = 5 + i * 28;
        double w = 320.0 * b.value / top;  // leaves 210 of 720 for "£1,234,567.00 (123 avoided)"
        svg += fmt::format("<text x=\"0\" y=\"{}\">{}</text>", y + 15, esc(b.budget));
        svg += fmt::format("<rect x=\"170\" y=\"{}\" width=\"{:.1f}\" height=\"18\" fill=\"#00a32a\"/>", y + 2, w);
        svg += fmt::format("<text x=\"{:.1f}\" y=\"{}\">{} ({} avoided)</text>", 176 + w, y + 15, esc(pounds(b.value)),
                           b.count);
    }
    return svg + "</svg>";
}

}  // namespace

void write_summary_html(std::ostream& out, const Summary& s) {
    out << "<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        << "<title>" << esc(period_title(s)) << "</title><style>" << style << "</style></head><body>\n";
    out << "<h1>Local Area Coordination: " << (s.period.week ? "weekly summary" : "summary of a period") << "</h1>\n"
        << "<p class=\"sub\">" << esc(period_title(s)) << "</p>\n";
    out << "<h2>The " << (s.period.week ? "week" : "period") << " in numbers</h2>\n" << key_tables(s);
    out << "<h2>Caseload against capacity on " << to_iso(s.period.to) << "</h2>\n<figure>" << caseload_chart(s)
        << "</figure>\n";
    out << "<h2>The 12 weeks to " << to_string(iso_week(s.period.to)) << "</h2>\n"
        << "<div class=\"charts\"><figure><figcaption>Conversations</figcaption>"
        << weekly_chart(s, "Conversations", &WeekCounts::conversations, "#2271b1")
        << "</figure><figure><figcaption>Connections made</figcaption>"
        << weekly_chart(s, "Connections made", &WeekCounts::connections_made, "#8c5fc7") << "</figure></div>\n";
    out << "<h2>Avoided value by budget holder</h2>\n<figure>" << budget_chart(s) << "</figure>\n";
    out << "<p class=\"note\">Values are quantity × the unit cost recorded with each avoided crisis (see lac-avoid(1)"
        << " for sources). Counts follow lac-summary(1).</p>\n</body></html>\n";
}

}  // namespace lac
