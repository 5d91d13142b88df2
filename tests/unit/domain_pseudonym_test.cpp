// Pseudonyms for extracts (lib/lac/domain/pseudonym).
#include <doctest/doctest.h>

#include <sstream>

#include "lac/util/csv_reader.hpp"
#include "lac/util/errors.hpp"
#include "lac/report/extract.hpp"
#include "lac/import/import.hpp"
#include "lac/domain/people.hpp"
#include "lac/domain/pseudonym.hpp"
#include "lac/store/audit.hpp"
#include "lac/domain/team.hpp"
#include "test_helpers.hpp"

TEST_CASE("pseudonyms are stable for a key, and unrelated under another") {
    lac::Pseudonymiser a(std::string(64, '1')), again(std::string(64, '1')), other(std::string(64, '2'));
    CHECK(a.of(12).size() == 20);
    CHECK(a.of(12) == again.of(12));
    CHECK(a.of(12) != a.of(13));
    CHECK(a.of(12) != other.of(12));
    CHECK_THROWS_AS(lac::Pseudonymiser("zz"), lac::DataError);
}
