// The demo's request (lib/lac/demo).
#include <doctest/doctest.h>

#include "lac/demo/demo.hpp"
#include "lac/util/errors.hpp"
#include "lac/domain/validate.hpp"

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
