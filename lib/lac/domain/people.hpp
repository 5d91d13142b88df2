#pragma once
// People: adding, finding, editing, closing, reopening and transferring them.
#include <optional>
#include <string>
#include <vector>

#include "lac/store/records.hpp"
#include "lac/store/rights.hpp"
#include "lac/domain/session.hpp"
#include "lac/domain/validate.hpp"

namespace lac {

// Finds a person from what someone typed: P12, 12, a name, or a unique name prefix
// (case-insensitive). An ambiguous name is a DataError listing the candidates.
// A forgotten person (lac person forget) is a DataError "P12 was forgotten on DATE".
Person find_person(Session& s, std::string_view text);
// The same, but a forgotten person named by reference is returned as their tombstone: for
// person show, which tells when they were forgotten.
Person find_person_or_tombstone(Session& s, std::string_view text);
// Throws DataError "P12 was forgotten on DATE" when they were.
void check_not_forgotten(const Person& p);

struct PersonFields {
    std::optional<std::string> name, area, source, support, gifts;
    std::optional<std::string> birth_year;  // a year, or "" to clear it
    std::optional<Date> opened_on;
    // The next contact meant; a given none clears it. It is not checked against today here:
    // a command reads it with parse_future_date, which refuses a day gone, while an import
    // moves a record's date as it was.
    std::optional<std::optional<Date>> next_on;
};

// A new person before their fields are checked: active from today, come by themselves
// (source self) and walked alongside.
Person new_person(const Session& s);
// The one check of a person's fields (their limits: lengths, lists, years, dates), for the
// commands and the importer: sets each given field on `p`, returning the names of those given.
std::vector<std::string> check_person_fields(const Session& s, Person& p, const PersonFields& fields, Naming naming);

// A next contact (p.next_on, when set) fits the person: not for someone closed or
// forgotten (no one is due to them), not before their opening.
void check_next_on(const Person& p, Naming naming);

// Adds a person with `coordinator` (the acting coordinator when empty) walking alongside
// them from the opening date; source defaults to self, support to walking-alongside.
Person add_person(Session& s, const PersonFields& fields, const std::string& coordinator);
// Other people with the same name (folded), so a coordinator can be told of a namesake.
std::vector<Person> namesakes(Session& s, const Person& person);
Person edit_person(Session& s, std::string_view who, const PersonFields& fields);
Person close_person(Session& s, std::string_view who, const std::string& reason, std::optional<Date> on);
Person reopen_person(Session& s, std::string_view who);
// Ends the current assignment on `on` (today by default) and starts one with `to`.
Person transfer_person(Session& s, std::string_view who, const std::string& to, std::optional<Date> on);

// Checks that an event about `p` on `day` falls while they were open, and not in the future.
void check_event_date(const Person& p, Date day, Date today, std::string_view what);

struct PeopleQuery {
    std::string coordinator;  // handle, or empty
    std::string status;       // active, closed, or empty
    std::string area;
};
std::vector<Person> list_people(Session& s, const PeopleQuery& query);

struct PersonRecord {
    Person person;
    std::vector<Assignment> history;
    std::vector<Conversation> recent;  // newest first
    int conversation_count = 0;
    std::vector<Goal> goals;           // with their dated notes
    std::vector<Connection> connections;
    std::vector<Contribution> contributions;
    std::vector<Avoided> avoided;
    std::vector<Wellbeing> wellbeing;  // oldest first
    store::RecordCounts kept;  // for a forgotten person: how many records their tombstone holds
};
// `recent_limit` 0 gives every conversation. A forgotten person, named by reference, gives
// their tombstone (person.forgotten_on is set).
PersonRecord person_record(Session& s, std::string_view who, int recent_limit);

}  // namespace lac
