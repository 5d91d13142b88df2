// A person's whole record, as `person show` lays it out (lib/lac/report/views).
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

TEST_CASE("the whole picture of a person, and caseload counts") {
    EdithTomAndAChoir w;
    lac::add_goal(w.s(), {"Edith", "Sing again", "community"});
    lac::add_goal(w.s(), {"Edith", "See the grandchildren", "family"});
    lac::set_goal_status(w.s(), "G2", "let-go", std::nullopt, "");
    lac::connect(w.s(), {"Edith", "A1"});
    lac::contribute(w.s(), {"Edith", "2", "Knitted for the fair"});
    auto r = lac::person_record(w.s(), "Edith", 10);
    CHECK(r.goals.size() == 2);
    CHECK(r.connections.size() == 1);
    CHECK(r.contributions.size() == 1);
}
