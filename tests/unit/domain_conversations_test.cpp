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

TEST_CASE("a conversation is corrected by the checks lac log makes, and audited with its old values") {
    TwoCoordinators t;
    lac::add_person(t.s(), person_fields("Joan", make_date(2026, 11, 1)), "asha");
    lac::ConversationFields f{"Joan", make_date(2026, 11, 10)};
    f.minutes = "30";
    f.note = "First";
    auto c = lac::log_conversation(t.s(), f);
    int rows = audit_rows(*t.db);

    lac::ConversationEdit nothing{"C" + std::to_string(c.id)};
    CHECK_THROWS_AS(lac::edit_conversation(t.s(), nothing), lac::UsageError);
    lac::ConversationEdit same = nothing;
    same.minutes = "30";
    CHECK_THROWS_AS(lac::edit_conversation(t.s(), same), lac::DataError);
    lac::ConversationEdit early = nothing;
    early.on = make_date(2026, 10, 31);
    CHECK_THROWS_AS(lac::edit_conversation(t.s(), early), lac::DataError);
    CHECK(audit_rows(*t.db) == rows);

    lac::ConversationEdit moved = nothing;
    moved.on = make_date(2026, 11, 12);
    moved.minutes = "";
    auto done = lac::edit_conversation(t.s(), moved);
    CHECK(done.fields == std::vector<std::string>{"on", "minutes"});
    CHECK(!done.record.minutes);
    CHECK(done.record.coordinator == "asha");
    CHECK(first_value(*t.db, "SELECT detail FROM audit ORDER BY id DESC LIMIT 1").getString() ==
          R"({"on":"2026-11-10","minutes":30})");

    CHECK_THROWS_AS(lac::delete_conversation(t.s(), nothing.conversation, false), lac::UsageError);
    lac::delete_conversation(t.s(), nothing.conversation, true);
    CHECK_THROWS_AS(lac::show_conversation(t.s(), nothing.conversation), lac::DataError);
    CHECK(first_value(*t.db, "SELECT detail FROM audit ORDER BY id DESC LIMIT 1").getString() ==
          R"({"person":"P1","coordinator":"asha","on":"2026-11-12","at":null,"minutes":null,"mode":"in-person","note":"First"})");
}

TEST_CASE("a conversation at a time later today is refused like a later day") {
    TwoCoordinators t;
    lac::add_person(t.s(), person_fields("Joan", make_date(2026, 9, 1)), "asha");
    t.s().now = "14:30";
    auto at = [&](const char* time, lac::Date on) {
        lac::ConversationFields f{"Joan", on};
        f.at_time = time;
        return f;
    };
    CHECK_THROWS_WITH_AS(lac::log_conversation(t.s(), at("14:31", make_date(2026, 11, 23))),
                         "the conversation time 14:31 today is later than now (14:30); lac records what has happened",
                         lac::DataError);
    CHECK(first_value(*t.db, "SELECT count(*) FROM conversation").getInt() == 0);
    lac::log_conversation(t.s(), at("14:30", make_date(2026, 11, 23)));
    lac::log_conversation(t.s(), at("23:59", make_date(2026, 11, 22)));  // yesterday evening
    auto edit = lac::ConversationEdit{"C1"};
    edit.at_time = "15:00";
    CHECK_THROWS_AS(lac::edit_conversation(t.s(), edit), lac::DataError);
    t.s().now = "";  // the time not known: only the day is checked
    lac::log_conversation(t.s(), at("23:59", make_date(2026, 11, 23)));
}
