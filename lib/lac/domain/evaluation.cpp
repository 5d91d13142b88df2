#include "lac/domain/evaluation.hpp"
#include "lac/domain/evaluation_suppression.hpp"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "lac/store/audit.hpp"
#include "lac/store/coordinators.hpp"
#include "lac/store/evaluation.hpp"
#include "lac/domain/team.hpp"
#include "lac/util/errors.hpp"

namespace lac {
namespace {

// Sums rows by key, counting each person once per key and once in the total.
Breakdown breakdown(const std::vector<store::KeyedRow>& rows, const std::string& group = "") {
    std::map<std::string, std::pair<Line, std::set<int64_t>>> by;
    std::set<int64_t> everyone;
    Breakdown out;
    for (const auto& r : rows) {
        if (r.group != group) continue;
        auto& [line, people] = by[r.key];
        line.key = r.key;
        line.count += r.count;
        line.amount += r.amount;
        people.insert(r.person_id);
        everyone.insert(r.person_id);
        out.total.count += r.count;
        out.total.amount += r.amount;
    }
    for (auto& [key, entry] : by) {
        entry.first.people = (long long)entry.second.size();
        out.lines.push_back(entry.first);
    }
    out.total.people = (long long)everyone.size();
    // Largest first, then by name: how a reader scans a breakdown.
    std::stable_sort(out.lines.begin(), out.lines.end(), [](const Line& a, const Line& b) { return a.count > b.count; });
    return out;
}

// A breakdown by month with every month of the period in it (none made is 0), oldest first.
Breakdown monthly(const std::vector<store::KeyedRow>& rows, const std::string& group, const EvaluationPeriod& period) {
    Breakdown b = breakdown(rows, group);
    std::string last = to_iso(period.to).substr(0, 7);
    for (std::string month = to_iso(period.from).substr(0, 7); month <= last;) {
        if (std::none_of(b.lines.begin(), b.lines.end(), [&](const Line& l) { return l.key == month; }))
            b.lines.push_back(Line{month});
        int y = std::stoi(month.substr(0, 4)), m = std::stoi(month.substr(5, 2));
        month = fmt::format("{:04}-{:02}", m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1);
    }
    std::sort(b.lines.begin(), b.lines.end(), [](const Line& a, const Line& c) { return a.key < c.key; });
    return b;
}

Line total_line(const std::vector<store::KeyedRow>& rows) { return breakdown(rows).total; }


double weight_of(const EvaluationConfig& e, const std::string& confidence) {
    if (confidence == "certain") return e.confidence.certain;
    if (confidence == "likely") return e.confidence.likely;
    return e.confidence.possible;
}

void add_avoided(Evaluation& ev, const std::vector<store::AvoidedRow>& rows) {
    const auto& e = ev.assumptions;
    std::map<std::tuple<std::string, std::string, std::string, std::string, std::string, std::string, double>,
             std::pair<AvoidedLine, std::set<int64_t>>>
        lines;
    std::vector<store::KeyedRow> by_type, by_budget, by_confidence, not_uprated;
    for (const auto& r : rows) {
        auto& [line, people] = lines[{r.type, r.label, r.budget, r.confidence, r.unit, r.source, r.unit_cost}];
        if (people.empty()) {
            line = AvoidedLine{r.type, r.label, r.budget, r.confidence, r.unit, r.source, r.unit_cost};
            line.price_year = price_year_in(r.source);
            if (line.price_year) line.uprating = uprating(e, *line.price_year);
            line.weight = weight_of(e, r.confidence);
        }
        line.count += r.count;
        line.quantity += r.quantity;
        people.insert(r.person_id);
        double cost = r.quantity * r.unit_cost;
        double value = line.uprating ? cost * line.uprating->factor * line.weight : 0;
        by_type.push_back({"", r.label, r.person_id, r.count, value});
        by_budget.push_back({"", r.budget, r.person_id, r.count, value});
        by_confidence.push_back({"", r.confidence, r.person_id, r.count, value});
        if (!line.uprating) not_uprated.push_back({"", "", r.person_id, r.count, cost});
    }
    for (auto& [key, entry] : lines) {
        auto& line = entry.first;
        line.people = (long long)entry.second.size();
        line.cost = line.quantity * line.unit_cost;
        if (line.uprating) {
            line.uprated_cost = line.cost * line.uprating->factor;
            line.value = line.uprated_cost * line.weight;
            ev.avoided_value += line.value;
        }
        ev.avoided.push_back(line);
    }
    ev.avoided_by_type = breakdown(by_type);
    ev.avoided_by_budget = breakdown(by_budget);
    ev.avoided_by_confidence = breakdown(by_confidence);
    ev.not_uprated = total_line(not_uprated);
    for (const auto& line : ev.avoided) {
        if (line.uprating) continue;
        for (auto [b, key] : {std::pair{&ev.avoided_by_type, &line.label}, std::pair{&ev.avoided_by_budget, &line.budget},
                              std::pair{&ev.avoided_by_confidence, &line.confidence}}) {
            for (auto& l : b->lines)
                if (l.key == *key) l.not_uprated += line.count;
            b->total.not_uprated += line.count;
        }
    }
    for (auto* b : {&ev.avoided_by_type, &ev.avoided_by_budget, &ev.avoided_by_confidence})
        std::stable_sort(b->lines.begin(), b->lines.end(), [](const Line& a, const Line& c) { return a.amount > c.amount; });
}

const char* const measure_names[] = {"life", "worthwhile", "happy", "anxious"};

std::optional<int> answer(const store::CheckInRow& c, int measure) {
    switch (measure) {
        case 0: return c.life;
        case 1: return c.worthwhile;
        case 2: return c.happy;
        default: return c.anxious;
    }
}

int loneliness_rank(const std::string& word) {  // higher: less often lonely
    static const std::vector<std::string> order{"often", "some", "occasionally", "hardly", "never"};
    return int(std::find(order.begin(), order.end(), word) - order.begin());
}

// A person counts when their first and latest check-ins (the latest in the period) are at
// least wellbeing_min_weeks apart; a measure counts when answered at both.
void add_wellbeing(Evaluation& ev, const std::vector<store::CheckInRow>& rows) {
    std::vector<double> changes[4], firsts[4], latests[4];
    std::vector<store::KeyedRow> lonely;
    for (std::size_t i = 0; i < rows.size();) {
        std::size_t j = i;
        while (j < rows.size() && rows[j].person_id == rows[i].person_id) ++j;
        const auto& first = rows[i];
        const auto& latest = rows[j - 1];
        if (j - i >= 2 && latest.on - first.on >= 7 * ev.assumptions.wellbeing_min_weeks) {
            ++ev.wellbeing_people;
            for (int m = 0; m < 4; ++m) {
                auto a = answer(first, m), b = answer(latest, m);
                if (!a || !b) continue;
                changes[m].push_back(*b - *a);
                firsts[m].push_back(*a);
                latests[m].push_back(*b);
            }
            if (!first.lonely.empty() && !latest.lonely.empty()) {
                int d = loneliness_rank(latest.lonely) - loneliness_rank(first.lonely);
                lonely.push_back({"", d > 0 ? "less often lonely" : d < 0 ? "more often lonely" : "as often lonely",
                                  first.person_id, 1, 0});
            }
        }
        i = j;
    }
    auto mean = [](const std::vector<double>& v) {
        double sum = 0;
        for (double x : v) sum += x;
        return v.empty() ? 0 : sum / double(v.size());
    };
    for (int m = 0; m < 4; ++m) {
        MeasureChange mc{measure_names[m], mean_change(changes[m]), mean(firsts[m]), mean(latests[m])};
        mc.suppressed = ev.suppressing && mc.change.n > 0 && mc.change.n < ev.assumptions.min_cell;
        ev.measures.push_back(mc);
    }
    ev.loneliness = breakdown(lonely);
    for (double c : changes[0]) ev.wellbys += c;
}


void add_social_return(Evaluation& ev) {
    const auto& e = ev.assumptions;
    ev.hour_uprating = uprating(e, e.hour_value.price_year);
    ev.wellby_uprating = uprating(e, e.wellby_value.price_year);
    int days = ev.period.to - ev.period.from + 1;
    ev.cost.days = days;
    if (e.cost.programme_per_year > 0) {
        ev.cost.method = "programme";
        ev.cost.per_year = e.cost.programme_per_year;
        ev.cost.value = e.cost.programme_per_year * days / 365.0;
    } else {
        ev.cost.method = "coordinators";
        ev.cost.per_year = e.cost.per_coordinator_year;
        ev.cost.value = e.cost.per_coordinator_year * double(ev.cost.coordinators) * days / 365.0;
    }
    // A part about fewer than min_cell people is left out, so that it cannot be found as the
    // gross less the others.
    bool avoided_in = !(ev.suppressing && ev.avoided_by_type.total.suppressed);
    bool contributions_in = !(ev.suppressing && ev.contributions.suppressed);
    bool wellbeing_in = !(ev.suppressing && ev.measures[0].suppressed);
    if (!avoided_in) ev.left_out.push_back("avoided crises");
    if (!contributions_in) ev.left_out.push_back("contributions");
    if (!wellbeing_in) ev.left_out.push_back("wellbeing");
    for (Scenario s : {Scenario::low, Scenario::central, Scenario::high}) {
        int i = int(s);
        // The low scenario takes each assumption at the end that lowers the value: for a
        // part or a gross below zero, that is the other end.
        Scenario up = s, down = s == Scenario::low ? Scenario::high : s == Scenario::high ? Scenario::low : s;
        ScenarioResult& r = ev.scenarios[i];
        r.hour_value = rising(e.hour_value, s);
        r.wellby_value = rising(e.wellby_value, ev.wellbys >= 0 ? up : down);
        ev.contribution_value.by[i] = ev.contributions.amount * r.hour_value * ev.hour_uprating->factor;
        ev.wellbeing_value.by[i] = ev.wellbys * r.wellby_value * ev.wellby_uprating->factor;
        r.avoided = avoided_in ? ev.avoided_value : 0;
        r.contributions = contributions_in ? ev.contribution_value.by[i] : 0;
        r.wellbeing = wellbeing_in ? ev.wellbeing_value.by[i] : 0;
        r.gross = r.avoided + r.contributions + r.wellbeing;
        Scenario net = r.gross >= 0 ? up : down;
        r.deadweight = falling(e.deadweight, net);
        r.attribution = falling(e.attribution, net);
        r.displacement = falling(e.displacement, net);
        r.drop_off = falling(e.drop_off, net);
        r.discount_rate = falling(e.discount_rate, net);
        r.years = int(rising(e.duration_years, net));
        r.net_first_year = net_value(r.gross, r.deadweight, r.attribution, r.displacement);
        r.present_value = present_value(r.net_first_year, r.years, r.drop_off, r.discount_rate);
        if (ev.cost.value > 0) r.per_pound = r.present_value / ev.cost.value;
    }
}

}  // namespace

EvaluationPeriod evaluation_period(const std::optional<std::string>& year_text, std::optional<Date> from,
                                   std::optional<Date> to, Date today) {
    if (year_text && (from || to)) throw UsageError("give --year or --from/--to, not both");
    if (year_text) {
        const std::string& t = *year_text;
        bool digits = t.size() == 4 && std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!digits || t < "1900" || t > "2999")
            throw UsageError(fmt::format("--year {} is not a year such as 2026", t));
        int year = std::stoi(t);
        EvaluationPeriod p{make_date(year, 1, 1), make_date(year, 12, 31), year};
        if (p.from > today)
            throw DataError(fmt::format("{} has not begun (today is {}); choose a year that has", year, to_iso(today)));
        // A year under way is evaluated to today: its cost is for the days that have passed.
        if (p.to > today) p = {p.from, today, year, true};
        return p;
    }
    Date end = to.value_or(today);
    if (end > today)
        throw DataError(fmt::format("the period ends after today ({}); nothing is recorded there yet", to_iso(today)));
    Date start = from.value_or(years_before(end, 1) + 1);
    if (end < start)
        throw DataError(fmt::format("the period ends ({}) before it starts ({}); swap --from and --to", to_iso(end),
                                    to_iso(start)));
    return {start, end, std::nullopt};
}

