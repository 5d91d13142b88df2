// Conversations, checked against the person's dates (lib/lac/domain/conversations).
#include <doctest/doctest.h>

#include "lac/domain/caseload.hpp"
#include "lac/domain/conversations.hpp"
#include "lac/util/errors.hpp"
#include "lac/domain/people.hpp"
#include "lac/store/people.hpp"
#include "lac/domain/team.hpp"
#include "test_helpers.hpp"

using lac::make_date;

TEST_CASE("conversations are checked against the person's dates") {
    TwoCoordinators t;
    lac::add_person(t.s(), person_fields("Joan", make_date(2026, 11, 1)), "asha");
    lac::ConversationFields early{"Joan", make_date(2026, 10, 31)};
    CHECK_THROWS_AS(lac::log_conversation(t.s(), early), lac::DataError);
    lac::ConversationFields future{"Joan", make_date(2026, 11, 24)};
    CHECK_THROWS_AS(lac::log_conversation(t.s(), future), lac::DataError);
    lac::ConversationFields negative{"Joan"};
    negative.minutes = "-5";
    CHECK_THROWS_AS(lac::log_conversation(t.s(), negative), lac::DataError);
    lac::ConversationFields mode{"Joan"};
    mode.mode = "telepathy";
    CHECK_THROWS_AS(lac::log_conversation(t.s(), mode), lac::DataError);

    lac::ConversationFields ok{"Joan", make_date(2026, 11, 10)};
    ok.minutes = "30";
    ok.note = "Two\nlines";
    auto c = lac::log_conversation(t.s(), ok);
    CHECK(c.mode == "in-person");
    CHECK(c.note == "Two\nlines");

    CHECK_THROWS_AS(lac::close_person(t.s(), "Joan", "goals-met", make_date(2026, 11, 9)), lac::DataError);
    lac::close_person(t.s(), "Joan", "goals-met", make_date(2026, 11, 12));
    lac::ConversationFields late{"Joan", make_date(2026, 11, 13)};
    CHECK_THROWS_AS(lac::log_conversation(t.s(), late), lac::DataError);
    lac::reopen_person(t.s(), "Joan");
    CHECK(lac::log_conversation(t.s(), late).id > c.id);
}
