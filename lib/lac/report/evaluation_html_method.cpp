// "How these figures were worked out": the evaluation page's method, in plain words, with
// every assumption's low, central and high values and source, the uprating, the confidence
// weights and the cost, and which of them are the site's own assumptions.
#include <cmath>
#include <map>

#include <fmt/format.h>

#include "lac/report/evaluation_html.hpp"
#include "lac/util/text.hpp"

namespace lac::evaluation_html {
namespace {

bool site_assumption(const std::string& source) { return source.rfind("site assumption", 0) == 0; }

// A site assumption is tagged as one, and its source says the rest.
std::string source_cell(const std::string& source) {
    if (!site_assumption(source)) return "<td>" + esc(source) + "</td>";
    std::string rest = trim(source.substr(std::string_view("site assumption").size()));
    if (!rest.empty() && rest[0] == ':') rest = trim(rest.substr(1));
    return "<td><span class=\"tag\">site assumption</span> " + esc(rest) + "</td>";
}

enum class Kind { pounds, rate, years };

std::string shown(double value, Kind kind) {
    if (kind == Kind::pounds) return money(value);
    if (kind == Kind::rate) return fmt::format("{:g}%", std::round(value * 1000) / 10);
    return counted(fmt::format("{:g}", value), "year", "years");
}

struct Named {
    const char* name;
    const Assumption* assumption;
    Kind kind;
};

std::string uprating_words(const Uprating& u) {
    return fmt::format("{} to {}: {:g} ÷ {:g} = {:.4f}", u.from_year, u.to_year, u.to_index, u.from_index, u.factor);
}

}  // namespace

std::string method_section(const Evaluation& ev) {
    const auto& e = ev.assumptions;
    const std::vector<Named> assumptions{
        {"Value of a WELLBY (one point of life satisfaction for one person for a year)", &e.wellby_value, Kind::pounds},
        {"Value of an hour a person gives", &e.hour_value, Kind::pounds},
        {"Deadweight: share that would have happened anyway", &e.deadweight, Kind::rate},
        {"Attribution: share owed to others", &e.attribution, Kind::rate},
        {"Displacement: share that only moved elsewhere", &e.displacement, Kind::rate},
        {"Years an outcome lasts", &e.duration_years, Kind::years},
        {"Drop-off: share lost in each year after the first", &e.drop_off, Kind::rate},
        {"Discount rate a year", &e.discount_rate, Kind::rate}};
    std::string html = "<h2>How these figures were worked out</h2>\n<p>Every figure is counted from what the team "
                       "recorded in lac for the period and valued with the assumptions below; none is typed in.</p>\n"
                       "<ul class=\"method\">";
    html += "<li><b>Who is counted.</b> People walked alongside or introduced at any time in the period, and the "
            "events of the period; for a team, what counts for the team's coordinators on the day it happened. Each "
            "person is counted once in a figure however many events they have in it.</li>";
    html += fmt::format("<li><b>Small numbers.</b> A figure about fewer than {0} people is shown as “fewer than {0} "
                        "people”, never as a number; where it could be worked out from a total, one more figure is "
                        "withheld too. This is so that no one can be recognised.</li>", e.min_cell);
    html += fmt::format("<li><b>Avoided crises.</b> Each is valued at its quantity times the unit cost recorded with "
                        "it (from the source named with it), brought to {} prices, times the weight of the "
                        "coordinator's confidence that it was avoided: possible {:g}, likely {:g}, certain {:g} "
                        "(source: {}).</li>", esc(e.price_year), e.confidence.possible, e.confidence.likely,
                        e.confidence.certain, esc(e.confidence.source));
    std::map<std::string, Uprating> used;
    for (const auto& line : ev.avoided)
        if (line.uprating && line.uprating->from_year != line.uprating->to_year)
            used.emplace(line.uprating->from_year, *line.uprating);
    for (const auto* u : {&ev.hour_uprating, &ev.wellby_uprating})
        if (*u && (*u)->from_year != (*u)->to_year) used.emplace((*u)->from_year, **u);
    std::vector<std::string> factors;
    for (const auto& [year, u] : used) factors.push_back(uprating_words(u));
    html += fmt::format("<li><b>Uprating to one price year.</b> An amount at another year's prices is multiplied by "
                        "the GDP deflator's index for {} divided by its index for that year. Deflator: {}. Factors "
                        "used here: {}.{}</li>", esc(e.price_year), esc(e.deflator_source),
                        esc(factors.empty() ? "none needed" : join(factors, "; ")),
                        ev.not_uprated.count > 0 ? " A cost whose year the deflator does not list is left out of the "
                                                   "values and said so, not guessed." : "");
    html += fmt::format("<li><b>Wellbeing.</b> For each measure, the mean of each person's latest score less their "
                        "first, with a 95% confidence interval: the mean plus and minus Student's t (n − 1 degrees of "
                        "freedom) times the standard deviation divided by the square root of n. The changes in life "
                        "satisfaction added up are WELLBYs, valued at the WELLBY value below, brought from {} prices."
                        "</li>", esc(e.wellby_value.price_year));
    html += "<li><b>Contributions.</b> The hours people gave, times the value of an hour below.</li>";
    html += "<li><b>Social return.</b> Gross value is the avoided crises, the hours given and the wellbeing change "
            "added together. Net value in the first year is gross × (1 − deadweight) × (1 − attribution) × (1 − "
            "displacement). Present value adds that net value over the years an outcome lasts, losing the drop-off "
            "each year after the first and discounted at the discount rate: the sum over years t = 0, 1, … of net × "
            "(1 − drop-off)<sup>t</sup> ÷ (1 + rate)<sup>t</sup>. Value for each £1 is present value ÷ the "
            "programme's cost. “Low” takes every assumption at the end that gives less value, “high” at the end that "
            "gives more.</li>";
    html += fmt::format("<li><b>The programme's cost.</b> {}, for the {} days of the period (÷ 365): {}. Source: {}."
                        "</li>", ev.cost.method == "programme"
                            ? esc(fmt::format("The whole programme's cost for a year, {}", money(ev.cost.per_year)))
                            : esc(fmt::format("{} a coordinator a year times the {} who walked alongside anyone in the period",
                                              money(ev.cost.per_year), counted(ev.cost.coordinators, "coordinator", "coordinators"))),
                        ev.cost.days, esc(money(ev.cost.value)), esc(e.cost.source));
    html += "</ul>\n<h3>The assumptions</h3>\n" + head({"assumption", "low", "central", "high", "source"}, {false, true, true, true, false});
    std::vector<std::string> site;
    for (const auto& a : assumptions) {
        bool priced = a.kind == Kind::pounds && !a.assumption->price_year.empty();
        html += row_head(a.name + (priced ? ", at " + a.assumption->price_year + " prices" : "")) +
                cell(shown(a.assumption->low, a.kind)) + cell(shown(a.assumption->central, a.kind)) +
                cell(shown(a.assumption->high, a.kind)) + source_cell(a.assumption->source) + "</tr>";
        if (site_assumption(a.assumption->source)) site.push_back(a.name);
    }
    html += table_end;
    if (site_assumption(e.confidence.source)) site.push_back("the confidence weights");
    if (site_assumption(e.cost.source)) site.push_back("the programme's cost");
    html += "<p><b>Site assumptions.</b> " +
            esc(site.empty() ? "None: every figure above has a published source."
                             : "These have no published default for Local Area Coordination and are this site's own "
                               "assumptions, to be set from local evidence in [evaluation] of the config: " +
                                   join(site, "; ") + ".") + "</p>\n";
    return html;
}

}  // namespace lac::evaluation_html
