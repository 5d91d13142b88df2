#pragma once
#include <optional>
#include <utility>
#include <vector>

#include "lac/store/records.hpp"

namespace lac {
class Db;

namespace store {

struct CaseloadRow {
    Person person;
    std::optional<Date> last_contact;  // on or before as_of
    int active_goals = 0;
    int connections = 0;
};
// The coordinator's active people walked alongside, opened on or before `as_of`.
std::vector<CaseloadRow> caseload_people(Db& db, int64_t coordinator_id, Date as_of);

struct DueRow {
    Person person;  // id, name, support, opened_on, next_on
    std::optional<Date> last_contact;  // on or before as_of
};
// The coordinator's active people opened on or before `as_of` who may be due: those walked
// alongside, and any with a next contact; in no set order.
std::vector<DueRow> due_people(Db& db, int64_t coordinator_id, Date as_of);

}  // namespace store
}  // namespace lac
