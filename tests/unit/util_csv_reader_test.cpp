// RFC 4180 CSV reading (lib/lac/util/csv_reader).
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

namespace {

std::vector<std::vector<std::string>> read_all(const std::string& text) {
    std::istringstream in(text);
    lac::CsvReader reader(in);
    std::vector<std::vector<std::string>> out;
    std::vector<std::string> fields;
    while (reader.next(fields)) out.push_back(fields);
    return out;
}

}  // namespace

TEST_CASE("RFC 4180 CSV: quotes, commas, line breaks, CRLF and a byte order mark") {
    auto rows = read_all("\xEF\xBB\xBFname,note\r\n\"O'Brien, Mary\",\"said \"\"hello\"\"\nthen left\"\r\nTom,\n");
    REQUIRE(rows.size() == 3);
    CHECK(rows[0] == std::vector<std::string>{"name", "note"});
    CHECK(rows[1] == std::vector<std::string>{"O'Brien, Mary", "said \"hello\"\nthen left"});
    CHECK(rows[2] == std::vector<std::string>{"Tom", ""});
    std::istringstream open("a\n\"never closed\n");
    lac::CsvReader reader(open);
    std::vector<std::string> fields;
    reader.next(fields);
    CHECK_THROWS_WITH_AS(reader.next(fields), "line 2: a quoted field is never closed", lac::DataError);
}
