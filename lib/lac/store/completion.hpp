#pragma once
// The words a shell's tab completion offers from the database (lac-completion(1)): each
// query reads one index, so that a keystroke costs the same on the national programme
// as on one team.
#include <cstdint>
#include <string>
#include <vector>

namespace lac {
class Db;

namespace store {

// Active coordinators' handles that start with `start`, in order (coordinator's UNIQUE handle).
std::vector<std::string> handles_starting(Db& db, const std::string& start);
// The teams of active coordinators that start with `start`, in order (coordinator_team).
std::vector<std::string> teams_starting(Db& db, const std::string& start);
// The names of assets on the map whose folded name starts with `key`, a folded start,
// by name (asset_name_key); at most `limit`.
std::vector<std::string> asset_names_starting(Db& db, const std::string& key, int limit);

// One coordinator's active people, by name (person_caseload).
struct NamedPerson {
    int64_t id = 0;
    std::string name, name_key;
};
std::vector<NamedPerson> active_people_of(Db& db, const std::string& handle);

}  // namespace store
}  // namespace lac
