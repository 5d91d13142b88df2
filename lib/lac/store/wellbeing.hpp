#pragma once
// Wellbeing check-ins.
#include <optional>
#include <vector>

#include "lac/store/giving.hpp"
#include "lac/store/records.hpp"

namespace lac {
class Db;

namespace store {

int64_t insert_wellbeing(Db& db, const Wellbeing& wellbeing);  // keeps wellbeing.id when it is above 0
void update_wellbeing(Db& db, const Wellbeing& wellbeing);
void delete_wellbeing(Db& db, int64_t id);
// Empty when there is none, or its person was forgotten.
std::optional<Wellbeing> wellbeing_by_id(Db& db, int64_t id);
// The filter's person and period (its asset does not apply).
std::vector<Wellbeing> list_wellbeing(Db& db, const GivingFilter& filter);
bool wellbeing_exists(Db& db, const Wellbeing& wellbeing);

}  // namespace store
}  // namespace lac
