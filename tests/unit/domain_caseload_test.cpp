// The caseload and the not-seen rule (lib/lac/domain/caseload).
#include <doctest/doctest.h>

#include "lac/domain/caseload.hpp"
#include "lac/domain/conversations.hpp"
#include "lac/util/errors.hpp"
#include "lac/domain/people.hpp"
#include "lac/store/people.hpp"
#include "lac/domain/team.hpp"
#include "test_helpers.hpp"

using lac::make_date;

TEST_CASE("the caseload flags people not seen for stale_after_days") {
    TwoCoordinators t;  // today is 2026-11-23; stale after 28 days
    lac::add_person(t.s(), person_fields("Seen", make_date(2026, 9, 1)), "asha");
    lac::add_person(t.s(), person_fields("Stale", make_date(2026, 9, 1)), "asha");
    lac::add_person(t.s(), person_fields("Never", make_date(2026, 10, 1)), "asha");
    lac::add_person(t.s(), person_fields("New", make_date(2026, 11, 1)), "asha");
    auto intro = person_fields("Intro", make_date(2026, 9, 1));
    intro.support = "introduction";
    lac::add_person(t.s(), intro, "asha");
    lac::log_conversation(t.s(), {"Seen", make_date(2026, 10, 26)});   // 28 days: not stale
    lac::log_conversation(t.s(), {"Stale", make_date(2026, 10, 25)});  // 29 days: stale

    auto caseload = lac::compute_caseload(t.s(), {});
    REQUIRE(caseload.groups.size() == 1);
    const auto& g = caseload.groups[0];
    CHECK(g.people.size() == 4);
    CHECK(g.introductions == 1);
    CHECK(g.not_seen == 2);
    CHECK(g.people[0].person.name == "Never");  // unseen since opening, the longest
    CHECK(g.people[3].person.name == "New");
    for (const auto& e : g.people) {
        bool stale = e.person.name == "Stale" || e.person.name == "Never";
        CHECK_MESSAGE(e.not_seen == stale, e.person.name);
    }
    CHECK(lac::is_not_seen(std::nullopt, make_date(2026, 10, 26), make_date(2026, 11, 23), 28) == false);
    CHECK(lac::is_not_seen(std::nullopt, make_date(2026, 10, 25), make_date(2026, 11, 23), 28) == true);
}
