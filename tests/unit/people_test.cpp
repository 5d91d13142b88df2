#include <doctest/doctest.h>

#include "lac/domain/caseload.hpp"
#include "lac/domain/conversations.hpp"
#include "lac/util/errors.hpp"
#include "lac/domain/people.hpp"
#include "lac/store/people.hpp"
#include "lac/domain/team.hpp"
#include "test_helpers.hpp"

using lac::make_date;

namespace {

lac::PersonFields named(const std::string& name, lac::Date opened) {
    lac::PersonFields f;
    f.name = name;
    f.opened_on = opened;
    return f;
}

struct Team : Fixture {
    Team() {
        lac::CoordinatorFields f;
        f.name = "Asha Patel";
        lac::add_coordinator(s(), "asha", f);
        f.name = "Ben O'Neill";
        lac::add_coordinator(s(), "ben", f);
    }
};

}  // namespace

TEST_CASE("a person is found by reference, number, name or unique prefix") {
    Team t;
    auto mary = lac::add_person(t.s(), named("Mary O'Brien", make_date(2026, 10, 1)), "asha");
    auto maryam = lac::add_person(t.s(), named("Maryam", make_date(2026, 10, 1)), "asha");
    auto zoe = lac::add_person(t.s(), named("Zoë Ångström", make_date(2026, 10, 1)), "");
    auto ann = lac::add_person(t.s(), named("Ann", make_date(2026, 10, 1)), "ben");
    lac::add_person(t.s(), named("Anna", make_date(2026, 10, 1)), "ben");

    CHECK(lac::find_person(t.s(), "P1").id == mary.id);
    CHECK(lac::find_person(t.s(), "p2").id == maryam.id);
    CHECK(lac::find_person(t.s(), "3").id == zoe.id);
    CHECK(lac::find_person(t.s(), "ZOË").id == zoe.id);
    CHECK(lac::find_person(t.s(), "mary o").id == mary.id);
    CHECK(lac::find_person(t.s(), "maryAM").id == maryam.id);
    CHECK(lac::find_person(t.s(), "ann").id == ann.id);  // a whole name beats a prefix
    CHECK(zoe.coordinator == "asha");                    // the acting coordinator by default

    std::string message;
    try {
        lac::find_person(t.s(), "mary");
    } catch (const lac::DataError& e) {
        message = e.what();
    }
    CHECK(message == "'mary' could be P1 Mary O'Brien (active, asha); P2 Maryam (active, asha); use the reference");
    CHECK_THROWS_AS(lac::find_person(t.s(), "P99"), lac::DataError);
    CHECK_THROWS_AS(lac::find_person(t.s(), "Nobody"), lac::DataError);
    CHECK_THROWS_AS(lac::find_person(t.s(), "%"), lac::DataError);  // not a LIKE pattern
}

TEST_CASE("attribution follows the assignment history across a transfer") {
    Team t;
    auto p = lac::add_person(t.s(), named("Tom", make_date(2026, 10, 1)), "asha");
    lac::transfer_person(t.s(), "Tom", "ben", make_date(2026, 11, 18));
    auto asha = lac::require_coordinator(t.s(), "asha");
    auto ben = lac::require_coordinator(t.s(), "ben");
    CHECK(lac::store::coordinator_on(*t.db, p.id, make_date(2026, 10, 1)) == asha.id);
    CHECK(lac::store::coordinator_on(*t.db, p.id, make_date(2026, 11, 17)) == asha.id);
    CHECK(lac::store::coordinator_on(*t.db, p.id, make_date(2026, 11, 18)) == ben.id);
    CHECK_FALSE(lac::store::coordinator_on(*t.db, p.id, make_date(2026, 9, 30)));

    // A conversation counts for whoever held it; by default, the coordinator on the day.
    lac::ConversationFields before{"Tom", make_date(2026, 11, 10)};
    CHECK(lac::log_conversation(t.s(), before).coordinator == "asha");
    lac::ConversationFields after{"Tom", make_date(2026, 11, 20)};
    CHECK(lac::log_conversation(t.s(), after).coordinator == "ben");
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

TEST_CASE("conversations are checked against the person's dates") {
    Team t;
    lac::add_person(t.s(), named("Joan", make_date(2026, 11, 1)), "asha");
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

TEST_CASE("the caseload flags people not seen for stale_after_days") {
    Team t;  // today is 2026-11-23; stale after 28 days
    lac::add_person(t.s(), named("Seen", make_date(2026, 9, 1)), "asha");
    lac::add_person(t.s(), named("Stale", make_date(2026, 9, 1)), "asha");
    lac::add_person(t.s(), named("Never", make_date(2026, 10, 1)), "asha");
    lac::add_person(t.s(), named("New", make_date(2026, 11, 1)), "asha");
    auto intro = named("Intro", make_date(2026, 9, 1));
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

TEST_CASE("retiring a coordinator who still has people is refused") {
    Team t;
    lac::add_person(t.s(), named("Tom", make_date(2026, 10, 1)), "ben");
    CHECK_THROWS_AS(lac::retire_coordinator(t.s(), "ben"), lac::DataError);
    lac::transfer_person(t.s(), "Tom", "asha", std::nullopt);
    CHECK_FALSE(lac::retire_coordinator(t.s(), "ben").active);
    CHECK_THROWS_AS(lac::add_person(t.s(), named("Ann", make_date(2026, 11, 1)), "ben"), lac::DataError);
}
