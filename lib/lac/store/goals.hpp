#pragma once
#include <optional>
#include <string>
#include <vector>

#include "lac/store/records.hpp"

namespace lac {
class Db;

namespace store {

int64_t insert_goal(Db& db, const Goal& goal);
void set_goal_status(Db& db, int64_t goal_id, const std::string& status, std::optional<Date> closed_on);
// Rewrites the goal's words and life area.
void update_goal_words(Db& db, int64_t goal_id, const std::string& text, const std::string& area);
void insert_goal_note(Db& db, int64_t goal_id, const GoalNote& note);
std::optional<Goal> goal_by_id(Db& db, int64_t id);
// Goals of one person (or everyone's when person_id is empty), oldest first, with notes
// when `with_notes` is set; a forgotten person's too with `forgotten_too` (a timeline).
std::vector<Goal> list_goals(Db& db, std::optional<int64_t> person_id, const std::string& status, bool with_notes,
                             bool forgotten_too = false);

}  // namespace store
}  // namespace lac
