#pragma once
#include <optional>
#include <string>
#include <vector>
#include <utility>

#include "lac/store/name_parts.hpp"
#include "lac/store/records.hpp"

namespace lac {
class Db;

namespace store {

// Adds the person with their first assignment: to person.coordinator_id, from their opening
// date. Returns the person's id.
int64_t insert_person(Db& db, const Person& person);
void update_person(Db& db, const Person& person);  // every field but id and coordinator
void set_next_on(Db& db, int64_t person_id, Date next_on);
std::optional<Person> person_by_id(Db& db, int64_t id);
// Whether the database holds any coordinator, person or community asset.
bool holds_records(Db& db);
// How many records of each kind the database holds, by table, in the order their records
// depend on each other (coordinators first, then assets, people, ...).
std::vector<std::pair<std::string, long long>> record_counts(Db& db);

// Where a name is looked for: one coordinator's active people, the active people of a
// team's coordinators, or everyone (closed people too; never the forgotten, who have no name).
struct NameScope {
    enum Level { own, team_of, everyone } level = everyone;
    int64_t coordinator_id = 0;  // own
    std::string team;            // team_of, as lac coordinator list --team matches it
};

// Up to 50 people in `scope` whose folded name matches `key` as `match` says, by name.
std::vector<Person> people_named(Db& db, const std::string& key, Match match = Match::name,
                                 const NameScope& scope = {});

struct PeopleFilter {
    std::optional<int64_t> coordinator_id;
    std::string status;  // empty: any
    std::string area;    // empty: any
};
std::vector<Person> list_people(Db& db, const PeopleFilter& filter);

// Assignment history: the person's coordinator on a day is the latest assignment that
// began on or before it. A transfer ends the current assignment on `day`, starts one with
// `coordinator_id` from it, and makes that coordinator the person's current one.
void transfer_person(Db& db, int64_t person_id, int64_t coordinator_id, Date day);
// Moves the start of the first assignment (when the opening date is corrected).
void move_first_assignment(Db& db, int64_t person_id, Date from);
// The first and last days of anything recorded about the person (conversations, goals and
// their notes, connections and their changes, contributions, avoided crises).
struct EventSpan {
    std::optional<Date> first, last;
};
EventSpan event_span(Db& db, int64_t person_id);
std::vector<Assignment> assignments_of(Db& db, int64_t person_id);
std::optional<int64_t> coordinator_on(Db& db, int64_t person_id, Date day);

}  // namespace store
}  // namespace lac
