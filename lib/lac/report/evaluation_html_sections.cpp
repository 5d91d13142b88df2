// The evaluation page's wellbeing, social return and co-production sections.
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "lac/report/evaluation_html.hpp"
#include "lac/report/views.hpp"
#include "lac/util/text.hpp"

namespace lac::evaluation_html {
namespace {

std::string fewer_than(const Evaluation& ev) { return fmt::format("fewer than {} people", ev.assumptions.min_cell); }

std::string spanning(const std::string& text, int span) {
    return fmt::format("<td class=\"sup\" colspan=\"{}\">{}</td>", span, esc(text));
}

std::string percent(double rate) { return fmt::format("{:g}%", std::round(rate * 1000) / 10); }

}  // namespace

std::string wellbeing_section(const Evaluation& ev) {
    const auto& e = ev.assumptions;
    bool few = ev.wellbeing_people > 0 && ev.wellbeing_people < e.min_cell;
    std::string html = fmt::format(
        "<h2>Wellbeing</h2>\n<p>The ONS personal wellbeing questions, each scored 0 to 10, asked of people when they "
        "start and from time to time after (lac wellbeing). A person counts here when their first and latest "
        "check-ins, the latest by the end of the period, are at least {} weeks apart: {}.</p>\n",
        e.wellbeing_min_weeks, few ? fewer_than(ev) : counted(number(ev.wellbeing_people), "person", "people"));
    html += "<figure><figcaption>Wellbeing before and after</figcaption>" + wellbeing_chart(ev) + "</figure>\n";
    if (ev.wellbeing_people == 0) return html;
    html += head({"measure", "people", "first check-in", "latest check-in", "mean change", "95% confidence interval"});
    for (const auto& m : ev.measures) {
        html += row_head(measure_title(m.measure) + (m.measure == "anxious" ? " (lower is better)" : ""));
        if (m.suppressed)
            html += spanning(fewer_than(ev), 5);
        else if (m.change.n == 0)
            html += spanning("not answered at both check-ins", 5);
        else
            html += cell(number(m.change.n)) + cell(fmt::format("{:.2f}", m.first_mean)) +
                    cell(fmt::format("{:.2f}", m.latest_mean)) + cell(signed_number(m.change.mean)) +
                    cell(m.change.ci_low ? fmt::format("{} to {}", signed_number(*m.change.ci_low),
                                                       signed_number(*m.change.ci_high))
                                         : "none for one person");
        html += "</tr>";
    }
    html += table_end;
    const Breakdown& l = ev.loneliness;
    html += "<h3>Loneliness</h3>\n<p>“How often do you feel lonely?”, at people's first check-in and their latest";
    if (l.total.people == 0) {
        html += ": not answered at both.</p>\n";
    } else {
        html += ".</p>\n" + head({"", "people"});
        for (const char* key : {"less often lonely", "as often lonely", "more often lonely"}) {
            auto it = std::find_if(l.lines.begin(), l.lines.end(), [&](const Line& line) { return line.key == key; });
            html += row_head(key);
            html += it == l.lines.end() ? cell("0") : it->suppressed ? spanning(withheld(ev, *it), 1) : cell(number(double(it->count)));
            html += "</tr>";
        }
        html += row_head("total", true) + (l.total.suppressed ? spanning(withheld(ev, l.total), 1) : cell(number(double(l.total.count)))) +
                "</tr>" + table_end;
    }
    bool hidden = ev.measures.empty() || ev.measures[0].suppressed;
    html += "<h3>Wellbeing valued</h3>\n<p>" +
            esc(hidden ? "The change in life satisfaction is about " + fewer_than(ev) + ", so it is not valued here."
                       : fmt::format("The changes in life satisfaction add up to {} WELLBYs (one WELLBY is one "
                                     "point of life satisfaction for one person for a year).", decimal(ev.wellbys, 1))) + "</p>\n";
    html += head({"value of the change", "low", "central", "high"}) + row_head(fmt::format("at {} prices", e.price_year));
    for (double v : ev.wellbeing_value.by) html += hidden ? spanning("withheld", 1) : cell(money(v));
    return html + "</tr>" + table_end;
}

std::string social_return_section(const Evaluation& ev) {
    const auto& s = ev.scenarios;
    auto out = [&](const char* part) { return std::find(ev.left_out.begin(), ev.left_out.end(), part) != ev.left_out.end(); };
    std::string html = "<h2>Social return</h2>\n<p>Each step from the value recorded to the value for each £1 spent, at "
                       "low, central and high assumptions (each assumption and its source is under “How these figures "
                       "were worked out”).</p>\n" + head({"step", "low", "central", "high"});
    auto amount = [&](const std::string& label, double ScenarioResult::*field, bool withhold = false, bool total = false) {
        html += row_head(label, total);
        for (const auto& r : s) html += withhold ? spanning("left out", 1) : cell(money(r.*field));
        html += "</tr>";
    };
    auto rate = [&](const std::string& label, double ScenarioResult::*field) {
        html += row_head(label);
        for (const auto& r : s) html += cell(percent(r.*field));
        html += "</tr>";
    };
    amount("crises avoided (uprated, weighted by confidence)", &ScenarioResult::avoided, out("avoided crises"));
    amount("hours people gave", &ScenarioResult::contributions, out("contributions"));
    amount("change in life satisfaction (WELLBYs)", &ScenarioResult::wellbeing, out("wellbeing"));
    amount("gross value", &ScenarioResult::gross, false, true);
    rate("less deadweight: what would have happened anyway", &ScenarioResult::deadweight);
    rate("less attribution: what others brought about", &ScenarioResult::attribution);
    rate("less displacement: what only moved elsewhere", &ScenarioResult::displacement);
    amount("net value in the first year", &ScenarioResult::net_first_year, false, true);
    html += row_head("years the outcomes last");
    for (const auto& r : s) html += cell(std::to_string(r.years));
    html += "</tr>";
    rate("drop-off in each later year", &ScenarioResult::drop_off);
    rate("discount rate a year", &ScenarioResult::discount_rate);
    amount("present value", &ScenarioResult::present_value, false, true);
    html += row_head(ev.cost.method == "programme" ? "programme cost for the period"
                                                    : fmt::format("programme cost for the period ({})",
                                                                  counted(ev.cost.coordinators, "coordinator", "coordinators")));
    for (int i = 0; i < 3; ++i) html += cell(money(ev.cost.value));
    html += "</tr>" + row_head("value for each £1 spent", true);
    for (const auto& r : s) html += r.per_pound ? cell(pounds(*r.per_pound)) : spanning("no cost set", 1);
    html += std::string("</tr>") + table_end;
    if (!ev.left_out.empty())
        html += "<p class=\"note\">" + esc(fmt::format("Left out of the social return, being about {}: {}. Were they "
                                                       "in, they could be worked out from the gross value less the others.",
                                                       fewer_than(ev), join(ev.left_out, " and "))) + "</p>\n";
    return html;
}

// Each team's latest reflection as `lac reflect list` lays it out (reflections_table): a
// column per principle, each score with its change since the one before.
std::string coproduction_section(const Evaluation& ev) {
    std::string html = "<h2>Co-production</h2>\n";
    if (ev.reflections.empty())
        return html + "<p>No team has recorded a reflection on co-production by the end of the period (lac reflect).</p>\n";
    Table t = reflections_table(ev.reflections, true);
    std::vector<std::string> columns{"team", "on"};
    std::vector<bool> numeric{false, false};
    std::size_t principles = t.columns.size() - 6;  // reflection, team, date … mean, mean_change, note
    for (std::size_t c = 3; c < 3 + principles; ++c) columns.push_back(words(t.columns[c])), numeric.push_back(true);
    for (const char* c : {"mean score", "change"}) columns.emplace_back(c), numeric.push_back(true);
    html += "<p>Each team's latest self-assessment by the end of the period: a score for each principle of "
            "co-production (lac reflect), with its change since the one before in brackets, and the team's note.</p>\n" +
            head(columns, numeric);
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        const auto& row = t.rows[r];
        const auto& trend = ev.reflections[r];
        html += "<tr><th scope=\"row\">" + esc(trend.reflection.team) +
                (trend.reflection.note.empty() ? "" : "<br><span class=\"note\">" + esc(trend.reflection.note) + "</span>") +
                "</th><td class=\"d\">" + to_iso(trend.reflection.on) + "</td>";
        for (std::size_t c = 3; c < 3 + principles; ++c) html += cell(row[c].kind == Cell::Kind::null ? "" : row[c].text);
        html += cell(fmt::format("{:.1f}", trend.mean)) +
                cell(trend.mean_change ? signed_number(*trend.mean_change, 1) : "first") + "</tr>";
    }
    return html + table_end;
}

}  // namespace lac::evaluation_html
