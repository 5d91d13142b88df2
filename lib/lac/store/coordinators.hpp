#pragma once
#include <optional>
#include <string>
#include <vector>

#include "lac/store/records.hpp"

namespace lac {
class Db;

namespace store {

int64_t insert_coordinator(Db& db, const Coordinator& coordinator);
void update_coordinator(Db& db, const Coordinator& coordinator);
std::optional<Coordinator> find_coordinator(Db& db, const std::string& handle);
std::optional<Coordinator> coordinator_by_id(Db& db, int64_t id);
// All coordinators, by handle; `team` empty means every team.
std::vector<Coordinator> list_coordinators(Db& db, const std::string& team, bool include_retired);
// How the coordinators' records spell a team matched without regard to case ("northfield"
// finds "Northfield"): the spelling most of them have; nullopt when none is in it.
std::optional<std::string> team_spelling(Db& db, const std::string& team);
// How many active people each coordinator holds now, by support level.
struct Holding {
    int walking_alongside = 0;
    int introductions = 0;
};
Holding holding_of(Db& db, int64_t coordinator_id);

}  // namespace store
}  // namespace lac
