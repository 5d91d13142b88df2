#pragma once
// Records as tables and JSON: the stable column names scripts rely on.
#include <vector>

#include <nlohmann/json.hpp>

#include "lac/domain/assets.hpp"
#include "lac/domain/caseload.hpp"
#include "lac/domain/people.hpp"
#include "lac/util/table.hpp"
#include "lac/domain/team.hpp"

namespace lac {

Table coordinators_table(const std::vector<CoordinatorRow>& rows);
Table people_table(const std::vector<Person>& people);
// One row per person across every group, with the coordinator's handle.
Table caseload_table(const Caseload& caseload);
Table goals_table(const std::vector<Goal>& goals);
Table assets_table(const std::vector<Asset>& assets);
Table connections_table(const std::vector<Connection>& connections);

nlohmann::ordered_json person_json(const PersonRecord& record);
nlohmann::ordered_json asset_json(const AssetRecord& record);

// What a connection is to, in words: "A3 Library choir", "P7 Tom (peer)", "daughter Sarah".
std::string connection_target(const Connection& k);

Cell date_cell(std::optional<Date> d);
Cell text_or_null(const std::string& s);

}  // namespace lac
