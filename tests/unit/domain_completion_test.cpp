// The words of tab completion (lib/lac/domain/completion).
#include <doctest/doctest.h>

#include "lac/domain/completion.hpp"
#include "test_helpers.hpp"

using Words = std::vector<std::string>;

TEST_CASE("people: the acting coordinator's open people, by the start of the name or the reference") {
    EdithTomAndAChoir t;  // Edith Walker P1, Tom Hughes P2, both asha's
    lac::CoordinatorFields c;
    c.name = "Ben";
    lac::add_coordinator(t.s(), "ben", c);
    lac::add_person(t.s(), person_fields("Edna Ward", lac::make_date(2026, 9, 1)), "ben");  // P3
    CHECK(lac::database_words(*t.db, "people", "ed", "asha") == Words{"Edith Walker"});
    CHECK(lac::database_words(*t.db, "people", "ÉDITH W", "asha") == Words{"Edith Walker"});
    CHECK(lac::database_words(*t.db, "people", "", "asha") == Words{"Edith Walker", "Tom Hughes"});
    CHECK(lac::database_words(*t.db, "people", "Ed", "ben") == Words{"Edna Ward"});
    CHECK(lac::database_words(*t.db, "people", "P", "asha") == Words{"P1", "P2"});
    CHECK(lac::database_words(*t.db, "people", "p2", "asha") == Words{"p2"});
    CHECK(lac::database_words(*t.db, "people", "1", "asha") == Words{"1"});
    CHECK(lac::database_words(*t.db, "people", "Walker", "asha").empty());  // the start, not any word
    CHECK(lac::database_words(*t.db, "people", "Ed", "nobody").empty());
}

TEST_CASE("assets, handles and teams, each by the start") {
    EdithTomAndAChoir t;  // St Mary's Choir
    CHECK(lac::database_words(*t.db, "assets", "st m", "asha") == Words{"St Mary's Choir"});
    CHECK(lac::database_words(*t.db, "assets", "x", "asha").empty());
    CHECK(lac::database_words(*t.db, "handles", "A", "asha") == Words{"asha"});
    CHECK(lac::database_words(*t.db, "teams", "", "asha").empty());  // asha has no team
    CHECK(lac::database_words(*t.db, "nonsense", "", "asha").empty());
}

TEST_CASE("the config's words: a vocabulary list, the crisis types, the keys") {
    lac::Config config = lac::load_config(std::nullopt);
    CHECK(lac::config_words(config, "vocab.modes", "ph") == Words{"phone"});
    CHECK(lac::config_words(config, "crisis", "evi") == Words{"eviction"});
    CHECK(lac::config_words(config, "keys", "caseload.st") == Words{"caseload.stale_after_days"});
    CHECK(lac::config_words(config, "vocab.nonsense", "").empty());
    CHECK(lac::is_database_word_kind("people"));
    CHECK_FALSE(lac::is_database_word_kind("vocab.modes"));
}
