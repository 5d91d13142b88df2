// The importer of goals: the same checks and defaults as the matching
// command, plus keeping a record's own reference and recognising what an earlier import
// brought in.
#include <fmt/format.h>

#include "lac/import/cells.hpp"
#include "lac/domain/goals.hpp"
#include "lac/domain/people.hpp"
#include "lac/domain/validate.hpp"
#include "lac/store/goals.hpp"
#include "lac/store/imports.hpp"
#include "lac/util/errors.hpp"
#include "lac/util/ref.hpp"

namespace lac::importers {

Outcome goal(Session& s, const ImportRow& row) {
    int64_t id = own_reference(s, row, "goal", ref::goal);
    const Person& p = person_in(s, row, row.text("person"));
    // A forgotten person's goals keep no words (lac person forget).
    bool blank = p.forgotten_on && !row.has("text");
    Goal g = check_goal_fields(s, {"", blank ? "-" : row.text("text"), row.text("area"), date_cell(row, "set_on")},
                               Naming::column);
    if (blank) g.text.clear();
    g.id = id;
    g.person_id = p.id;
    check_event_date(p, g.set_on, s.today, "goal's date");
    g.status = row.has("status") ? check_word(row.text("status"), goal_statuses, "goal status") : "active";
    g.closed_on = date_cell(row, "closed_on");
    if ((g.status == "active") != !g.closed_on)
        throw DataError("closed_on is given exactly when the status is not active");
    if (g.closed_on && *g.closed_on < g.set_on) throw DataError("closed_on comes before set_on");
    if (g.id > 0) {
        if (is_here(s, row, g.id)) {
            std::string ref = make_ref(ref::goal, g.id);
            return settle(s, row, std::to_string(g.id), ref, [&](const Differences& d) {
                if (differs_in(d, "person") || differs_in(d, "set_on"))
                    throw DataError(fmt::format("{} is here for another person or day; a goal's person and day "
                                                "are not corrected, so leave this row out", ref));
                GoalEdit e{ref};
                if (differs_in(d, "text")) e.text = g.text;
                if (differs_in(d, "area")) e.area = g.area;
                if (e.text || e.area) edit_goal(s, e);
                if (differs_in(d, "status") || differs_in(d, "closed_on"))
                    set_goal_status(s, ref, g.status, g.closed_on.value_or(s.today), "");
            });
        }
    } else if (store::goal_exists(s.db, g.person_id, g.text, g.set_on)) {
        return Outcome::already;
    }
    may_add_for(row, p);
    g.id = store::insert_goal(s.db, g);
    if (g.closed_on) {
        store::set_goal_status(s.db, g.id, g.status, g.closed_on);
        store::insert_goal_note(s.db, g.id, {*g.closed_on, g.status, ""});
    }
    row.memo().new_goals.insert(g.id);
    imported(row, g.id);
    return Outcome::added;
}

}  // namespace lac::importers
