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

TEST_CASE("a row whose record is here with other values is reported by field, and applied only with --update") {
    ImportingTeam t;
    REQUIRE(t.import("people", "person,name,opened_on,area\nP4,Ann,2026-01-05,North\n").added == 1);
    auto differs = t.import("people", "person,name,opened_on,area,status,closed_on,close_reason\n"
                                      "P4,Ann,2026-01-05,South,closed,2026-02-01,moved\n");
    CHECK(differs.problems.empty());
    REQUIRE(differs.differences.size() == 1);
    CHECK(differs.differences[0] ==
          "line 2: P4 status is 'closed' in the file, 'active' here; closed_on is '2026-02-01' in the file, empty "
          "here; close_reason is 'moved' in the file, empty here; area is 'South' in the file, 'North' here");
    CHECK(lac::find_person(t.s(), "P4").status == "active");  // nothing written
    // Only the columns the file has are compared; a name found by reference or by name alike.
    CHECK(t.import("people", "person,name\nP4,Ann\n").already == 1);
    auto updated = t.import("people", "person,name,area,status,closed_on,close_reason\n"
                                      "P4,Ann,South,closed,2026-02-01,moved\n", false, true);
    CHECK(updated.updated == 1);
    CHECK(updated.differences.empty());
    auto ann = lac::find_person(t.s(), "P4");
    CHECK(ann.status == "closed");
    CHECK(ann.area == "South");
    CHECK(lac::store::audit_for(*t.db, "P4").size() == 3);  // imported, edited, closed
}

TEST_CASE("history: a person added by the import takes the file's, one here gains what it lacks") {
    ImportingTeam t;
    lac::CoordinatorFields f;
    f.name = "Ben";
    lac::add_coordinator(t.s(), "ben", f);
    REQUIRE(t.import("people", "person,name,opened_on,coordinator\nP1,Ann,2026-01-05,ben\n").added == 1);
    // Here already: ben from 2026-01-05, written with Ann. The file says asha, then ben.
    auto differs = t.import("assignments", "person,coordinator,from_on\nP1,asha,2026-01-05\nP1,ben,2026-03-01\n");
    REQUIRE(differs.differences.size() == 1);
    CHECK(differs.differences[0] == "line 2: P1's assignment of 2026-01-05 is 'asha' in the file, 'ben' here");
    auto fixed = t.import("assignments", "person,coordinator,from_on\nP1,asha,2026-01-05\nP1,ben,2026-03-01\n",
                          false, true);
    CHECK(fixed.updated == 1);
    CHECK(fixed.added == 1);
    CHECK(t.extract("assignments", true) ==
          "person,coordinator,from_on,to_on\r\nP1,asha,2026-01-05,2026-03-01\r\nP1,ben,2026-03-01,\r\n");
    CHECK(lac::find_person(t.s(), "P1").coordinator == "ben");
    // A second goal note on one day is the day's second, not a change of the first.
    REQUIRE(t.import("goals", "goal,person,text,set_on\nG2,P1,Sing again,2026-01-10\n").added == 1);
    std::string notes = "goal,date,status,note\nG2,2026-02-01,,rehearsal\nG2,2026-02-01,achieved,joined\n";
    CHECK(t.import("goal_notes", notes).added == 2);
    CHECK(t.import("goal_notes", notes).already == 2);
    auto other = t.import("goal_notes", "goal,date,status,note\nG2,2026-02-01,,rehearsal\nG2,2026-02-01,let-go,\n");
    REQUIRE(other.differences.size() == 1);
    CHECK(other.differences[0] ==
          "line 3: G2's goal note of 2026-02-01 (its 2 that day) is 'let-go' in the file, 'achieved' noting "
          "'joined' here");
}

TEST_CASE("an avoided crisis keeps the costs the file recorded, not today's config") {
    ImportingTeam t;
    REQUIRE(t.import("people", "person,name,opened_on\nP1,Ann,2026-01-05\n").added == 1);
    auto r = t.import("avoided", "avoided,person,type,date,quantity,unit,unit_cost,budget,label,source\n"
                                 "X3,P1,eviction,2026-02-01,1,event,5000.5,housing,Eviction,2019/20 prices\n");
    REQUIRE(r.problems.empty());
    CHECK(r.added == 1);
    auto out = t.extract("avoided", true);
    CHECK(out.find("X3,P1,eviction,2026-02-01,1,event,5000.5,5000.5,housing,possible,,Eviction,2019/20 prices") !=
          std::string::npos);
    auto bad = t.import("avoided", "person,type,date,unit_cost\nP1,eviction,2026-02-01,-1\n");
    REQUIRE(bad.problems.size() == 1);
    CHECK(bad.problems[0] == "line 2: unit_cost must be a number from 0 to 1000000000, not '-1'");
    auto unknown = t.import("avoided", "person,type,date\nP1,flood,2026-02-01\n");
    REQUIRE(unknown.problems.size() == 1);
    CHECK(unknown.problems[0].find("'flood' is not a crisis type") != std::string::npos);
}
