// Who is due a contact (lib/lac/domain/due), and the next contact that lac log sets.
#include <doctest/doctest.h>

#include "lac/domain/caseload.hpp"
#include "lac/domain/conversations.hpp"
#include "lac/domain/due.hpp"
#include "lac/domain/people.hpp"
#include "lac/report/views.hpp"
#include "lac/store/people.hpp"
#include "lac/util/errors.hpp"
#include "test_helpers.hpp"

using lac::make_date;

namespace {

lac::ConversationFields talk(const std::string& who, lac::Date on, std::optional<lac::Date> next = std::nullopt) {
    lac::ConversationFields f{who, on};
    f.next = next;
    return f;
}

std::vector<std::string> names(const lac::Due& due) {
    std::vector<std::string> out;
    for (const auto& e : due.people) out.push_back(e.person.name);
    return out;
}

}  // namespace

TEST_CASE("lac due: next contacts come and people about to go unseen, most overdue first") {
    TwoCoordinators t;  // today is 2026-11-23; not seen after 28 days
    for (const char* name : {"Planned", "Met", "Later", "Soon", "Stale", "Fresh", "Never"})
        lac::add_person(t.s(), person_fields(name, make_date(2026, 9, 1)), "asha");
    auto intro = person_fields("Intro", make_date(2026, 9, 1));
    intro.support = "introduction";
    lac::add_person(t.s(), intro, "asha");
    lac::add_person(t.s(), person_fields("Bens", make_date(2026, 9, 1)), "ben");

    // lac log --next is checked against today by the command; here the days are set as
    // they were on the day of the conversation.
    lac::log_conversation(t.s(), talk("Planned", make_date(2026, 11, 10), make_date(2026, 11, 20)));
    lac::log_conversation(t.s(), talk("Met", make_date(2026, 11, 10), make_date(2026, 11, 20)));
    lac::log_conversation(t.s(), talk("Met", make_date(2026, 11, 20)));  // held on the day: met
    lac::log_conversation(t.s(), talk("Later", make_date(2026, 11, 20), make_date(2026, 12, 1)));
    lac::log_conversation(t.s(), talk("Soon", make_date(2026, 10, 30)));   // unseen from 2026-11-28
    lac::log_conversation(t.s(), talk("Stale", make_date(2026, 10, 20)));  // unseen from 2026-11-18
    lac::log_conversation(t.s(), talk("Fresh", make_date(2026, 11, 22)));
    lac::log_conversation(t.s(), talk("Intro", make_date(2026, 11, 1), make_date(2026, 11, 23)));
    lac::log_conversation(t.s(), talk("Bens", make_date(2026, 11, 1), make_date(2026, 11, 2)));

    auto due = lac::compute_due(t.s(), {});
    CHECK(due.coordinator.handle == "asha");
    CHECK(due.within == lac::default_due_within);
    // Never (never seen, opened 2026-09-01): unseen from 2026-09-30; Stale from 2026-11-18; Planned's day 2026-11-20;
    // Intro's today; Soon's to come. Met, Later (planned for later) and Fresh are not due.
    CHECK(names(due) == std::vector<std::string>{"Never", "Stale", "Planned", "Intro", "Soon"});
    CHECK(due.people[0].days_overdue == 54);
    CHECK(lac::due_reason(due.people[0], due.as_of) == "no contact since opening, 83 days ago");
    CHECK(lac::due_reason(due.people[1], due.as_of) == "no contact for 34 days");
    CHECK(lac::due_reason(due.people[2], due.as_of) == "next contact set for 2026-11-20");
    CHECK(due.people[3].days_overdue == 0);
    CHECK(due.people[4].days_overdue == -5);
    CHECK(lac::due_reason(due.people[4], due.as_of) == "no contact for 24 days; not seen from 2026-11-28");

    lac::DueQuery narrow;
    narrow.within = "3";
    CHECK(names(lac::compute_due(t.s(), narrow)) == std::vector<std::string>{"Never", "Stale", "Planned", "Intro"});
    narrow.within = "0";
    CHECK(lac::compute_due(t.s(), narrow).people.size() == 4);

    lac::DueQuery ben;
    ben.coordinator = "ben";
    CHECK(names(lac::compute_due(t.s(), ben)) == std::vector<std::string>{"Bens"});

    auto table = lac::due_table(due);
    CHECK(table.columns.back() == "reason");
    CHECK(table.rows.size() == 5);
}

TEST_CASE("lac due: both reasons on one row, the earlier day first; a tie by reference") {
    TwoCoordinators t;
    for (const char* name : {"Twin B", "Both", "Twin A"}) lac::add_person(t.s(), person_fields(name, make_date(2026, 9, 1)), "asha");
    lac::log_conversation(t.s(), talk("Both", make_date(2026, 10, 1), make_date(2026, 10, 15)));
    lac::log_conversation(t.s(), talk("Twin A", make_date(2026, 9, 15)));
    lac::log_conversation(t.s(), talk("Twin B", make_date(2026, 9, 15)));
    auto due = lac::compute_due(t.s(), {});
    CHECK(names(due) == std::vector<std::string>{"Twin B", "Twin A", "Both"});
    CHECK(due.people[2].due_on == make_date(2026, 10, 15));
    CHECK(lac::due_reason(due.people[2], due.as_of) == "next contact set for 2026-10-15; no contact for 53 days");
}

