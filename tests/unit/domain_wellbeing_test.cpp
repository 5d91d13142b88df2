// Wellbeing check-ins: the ONS questions, answers and bands (lib/lac/domain/wellbeing).
#include <doctest/doctest.h>

#include "lac/domain/people.hpp"
#include "lac/domain/wellbeing.hpp"
#include "lac/util/errors.hpp"
#include "test_helpers.hpp"

TEST_CASE("the ONS bands: low 0-4, medium 5-6, high 7-8, very high 9-10; anxiety the other way") {
    CHECK(lac::ons_band("life", 0) == "low");
    CHECK(lac::ons_band("life", 4) == "low");
    CHECK(lac::ons_band("happy", 5) == "medium");
    CHECK(lac::ons_band("worthwhile", 6) == "medium");
    CHECK(lac::ons_band("life", 7) == "high");
    CHECK(lac::ons_band("life", 8) == "high");
    CHECK(lac::ons_band("life", 9) == "very high");
    CHECK(lac::ons_band("anxious", 0) == "very low");
    CHECK(lac::ons_band("anxious", 1) == "very low");
    CHECK(lac::ons_band("anxious", 2) == "low");
    CHECK(lac::ons_band("anxious", 3) == "low");
    CHECK(lac::ons_band("anxious", 4) == "medium");
    CHECK(lac::ons_band("anxious", 5) == "medium");
    CHECK(lac::ons_band("anxious", 6) == "high");
    CHECK(lac::ons_band("anxious", 10) == "high");
}

TEST_CASE("a check-in's answers are checked: whole numbers 0-10, the ONS's loneliness answers, at least one") {
    TwoCoordinators t;
    lac::WellbeingFields f;
    f.life = "10";
    f.anxious = "0";
    f.lonely = "Hardly Ever";
    auto w = lac::check_wellbeing_fields(t.s(), f);
    CHECK(*w.life == 10);
    CHECK(*w.anxious == 0);
    CHECK(!w.happy);
    CHECK(w.lonely == "hardly");
    CHECK(w.on == t.s().today);
    f.lonely = "often/always";
    CHECK(lac::check_wellbeing_fields(t.s(), f).lonely == "often");
    f.lonely = "some of the time";
    CHECK(lac::check_wellbeing_fields(t.s(), f).lonely == "some");
    f.lonely = "rarely";
    CHECK_THROWS_AS(lac::check_wellbeing_fields(t.s(), f), lac::DataError);
    f.lonely.reset();
    for (const char* bad : {"11", "-1", "5.5", "x", "99999999999999999999"}) {
        f.life = bad;
        CHECK_THROWS_AS(lac::check_wellbeing_fields(t.s(), f), lac::DataError);
    }
    CHECK_THROWS_WITH_AS(lac::check_wellbeing_fields(t.s(), lac::WellbeingFields{}),
                         doctest::Contains("no answer given"), lac::DataError);
    lac::WellbeingFields empty_answers;
    empty_answers.life = "";
    empty_answers.lonely = " ";
    CHECK_THROWS_AS(lac::check_wellbeing_fields(t.s(), empty_answers), lac::DataError);
}

TEST_CASE("each measure's first and latest answer, skipping check-ins that left it out") {
    lac::Wellbeing a, b, c;
    a.on = lac::parse_iso_date("2026-01-01");
    a.life = 3;
    b.on = lac::parse_iso_date("2026-02-01");
    b.anxious = 7;
    c.on = lac::parse_iso_date("2026-03-01");
    c.life = 6;
    auto changes = lac::wellbeing_changes({a, b, c});
    REQUIRE(changes.size() == 2);
    CHECK(changes[0].measure == "life");
    CHECK(*changes[0].first == 3);
    CHECK(*changes[0].latest == 6);
    CHECK(lac::to_iso(*changes[0].latest_on) == "2026-03-01");
    CHECK(changes[1].measure == "anxious");
    CHECK(*changes[1].first == *changes[1].latest);
}

TEST_CASE("the questions are the ONS's words") {
    const auto& q = lac::wellbeing_questions();
    REQUIRE(q.size() == 5);
    CHECK(std::string(q[0].question) == "Overall, how satisfied are you with your life nowadays?");
    CHECK(std::string(q[4].question) == "How often do you feel lonely?");
}
