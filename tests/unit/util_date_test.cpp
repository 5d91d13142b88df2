#include <doctest/doctest.h>

#include <cstdlib>
#include <optional>
#include <string>

#include "lac/util/date.hpp"
#include "lac/util/errors.hpp"

using lac::make_date;
using lac::parse_date;
using lac::to_iso;

TEST_CASE("ISO dates round-trip and impossible ones are refused") {
    CHECK(to_iso(lac::parse_iso_date("2026-11-23")) == "2026-11-23");
    CHECK(to_iso(lac::parse_iso_date("2024-02-29")) == "2024-02-29");
    CHECK_THROWS_AS(lac::parse_iso_date("2026-02-30"), lac::DataError);
    CHECK_THROWS_AS(lac::parse_iso_date("2025-02-29"), lac::DataError);
    CHECK_THROWS_AS(lac::parse_iso_date("2026-13-01"), lac::DataError);
    CHECK_THROWS_AS(lac::parse_iso_date("2026-1-01"), lac::DataError);
    CHECK_THROWS_AS(lac::parse_iso_date("26-11-23"), lac::DataError);
    CHECK_THROWS_AS(lac::parse_iso_date("2026-11-23x"), lac::DataError);
    CHECK_THROWS_AS(lac::parse_iso_date(""), lac::DataError);
}

TEST_CASE("dates as people type them are relative to today") {
    lac::Date today = make_date(2026, 11, 23);  // a Monday
    REQUIRE(lac::weekday(today) == 1);
    CHECK(parse_date("today", today) == today);
    CHECK(parse_date("Today", today) == today);
    CHECK(parse_date("yesterday", today) == make_date(2026, 11, 22));
    CHECK(parse_date("-3d", today) == make_date(2026, 11, 20));
    CHECK(parse_date("-0d", today) == today);
    CHECK(parse_date("monday", today) == today);  // the most recent Monday is today
    CHECK(parse_date("sunday", today) == make_date(2026, 11, 22));
    CHECK(parse_date("tue", today) == make_date(2026, 11, 17));
    CHECK(parse_date("2026-01-05", today) == make_date(2026, 1, 5));
    CHECK_THROWS_AS(parse_date("someday", today), lac::DataError);
    CHECK_THROWS_AS(parse_date("-d", today), lac::DataError);
    CHECK_THROWS_AS(parse_date("3d", today), lac::DataError);
    CHECK_THROWS_AS(parse_date("-9999999d", today), lac::DataError);
}

TEST_CASE("the same day years before, with 29 February falling back to the 28th") {
    CHECK(lac::years_before(make_date(2026, 11, 23), 1) == make_date(2025, 11, 23));
    CHECK(lac::years_before(make_date(2026, 11, 23), 0) == make_date(2026, 11, 23));
    CHECK(lac::years_before(make_date(2024, 2, 29), 1) == make_date(2023, 2, 28));
    CHECK(lac::years_before(make_date(2024, 2, 29), 4) == make_date(2020, 2, 29));
}

TEST_CASE("ISO weeks follow ISO 8601, including week 53 and year boundaries") {
    CHECK(lac::to_string(lac::iso_week(make_date(2026, 11, 23))) == "2026-W48");
    CHECK(lac::to_string(lac::iso_week(make_date(2026, 11, 22))) == "2026-W47");
    CHECK(lac::to_string(lac::iso_week(make_date(2021, 1, 3))) == "2020-W53");
    CHECK(lac::to_string(lac::iso_week(make_date(2024, 12, 30))) == "2025-W01");
    CHECK(lac::monday_of(lac::parse_iso_week("2026-W47")) == make_date(2026, 11, 16));
    CHECK(lac::monday_of(lac::parse_iso_week("2020-W53")) == make_date(2020, 12, 28));
    CHECK(lac::monday_of(lac::parse_iso_week("2026-W53")) == make_date(2026, 12, 28));  // 2026 starts on a Thursday
    CHECK_THROWS_AS(lac::parse_iso_week("2025-W53"), lac::DataError);  // 2025 has 52 weeks
    CHECK_THROWS_AS(lac::parse_iso_week("2026-W00"), lac::DataError);
    CHECK_THROWS_AS(lac::parse_iso_week("2026W47"), lac::DataError);
}

