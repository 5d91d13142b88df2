#pragma once
#include <optional>
#include <utility>
#include <vector>

#include "lac/records.hpp"

namespace lac {
class Db;

namespace store {

// The coordinator's active people walked alongside, each with their last conversation
// on or before `as_of`.
std::vector<std::pair<Person, std::optional<Date>>> caseload_people(Db& db, int64_t coordinator_id, Date as_of);

}  // namespace store
}  // namespace lac
