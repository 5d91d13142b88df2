// lac person timeline (lib/lac/report/timeline).
#include <sstream>

#include <doctest/doctest.h>

#include "lac/domain/connections.hpp"
#include "lac/domain/conversations.hpp"
#include "lac/domain/forget.hpp"
#include "lac/domain/giving.hpp"
#include "lac/domain/goals.hpp"
#include "lac/domain/team.hpp"
#include "lac/domain/wellbeing.hpp"
#include "lac/report/timeline.hpp"
#include "lac/util/errors.hpp"
#include "test_helpers.hpp"

using lac::make_date;

namespace {

// Edith's autumn: conversations (two on one day, the later logged first), a goal and its
// progress, a connection that grows, a contribution, a crisis avoided, a transfer, a
// closing, a reopening and a second closing.
struct Autumn : EdithTomChoirAndBen {
    Autumn() {
        lac::log_conversation(s(), {"Edith", make_date(2026, 9, 2), "15:00", std::string("30"), "phone", "Afternoon call"});
        lac::log_conversation(s(), {"Edith", make_date(2026, 9, 2), "09:30", std::string("40"), "home-visit",
                                    "Morning visit\nshe spoke of singing"});
        lac::add_goal(s(), {"Edith", "Sing again", "community", make_date(2026, 9, 3)});
        lac::add_goal_progress(s(), "G1", "Went to a taster", make_date(2026, 9, 10));
        lac::connect(s(), {"Edith", "A1", "", std::nullopt, make_date(2026, 9, 10), ""});
        lac::set_connection_status(s(), "K1", "engaged", make_date(2026, 9, 20));
        lac::connect(s(), {"Tom", "", "Edith", std::nullopt, make_date(2026, 9, 21), ""});
        lac::contribute(s(), {"Edith", "2", "Baked for the fete", "", make_date(2026, 9, 22)});
        lac::record_avoided(s(), {"Edith", "residential-care", std::string("26"), "likely", make_date(2026, 9, 23), "A fall"});
        lac::transfer_person(s(), "Edith", "ben", make_date(2026, 10, 1));
        lac::set_goal_status(s(), "G1", "achieved", make_date(2026, 10, 2), "She sang");
        lac::close_person(s(), "Edith", "moved", make_date(2026, 10, 5));
        lac::reopen_person(s(), "P1");
        lac::close_person(s(), "Edith", "goals-met", make_date(2026, 11, 23));
    }
};

std::vector<std::string> lines(const lac::Timeline& t) {
    std::vector<std::string> out;
    for (const auto& e : t.entries) out.push_back(lac::to_iso(e.on) + " " + e.kind + " " + e.ref);
    return out;
}

}  // namespace

TEST_CASE("a timeline holds every kind of record, in date order, stable within a day") {
    Autumn w;
    auto t = lac::person_timeline(w.s(), "P1");
    CHECK(lines(t) == std::vector<std::string>{
                          "2026-09-01 opened P1",
                          "2026-09-02 conversation C2",  // 09:30, logged second
                          "2026-09-02 conversation C1",  // 15:00
                          "2026-09-03 goal G1",
                          "2026-09-10 goal-note G1",
                          "2026-09-10 connection K1",
                          "2026-09-20 connection-status K1",
                          "2026-09-21 connection K2",
                          "2026-09-22 contribution T1",
                          "2026-09-23 avoided X1",
                          "2026-10-01 transferred P1",
                          "2026-10-02 goal-status G1",
                          "2026-10-05 closed P1",
                          "2026-11-23 reopened P1",
                          "2026-11-23 closed P1",
                      });
    CHECK(t.entries[1].time == "09:30");
    CHECK(t.entries[1].coordinator == "asha");
    CHECK(t.entries[1].what == "40 min, home-visit");
    CHECK(t.entries[1].text == "Morning visit\nshe spoke of singing");
    CHECK(t.entries[6].what == "A1 St Mary's Choir → engaged");
    CHECK(t.entries[7].what == "P2 Tom Hughes (peer, their connection), introduced");
    CHECK(t.entries[10].what == "from asha to ben");
    CHECK(t.entries[10].coordinator == "ben");
    CHECK(t.entries[11].what == "→ achieved");
    CHECK(t.entries[11].text == "She sang");
    CHECK(t.entries[12].what == "moved");
    CHECK(t.entries[14].what == "goals-met");
}

