#pragma once
// Good life goals, in the person's own words, with dated progress and status changes.
#include <optional>
#include <string>
#include <vector>

#include "lac/domain/corrections.hpp"
#include "lac/store/records.hpp"
#include "lac/domain/session.hpp"
#include "lac/domain/validate.hpp"

namespace lac {

struct GoalFields {
    std::string person;     // as typed
    std::string text;       // their own words
    std::string area;       // a life area; "other" when empty
    std::optional<Date> on; // today when not given
};

// The one check of a new goal's own fields, for the command and the importer: its text (not
// empty), its life area ("other", or the site's last area if it has no "other") and its date
// (today when not given). Its person and status are the caller's.
Goal check_goal_fields(const Session& s, const GoalFields& fields, Naming naming);

Goal add_goal(Session& s, const GoalFields& fields);
// A correction of the goal's words or life area (its status stays with set_goal_status),
// checked by check_goal_fields; one transaction, audited with the old values; an edit
// that changes nothing is refused.
struct GoalEdit {
    std::string goal;  // G3 or 3
    std::optional<std::string> text, area;
};
Corrected<Goal> edit_goal(Session& s, const GoalEdit& edit);
// A dated progress note.
Goal add_goal_progress(Session& s, std::string_view goal, const std::string& note, std::optional<Date> on);
// Moves the goal to a new status on a day, with an optional note.
Goal set_goal_status(Session& s, std::string_view goal, const std::string& status, std::optional<Date> on,
                     const std::string& note);
// One person's goals, or everyone's when `person` is empty.
std::vector<Goal> list_goals(Session& s, std::string_view person, const std::string& status);

}  // namespace lac
