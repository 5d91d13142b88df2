// Checks for values from outside (lib/lac/domain/validate).
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
