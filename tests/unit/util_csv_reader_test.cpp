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

std::vector<std::vector<std::string>> read_all(const std::string& text, char delimiter = ',') {
    std::istringstream in(text);
    lac::CsvReader reader(in, delimiter);
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

TEST_CASE("a semicolon, a tab or a vertical bar may separate the fields instead") {
    using Row = std::vector<std::string>;
    CHECK(read_all("name;note\n\"Ann; Lee\";a,b\n", ';') == std::vector<Row>{{"name", "note"}, {"Ann; Lee", "a,b"}});
    CHECK(read_all("name\tnote\r\nAnn\t\"x\ty\"\r\n", '\t') == std::vector<Row>{{"name", "note"}, {"Ann", "x\ty"}});
    CHECK(read_all("name|note\nAnn|a;b,c\n", '|') == std::vector<Row>{{"name", "note"}, {"Ann", "a;b,c"}});
    CHECK(read_all("name;note\nAnn;x\n") == std::vector<Row>{{"name;note"}, {"Ann;x"}});  // read with ','
    CHECK(lac::delimiter_named(",") == ',');
    CHECK(lac::delimiter_named(";") == ';');
    CHECK(lac::delimiter_named("Semicolon") == ';');
    CHECK(lac::delimiter_named("tab") == '\t');
    CHECK(lac::delimiter_named("\\t") == '\t');
    CHECK(lac::delimiter_named("\t") == '\t');
    CHECK(lac::delimiter_named("|") == '|');
    CHECK_THROWS_WITH_AS(lac::delimiter_named(":"),
                         "--delimiter ':' is not one lac reads; use ',' (the default), ';', tab or '|'",
                         lac::UsageError);
    CHECK_THROWS_AS(lac::delimiter_named(""), lac::UsageError);
    CHECK(lac::delimiter_argument('\t') == "tab");
    CHECK(lac::delimiter_argument(';') == "';'");
    CHECK(lac::delimiter_plural('|') == "vertical bars");
}

TEST_CASE("a header read as one field tells which other delimiter it holds") {
    CHECK(lac::other_delimiter({"name;area;opened_on"}, ',') == ';');
    CHECK(lac::other_delimiter({"name\tarea"}, ',') == '\t');
    CHECK(lac::other_delimiter({"Full name; Area\tx;y"}, ',') == ';');  // the one it holds most of
    CHECK(lac::other_delimiter({"name,area"}, ';') == ',');
    CHECK(lac::other_delimiter({"name"}, ',') == 0);
    CHECK(lac::other_delimiter({"name;x", "area"}, ',') == 0);  // two fields: read as it should be
    CHECK(lac::other_delimiter({"name;x"}, ';') == 0);
}

namespace {

std::string not_utf8(const std::string& text) {
    try {
        read_all(text);
    } catch (const lac::NotUtf8Error& e) {
        return e.what();
    }
    return "(read)";
}

}  // namespace

TEST_CASE("every field is checked to be UTF-8, naming the line of the first byte that is not") {
    CHECK(not_utf8("name\nZoë Ångström\n") == "(read)");
    CHECK(not_utf8("\xEF\xBB\xBFname\nZoë\n") == "(read)");  // a byte order mark is skipped
    CHECK(not_utf8("name,area\nAnn,N\nZo\xEB,N\n") ==
          "line 3: the byte 0xEB after 'Zo' is not UTF-8; convert the file with iconv -f WINDOWS-1252 -t UTF-8");
    CHECK(not_utf8("name,area\nAnn,\xC9" "ast\n") ==
          "line 2: the byte 0xC9 at the start of a field is not UTF-8; convert the file with iconv -f WINDOWS-1252 "
          "-t UTF-8");
    // In a quoted field over several lines, the line of the byte itself.
    CHECK(not_utf8("name,gifts\nAnn,\"sings\r\nand\n\xE9\"\n")
              .rfind("line 4: the byte 0xE9 at the start of the line", 0) == 0);
    CHECK(not_utf8("name,gifts\n\"Ann\nLee\",a long note about the gardening club and caf\xE9\n")
              .rfind("line 3: the byte 0xE9 after '…rdening club and caf' is not UTF-8", 0) == 0);
    CHECK(not_utf8("na\xEDme\n").rfind("line 1: the byte 0xED after 'na'", 0) == 0);  // the header too
    CHECK(not_utf8(std::string("\xFF\xFEn\0a\0m\0e\0", 10)) ==
          "line 1: the byte 0xFF at the start of a field is not UTF-8; convert the file with iconv -f UTF-16 -t UTF-8");
    CHECK(not_utf8(std::string("name\nAnn\xC0\xAF\n")).rfind("line 2: the byte 0xC0 after 'Ann'", 0) == 0);  // overlong
    std::istringstream in("name\nZo\xEB\n");
    lac::CsvReader reader(in);
    std::vector<std::string> fields;
    CHECK(reader.next(fields));
    try {
        reader.next(fields);
        FAIL("read");
    } catch (const lac::NotUtf8Error& e) {
        CHECK(e.problem() == "line 2: the byte 0xEB after 'Zo' is not UTF-8");
        CHECK(e.encoding() == "WINDOWS-1252");
        CHECK(e.code() == lac::ExitCode::data);
    }
}

TEST_CASE("a header with a control character is no CSV text: said so, without advice to convert it") {
    auto refused = [](const std::string& text) {
        try {
            read_all(text);
        } catch (const lac::NotUtf8Error& e) {
            return std::string("not UTF-8: ") + e.what();
        } catch (const lac::DataError& e) {
            return std::string(e.what());
        }
        return std::string("(read)");
    };
    const std::string said = ", a control character, so the file is not CSV text (compressed, or a spreadsheet's own "
                             "format?); save it as CSV and import that";
    CHECK(refused(std::string("na") + '\0' + "me,opened_on\nAnne,2026-11-30\n") ==
          "line 1: the header holds the byte 0x00" + said);
    CHECK(refused("\x1f\x8b\x08\x00rest") == "line 1: the header holds the byte 0x1F" + said);        // gzip
    CHECK(refused("\x7f" "ELF\x02\x01\x01\x03") == "line 1: the header holds the byte 0x02" + said);  // a program
    // A tab, and a line break inside a quoted heading, are text; so is UTF-16, said as such.
    CHECK(refused("name\tarea\nAnn\tN\n") == "(read)");
    CHECK(refused("\"full\nname\"\nAnn\n") == "(read)");
    CHECK(refused(std::string("\xFF\xFEn\0a\0m\0e\0", 10)).rfind("not UTF-8: ", 0) == 0);
    // Only the header: a control character in a row is the importer's to name, by column.
    CHECK(refused(std::string("name\nAn\x01n\n")) == "(read)");
}

TEST_CASE("an error's message keeps a NUL byte, shown as \\x00, and what follows it") {
    lac::DataError e(std::string("'na") + '\0' + "me' is not a people column; rename it");
    CHECK(std::string(e.what()) == "'na\\x00me' is not a people column; rename it");
}
