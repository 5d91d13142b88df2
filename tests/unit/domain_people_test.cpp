// Finding people and the assignment history (lib/lac/domain/people).
#include <doctest/doctest.h>

#include "lac/domain/caseload.hpp"
#include "lac/domain/conversations.hpp"
#include "lac/util/errors.hpp"
#include "lac/domain/people.hpp"
#include "lac/store/people.hpp"
#include "lac/domain/team.hpp"
#include "test_helpers.hpp"

using lac::make_date;

TEST_CASE("a person is found by reference, number, name or unique prefix") {
    TwoCoordinators t;
    auto mary = lac::add_person(t.s(), person_fields("Mary O'Brien", make_date(2026, 10, 1)), "asha");
    auto maryam = lac::add_person(t.s(), person_fields("Maryam", make_date(2026, 10, 1)), "asha");
    auto zoe = lac::add_person(t.s(), person_fields("Zoë Ångström", make_date(2026, 10, 1)), "");
    auto ann = lac::add_person(t.s(), person_fields("Ann", make_date(2026, 10, 1)), "ben");
    lac::add_person(t.s(), person_fields("Anna", make_date(2026, 10, 1)), "ben");

    CHECK(lac::find_person(t.s(), "P1").id == mary.id);
    CHECK(lac::find_person(t.s(), "p2").id == maryam.id);
    CHECK(lac::find_person(t.s(), "3").id == zoe.id);
    CHECK(lac::find_person(t.s(), "ZOË").id == zoe.id);
    CHECK(lac::find_person(t.s(), "mary o").id == mary.id);
    CHECK(lac::find_person(t.s(), "maryAM").id == maryam.id);
    CHECK(lac::find_person(t.s(), "ann").id == ann.id);  // a whole name beats a prefix
    CHECK(lac::find_person(t.s(), "mary").id == mary.id);  // and so does a whole word
    CHECK(zoe.coordinator == "asha");                    // the acting coordinator by default

    std::string message;
    try {
        lac::find_person(t.s(), "mar");
    } catch (const lac::DataError& e) {
        message = e.what();
    }
    CHECK(message == "'mar' could be P1 Mary O'Brien (active, asha); P2 Maryam (active, asha); use the reference");
    CHECK_THROWS_AS(lac::find_person(t.s(), "P99"), lac::DataError);
    CHECK_THROWS_AS(lac::find_person(t.s(), "Nobody"), lac::DataError);
    CHECK_THROWS_AS(lac::find_person(t.s(), "%"), lac::DataError);  // not a LIKE pattern
}

TEST_CASE("attribution follows the assignment history across a transfer") {
    TwoCoordinators t;
    auto p = lac::add_person(t.s(), person_fields("Tom", make_date(2026, 10, 1)), "asha");
    lac::transfer_person(t.s(), "Tom", "ben", make_date(2026, 11, 18));
    auto asha = lac::require_coordinator(t.s(), "asha");
    auto ben = lac::require_coordinator(t.s(), "ben");
    CHECK(lac::store::coordinator_on(*t.db, p.id, make_date(2026, 10, 1)) == asha.id);
    CHECK(lac::store::coordinator_on(*t.db, p.id, make_date(2026, 11, 17)) == asha.id);
    CHECK(lac::store::coordinator_on(*t.db, p.id, make_date(2026, 11, 18)) == ben.id);
    CHECK_FALSE(lac::store::coordinator_on(*t.db, p.id, make_date(2026, 9, 30)));

    // A conversation counts for whoever held it: by default the acting coordinator, who may
    // be covering for a colleague; logged by someone who is not a coordinator (a lead, an
    // administrator), the person's coordinator on the day.
    lac::ConversationFields after{"Tom", make_date(2026, 11, 20)};
    CHECK(lac::log_conversation(t.s(), after).coordinator == "asha");
    t.db->set_actor("lead", "test");
    lac::ConversationFields before{"Tom", make_date(2026, 11, 10)};
    CHECK(lac::log_conversation(t.s(), before).coordinator == "asha");
    CHECK(lac::log_conversation(t.s(), after).coordinator == "ben");
    t.db->set_actor("asha", "test");
    lac::ConversationFields covered{"Tom", make_date(2026, 11, 21)};
    covered.by = "asha";
    CHECK(lac::log_conversation(t.s(), covered).coordinator == "asha");

    auto history = lac::person_record(t.s(), "Tom", 10).history;
    REQUIRE(history.size() == 2);
    CHECK(history[0].to == make_date(2026, 11, 18));
    CHECK_FALSE(history[1].to);
    CHECK_THROWS_AS(lac::transfer_person(t.s(), "Tom", "asha", make_date(2026, 11, 1)), lac::DataError);
    CHECK_THROWS_AS(lac::transfer_person(t.s(), "Tom", "ben", std::nullopt), lac::DataError);
}
