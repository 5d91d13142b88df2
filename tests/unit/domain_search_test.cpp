// lac search (lib/lac/domain/search and lib/lac/store/search).
#include <doctest/doctest.h>

#include "lac/domain/conversations.hpp"
#include "lac/domain/forget.hpp"
#include "lac/domain/goals.hpp"
#include "lac/domain/search.hpp"
#include "lac/domain/team.hpp"
#include "lac/util/errors.hpp"
#include "test_helpers.hpp"

using lac::make_date;

namespace {

// asha's Edith Walker and Tom Hughes, ben's Edwin Hale; notes naming the choir.
struct Searchable : EdithTomChoirAndBen {
    Searchable() {
        lac::add_person(s(), person_fields("Edwin Hale", make_date(2026, 9, 1)), "ben");
        lac::log_conversation(s(), {"Edith", make_date(2026, 9, 2), "", std::nullopt, "", "Talked of the CHOIR"});
        lac::log_conversation(s(), {"Tom", make_date(2026, 9, 3), "", std::nullopt, "", "Tom will try the chöir"});
        lac::log_conversation(s(), {"Edwin", make_date(2026, 9, 4), "", std::nullopt, "", "Edwin: choir too", "ben"});
        lac::add_goal(s(), {"Edith", "Sing in a choir again", "community", make_date(2026, 9, 5)});
        lac::add_goal_progress(s(), "G1", "Went to a choir taster", make_date(2026, 9, 6));
    }
};

std::vector<std::string> refs(const lac::SearchResult& r) {
    std::vector<std::string> out;
    for (const auto& h : r.hits) out.push_back(h.kind + " " + h.ref);
    return out;
}

}  // namespace

TEST_CASE("search finds people, assets and notes, the acting coordinator's own only") {
    Searchable w;
    auto r = lac::search(w.s(), "Choir", false);
    CHECK(refs(r) == std::vector<std::string>{"asset A1", "goal note G1", "goal G1", "conversation C2",
                                              "conversation C1"});
    CHECK(r.hits[0].excerpt == "St Mary's Choir");
    CHECK(r.hits[0].person.empty());
    CHECK(r.hits[1].on == make_date(2026, 9, 6));
    CHECK(r.hits[4].excerpt == "Talked of the CHOIR");
    CHECK(r.hits[4].person == "P1");
    CHECK(r.hits[4].own);

    auto people = lac::search(w.s(), "ed", false);
    CHECK(refs(people) == std::vector<std::string>{"person P1"});  // Edwin is ben's
}

TEST_CASE("--all widens to everyone, the acting coordinator's own first") {
    Searchable w;
    auto people = lac::search(w.s(), "ed", true);
    CHECK(refs(people) == std::vector<std::string>{"person P1", "person P3", "conversation C3"});
    CHECK(people.hits[0].own);
    CHECK_FALSE(people.hits[1].own);
    auto notes = lac::search(w.s(), "choir", true);
    CHECK(refs(notes).back() == "conversation C3");  // ben's, after asha's own
    w.db->set_actor("lead", "test");
    CHECK_THROWS_WITH_AS(lac::search(w.s(), "choir", false),
                         doctest::Contains("you ('lead') are not a coordinator here"), lac::DataError);
    CHECK(refs(lac::search(w.s(), "choir", true)).size() == 6);
}

TEST_CASE("search refuses nothing to look for, and finds no erased word") {
    Searchable w;
    CHECK_THROWS_AS(lac::search(w.s(), "   ", false), lac::UsageError);
    CHECK_THROWS_WITH_AS(lac::search(w.s(), "--!", false), doctest::Contains("no letter or digit"), lac::UsageError);
    CHECK(lac::search(w.s(), "meredith", true).hits.empty());
    lac::close_person(w.s(), "Tom", "moved", make_date(2026, 9, 10));
    lac::forget_people(w.s(), {"Tom", std::nullopt, true});
    CHECK(refs(lac::search(w.s(), "try", true)).empty());
    CHECK(refs(lac::search(w.s(), "hughes", true)).empty());
}
