// Teams' co-production reflections (lib/lac/domain/reflections).
#include <doctest/doctest.h>

#include "lac/domain/reflections.hpp"
#include "lac/util/errors.hpp"
#include "test_helpers.hpp"

namespace {

lac::ReflectFields scored(std::vector<int> scores, const std::string& on) {
    lac::ReflectFields f;
    const char* principles[] = {"assets", "redefining-work", "reciprocity", "social-networks", "respect"};
    for (std::size_t i = 0; i < scores.size(); ++i)
        f.scores.push_back(std::string(principles[i]) + "=" + std::to_string(scores[i]));
    f.on = lac::parse_iso_date(on);
    return f;
}

}  // namespace

TEST_CASE("a reflection scores every principle of the config once, on its scale") {
    TwoCoordinators t;
    auto r = lac::record_reflection(t.s(), scored({1, 2, 3, 4, 5}, "2026-06-01"));
    CHECK(r.id == 1);
    CHECK(r.scores.size() == 5);
    CHECK(r.scores[4] == std::pair<std::string, int>{"respect", 5});
    CHECK_THROWS_WITH_AS(lac::record_reflection(t.s(), scored({1, 2, 3, 4}, "2026-06-01")),
                         doctest::Contains("missing: respect"), lac::DataError);
    CHECK_THROWS_AS(lac::record_reflection(t.s(), scored({1, 2, 3, 4, 6}, "2026-06-01")), lac::DataError);
    CHECK_THROWS_AS(lac::record_reflection(t.s(), scored({0, 2, 3, 4, 5}, "2026-06-01")), lac::DataError);
    auto twice = scored({1, 2, 3, 4, 5}, "2026-06-01");
    twice.scores.push_back("Assets=2");
    CHECK_THROWS_WITH_AS(lac::record_reflection(t.s(), twice), doctest::Contains("scored twice"), lac::DataError);
}

TEST_CASE("the trend: each score's and the mean's change since the team's reflection before") {
    TwoCoordinators t;
    lac::record_reflection(t.s(), scored({3, 2, 4, 3, 4}, "2026-06-01"));
    lac::record_reflection(t.s(), scored({4, 2, 5, 3, 5}, "2026-09-01"));
    auto other = scored({2, 2, 2, 2, 2}, "2026-07-01");
    other.team = "South";
    lac::record_reflection(t.s(), other);
    auto trends = lac::reflection_trends(t.s(), "");
    REQUIRE(trends.size() == 3);
    CHECK(trends[0].reflection.team.empty());  // no team given at init, none to the coordinator
    CHECK(trends[0].mean == doctest::Approx(3.2));
    CHECK(!trends[0].mean_change);
    CHECK(trends[1].mean == doctest::Approx(3.8));
    CHECK(*trends[1].mean_change == doctest::Approx(0.6));
    CHECK(*trends[1].change[0] == 1);
    CHECK(*trends[1].change[1] == 0);
    CHECK(trends[2].reflection.team == "South");
    CHECK(!trends[2].mean_change);  // not compared with another team's
    CHECK(lac::reflection_trends(t.s(), "South").size() == 1);
}
