#include <doctest/doctest.h>

#include "lac/demo/demo.hpp"
#include "lac/util/errors.hpp"
#include "lac/domain/validate.hpp"

TEST_CASE("whole numbers are decimal, in range, and nothing else") {
    CHECK(lac::check_int("42", "--minutes", 0, 1440) == 42);
    CHECK(lac::check_int(" 7 ", "--minutes", 0, 1440) == 7);
    CHECK(lac::check_int("010", "--minutes", 0, 1440) == 10);  // not octal
    CHECK(lac::check_int("-3", "--x", -5, 5) == -3);
    for (const char* bad : {"", "-", "0x10", "1.5", "1e3", "+4", "12a", "1441", "-1", "99999999999999999999"})
        CHECK_THROWS_AS(lac::check_int(bad, "--minutes", 0, 1440), lac::DataError);
    CHECK_THROWS_WITH(lac::check_int("0x10", "--minutes", 0, 1440),
                      "--minutes must be a whole number from 0 to 1440, not '0x10'");
}

TEST_CASE("the demo's options are read as decimal whole numbers in their ranges") {
    auto r = lac::read_demo_request("010", "52", "0");
    CHECK(r.coordinators == 10);
    CHECK(r.weeks == 52);
    CHECK(r.seed == 0);
    CHECK_THROWS_WITH(lac::read_demo_request("0", "1", "1"),
                      "--coordinators must be a whole number from 1 to 5000, not '0'");
    CHECK_THROWS_WITH(lac::read_demo_request("1", "521", "1"),
                      "--weeks must be a whole number from 1 to 520, not '521'");
    CHECK_THROWS_WITH(lac::read_demo_request("1", "1", "2147483648"),
                      "--seed must be a whole number from 0 to 999999999, not '2147483648'");
    // The library's own guard gives the same message for a request built in code.
    lac::DemoRequest made;
    made.weeks = 0;
    CHECK_THROWS_WITH(lac::check_demo_request(made), "--weeks must be a whole number from 1 to 520, not '0'");
}
