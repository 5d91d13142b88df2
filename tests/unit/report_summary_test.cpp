// A hand-built week, 2026-W47 (Mon 16 – Sun 22 November), with every expected value
// counted by hand in the comments.
#include <set>
#include <sstream>

#include <doctest/doctest.h>

#include "lac/domain/conversations.hpp"
#include "lac/util/errors.hpp"
#include "lac/domain/giving.hpp"
#include "lac/domain/goals.hpp"
#include "lac/domain/connections.hpp"
#include "lac/domain/people.hpp"
#include "lac/report/summary.hpp"
#include "lac/report/summary_render.hpp"
#include "lac/domain/team.hpp"
#include "test_helpers.hpp"

using lac::make_date;

namespace {

lac::Date nov(int day) { return make_date(2026, 11, day); }

struct Week : Fixture {
    Week() : Fixture(nov(23)) {
        // The week is entered by a team lead, who is no coordinator: each conversation
        // counts for the person's coordinator on the day unless it says who held it.
        db->set_actor("lead", "test");
        add_coordinator("asha", "North");
        add_coordinator("ben", "North");
        add_coordinator("cara", "South");  // covers for asha once
        person("Ann", "asha", make_date(2026, 9, 1));
        person("Bob", "asha", make_date(2026, 9, 1));
        person("Cat", "ben", nov(16));                      // new in the week
        person("Dan", "asha", nov(22), "introduction");    // an introduction, on the last day
        person("Eve", "ben", make_date(2026, 8, 1));
        person("Fay", "asha", make_date(2026, 9, 1));      // never seen
        person("Gus", "asha", make_date(2026, 9, 1));      // last seen 29 days before the 22nd
        person("Hal", "asha", make_date(2026, 9, 1));      // last seen 28 days before: not stale
        person("Ivy", "ben", nov(23));                      // opened after the week

        talk("Ann", nov(15), 10);          // the Sunday before: outside
        talk("Ann", nov(16), 30);          // asha, inside
        talk("Ann", nov(22), 20, "cara");  // covering coordinator, inside, last day
        talk("Ann", nov(23), 15);          // the Monday after: outside
        talk("Bob", nov(17), 40);          // asha: before the transfer
        lac::transfer_person(s(), "Bob", "ben", nov(18));
        talk("Bob", nov(19), 50);          // ben
        talk("Gus", make_date(2026, 10, 24), 10);
        talk("Hal", make_date(2026, 10, 25), 10);

        lac::add_goal(s(), {"Bob", "Back to the allotment", "leisure", nov(17)});  // asha
        lac::add_goal(s(), {"Bob", "A part-time job", "work", nov(19)});           // ben
        lac::add_goal(s(), {"Eve", "Sing again", "community", make_date(2026, 9, 1)});
        lac::set_goal_status(s(), "G3", "achieved", nov(20), "");                 // ben
        lac::close_person(s(), "Eve", "goals-met", nov(20));                       // ben
        lac::connect(s(), {"Bob", "", "", "brother Joe", nov(20)});                // ben
        lac::connect(s(), {"Ann", "", "", "neighbour", nov(23)});                  // outside

        lac::contribute(s(), {"Ann", "1.5", "Baked for the fair", "", nov(22)});   // asha
        lac::contribute(s(), {"Bob", "2", "Fixed bikes", "", nov(18)});            // ben, transfer day
        lac::contribute(s(), {"Ann", "3", "Outside", "", nov(23)});

        avoid("Ann", "residential-care", "2", nov(16));  // asha 1,076
        avoid("Bob", "eviction", "1", nov(17));          // asha 6,680
        avoid("Bob", "ae-attendance", "1", nov(21));     // ben 109
        avoid("Ann", "eviction", "1", nov(15));          // outside
    }

    void add_coordinator(const std::string& handle, const std::string& team) {
        lac::CoordinatorFields f;
        f.name = handle;
        f.team = team;
        lac::add_coordinator(s(), handle, f);
    }
    void person(const std::string& name, const std::string& coordinator, lac::Date opened,
                const std::string& support = "walking-alongside") {
        lac::PersonFields f;
        f.name = name;
        f.opened_on = opened;
        f.support = support;
        lac::add_person(s(), f, coordinator);
    }
    void talk(const std::string& who, lac::Date on, int minutes, const std::string& by = "") {
        lac::ConversationFields f{who, on};
        f.minutes = std::to_string(minutes);
        f.by = by;
        lac::log_conversation(s(), f);
    }
    void avoid(const std::string& who, const std::string& type, const std::string& quantity, lac::Date on) {
        lac::record_avoided(s(), {who, type, quantity, "likely", on});
    }
    lac::Summary summary(const std::string& team) {
        return lac::compute_summary(s(), lac::summary_period("2026-W47", std::nullopt, std::nullopt, nov(23)), team,
                                    true);
    }
};

void check_keys(const lac::SummaryKeys& k, std::vector<double> expected) {
    const auto& names = lac::summary_key_names();
    REQUIRE(expected.size() == names.size());
    for (std::size_t i = 0; i < names.size(); ++i)
        CHECK_MESSAGE(std::stod(lac::summary_cell(k, names[i]).text) == doctest::Approx(expected[i]), names[i]);
}

const lac::SummaryKeys& of(const lac::Summary& s, const std::string& handle) {
    for (const auto& c : s.coordinators)
        if (c.coordinator.handle == handle) return c.keys;
    FAIL("no coordinator " << handle);
    throw 0;
}

}  // namespace

