#include "lac/domain/evaluation_math.hpp"

#include <cmath>
#include <regex>

namespace lac {

std::optional<std::string> price_year_in(std::string_view source) {
    static const std::regex financial(R"((\d{4})/(\d{2}) prices)"), calendar(R"((\d{4}) prices)");
    std::string text(source);
    std::smatch m;
    if (std::regex_search(text, m, financial)) return m[1].str() + "/" + m[2].str();
    if (std::regex_search(text, m, calendar)) return m[1].str();
    return std::nullopt;
}

std::optional<DeflatorYear> deflator_year(const EvaluationConfig& e, std::string_view price_year) {
    std::string year(price_year);
    std::vector<std::string> tries{year};
    if (year.size() == 7 && year[4] == '/') {
        tries.push_back(year.substr(0, 4) + "-" + year.substr(5));
        tries.push_back(year.substr(0, 4));
    }
    for (const auto& y : tries)
        if (auto index = e.index_of(y)) return DeflatorYear{y, *index};
    return std::nullopt;
}

std::optional<Uprating> uprating(const EvaluationConfig& e, std::string_view price_year) {
    auto from = deflator_year(e, price_year);
    auto to = deflator_year(e, e.price_year);
    if (!from || !to) return std::nullopt;
    return Uprating{from->year, to->year, from->index, to->index, to->index / from->index};
}

double present_value(double first_year, int years, double drop_off, double rate) {
    double total = 0;
    for (int t = 0; t < years; ++t) total += first_year * std::pow(1 - drop_off, t) / std::pow(1 + rate, t);
    return total;
}

double net_value(double gross, double deadweight, double attribution, double displacement) {
    return gross * (1 - deadweight) * (1 - attribution) * (1 - displacement);
}

namespace {

// The regularised incomplete beta function I_x(a, b), by its continued fraction (Lentz).
double incomplete_beta(double x, double a, double b) {
    if (x <= 0) return 0;
    if (x >= 1) return 1;
    if (x > (a + 1) / (a + b + 2)) return 1 - incomplete_beta(1 - x, b, a);
    double front = std::exp(std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) +
                            b * std::log(1 - x)) / a;
    const double tiny = 1e-300;
    double f = 1, c = 1, d = 0;
    for (int i = 0; i <= 400; ++i) {
        int m = i / 2;
        double numerator;
        if (i == 0)
            numerator = 1;
        else if (i % 2 == 0)
            numerator = m * (b - m) * x / ((a + 2.0 * m - 1) * (a + 2.0 * m));
        else
            numerator = -((a + m) * (a + b + m) * x) / ((a + 2.0 * m) * (a + 2.0 * m + 1));
        d = 1 + numerator * d;
        if (std::fabs(d) < tiny) d = tiny;
        d = 1 / d;
        c = 1 + numerator / c;
        if (std::fabs(c) < tiny) c = tiny;
        double step = c * d;
        f *= step;
        if (std::fabs(1 - step) < 1e-15) break;
    }
    return front * (f - 1);
}

// P(T <= t) for Student's t with df degrees of freedom, t >= 0.
double t_cdf(double t, int df) {
    double x = df / (df + t * t);
    return 1 - 0.5 * incomplete_beta(x, df / 2.0, 0.5);
}

}  // namespace

double t_quantile(double p, int df) {
    double low = 0, high = 1;
    while (t_cdf(high, df) < p) high *= 2;
    for (int i = 0; i < 200 && high - low > 1e-12; ++i) {
        double mid = (low + high) / 2;
        (t_cdf(mid, df) < p ? low : high) = mid;
    }
    return (low + high) / 2;
}

MeanChange mean_change(const std::vector<double>& changes) {
    MeanChange m;
    m.n = int(changes.size());
    if (m.n == 0) return m;
    for (double c : changes) m.mean += c;
    m.mean /= m.n;
    if (m.n < 2) return m;
    double squares = 0;
    for (double c : changes) squares += (c - m.mean) * (c - m.mean);
    m.sd = std::sqrt(squares / (m.n - 1));
    m.se = m.sd / std::sqrt(double(m.n));
    m.t = t_quantile(0.975, m.n - 1);
    m.ci_low = m.mean - m.t * m.se;
    m.ci_high = m.mean + m.t * m.se;
    return m;
}

double rising(const Assumption& a, Scenario s) {
    return s == Scenario::low ? a.low : s == Scenario::high ? a.high : a.central;
}

double falling(const Assumption& a, Scenario s) {
    return s == Scenario::low ? a.high : s == Scenario::high ? a.low : a.central;
}

}  // namespace lac