TEST_CASE("a timeline in every format carries the same entries") {
    Autumn w;
    auto t = lac::person_timeline(w.s(), "Edith");
    std::ostringstream table, md, csv;
    lac::write_timeline(table, t, {});
    CHECK(table.str().rfind("P1 Edith Walker\n15 records, 2026-09-01 to 2026-11-23\n\n", 0) == 0);
    CHECK(table.str().find("2026-09-02 09:30  conversation       C2  asha  40 min, home-visit\n"
                           "      Morning visit\n      she spoke of singing\n") != std::string::npos);
    lac::write_timeline_markdown(md, t);
    CHECK(md.str().find("- **2026-09-02 09:30** conversation C2 (asha): 40 min, home-visit\n  > Morning visit\n"
                        "  > she spoke of singing\n") != std::string::npos);
    lac::write_csv(csv, lac::timeline_table(t));
    CHECK(csv.str().rfind("person,date,time,kind,ref,coordinator,what,text\r\n", 0) == 0);
    CHECK(csv.str().find("P1,2026-09-02,09:30,conversation,C2,asha,\"40 min, home-visit\",\"Morning visit\nshe") !=
          std::string::npos);
    auto j = lac::timeline_json(t);
    CHECK(j["person"] == "P1");
    CHECK(j["forgotten_on"].is_null());
    CHECK(j["entries"].size() == 15);
    CHECK(j["entries"][0]["kind"] == "opened");
    CHECK(j["entries"][0]["time"].is_null());
}

TEST_CASE("a forgotten person's timeline keeps what happened and not a word of it") {
    Autumn w;
    lac::log_conversation(w.s(), {"Tom", make_date(2026, 9, 25), "", std::nullopt, "", "Tom Hughes spoke of Ravenscar"});
    lac::add_goal(w.s(), {"Tom", "Walk to Ravenscar", "leisure", make_date(2026, 9, 26)});
    lac::close_person(w.s(), "Tom", "moved", make_date(2026, 10, 3));
    lac::forget_people(w.s(), {"Tom", std::nullopt, true});
    CHECK_THROWS_AS(lac::person_timeline(w.s(), "Tom"), lac::DataError);  // no name to find them by
    auto t = lac::person_timeline(w.s(), "P2");
    REQUIRE(t.person.forgotten_on);
    CHECK(t.person.name.empty());
    CHECK(lines(t) == std::vector<std::string>{"2026-09-01 opened P2", "2026-09-21 connection K2",
                                               "2026-09-25 conversation C3", "2026-09-26 goal G2",
                                               "2026-10-03 closed P2", "2026-11-23 forgotten P2"});
    for (const auto& e : t.entries) {
        CHECK(e.text.empty());
        CHECK(e.what.find("Tom") == std::string::npos);
        CHECK(e.what.find("Ravenscar") == std::string::npos);
    }
    CHECK(t.entries[1].what == "P1 Edith Walker (peer), introduced");
    std::ostringstream table;
    lac::write_timeline(table, t, {});
    CHECK(table.str().rfind("P2, forgotten on 2026-11-23: what is left, without their name or words\n", 0) == 0);
}

TEST_CASE("a timeline of no one is refused as person show refuses it") {
    Autumn w;
    CHECK_THROWS_WITH_AS(lac::person_timeline(w.s(), "P9"), "there is no person P9; see 'lac person list'",
                         lac::DataError);
    CHECK_THROWS_WITH_AS(lac::person_timeline(w.s(), "Zed"), doctest::Contains("no one here is called 'Zed'"),
                         lac::DataError);
}
