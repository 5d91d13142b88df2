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
