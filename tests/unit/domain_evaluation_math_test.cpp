// The evaluation pack's formulas (lib/lac/domain/evaluation_math), each against figures
// worked by hand or published tables.
#include <cmath>

#include <doctest/doctest.h>

#include "lac/domain/config.hpp"
#include "lac/domain/evaluation_math.hpp"
#include "lac/util/errors.hpp"

namespace {

lac::EvaluationConfig deflator(std::string price_year) {
    lac::EvaluationConfig e;
    e.price_year = std::move(price_year);
    e.deflator = {{"2013", 81.9}, {"2019", 90.3}, {"2020-21", 95.0}, {"2024", 111.2}};
    return e;
}

}  // namespace

TEST_CASE("a source names its price year as a financial or a calendar year") {
    CHECK(lac::price_year_in("GMCA Unit Cost Database v1.4, per week, 2013/14 prices") == "2013/14");
    CHECK(lac::price_year_in("HM Treasury (2021), 2019 prices") == "2019");
    CHECK_FALSE(lac::price_year_in("GMCA Unit Cost Database v1.4, complex eviction"));
    CHECK_FALSE(lac::price_year_in("published 2019"));
}

TEST_CASE("uprating: index of the price year over index of the cost's year") {
    auto e = deflator("2024");
    auto u = lac::uprating(e, "2019");
    REQUIRE(u);
    CHECK(u->factor == doctest::Approx(111.2 / 90.3));
    CHECK(u->from_year == "2019");
    CHECK(u->to_year == "2024");
    // A financial year the deflator lacks is taken at the calendar year it begins in.
    auto fy = lac::uprating(e, "2013/14");
    REQUIRE(fy);
    CHECK(fy->from_year == "2013");
    CHECK(fy->factor == doctest::Approx(111.2 / 81.9));
    // One it lists is used as it is.
    CHECK(lac::uprating(e, "2020/21")->from_year == "2020-21");
    // None: the report says so rather than guess.
    CHECK_FALSE(lac::uprating(e, "2011"));
    CHECK_FALSE(lac::uprating(deflator("2030"), "2019"));
    CHECK(lac::uprating(e, "2024")->factor == 1.0);
}

TEST_CASE("net value: gross less deadweight, attribution and displacement, each in turn") {
    CHECK(lac::net_value(1000, 0.25, 0.25, 0.05) == doctest::Approx(1000 * 0.75 * 0.75 * 0.95));
    CHECK(lac::net_value(1000, 0, 0, 0) == 1000);
    CHECK(lac::net_value(1000, 1, 0, 0) == 0);
}

TEST_CASE("present value: drop-off after the first year, discounted from the second") {
    CHECK(lac::present_value(1000, 1, 0.5, 0.035) == 1000);
    // 1000 + 1000 * 0.5 / 1.035
    CHECK(lac::present_value(1000, 2, 0.5, 0.035) == doctest::Approx(1000 + 500 / 1.035));
    // Three years, 25% drop-off, 3.5%: 1000 + 750/1.035 + 562.5/1.035^2
    CHECK(lac::present_value(1000, 3, 0.25, 0.035) == doctest::Approx(1000 + 750 / 1.035 + 562.5 / (1.035 * 1.035)));
    CHECK(lac::present_value(1000, 3, 0, 0) == 3000);
}

TEST_CASE("Student's t quantiles match the published table") {
    CHECK(lac::t_quantile(0.975, 1) == doctest::Approx(12.706).epsilon(1e-4));
    CHECK(lac::t_quantile(0.975, 4) == doctest::Approx(2.776).epsilon(1e-3));
    CHECK(lac::t_quantile(0.975, 9) == doctest::Approx(2.262).epsilon(1e-3));
    CHECK(lac::t_quantile(0.975, 29) == doctest::Approx(2.045).epsilon(1e-3));
    CHECK(lac::t_quantile(0.975, 1000) == doctest::Approx(1.962).epsilon(1e-3));
    CHECK(lac::t_quantile(0.95, 10) == doctest::Approx(1.812).epsilon(1e-3));
}

