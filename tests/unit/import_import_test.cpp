// Imports: every row checked, all or nothing (lib/lac/import).
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

TEST_CASE("an import with any bad row writes nothing and names every bad line") {
    ImportingTeam t;
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
    ImportingTeam t;
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
