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
