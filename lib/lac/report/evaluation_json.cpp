#include "lac/report/evaluation_render.hpp"

#include <algorithm>

namespace lac {
namespace {

using json = nlohmann::ordered_json;

const char* const scenario_names[] = {"low", "central", "high"};

json line_json(const Line& l, const char* key_name, const char* count_name) {
    json j = json::object();
    if (key_name) j[key_name] = l.key;
    if (l.suppressed) {
        j[count_name] = nullptr;
        j["people"] = nullptr;
        j["suppressed"] = true;
        return j;
    }
    j[count_name] = l.count;
    j["people"] = l.people;
    j["suppressed"] = false;
    return j;
}

json with_amount(json j, const Line& l, const char* amount_name) {
    // An amount none of whose events could be valued is no amount, not £0.
    bool none = l.suppressed || (l.not_uprated > 0 && l.not_uprated == l.count);
    j[amount_name] = none ? json(nullptr) : json(l.amount);
    if (l.not_uprated > 0 && !l.suppressed) j["not_uprated"] = l.not_uprated;
    return j;
}

json breakdown_json(const Breakdown& b, const char* key_name, const char* count_name, const char* amount_name = nullptr) {
    json j = line_json(b.total, nullptr, count_name);
    if (amount_name) j = with_amount(j, b.total, amount_name);
    json lines = json::array();
    for (const auto& l : b.lines) {
        json item = line_json(l, key_name, count_name);
        lines.push_back(amount_name ? with_amount(item, l, amount_name) : item);
    }
    j[std::string("by_") + key_name] = lines;
    return j;
}

json uprating_json(const std::optional<Uprating>& u) {
    if (!u) return nullptr;
    return {{"from_year", u->from_year}, {"from_index", u->from_index}, {"to_year", u->to_year},
            {"to_index", u->to_index}, {"factor", u->factor}};
}

json assumption_json(const Assumption& a, bool rises) {
    json j = {{"low", a.low}, {"central", a.central}, {"high", a.high}};
    if (!a.price_year.empty()) j["price_year"] = a.price_year;
    j["source"] = a.source;
    // Which value each scenario takes: the low scenario takes the end that lowers the value.
    j["raises_value"] = rises;
    return j;
}

json valued_json(const Valued& v) {
    return {{"low", v.by[0]}, {"central", v.by[1]}, {"high", v.by[2]}};
}

json avoided_json(const Evaluation& ev) {
    json lines = json::array();
    for (const auto& l : ev.avoided) {
        // A line is the finest grain: beside the breakdowns its amounts would reveal the
        // suppressed ones, so they come only with --identify; its rates always.
        bool hide = ev.suppressing;
        json j = {{"type", l.type}, {"label", l.label}, {"budget", l.budget}, {"confidence", l.confidence},
                  {"unit", l.unit}, {"unit_cost", l.unit_cost}, {"source", l.source}};
        j["price_year"] = l.price_year ? json(*l.price_year) : json(nullptr);
        j["uprating"] = uprating_json(l.uprating);
        j["weight"] = l.weight;
        if (hide) {
            j["suppressed"] = true;
            for (const char* k : {"count", "people", "quantity", "cost", "uprated_cost", "value"}) j[k] = nullptr;
        } else {
            j["suppressed"] = false;
            j["count"] = l.count;
            j["people"] = l.people;
            j["quantity"] = l.quantity;
            j["cost"] = l.cost;
            j["uprated_cost"] = l.uprating ? json(l.uprated_cost) : json(nullptr);
            j["value"] = l.uprating ? json(l.value) : json(nullptr);
        }
        lines.push_back(j);
    }
    json j = {{"value", ev.avoided_by_type.total.suppressed ? json(nullptr) : json(ev.avoided_value)}};
    j["lines"] = lines;
    j["line_amounts_shown"] = !ev.suppressing;
    j["by_type"] = breakdown_json(ev.avoided_by_type, "label", "count", "value")["by_label"];
    j["by_budget"] = breakdown_json(ev.avoided_by_budget, "budget", "count", "value")["by_budget"];
    j["by_confidence"] = breakdown_json(ev.avoided_by_confidence, "confidence", "count", "value")["by_confidence"];
    j["total"] = with_amount(line_json(ev.avoided_by_type.total, nullptr, "count"), ev.avoided_by_type.total, "value");
    j["not_uprated"] = with_amount(line_json(ev.not_uprated, nullptr, "count"), ev.not_uprated, "cost");
    j["confidence_weights"] = {{"possible", ev.assumptions.confidence.possible},
                               {"likely", ev.assumptions.confidence.likely},
                               {"certain", ev.assumptions.confidence.certain},
                               {"source", ev.assumptions.confidence.source}};
    return j;
}

json wellbeing_json(const Evaluation& ev) {
    json measures = json::array();
    for (const auto& m : ev.measures) {
        json j = {{"measure", m.measure}};
        if (m.suppressed) {
            j["suppressed"] = true;
            for (const char* k : {"n", "first_mean", "latest_mean", "mean_change", "sd", "t", "ci_low", "ci_high"})
                j[k] = nullptr;
        } else {
            j["suppressed"] = false;
            j["n"] = m.change.n;
            j["first_mean"] = m.change.n ? json(m.first_mean) : json(nullptr);
            j["latest_mean"] = m.change.n ? json(m.latest_mean) : json(nullptr);
            j["mean_change"] = m.change.n ? json(m.change.mean) : json(nullptr);
            j["sd"] = m.change.n >= 2 ? json(m.change.sd) : json(nullptr);
            j["t"] = m.change.n >= 2 ? json(m.change.t) : json(nullptr);
            j["ci_low"] = m.change.ci_low ? json(*m.change.ci_low) : json(nullptr);
            j["ci_high"] = m.change.ci_high ? json(*m.change.ci_high) : json(nullptr);
        }
        measures.push_back(j);
    }
    json lonely = breakdown_json(ev.loneliness, "answer", "people");
    bool life_hidden = !ev.measures.empty() && ev.measures[0].suppressed;
    bool few = ev.suppressing && ev.wellbeing_people > 0 && ev.wellbeing_people < ev.assumptions.min_cell;
    return {{"people", few ? json(nullptr) : json(ev.wellbeing_people)},
            {"min_weeks", ev.assumptions.wellbeing_min_weeks},
            {"measures", measures},
            {"loneliness", lonely},
            {"wellbys", life_hidden ? json(nullptr) : json(ev.wellbys)},
            {"wellby_value", assumption_json(ev.assumptions.wellby_value, true)},
            {"uprating", uprating_json(ev.wellby_uprating)},
            {"value", life_hidden ? json(nullptr) : valued_json(ev.wellbeing_value)}};
}

json social_return_json(const Evaluation& ev) {
    const auto& e = ev.assumptions;
    json assumptions = {{"deadweight", assumption_json(e.deadweight, false)},
                        {"attribution", assumption_json(e.attribution, false)},
                        {"displacement", assumption_json(e.displacement, false)},
                        {"drop_off", assumption_json(e.drop_off, false)},
                        {"discount_rate", assumption_json(e.discount_rate, false)},
                        {"duration_years", assumption_json(e.duration_years, true)}};
    json cost = {{"method", ev.cost.method}, {"coordinators", ev.cost.coordinators}, {"days", ev.cost.days},
                 {"per_year", ev.cost.per_year}, {"value", ev.cost.value}, {"source", e.cost.source}};
    json scenarios = json::object();
    auto left_out = [&](const char* part) {
        return std::find(ev.left_out.begin(), ev.left_out.end(), part) != ev.left_out.end();
    };
    auto part = [&](const char* name, double v) { return left_out(name) ? json(nullptr) : json(v); };
    for (int i = 0; i < 3; ++i) {
        const auto& r = ev.scenarios[i];
        scenarios[scenario_names[i]] = {
            {"wellby_value", r.wellby_value}, {"hour_value", r.hour_value},
            {"avoided", part("avoided crises", r.avoided)}, {"contributions", part("contributions", r.contributions)},
            {"wellbeing", part("wellbeing", r.wellbeing)},
            {"gross", r.gross}, {"deadweight", r.deadweight}, {"attribution", r.attribution},
            {"displacement", r.displacement}, {"net_first_year", r.net_first_year}, {"years", r.years},
            {"drop_off", r.drop_off}, {"discount_rate", r.discount_rate}, {"present_value", r.present_value},
            {"cost", ev.cost.value}, {"per_pound", r.per_pound ? json(*r.per_pound) : json(nullptr)}};
    }
    return {{"assumptions", assumptions}, {"cost", cost}, {"left_out", ev.left_out}, {"scenarios", scenarios}};
}

json reflections_json(const Evaluation& ev) {
    json out = json::array();
    for (const auto& t : ev.reflections) {
        json scores = json::array();
        for (std::size_t i = 0; i < t.reflection.scores.size(); ++i) {
            const auto& [principle, score] = t.reflection.scores[i];
            // Built without a copied optional<int>, which GCC's -O2 took for uninitialised.
            json change = i < t.change.size() && t.change[i] ? json(*t.change[i]) : json(nullptr);
            scores.push_back({{"principle", principle}, {"score", score}, {"change", std::move(change)}});
        }
        out.push_back({{"team", t.reflection.team}, {"on", to_iso(t.reflection.on)}, {"mean", t.mean},
                       {"mean_change", t.mean_change ? json(*t.mean_change) : json(nullptr)}, {"scores", scores}});
    }
    return out;
}

}  // namespace

nlohmann::ordered_json evaluation_json(const Evaluation& ev) {
    const auto& e = ev.assumptions;
    json j;
    j["period"] = {{"from", to_iso(ev.period.from)}, {"to", to_iso(ev.period.to)},
                   {"days", ev.period.to - ev.period.from + 1}};
    j["team"] = ev.team.empty() ? json(nullptr) : json(ev.team);
    j["price_year"] = e.price_year;
    j["min_cell"] = e.min_cell;
    j["small_counts_suppressed"] = ev.suppressing;
    j["reach"] = {{"walked_alongside", breakdown_json(ev.walked_alongside, "source", "people")},
                  {"introduced", breakdown_json(ev.introduced, "source", "people")},
                  {"conversations", with_amount(line_json(ev.conversations, nullptr, "count"), ev.conversations, "minutes")},
                  {"closures", breakdown_json(ev.closures, "reason", "people")}};
    j["goals"] = {{"set", breakdown_json(ev.goals_set, "area", "count")},
                  {"achieved", breakdown_json(ev.goals_achieved, "area", "count")}};
    j["connections"] = {{"made", breakdown_json(ev.connections_made, "kind", "count")},
                        {"sustained", breakdown_json(ev.connections_sustained, "kind", "count")},
                        {"people_with_sustained", line_json(ev.people_sustained, nullptr, "people")}};
    json contributions = with_amount(line_json(ev.contributions, nullptr, "count"), ev.contributions, "hours");
    contributions["hour_value"] = assumption_json(e.hour_value, true);
    contributions["uprating"] = uprating_json(ev.hour_uprating);
    contributions["value"] = ev.contributions.suppressed ? json(nullptr) : valued_json(ev.contribution_value);
    j["contributions"] = contributions;
    j["avoided"] = avoided_json(ev);
    j["wellbeing"] = wellbeing_json(ev);
    j["social_return"] = social_return_json(ev);
    j["reflections"] = reflections_json(ev);
    json series = json::object();
    for (const auto& [year, index] : e.deflator) series[year] = index;
    j["deflator"] = {{"source", e.deflator_source}, {"index", series}};
    return j;
}

}  // namespace lac
