#pragma once
// Contributions (what people give) and avoided crises (what did not happen).
#include <optional>
#include <vector>

#include "lac/store/records.hpp"

namespace lac {
class Db;

namespace store {

// Which contributions or avoided crises to list; the asset applies to contributions only.
struct GivingFilter {
    std::optional<int64_t> person_id, asset_id;
    std::optional<Date> from, to;  // inclusive
    int limit = 0;                 // 0: all
    bool newest_first = false;
};

int64_t insert_contribution(Db& db, const Contribution& contribution);
void update_contribution(Db& db, const Contribution& contribution);
void delete_contribution(Db& db, int64_t id);
// Empty when there is none, or its person was forgotten.
std::optional<Contribution> contribution_by_id(Db& db, int64_t id);
std::vector<Contribution> list_contributions(Db& db, const GivingFilter& filter);
// Oldest first.
std::vector<Contribution> contributions_of(Db& db, std::optional<int64_t> person_id, std::optional<int64_t> asset_id);

int64_t insert_avoided(Db& db, const Avoided& avoided);
void update_avoided(Db& db, const Avoided& avoided);
void delete_avoided(Db& db, int64_t id);
// Empty when there is none, or its person was forgotten.
std::optional<Avoided> avoided_by_id(Db& db, int64_t id);
std::vector<Avoided> list_avoided(Db& db, const GivingFilter& filter);
// Oldest first.
std::vector<Avoided> avoided_of(Db& db, int64_t person_id);

}  // namespace store
}  // namespace lac
