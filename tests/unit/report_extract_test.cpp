// Extracts (lib/lac/report/extract).
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

TEST_CASE("an extract leaves out names and references unless identified") {
    ImportingTeam t;
    lac::PersonFields p;
    p.name = "Mary O'Brien";
    p.gifts = "baking";
    lac::add_person(t.s(), p, "");
    auto plain = t.extract("people", false);
    CHECK(plain.rfind("person,coordinator,team,support,status,opened_on,closed_on,close_reason,area,source,"
                      "birth_year,forgotten_on,next_on\r\n", 0) == 0);
    CHECK(plain.find("Mary") == std::string::npos);
    CHECK(plain.find("P1") == std::string::npos);
    CHECK(lac::store::audit_for(*t.db, "people").empty());
    auto named = t.extract("people", true);
    CHECK(named.find("P1,asha,") != std::string::npos);
    CHECK(named.find("Mary O'Brien,baking") != std::string::npos);
    CHECK(lac::store::audit_for(*t.db, "people").at(0).action == "export-identified");
    CHECK_THROWS_AS(t.extract("persons", false), lac::UsageError);
}
