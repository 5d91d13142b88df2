#pragma once
// The assumptions of the evaluation pack ([evaluation] in config/lac.toml), checked.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lac {

// An assumption's low, central and high values (low <= central <= high) and its source.
struct Assumption {
    double low = 0, central = 0, high = 0;
    std::string source;
    std::string price_year;  // for amounts of money: the year of the prices they are in
};

struct EvaluationConfig {
    std::string price_year;      // every value is shown at this year's prices
    int min_cell = 5;            // a figure about fewer people is suppressed
    int wellbeing_min_weeks = 12;
    Assumption wellby_value, hour_value;                       // pounds
    Assumption deadweight, attribution, displacement, drop_off, discount_rate;  // rates, 0 to 1
    Assumption duration_years;                                 // whole years, 1 to 10
    struct Confidence {
        double possible = 0.25, likely = 0.5, certain = 1;
        std::string source;
    } confidence;
    struct Cost {
        double per_coordinator_year = 0, programme_per_year = 0;
        std::string source;
    } cost;
    std::vector<std::pair<std::string, double>> deflator;  // year, index
    std::string deflator_source;

    // The index for a year as the deflator names it, or none.
    std::optional<double> index_of(std::string_view year) const;
};

}  // namespace lac
