#pragma once
// The evaluation pack (SPEC §9, lac-evaluate(1)): every figure computed from the record and
// the config's [evaluation], each kept with the inputs it was computed from.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "lac/domain/evaluation_math.hpp"
#include "lac/domain/reflections.hpp"
#include "lac/domain/session.hpp"
#include "lac/util/progress.hpp"

namespace lac {

struct EvaluationPeriod {
    Date from, to;
    std::optional<int> year;  // set for --year
    bool to_date = false;     // a --year still under way: it runs to today
};
// --year YYYY (to today, if it is under way), or --from/--to (to defaults to today), or the
// 12 months ending today. Throws UsageError for both; DataError for a period that ends
// before it starts, ends after today, or a year that has not begun.
EvaluationPeriod evaluation_period(const std::optional<std::string>& year, std::optional<Date> from,
                                   std::optional<Date> to, Date today);

// One figure of a breakdown: events (or people) and the distinct people behind them.
struct Line {
    std::string key;
    long long count = 0;
    long long people = 0;
    double amount = 0;        // minutes, hours, or pounds, by the breakdown
    bool suppressed = false;  // about fewer than min_cell people (or revealing one that is)
    long long not_uprated = 0;  // avoided crises in it whose cost could not be uprated (left out of amount)
};
struct Breakdown {
    std::vector<Line> lines;
    Line total;
};

// Avoided crises alike in type, budget, confidence, unit, cost and source.
struct AvoidedLine {
    std::string type, label, budget, confidence, unit, source;
    double unit_cost = 0;
    long long count = 0, people = 0;
    double quantity = 0;
    double cost = 0;                      // quantity * unit_cost, at the source's prices
    std::optional<std::string> price_year;  // as the source names it
    std::optional<Uprating> uprating;     // none: cannot be uprated, and left out of the values
    double uprated_cost = 0;              // cost * factor
    double weight = 0;                    // the confidence's weight
    double value = 0;                     // uprated_cost * weight
};

struct MeasureChange {
    std::string measure;          // life, worthwhile, happy, anxious
    MeanChange change;            // latest - first, per person
    double first_mean = 0, latest_mean = 0;
    bool suppressed = false;
};

struct Valued {
    std::array<double, 3> by;  // low, central, high
    double at(Scenario s) const { return by[int(s)]; }
};

struct ScenarioResult {
    double wellby_value = 0, hour_value = 0;  // the values this scenario took
    double avoided = 0, contributions = 0, wellbeing = 0, gross = 0;
    double deadweight = 0, attribution = 0, displacement = 0, drop_off = 0, discount_rate = 0;
    int years = 1;
    double net_first_year = 0, present_value = 0;
    std::optional<double> per_pound;  // none when the cost is 0
};

struct Evaluation {
    EvaluationPeriod period;
    std::string team;  // as stored; "" for everyone
    bool suppressing = true;
    EvaluationConfig assumptions;

    // Reach
    Breakdown walked_alongside, introduced;  // by source; count = people
    Line conversations;                      // count, people seen, amount = minutes
    Breakdown closures;                      // by reason
    // Goals and networks
    Breakdown goals_set, goals_achieved;     // by life area
    Breakdown connections_made, connections_sustained;  // by kind
    // The same by month ("2026-03"): every month of the period, oldest first.
    Breakdown connections_made_monthly, connections_sustained_monthly;
    Line people_sustained;                   // people with a sustained connection at the end
    Line contributions;                      // count, people, amount = hours
    std::optional<Uprating> hour_uprating;
    Valued contribution_value;
    // Avoided crises
    std::vector<AvoidedLine> avoided;
    Breakdown avoided_by_type, avoided_by_budget, avoided_by_confidence;  // amount = value
    Line not_uprated;                        // count, people, amount = cost at its own prices
    double avoided_value = 0;
    // Wellbeing
    int wellbeing_people = 0;                // with both check-ins far enough apart
    std::vector<MeasureChange> measures;
    Breakdown loneliness;                    // people: less often, as often, more often lonely
    double wellbys = 0;                      // sum of life-satisfaction changes
    std::optional<Uprating> wellby_uprating;
    Valued wellbeing_value;
    // Social return
    struct Cost {
        std::string method;  // "programme" or "coordinators"
        long long coordinators = 0;
        int days = 0;
        double per_year = 0, value = 0;
    } cost;
    std::array<ScenarioResult, 3> scenarios;
    // A part about fewer than min_cell people is left out of the social return (or it could
    // be worked out from the gross less the others): which were, in words.
    std::vector<std::string> left_out;
    // Co-production
    std::vector<ReflectionTrend> reflections;  // each team's latest to the period's end
};

// `identify`: the figures about fewer than min_cell people are kept (json --identify only).
// `progress` hears which stage it is at (reading the record, then working out the figures).
Evaluation evaluate(Session& s, const EvaluationPeriod& period, const std::string& team, bool identify,
                    const Progress& progress = {});

}  // namespace lac
