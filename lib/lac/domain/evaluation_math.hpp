#pragma once
// The formulas of the evaluation pack (lac-evaluate(1), FORMULAS), each in one place.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lac/domain/evaluation_config.hpp"

namespace lac {

// The price year a cost's source names: "2013/14 prices" gives "2013/14", "2019 prices"
// gives "2019"; none when it names none.
std::optional<std::string> price_year_in(std::string_view source);

// The deflator's year used for a price year: the same year; for a financial year "2013/14"
// the deflator's "2013-14" or "2013/14" if it lists one, else the calendar year 2013 (in
// which nine of its twelve months fall).
struct DeflatorYear {
    std::string year;
    double index = 0;
};
std::optional<DeflatorYear> deflator_year(const EvaluationConfig& e, std::string_view price_year);

// The factor that takes an amount at `price_year` prices to `e.price_year` prices:
// index(target) / index(price year). None when the deflator lacks the year.
struct Uprating {
    std::string from_year, to_year;  // as the deflator names them
    double from_index = 0, to_index = 0, factor = 1;
};
std::optional<Uprating> uprating(const EvaluationConfig& e, std::string_view price_year);

// The value in present terms of `first_year` a year over `years` years, losing `drop_off`
// of it each year after the first and discounted at `rate`:
//   sum over t = 0 .. years-1 of first_year * (1 - drop_off)^t / (1 + rate)^t.
double present_value(double first_year, int years, double drop_off, double rate);

// Net of deadweight, attribution and displacement: gross * (1-d) * (1-a) * (1-p).
double net_value(double gross, double deadweight, double attribution, double displacement);

// Student's t quantile: the value a t-distributed variable with `df` degrees of freedom
// stays below with probability p (0.5 < p < 1).
double t_quantile(double p, int df);

// The mean of paired changes with its 95% confidence interval (Student's t, n-1 degrees
// of freedom); no interval for fewer than two.
struct MeanChange {
    int n = 0;
    double mean = 0, sd = 0, se = 0, t = 0;
    std::optional<double> ci_low, ci_high;
};
MeanChange mean_change(const std::vector<double>& changes);

// The three scenarios: low takes each assumption at the end that lowers the value.
enum class Scenario { low, central, high };
// An assumption that raises the value as it grows (a WELLBY's worth) at a scenario.
double rising(const Assumption& a, Scenario s);
// One that lowers it (deadweight, a discount rate) at a scenario: its high value for low.
double falling(const Assumption& a, Scenario s);

}  // namespace lac
