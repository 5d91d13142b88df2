#pragma once
// Records as tables and JSON: the stable column names scripts rely on.
#include <vector>

#include <nlohmann/json.hpp>

#include "lac/caseload.hpp"
#include "lac/people.hpp"
#include "lac/table.hpp"
#include "lac/team.hpp"

namespace lac {

Table coordinators_table(const std::vector<CoordinatorRow>& rows);
Table people_table(const std::vector<Person>& people);
// One row per person across every group, with the coordinator's handle.
Table caseload_table(const Caseload& caseload);
nlohmann::ordered_json person_json(const PersonRecord& record);

}  // namespace lac