TEST_CASE("a mean change with its 95% confidence interval") {
    // Changes 1, 2, 3, 4, 5: mean 3, sd sqrt(2.5), se sqrt(0.5), t(0.975, 4) = 2.7764.
    auto m = lac::mean_change({1, 2, 3, 4, 5});
    CHECK(m.n == 5);
    CHECK(m.mean == 3);
    CHECK(m.sd == doctest::Approx(std::sqrt(2.5)));
    CHECK(m.se == doctest::Approx(std::sqrt(0.5)));
    REQUIRE(m.ci_low);
    CHECK(*m.ci_low == doctest::Approx(3 - 2.7764 * std::sqrt(0.5)).epsilon(1e-4));
    CHECK(*m.ci_high == doctest::Approx(3 + 2.7764 * std::sqrt(0.5)).epsilon(1e-4));
    auto one = lac::mean_change({2});
    CHECK(one.mean == 2);
    CHECK_FALSE(one.ci_low);
    CHECK(lac::mean_change({}).n == 0);
}

TEST_CASE("WELLBYs valued: the life-satisfaction changes summed, times the value, uprated") {
    auto e = deflator("2024");
    double wellbys = 1 + 2 + 0 - 1;  // four people's changes
    double value = wellbys * 13000 * lac::uprating(e, "2019")->factor;
    CHECK(value == doctest::Approx(2 * 13000 * 111.2 / 90.3));
}

TEST_CASE("the low scenario takes each assumption at the end that lowers the value") {
    lac::Assumption a{1, 2, 3};
    CHECK(lac::rising(a, lac::Scenario::low) == 1);
    CHECK(lac::rising(a, lac::Scenario::high) == 3);
    CHECK(lac::falling(a, lac::Scenario::low) == 3);
    CHECK(lac::falling(a, lac::Scenario::high) == 1);
    CHECK(lac::falling(a, lac::Scenario::central) == 2);
}

TEST_CASE("[evaluation] in the config: the shipped values, and bad ones refused with the key") {
    auto c = lac::load_config(std::nullopt);
    CHECK(c.evaluation.wellby_value.central == 13000);
    CHECK(c.evaluation.wellby_value.price_year == "2019");
    CHECK(c.evaluation.discount_rate.central == doctest::Approx(0.035));
    CHECK(c.evaluation.min_cell == 5);
    CHECK(c.evaluation.index_of(c.evaluation.price_year));
    auto bad = [](const std::string& text) {
        return lac::load_config_text(text, "site.toml");
    };
    CHECK_THROWS_WITH_AS(bad("[evaluation.deadweight]\nlow = 0.6\n"), doctest::Contains("must not be above central"),
                         lac::ConfigError);
    CHECK_THROWS_WITH_AS(bad("[evaluation.attribution]\nhigh = 1.5\n"), doctest::Contains("from 0 to 1"),
                         lac::ConfigError);
    CHECK_THROWS_WITH_AS(bad("[evaluation.wellby_value]\nsource = \"\"\n"), doctest::Contains("not empty"),
                         lac::ConfigError);
    CHECK_THROWS_WITH_AS(bad("[evaluation.drop_off]\nlowe = 0.1\n"), doctest::Contains("did you mean"),
                         lac::ConfigError);
    CHECK_THROWS_WITH_AS(bad("[evaluation]\nprice_year = \"2031\"\n"), doctest::Contains("does not list"),
                         lac::ConfigError);
    CHECK_THROWS_WITH_AS(bad("[evaluation.duration_years]\ncentral = 1.5\n"), doctest::Contains("whole number"),
                         lac::ConfigError);
    CHECK_THROWS_WITH_AS(bad("[evaluation.confidence]\nlikely = 0.1\n"), doctest::Contains("possible <= likely"),
                         lac::ConfigError);
    CHECK_THROWS_WITH_AS(bad("[evaluation.deflator]\nindex = [1.0]\n"), doctest::Contains("one number for each"),
                         lac::ConfigError);
    CHECK_THROWS_WITH_AS(bad("[evaluation.deadweight]\nlow = \"a lot\"\n"), doctest::Contains("site.toml:2"),
                         lac::ConfigError);
    // A site's own series replaces the shipped one whole.
    auto own = bad("[evaluation]\nprice_year = \"2025\"\n[evaluation.deflator]\nyears = [\"2019\", \"2024\", "
                   "\"2025\"]\nindex = [90, 110, 113]\nsource = \"HM Treasury, June 2025\"\n");
    CHECK(own.evaluation.deflator.size() == 3);
    CHECK(*own.evaluation.index_of("2025") == 113);
}
