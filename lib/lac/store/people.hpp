#pragma once
#include <optional>
#include <string>
#include <vector>

#include "lac/store/records.hpp"

namespace lac {
class Db;

namespace store {

int64_t insert_person(Db& db, const Person& person);
void update_person(Db& db, const Person& person);  // every field but id and coordinator
std::optional<Person> person_by_id(Db& db, int64_t id);
// Whether the database holds any coordinator, person or community asset.
bool holds_records(Db& db);

// People whose folded name equals `key`, or starts with it when `prefix` is set.
std::vector<Person> people_named(Db& db, const std::string& key, bool prefix);

struct PeopleFilter {
    std::optional<int64_t> coordinator_id;
    std::string status;  // empty: any
    std::string area;    // empty: any
};
std::vector<Person> list_people(Db& db, const PeopleFilter& filter);

// Assignment history: the person's coordinator on a day is the latest assignment that
// began on or before it; a transfer closes the current one.
void start_assignment(Db& db, int64_t person_id, int64_t coordinator_id, Date from);
void end_current_assignment(Db& db, int64_t person_id, Date to);
void set_current_coordinator(Db& db, int64_t person_id, int64_t coordinator_id);
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