TEST_CASE("every summary key, for every coordinator and the team, across a week boundary") {
    Week w;
    auto north = w.summary("North");
    REQUIRE(north.coordinators.size() == 2);
    //                      caseload cap_min cap_max new intro closed talks minutes seen not_seen
    //                      goals_set achieved connections hours avoided value
    check_keys(of(north, "asha"), {4, 50, 60, 0, 1, 0, 2, 70, 2, 2, 1, 0, 0, 1.5, 2, 7756});
    check_keys(of(north, "ben"), {2, 50, 60, 1, 0, 1, 1, 50, 1, 0, 1, 1, 1, 2, 1, 109});
    // Over the team: Bob, seen by asha and by ben, is one person seen; cara's talk is South's.
    check_keys(north.team_keys, {6, 100, 120, 1, 1, 1, 3, 120, 2, 2, 2, 1, 1, 3.5, 3, 7865});
    REQUIRE(north.avoided_by_budget.size() == 3);
    CHECK(north.avoided_by_budget[0].budget == "housing");
    CHECK(north.avoided_by_budget[0].value == 6680);
    CHECK(north.avoided_by_budget[1].budget == "adult social care");
    CHECK(north.avoided_by_budget[2].count == 1);

    auto everyone = w.summary("");
    REQUIRE(everyone.coordinators.size() == 3);
    check_keys(of(everyone, "cara"), {0, 50, 60, 0, 0, 0, 1, 20, 1, 0, 0, 0, 0, 0, 0, 0});
    // Ann, seen by asha and by cara, is still one person.
    check_keys(everyone.team_keys, {6, 150, 180, 1, 1, 1, 4, 140, 2, 2, 2, 1, 1, 3.5, 3, 7865});

    REQUIRE(north.recent_weeks.size() == 12);
    CHECK(lac::to_string(north.recent_weeks.back().week) == "2026-W47");
    CHECK(north.recent_weeks.back().conversations == 3);
    CHECK(north.recent_weeks.back().connections_made == 1);
    CHECK(north.recent_weeks[10].conversations == 1);  // Ann's Sunday before, in W46
}

TEST_CASE("the period: ISO week, from/to, or the current week") {
    auto p = lac::summary_period("", std::nullopt, std::nullopt, nov(25));
    CHECK(p.from == nov(23));
    CHECK(p.to == nov(29));
    CHECK(lac::to_string(*p.week) == "2026-W48");
    auto range = lac::summary_period("", nov(1), nov(10), nov(25));
    CHECK_FALSE(range.week);
    CHECK(lac::summary_period("", nov(1), std::nullopt, nov(25)).to == nov(25));
    CHECK_THROWS_AS(lac::summary_period("", nov(10), nov(1), nov(25)), lac::DataError);
    CHECK_THROWS_AS(lac::summary_period("2026-W47", nov(1), std::nullopt, nov(25)), lac::UsageError);
    CHECK_THROWS_AS(lac::summary_period("2026-W60", std::nullopt, std::nullopt, nov(25)), lac::DataError);
}

TEST_CASE("the renderers lay out the same numbers") {
    Week w;
    auto s = w.summary("North");
    auto j = lac::summary_json(s);
    CHECK(j["week"] == "2026-W47");
    CHECK(j["team"]["people_seen"] == 2);
    CHECK(j["coordinators"][0]["handle"] == "asha");
    CHECK(j["coordinators"][1]["avoided_value"] == 109.0);
    CHECK(j["avoided_by_budget"][0]["budget"] == "housing");
    auto rows = lac::summary_rows(s);
    CHECK(rows.rows.size() == 3);
    CHECK(rows.rows.back()[0].text == "TEAM");
    std::ostringstream html;
    lac::write_summary_html(html, s);
    CHECK(html.str().find("<script") == std::string::npos);
    CHECK(html.str().find("src=") == std::string::npos);
    CHECK(html.str().find("<svg") != std::string::npos);
    CHECK(html.str().find("£6,680.00") != std::string::npos);
}

