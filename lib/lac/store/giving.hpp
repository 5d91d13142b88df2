#pragma once
// Contributions (what people give) and avoided crises (what did not happen).
#include <optional>
#include <vector>

#include "lac/store/records.hpp"

namespace lac {
class Db;

namespace store {

int64_t insert_contribution(Db& db, const Contribution& contribution);
std::vector<Contribution> contributions_of(Db& db, std::optional<int64_t> person_id, std::optional<int64_t> asset_id);

int64_t insert_avoided(Db& db, const Avoided& avoided);
std::vector<Avoided> avoided_of(Db& db, int64_t person_id);

}  // namespace store
}  // namespace lac
