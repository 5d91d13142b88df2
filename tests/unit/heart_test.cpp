// Goals, the community map, connections, contributions and avoided crises.
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

namespace {

struct World : Fixture {
    World() {
        lac::CoordinatorFields c;
        c.name = "Asha Patel";
        lac::add_coordinator(s(), "asha", c);
        lac::PersonFields p;
        p.name = "Edith Walker";
        p.opened_on = make_date(2026, 9, 1);
        lac::add_person(s(), p, "");
        p.name = "Tom Hughes";
        lac::add_person(s(), p, "");
        lac::AssetFields a;
        a.name = "St Mary's Choir";
        a.kind = "arts";
        lac::add_asset(s(), a);
    }
};

}  // namespace

TEST_CASE("a goal's status changes are dated and kept") {
    World w;
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

TEST_CASE("connections: one target, no duplicates while open, dated status changes") {
    World w;
    lac::ConnectFields to_choir{"Edith", "st mary", "", std::nullopt, make_date(2026, 10, 1)};
    auto k = lac::connect(w.s(), to_choir);
    CHECK(k.kind == "asset");
    CHECK(k.status == "introduced");
    CHECK_THROWS_AS(lac::connect(w.s(), to_choir), lac::DataError);  // already open

    lac::ConnectFields both{"Edith", "A1", "Tom"};
    CHECK_THROWS_AS(lac::connect(w.s(), both), lac::UsageError);
    lac::ConnectFields self{"Edith", "", "Edith"};
    CHECK_THROWS_AS(lac::connect(w.s(), self), lac::DataError);
    lac::ConnectFields ended{"Edith", "", "", "daughter Sarah", std::nullopt, "ended"};
    CHECK_THROWS_AS(lac::connect(w.s(), ended), lac::DataError);
    lac::ConnectFields daughter{"Edith", "", "", "daughter Sarah", std::nullopt, "engaged"};
    CHECK(lac::connect(w.s(), daughter).kind == "natural");
    lac::ConnectFields peer{"Edith", "", "Tom"};
    CHECK(lac::connect(w.s(), peer).peer_name == "Tom Hughes");

    CHECK_THROWS_AS(lac::set_connection_status(w.s(), "K1", "engaged", make_date(2026, 9, 30)), lac::DataError);
    lac::set_connection_status(w.s(), "K1", "engaged", make_date(2026, 10, 8));
    auto gone = lac::set_connection_status(w.s(), "K1", "ended", make_date(2026, 11, 1));
    CHECK(gone.ended_on == make_date(2026, 11, 1));
    CHECK(lac::connect(w.s(), to_choir).id == 4);  // a new connection once the old one ended
    CHECK(lac::list_connections(w.s(), "Tom").size() == 1);  // Tom is Edith's peer
    CHECK(lac::find_asset(w.s(), "A1").people == 1);
    lac::retire_asset(w.s(), "A1");
    lac::ConnectFields to_retired{"Tom", "A1"};
    CHECK_THROWS_AS(lac::connect(w.s(), to_retired), lac::DataError);
}

TEST_CASE("contributions take positive hours") {
    World w;
    auto t = lac::contribute(w.s(), {"Edith", "1.5", "Helped at the coffee morning", "A1", make_date(2026, 11, 1)});
    CHECK(t.hours == 1.5);
    CHECK(t.asset_name == "St Mary's Choir");
    for (const char* bad : {"-2", "0", "abc", "1e3", "200", "1.2.3", ".5"})
        CHECK_THROWS_AS(lac::contribute(w.s(), {"Edith", bad, "x"}), lac::DataError);
    CHECK_THROWS_AS(lac::contribute(w.s(), {"Edith", "2", ""}), lac::DataError);
}

TEST_CASE("an avoided crisis is valued at the config's cost when recorded, and a later rate change never rewrites it") {
    World w;
    lac::AvoidedFields f{"Edith", "residential-care", std::string("26"), "likely", make_date(2026, 11, 20),
                         "Was looking at care homes"};
    auto x = lac::record_avoided(w.s(), f);
    CHECK(x.unit_cost == 538.0);
    CHECK(x.value() == doctest::Approx(26 * 538.0));
    CHECK(x.budget == "adult social care");

    // The site raises its rate; the old record keeps the old cost, a new one takes the new.
    lac::Config raised = lac::load_config_text(lac::default_config_text(),
                                               "[crisis.residential-care]\nunit_cost = 900\n", "site.toml");
    lac::Session later{*w.db, raised, w.s().today};
    auto y = lac::record_avoided(later, {"Edith", "residential-care"});
    CHECK(y.unit_cost == 900.0);
    CHECK(y.quantity == 1.0);           // the type's default quantity
    CHECK(y.confidence == "possible");  // the cautious default
    auto record = lac::person_record(later, "Edith", 5);
    REQUIRE(record.avoided.size() == 2);
    CHECK(record.avoided[0].unit_cost == 538.0);
    CHECK(record.avoided[0].value() == doctest::Approx(13988.0));
    CHECK(record.avoided[1].unit_cost == 900.0);

    CHECK_THROWS_AS(lac::record_avoided(w.s(), {"Edith", "care-home"}), lac::DataError);
    CHECK_THROWS_AS(lac::record_avoided(w.s(), {"Edith", "eviction", std::string("-1")}), lac::DataError);
    CHECK_THROWS_AS(lac::record_avoided(w.s(), {"Edith", "eviction", std::nullopt, "sure"}), lac::DataError);
}

TEST_CASE("the whole picture of a person, and caseload counts") {
    World w;
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

TEST_CASE("an empty person-in-their-life is refused, not taken for no target") {
    World w;
    lac::ConnectFields empty{"Edith", "", "", std::string("  ")};
    CHECK_THROWS_AS(lac::connect(w.s(), empty), lac::DataError);
}
