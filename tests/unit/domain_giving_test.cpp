// Contributions and avoided crises (lib/lac/domain/giving).
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

TEST_CASE("contributions take positive hours") {
    EdithTomAndAChoir w;
    auto t = lac::contribute(w.s(), {"Edith", "1.5", "Helped at the coffee morning", "A1", make_date(2026, 11, 1)});
    CHECK(t.hours == 1.5);
    CHECK(t.asset_name == "St Mary's Choir");
    for (const char* bad : {"-2", "0", "abc", "1e3", "200", "1.2.3", ".5"})
        CHECK_THROWS_AS(lac::contribute(w.s(), {"Edith", bad, "x"}), lac::DataError);
    CHECK_THROWS_AS(lac::contribute(w.s(), {"Edith", "2", ""}), lac::DataError);
}

TEST_CASE("an avoided crisis is valued at the config's cost when recorded, and a later rate change never rewrites it") {
    EdithTomAndAChoir w;
    lac::AvoidedFields f{"Edith", "residential-care", std::string("26"), "likely", make_date(2026, 11, 20),
                         "Was looking at care homes"};
    auto x = lac::record_avoided(w.s(), f);
    CHECK(x.unit_cost == 538.0);
    CHECK(x.value() == doctest::Approx(26 * 538.0));
    CHECK(x.budget == "adult social care");

    // The site raises its rate; the old record keeps the old cost, a new one takes the new.
    lac::Config raised = lac::load_config_text("[crisis.residential-care]\nunit_cost = 900\n", "site.toml");
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

TEST_CASE("an avoided crisis corrected keeps the costs it was recorded with, unless its type changes") {
    EdithTomAndAChoir w;
    lac::AvoidedFields f{"Edith", "residential-care", std::string("26"), "likely", make_date(2026, 11, 20), ""};
    auto x = lac::record_avoided(w.s(), f);
    lac::Config raised = lac::load_config_text("[crisis.residential-care]\nunit_cost = 900\n", "site.toml");
    lac::Session later{*w.db, raised, w.s().today};
    lac::AvoidedEdit e{"X" + std::to_string(x.id)};
    e.quantity = "12";
    auto kept = lac::edit_avoided(later, e).record;
    CHECK(kept.unit_cost == 538.0);
    CHECK(kept.quantity == 12.0);
    e.quantity.reset();
    e.type = "ae-attendance";
    auto moved = lac::edit_avoided(later, e);
    CHECK(moved.record.unit_cost == 109.0);
    CHECK(moved.record.budget == "NHS");
    CHECK(moved.record.quantity == 12.0);
    e.type = "ae-attendnce";
    CHECK_THROWS_AS(lac::edit_avoided(later, e), lac::DataError);
}

TEST_CASE("a contribution corrected is checked as lac contribute checks it") {
    EdithTomAndAChoir w;
    auto t = lac::contribute(w.s(), {"Edith", "2", "Helped", "A1", make_date(2026, 11, 1)});
    lac::ContributionEdit e{"T" + std::to_string(t.id)};
    e.hours = "0";
    CHECK_THROWS_AS(lac::edit_contribution(w.s(), e), lac::DataError);
    e.hours = "2";
    CHECK_THROWS_AS(lac::edit_contribution(w.s(), e), lac::DataError);  // nothing to change
    e.asset = "";
    auto done = lac::edit_contribution(w.s(), e);
    CHECK(done.fields == std::vector<std::string>{"asset"});
    CHECK(!done.record.asset_id);
    CHECK_THROWS_AS(lac::delete_contribution(w.s(), e.contribution, false), lac::UsageError);
    lac::delete_contribution(w.s(), e.contribution, true);
    CHECK(lac::list_contributions(w.s(), {}).empty());
}
