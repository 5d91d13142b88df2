// Goals: dated status changes and progress notes (lib/lac/domain/goals).
#include <doctest/doctest.h>

#include "lac/domain/assets.hpp"
#include "lac/domain/connections.hpp"
#include "lac/util/errors.hpp"
#include "lac/domain/giving.hpp"
#include "lac/domain/goals.hpp"
#include "lac/domain/people.hpp"
#include "lac/domain/team.hpp"
#include "test_helpers.hpp"

using lac::make_date;

TEST_CASE("a goal's status changes are dated and kept") {
    EdithTomAndAChoir w;
    auto g = lac::add_goal(w.s(), {"Edith", "To sing in a choir again", "community", make_date(2026, 9, 10)});
    CHECK(g.status == "active");
    lac::add_goal_progress(w.s(), "G1", "Went to a taster", make_date(2026, 10, 1));
    CHECK_THROWS_AS(lac::add_goal_progress(w.s(), "G1", "Too early", make_date(2026, 9, 30)), lac::DataError);
    auto done = lac::set_goal_status(w.s(), "g1", "achieved", make_date(2026, 11, 1), "Sang at the concert");
    CHECK(done.status == "achieved");
    CHECK(done.closed_on == make_date(2026, 11, 1));
    REQUIRE(done.notes.size() == 2);
    CHECK(done.notes[1].status == "achieved");
    CHECK_THROWS_AS(lac::set_goal_status(w.s(), "G1", "achieved", std::nullopt, ""), lac::DataError);
    auto again = lac::set_goal_status(w.s(), "G1", "active", make_date(2026, 11, 2), "");
    CHECK_FALSE(again.closed_on);
    CHECK_THROWS_AS(lac::set_goal_status(w.s(), "G1", "finished", std::nullopt, ""), lac::DataError);
    CHECK_THROWS_AS(lac::add_goal(w.s(), {"Edith", "x", "fun"}), lac::DataError);
    CHECK_THROWS_AS(lac::add_goal(w.s(), {"Edith", "  "}), lac::DataError);
    CHECK_THROWS_AS(lac::add_goal(w.s(), {"Edith", "x", "", make_date(2026, 8, 31)}), lac::DataError);
    CHECK_THROWS_AS(lac::add_goal_progress(w.s(), "G9", "x", std::nullopt), lac::DataError);
    CHECK(lac::add_goal(w.s(), {"Tom", "A job"}).area == "other");
}
