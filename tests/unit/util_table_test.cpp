#include <limits>
#include <sstream>

#include <nlohmann/json.hpp>

#include <doctest/doctest.h>

#include "lac/util/table.hpp"

TEST_CASE("columns are as wide as their widest cell, counted in characters, not bytes") {
    auto lines = lac::align_columns({{"C1", "Zoë", "5 min", "a note"}, {"C12", "bartholomew", "107 min", ""}});
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == "C1   Zoë          5 min    a note");
    CHECK(lines[1] == "C12  bartholomew  107 min");  // no spaces after the last cell
}

TEST_CASE("a table has its headings first, then its rows, aligned alike") {
    lac::Table t{{"person", "name"}, {{lac::Cell::str("P1"), lac::Cell::str("Mary O'Brien")}}};
    std::ostringstream out;
    lac::write_table(out, t, {});
    CHECK(out.str() == "person  name\nP1      Mary O'Brien\n");
    std::ostringstream bold;
    lac::write_table(bold, t, {true});
    CHECK(bold.str().rfind("\033[1mperson  name\033[0m\n", 0) == 0);
}

TEST_CASE("a number that is not finite is no value, in every format") {
    CHECK(lac::Cell::num(std::numeric_limits<double>::infinity()).kind == lac::Cell::Kind::null);
    CHECK(lac::to_json(lac::Cell::num(std::numeric_limits<double>::quiet_NaN())).is_null());
    CHECK(lac::Cell::num(2.5).text == "2.5");
}

TEST_CASE("a formula-like text cell gets a ' in CSV, and an import takes exactly that one off") {
    for (const char* formula : {"=cmd|' /C calc'!A0", "+1", "-2", "@SUM(A1)", "\tx", "\rx"})
        CHECK(lac::guard_formula(formula) == std::string("'") + formula);
    for (const char* plain : {"Mary", "", "'quoted'", "O'Brien", "2026-11-23", "a=b"}) {
        CHECK(lac::guard_formula(plain) == plain);
        CHECK(lac::unguard_formula(plain) == plain);
    }
    // Every text survives the round trip, also one that already looked guarded.
    for (const char* text : {"=1", "'=1", "''=1", "'", "'-", "-", "'hello", "=", "@"})
        CHECK(lac::unguard_formula(lac::guard_formula(text)) == text);
    lac::Table t{{"name", "n"}};
    t.rows.push_back({lac::Cell::str("=HYPERLINK(\"x\")"), lac::Cell::num(-3)});
    std::ostringstream out;
    lac::write_csv(out, t);
    CHECK(out.str() == "name,n\r\n\"'=HYPERLINK(\"\"x\"\")\",-3\r\n");
}