TEST_CASE("every key shown has a label in words and belongs to one group") {
    std::set<std::string> titles;
    std::size_t shown = 0;
    for (const auto& group : lac::summary_groups()) {
        CHECK(titles.insert(group.title).second);
        for (const auto* key : group.keys) {
            CHECK_MESSAGE(std::string(key->label).find('_') == std::string::npos, key->name);
            CHECK(std::string(key->group) == group.title);
        }
        shown += group.keys.size();
    }
    CHECK(titles.size() == 3);
    CHECK(shown == lac::summary_keys().size() - 1);  // capacity_max shows in the band
    CHECK(std::string(lac::summary_key("conversation_minutes").label) == "conversation minutes");
}

TEST_CASE("md and html: coordinators in rows, keys in words, and a range headed as a period") {
    Week w;
    auto week = w.summary("North");
    std::ostringstream md;
    lac::write_summary_markdown(md, week);
    CHECK(md.str().find("## Week 2026-W47 (2026-11-16 to 2026-11-22), team North\n") == 0);
    CHECK(md.str().find("### Caseload and people\n\n"
                        "| coordinator | caseload | capacity band | new people | introductions | people closed | "
                        "not seen lately |\n"
                        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n"
                        "| asha | 4 under | 50–60 | 0 | 1 | 0 | 2 |\n"
                        "| ben | 2 under | 50–60 | 1 | 0 | 1 | 0 |\n"
                        "| TEAM | 6 under | 100–120 | 1 | 1 | 1 | 2 |\n") != std::string::npos);
    CHECK(md.str().find("| ben | 1 | 50 | 1 | 1 | 1 | 1 |\n") != std::string::npos);
    CHECK(md.str().find("| TEAM | 3.5 | 3 | £7,865.00 |\n") != std::string::npos);
    CHECK(md.str().find("conversation\\_minutes") == std::string::npos);

    std::ostringstream html;
    lac::write_summary_html(html, week);
    const std::string page = html.str();
    CHECK(page.find("weekly summary</h1>") != std::string::npos);
    CHECK(page.find("<h2>The week in numbers</h2>") != std::string::npos);
    CHECK(page.find("<th scope=\"col\">conversation minutes</th>") != std::string::npos);
    CHECK(page.find("conversation_minutes") == std::string::npos);
    // A row per coordinator in each of the three tables, then the team's.
    auto count = [&](const std::string& needle) {
        int n = 0;
        for (auto at = page.find(needle); at != std::string::npos; at = page.find(needle, at + 1)) ++n;
        return n;
    };
    CHECK(count("<tr><th scope=\"row\">asha</th>") == 3);
    CHECK(count("<tr class=\"team\"><th scope=\"row\">TEAM</th>") == 3);
    CHECK(page.find("<tr><th scope=\"row\">asha</th><td class=\"under\">4 under</td><td>50–60</td>") !=
          std::string::npos);

    auto month = lac::compute_summary(w.s(), lac::summary_period("", nov(1), nov(30), nov(23)), "North", true);
    std::ostringstream range;
    lac::write_summary_html(range, month);
    CHECK(range.str().find("<p class=\"sub\">Period 2026-11-01 to 2026-11-30 (30 days), team North</p>") !=
          std::string::npos);
    CHECK(range.str().find("summary of a period</h1>") != std::string::npos);
    CHECK(range.str().find("<h2>The period in numbers</h2>") != std::string::npos);
    CHECK(range.str().find("weekly summary") == std::string::npos);
    CHECK(range.str().find("The week") == std::string::npos);
    CHECK(range.str().find("<h2>The 12 weeks to 2026-W49</h2>") != std::string::npos);
}

TEST_CASE("an unknown summary key is a bug, not an empty cell") {
    lac::SummaryKeys k;
    CHECK_THROWS_AS(lac::summary_cell(k, "no_such_key"), lac::Error);
    CHECK(lac::summary_cell(k, "caseload").text == "0");
}

TEST_CASE("a team's people open on a day follow a transfer to another team, as the programme's do") {
    Week before, after;
    lac::transfer_person(after.s(), "Ann", "cara", nov(20));  // from asha's North to cara's South
    auto week = [](Week& w, const std::string& team, const char* iso) {
        return lac::compute_summary(w.s(), lac::summary_period(iso, std::nullopt, std::nullopt, nov(23)), team, false);
    };
    int north = week(before, "North", "2026-W47").team_keys.caseload;
    int south = week(before, "South", "2026-W47").team_keys.caseload;
    CHECK(week(after, "North", "2026-W47").team_keys.caseload == north - 1);
    CHECK(week(after, "South", "2026-W47").team_keys.caseload == south + 1);
    CHECK(of(week(after, "South", "2026-W47"), "cara").caseload == south + 1);
    CHECK(week(after, "", "2026-W47").team_keys.caseload == week(before, "", "2026-W47").team_keys.caseload);
    // The week before the transfer, Ann was North's.
    CHECK(week(after, "North", "2026-W46").team_keys.caseload == week(before, "North", "2026-W46").team_keys.caseload);
    CHECK(week(after, "South", "2026-W46").team_keys.caseload == 0);
}
