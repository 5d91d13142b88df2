// CSV reading, pseudonyms, extracts and imports.
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

struct Team : Fixture {
    Team() {
        lac::CoordinatorFields f;
        f.name = "Asha";
        lac::add_coordinator(s(), "asha", f);
    }
    lac::ImportResult import(const std::string& entity, const std::string& csv, bool dry_run = false) {
        std::istringstream in(csv);
        return lac::import_csv(s(), {entity, {}, dry_run}, in);
    }
    std::string extract(const std::string& entity, bool identify) {
        std::ostringstream out;
        lac::ExtractRequest r;
        r.entity = entity;
        r.identify = identify;
        lac::write_extract(s(), r, out);
        return out.str();
    }
};

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

TEST_CASE("pseudonyms are stable for a key, and unrelated under another") {
    lac::Pseudonymiser a(std::string(64, '1')), again(std::string(64, '1')), other(std::string(64, '2'));
    CHECK(a.of(12).size() == 20);
    CHECK(a.of(12) == again.of(12));
    CHECK(a.of(12) != a.of(13));
    CHECK(a.of(12) != other.of(12));
    CHECK_THROWS_AS(lac::Pseudonymiser("zz"), lac::DataError);
}

TEST_CASE("an extract leaves out names and references unless identified") {
    Team t;
    lac::PersonFields p;
    p.name = "Mary O'Brien";
    p.gifts = "baking";
    lac::add_person(t.s(), p, "");
    auto plain = t.extract("people", false);
    CHECK(plain.rfind("person,coordinator,team,support,status,opened_on,closed_on,close_reason,area,source,"
                      "birth_year\r\n", 0) == 0);
    CHECK(plain.find("Mary") == std::string::npos);
    CHECK(plain.find("P1") == std::string::npos);
    CHECK(lac::store::audit_for(*t.db, "people").empty());
    auto named = t.extract("people", true);
    CHECK(named.find("P1,asha,") != std::string::npos);
    CHECK(named.find("Mary O'Brien,baking") != std::string::npos);
    CHECK(lac::store::audit_for(*t.db, "people").at(0).action == "export-identified");
    CHECK_THROWS_AS(t.extract("persons", false), lac::UsageError);
}

TEST_CASE("an import with any bad row writes nothing and names every bad line") {
    Team t;
    auto result = t.import("people", "name,source,opened_on\nAnn,gp,2026-01-05\nBob,doctor,2026-02-30\n"
                                     "Cy,self,2026-03-01\n,self,2026-03-01\n");
    CHECK(result.rows == 4);
    REQUIRE(result.problems.size() == 2);
    CHECK(result.problems[0].rfind("line 3: ", 0) == 0);
    CHECK(result.problems[1] == "line 5: the name is empty; give one");
    CHECK(t.extract("people", false).find("\r\n") == t.extract("people", false).rfind("\r\n"));  // header only
    CHECK(t.import("people", "name\nAnn\n", true).added == 1);  // a dry run…
    CHECK(lac::list_people(t.s(), {}).empty());                 // …writes nothing
}

TEST_CASE("importing the same file twice adds nothing the second time") {
    Team t;
    std::string people = "name,opened_on,coordinator\nAnn,2026-01-05,asha\nBob,2026-01-06,asha\n";
    CHECK(t.import("people", people).added == 2);
    auto again = t.import("people", people);
    CHECK(again.added == 0);
    CHECK(again.already == 2);
    std::string talks = "person,date,minutes,mode,note\nAnn,2026-02-01,30,phone,hello\nP2,2026-02-02,,,\n";
    CHECK(t.import("conversations", talks).added == 2);
    CHECK(t.import("conversations", talks).already == 2);
    auto pseudonymous = t.import("conversations", "person,date\n0123456789abcdef0123,2026-02-01\n");
    REQUIRE(pseudonymous.problems.size() == 1);
    CHECK(pseudonymous.problems[0].find("is a pseudonym") != std::string::npos);
}