TEST_CASE("a closed person is not due, and closing clears the next contact") {
    TwoCoordinators t;
    lac::add_person(t.s(), person_fields("Joan", make_date(2026, 9, 1)), "asha");
    lac::log_conversation(t.s(), talk("Joan", make_date(2026, 11, 1), make_date(2026, 11, 20)));
    CHECK(lac::compute_due(t.s(), {}).people.size() == 1);
    int before = audit_rows(*t.db);
    lac::close_person(t.s(), "Joan", "moved", make_date(2026, 11, 22));
    CHECK(first_value(*t.db, "SELECT next_on FROM person").isNull());
    CHECK(first_value(*t.db, "SELECT detail FROM audit ORDER BY id DESC LIMIT 1").getString() ==
          "reason=moved on=2026-11-22 next_on=2026-11-20 cleared");
    CHECK(audit_rows(*t.db) == before + 1);
    CHECK(lac::compute_due(t.s(), {}).people.empty());

    // A closed person cannot be given one, by lac log (a conversation before the closing) or by an edit.
    int conversations = first_value(*t.db, "SELECT count(*) FROM conversation").getInt();
    CHECK_THROWS_WITH_AS(lac::log_conversation(t.s(), talk("P1", make_date(2026, 11, 21), make_date(2026, 12, 1))),
                         "P1 is closed, so no contact is due; 'lac person reopen P1' first", lac::DataError);
    CHECK(first_value(*t.db, "SELECT count(*) FROM conversation").getInt() == conversations);
    lac::PersonFields next;
    next.next_on = make_date(2026, 12, 1);
    CHECK_THROWS_AS(lac::edit_person(t.s(), "P1", next), lac::DataError);
    CHECK(first_value(*t.db, "SELECT next_on FROM person").isNull());
    lac::reopen_person(t.s(), "P1");
    lac::edit_person(t.s(), "P1", next);
    CHECK(lac::store::person_by_id(*t.db, 1)->next_on == make_date(2026, 12, 1));
    next.next_on = std::optional<lac::Date>();  // '' clears it
    lac::edit_person(t.s(), "P1", next);
    CHECK_FALSE(lac::store::person_by_id(*t.db, 1)->next_on);
}

TEST_CASE("lac log --next sets the next contact in the conversation's transaction, audited") {
    TwoCoordinators t;
    lac::add_person(t.s(), person_fields("Joan", make_date(2026, 9, 1)), "asha");
    int before = audit_rows(*t.db);
    lac::log_conversation(t.s(), talk("Joan", make_date(2026, 11, 23), make_date(2026, 12, 7)));
    CHECK(lac::store::person_by_id(*t.db, 1)->next_on == make_date(2026, 12, 7));
    CHECK(audit_rows(*t.db) == before + 2);
    CHECK(first_value(*t.db, "SELECT action || ' ' || ref || ' ' || detail FROM audit ORDER BY id DESC LIMIT 1")
              .getString() == "edit P1 next_on");
    // Without --next the date stays; the caseload shows it while it is still to be held.
    lac::log_conversation(t.s(), talk("Joan", make_date(2026, 11, 23)));
    CHECK(lac::store::person_by_id(*t.db, 1)->next_on == make_date(2026, 12, 7));
    auto caseload = lac::compute_caseload(t.s(), {});
    CHECK(caseload.groups[0].people[0].next_on == make_date(2026, 12, 7));
    CHECK(lac::pending_next(make_date(2026, 12, 7), make_date(2026, 12, 7)) == std::nullopt);
    CHECK(lac::pending_next(make_date(2026, 12, 7), make_date(2026, 12, 6)) == make_date(2026, 12, 7));
}

TEST_CASE("lac due's errors: --within, an unknown coordinator, an acting user who is not one") {
    TwoCoordinators t;
    lac::DueQuery q;
    for (const char* bad : {"-1", "366", "a week", ""}) {
        q.within = bad;
        CHECK_THROWS_WITH_AS(lac::compute_due(t.s(), q), doctest::Contains("--within (days ahead) must be a whole number from 0 to 365"),
                             lac::DataError);
    }
    lac::DueQuery who;
    who.coordinator = "zed";
    CHECK_THROWS_WITH_AS(lac::compute_due(t.s(), who), doctest::Contains("there is no coordinator 'zed'"), lac::DataError);
    t.db->set_actor("lead", "test");
    CHECK_THROWS_WITH_AS(lac::compute_due(t.s(), {}),
                         "you ('lead') are not a coordinator here; pass --coordinator HANDLE", lac::DataError);
}