TEST_CASE("times of day") {
    CHECK(lac::parse_time("09:05") == "09:05");
    CHECK_THROWS_AS(lac::parse_time("24:00"), lac::DataError);
    CHECK_THROWS_AS(lac::parse_time("9:05"), lac::DataError);
    CHECK_THROWS_AS(lac::parse_time("12:60"), lac::DataError);
}

TEST_CASE("a day to come: ISO, today, tomorrow, and +N days, weeks or months") {
    lac::Date today = make_date(2026, 11, 23);
    using lac::parse_future_date;
    CHECK(parse_future_date("today", today) == today);
    CHECK(parse_future_date("Tomorrow", today) == make_date(2026, 11, 24));
    CHECK(parse_future_date("+10d", today) == make_date(2026, 12, 3));
    CHECK(parse_future_date("+2w", today) == make_date(2026, 12, 7));
    CHECK(parse_future_date("+2W", today) == make_date(2026, 12, 7));
    CHECK(parse_future_date("+0d", today) == today);
    CHECK(parse_future_date("+999d", today) == today + 999);
    CHECK(parse_future_date("+1m", today) == make_date(2026, 12, 23));
    CHECK(parse_future_date("+2m", today) == make_date(2027, 1, 23));
    // A shorter month gives its last day.
    CHECK(parse_future_date("+1m", make_date(2027, 1, 31)) == make_date(2027, 2, 28));
    CHECK(parse_future_date("+1m", make_date(2028, 1, 31)) == make_date(2028, 2, 29));
    CHECK(parse_future_date("+3m", make_date(2026, 11, 30)) == make_date(2027, 2, 28));
    CHECK(parse_future_date("2026-12-01", today) == make_date(2026, 12, 1));
    CHECK(parse_future_date("2026-11-23", today) == today);
    for (const char* bad : {"+2x", "+w", "+-2d", "2w", "+1000d", "+2", "+ 2w", "next week", ""})
        CHECK_THROWS_WITH_AS(parse_future_date(bad, today), doctest::Contains("is not a day to come"), lac::DataError);
    CHECK_THROWS_WITH_AS(parse_future_date("2026-11-22", today), "2026-11-22 is before today (2026-11-23); this takes "
                         "today or a later day: YYYY-MM-DD, today, tomorrow, or +N days, weeks or months (+10d, +2w, +1m)",
                         lac::DataError);
    for (const char* gone : {"yesterday", "-3d", "friday", "mon"})
        CHECK_THROWS_WITH_AS(parse_future_date(gone, today), doctest::Contains("looks back to a day gone"), lac::DataError);
    CHECK_THROWS_AS(parse_future_date("2026-02-30", today), lac::DataError);
}

TEST_CASE("a day that has come refuses a later day written as one to come") {
    lac::Date today = make_date(2026, 11, 23);
    for (const char* later : {"+2w", "+10d", "+1m", "tomorrow"})
        CHECK_THROWS_WITH_AS(parse_date(later, today),
                             (std::string("'") + later + "' is a day still to come; this takes a day on or before "
                              "today: YYYY-MM-DD, today, yesterday, a weekday name or -Nd").c_str(),
                             lac::DataError);
    CHECK_THROWS_WITH_AS(parse_date("+2x", today), doctest::Contains("is not a date"), lac::DataError);
}

TEST_CASE("now: LAC_TODAY fixes the day, and the time when it gives one") {
    std::optional<std::string> was;
    if (const char* v = std::getenv("LAC_TODAY")) was = v;
    ::setenv("LAC_TODAY", "2026-11-23T14:30", 1);
    CHECK(lac::now_local().day == make_date(2026, 11, 23));
    CHECK(lac::now_local().time == "14:30");
    ::setenv("LAC_TODAY", "2026-11-23", 1);
    CHECK(lac::now_local().time.empty());
    CHECK(lac::today_local() == make_date(2026, 11, 23));
    ::setenv("LAC_TODAY", "2026-11-23T25:00", 1);
    CHECK_THROWS_AS(lac::now_local(), lac::ConfigError);
    ::unsetenv("LAC_TODAY");
    CHECK(lac::now_local().time.size() == 5);
    if (was) ::setenv("LAC_TODAY", was->c_str(), 1);
}
