#pragma once
// Teams' co-production self-assessments (lac reflect).
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "lac/util/date.hpp"

namespace lac {
class Db;

struct Reflection {
    int64_t id = 0;
    std::string team;
    Date on;
    std::string note;
    std::vector<std::pair<std::string, int>> scores;  // principle, score; in the order given
};

namespace store {

int64_t insert_reflection(Db& db, const Reflection& reflection);
// A team's (or every team's, when `team` is empty), by team, then oldest first.
std::vector<Reflection> list_reflections(Db& db, const std::string& team);

}  // namespace store
}  // namespace lac
