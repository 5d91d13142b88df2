// Coordinators (lib/lac/domain/team).
#include <doctest/doctest.h>

#include "lac/domain/caseload.hpp"
#include "lac/domain/conversations.hpp"
#include "lac/util/errors.hpp"
#include "lac/domain/people.hpp"
#include "lac/store/people.hpp"
#include "lac/domain/team.hpp"
#include "test_helpers.hpp"

using lac::make_date;

TEST_CASE("retiring a coordinator who still has people is refused") {
    TwoCoordinators t;
    lac::add_person(t.s(), person_fields("Tom", make_date(2026, 10, 1)), "ben");
    CHECK_THROWS_AS(lac::retire_coordinator(t.s(), "ben"), lac::DataError);
    lac::transfer_person(t.s(), "Tom", "asha", std::nullopt);
    CHECK_FALSE(lac::retire_coordinator(t.s(), "ben").active);
    CHECK_THROWS_AS(lac::add_person(t.s(), person_fields("Ann", make_date(2026, 11, 1)), "ben"), lac::DataError);
}

TEST_CASE("a team typed in any case is the team as the records spell it") {
    Fixture f;
    lac::start_team(f.s(), "Northfield");
    CHECK(lac::team_as_stored(f.s(), "northfield") == "Northfield");  // lac init's, before any coordinator
    CHECK(lac::team_as_stored(f.s(), "") == "");
    lac::CoordinatorFields c;
    c.name = "Cara Doyle";
    c.team = "South Side";
    lac::add_coordinator(f.s(), "cara", c);
    CHECK(lac::team_as_stored(f.s(), "SOUTH SIDE") == "South Side");
    CHECK(lac::team_as_stored(f.s(), "  south side ") == "South Side");
    CHECK(lac::team_as_stored(f.s(), "Elsewhere") == "Elsewhere");  // a new team, as given
    c.name = "Dee Hart";
    c.team = "south side";
    CHECK(lac::add_coordinator(f.s(), "dee", c).team == "South Side");  // joins the team there
    CHECK_THROWS_AS(lac::team_as_stored(f.s(), std::string(101, 'x')), lac::DataError);
}
