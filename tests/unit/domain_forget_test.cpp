// Erasure (lib/lac/domain/forget and lib/lac/store/rights).
#include <doctest/doctest.h>

#include "lac/domain/connections.hpp"
#include "lac/domain/conversations.hpp"
#include "lac/domain/forget.hpp"
#include "lac/domain/giving.hpp"
#include "lac/domain/goals.hpp"
#include "lac/util/errors.hpp"
#include "test_helpers.hpp"

using lac::make_date;

namespace {

// Edith and Tom, peers, each named in the other's notes; Edith is closed.
struct Peers : EdithTomAndAChoir {
    Peers() {
        lac::log_conversation(s(), {"Edith", make_date(2026, 9, 2), "", std::string("30"), "", "Spoke of Tom's garden"});
        lac::log_conversation(s(), {"Tom", make_date(2026, 9, 3), "", std::string("20"), "", "Edith Walker said hello"});
        lac::add_goal(s(), {"Edith", "Sing with the choir", "community", make_date(2026, 9, 4)});
        lac::add_goal(s(), {"Tom", "Visit edith weekly", "community", make_date(2026, 9, 4)});
        lac::connect(s(), {"Edith", "", "Tom", std::nullopt, make_date(2026, 9, 5), ""});
        lac::connect(s(), {"Edith", "", "", std::string("son Gareth"), make_date(2026, 9, 5), ""});
        lac::close_person(s(), "Edith", "moved", make_date(2026, 9, 6));
    }
    std::string text(const char* sql) { return first_value(*db, sql).getString(); }
    int number(const char* sql) { return first_value(*db, sql).getInt(); }
};

}  // namespace

TEST_CASE("without confirm, forget lists what would go and writes nothing") {
    Peers w;
    int audit = audit_rows(*w.db);
    auto r = lac::forget_people(w.s(), {"Edith", std::nullopt, false});
    REQUIRE(r.people.size() == 1);
    CHECK_FALSE(r.confirmed);
    CHECK(r.people[0].counts.conversations == 1);
    CHECK(r.people[0].counts.goals == 1);
    CHECK(r.people[0].counts.connections == 2);
    CHECK(r.people[0].mentions.size() == 2);  // Tom's note C2 and his goal G2
    CHECK(r.people[0].mentions[0].ref == "C2");
    CHECK(r.people[0].mentions[1].ref == "G2");
    CHECK(audit_rows(*w.db) == audit);
    CHECK(w.text("SELECT name FROM person WHERE id = 1") == "Edith Walker");
}

TEST_CASE("with confirm, the name and every word go, the tombstone and the counts stay") {
    Peers w;
    // Closing clears a next contact; one left by a hand or an older lac goes too.
    w.db->exec("UPDATE person SET next_on = '2026-12-01' WHERE id = 1");
    auto r = lac::forget_people(w.s(), {"P1", std::nullopt, true});
    CHECK(r.confirmed);
    CHECK(r.log_cleared);
    CHECK(w.number("SELECT count(*) FROM person WHERE id = 1 AND name IS NULL AND name_key IS NULL AND gifts = '' "
                   "AND birth_year IS NULL AND next_on IS NULL AND forgotten_on = '2026-11-23'") == 1);
    CHECK(w.text("SELECT note FROM conversation WHERE id = 1").empty());
    CHECK(w.number("SELECT minutes FROM conversation WHERE id = 1") == 30);
    CHECK(w.text("SELECT text FROM goal WHERE id = 1").empty());
    CHECK(w.text("SELECT natural FROM connection WHERE id = 2").empty());
    CHECK(w.text("SELECT note FROM conversation WHERE id = 2") == "[removed] said hello");
    CHECK(w.text("SELECT text FROM goal WHERE id = 2") == "Visit [removed] weekly");
    CHECK(w.number("SELECT count(*) FROM audit WHERE ref IN ('P1', 'C1', 'G1', 'C2', 'G2') AND detail <> '' "
                   "AND action <> 'forget'") == 0);
    CHECK(w.text("SELECT detail FROM audit WHERE action = 'forget' AND ref = 'P1'").find("conversations=1") !=
          std::string::npos);
    CHECK(w.number("SELECT count(*) FROM conversation") == 2);

    auto again = [&] { lac::forget_people(w.s(), {"P1", std::nullopt, true}); };
    CHECK_THROWS_WITH_AS(again(), "P1 was forgotten on 2026-11-23", lac::DataError);
    CHECK_THROWS_WITH_AS(lac::find_person(w.s(), "P1"), "P1 was forgotten on 2026-11-23", lac::DataError);
    CHECK_THROWS_AS(lac::find_person(w.s(), "Edith"), lac::DataError);
    auto tombstone = lac::person_record(w.s(), "P1", 10);
    CHECK(tombstone.person.forgotten_on == make_date(2026, 11, 23));
    CHECK(tombstone.kept.conversations == 1);
}

TEST_CASE("forget refuses an active person and a request that names both or neither") {
    Peers w;
    CHECK_THROWS_AS(lac::forget_people(w.s(), {"Tom", std::nullopt, true}), lac::DataError);
    CHECK_THROWS_AS(lac::forget_people(w.s(), {"", std::nullopt, true}), lac::UsageError);
    CHECK_THROWS_AS(lac::forget_people(w.s(), {"Tom", make_date(2026, 1, 1), true}), lac::UsageError);
    CHECK(w.text("SELECT name FROM person WHERE id = 2") == "Tom Hughes");
}

TEST_CASE("forget --closed-before takes the closed people before the day, never the active") {
    Peers w;
    CHECK(lac::forget_people(w.s(), {"", make_date(2026, 9, 6), true}).people.empty());
    auto r = lac::forget_people(w.s(), {"", make_date(2026, 9, 7), true});
    REQUIRE(r.people.size() == 1);
    CHECK(r.people[0].person_id == 1);
    CHECK(lac::forget_people(w.s(), {"", make_date(2026, 11, 23), true}).people.empty());
}