Evaluation evaluate(Session& s, const EvaluationPeriod& period, const std::string& team, bool identify,
                    const Progress& progress) {
    Evaluation ev;
    ev.period = period;
    ev.suppressing = !identify;
    ev.assumptions = s.config.evaluation;
    const Evaluation before = ev;  // what the read below adds to, afresh should it be run again (Db::read)
    if (identify) {
        // Small counts can point at someone: who asked for them unsuppressed is kept.
        s.db.write([&] {
            store::audit(s.db, "evaluate-identified", "evaluation", team.empty() ? "everyone" : team,
                         fmt::format("from={} to={}", to_iso(period.from), to_iso(period.to)));
        });
        s.db.commit_held();
    }
    s.db.read([&] {
        ev = before;
        if (!team.empty()) {
            auto coordinators = store::list_coordinators(s.db, team, true);
            if (coordinators.empty())
                throw DataError(fmt::format("no coordinator is in team '{}'; see 'lac coordinator list'", team));
            ev.team = team_as_stored(s, team);
        }
        progress("reading the period's records");
        auto rows = store::evaluation_rows(s.db, period.from, period.to, team);
        progress("working out the figures");
        ev.walked_alongside = breakdown(rows.people, "walking-alongside");
        ev.introduced = breakdown(rows.people, "introduction");
        ev.conversations = total_line(rows.conversations);
        ev.closures = breakdown(rows.closures);
        ev.goals_set = breakdown(rows.goals_set);
        ev.goals_achieved = breakdown(rows.goals_achieved);
        ev.connections_made = breakdown(rows.connections_made);
        ev.connections_sustained = breakdown(rows.connections_sustained);
        ev.people_sustained = total_line(rows.people_sustained);
        auto by_month = store::connections_by_month(s.db, period.from, period.to, team);
        ev.connections_made_monthly = monthly(by_month, "made", period);
        ev.connections_sustained_monthly = monthly(by_month, "sustained", period);
        ev.contributions = total_line(rows.contributions);
        add_avoided(ev, rows.avoided);
        add_wellbeing(ev, rows.checkins);
        ev.cost.coordinators = rows.coordinators;
        apply_suppression(ev);
        add_social_return(ev);
    });
    for (auto& trend : reflection_trends(s, ev.team)) {
        if (trend.reflection.on > period.to) continue;
        auto same = std::find_if(ev.reflections.begin(), ev.reflections.end(),
                                 [&](const auto& t) { return t.reflection.team == trend.reflection.team; });
        if (same == ev.reflections.end())
            ev.reflections.push_back(trend);
        else
            *same = trend;  // oldest first: the later one replaces it
    }
    return ev;
}

}  // namespace lac
