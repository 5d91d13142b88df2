#include "lac/domain/goals.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "lac/util/errors.hpp"
#include "lac/domain/people.hpp"
#include "lac/util/ref.hpp"
#include "lac/store/audit.hpp"
#include "lac/store/goals.hpp"
#include "lac/store/people.hpp"
#include "lac/domain/validate.hpp"

namespace lac {
namespace {

struct GoalAndPerson {
    Goal goal;
    Person person;
};

GoalAndPerson require_goal(Session& s, std::string_view text) {
    int64_t id = require_ref(text, ref::goal, "goal");
    auto goal = store::goal_by_id(s.db, id);
    auto person = goal ? store::person_by_id(s.db, goal->person_id) : std::nullopt;
    if (!goal || !person) throw DataError(fmt::format("there is no goal G{}; see 'lac goal list'", id));
    check_not_forgotten(*person);
    return {*goal, *person};
}

// A change must come on or after the goal was set and its last dated note.
Date change_date(Session& s, const GoalAndPerson& g, std::optional<Date> on) {
    Date day = on.value_or(s.today);
    check_event_date(g.person, day, s.today, "goal's date");
    Date earliest = g.goal.notes.empty() ? g.goal.set_on : std::max(g.goal.set_on, g.goal.notes.back().on);
    if (day < earliest)
        throw DataError(fmt::format("G{} has an entry on {}; date this on or after it", g.goal.id, to_iso(earliest)));
    return day;
}

}  // namespace

Goal check_goal_fields(const Session& s, const GoalFields& f, Naming naming) {
    Goal g;
    g.text = check_text(f.text, "goal", 1000);
    if (g.text.empty())
        throw DataError(std::string(
            named(naming, "the goal is empty; write it in the person's own words", "the goal's text is empty")));
    // "other" unless a site's own list leaves it out; then its last area.
    const auto& areas = s.config.life_areas;
    std::string fallback = std::find(areas.begin(), areas.end(), "other") != areas.end() ? "other" : areas.back();
    g.area = f.area.empty() ? fallback : check_word(f.area, areas, "life area");
    g.set_on = f.on.value_or(s.today);
    g.status = "active";
    return g;
}

Goal add_goal(Session& s, const GoalFields& f) {
    Goal g = check_goal_fields(s, f, Naming::described);
    s.db.write([&] {
        Person p = find_person(s, f.person);
        check_event_date(p, g.set_on, s.today, "goal's date");
        g.person_id = p.id;
        g.person_name = p.name;
        g.id = store::insert_goal(s.db, g);
        store::audit(s.db, "add", "goal", make_ref(ref::goal, g.id), make_ref(ref::person, p.id));
    });
    return g;
}

Corrected<Goal> edit_goal(Session& s, const GoalEdit& e) {
    if (!e.text && !e.area) nothing_given("the goal's words or --area");
    Corrected<Goal> out;
    s.db.write([&] {
        auto g = require_goal(s, e.goal);
        GoalFields f{make_ref(ref::person, g.person.id), e.text.value_or(g.goal.text), e.area.value_or(g.goal.area),
                     g.goal.set_on};
        Goal checked = check_goal_fields(s, f, Naming::described);
        Goal now = g.goal;
        now.text = checked.text;
        now.area = checked.area;
        out = apply_edit(s, "goal", ref::goal, {{"text", g.goal.text}, {"area", g.goal.area}}, now,
                         {{"text", now.text}, {"area", now.area}}, [](Db& db, const Goal& g) {
                             store::update_goal_words(db, g.id, g.text, g.area);
                         });
    });
    return out;
}

Goal add_goal_progress(Session& s, std::string_view goal, const std::string& note, std::optional<Date> on) {
    std::string text = check_text(note, "progress note", 4000, true);
    if (text.empty()) throw DataError("the progress note is empty; say what happened");
    Goal result;
    s.db.write([&] {
        auto g = require_goal(s, goal);
        Date day = change_date(s, g, on);
        store::insert_goal_note(s.db, g.goal.id, {day, "", text});
        store::audit(s.db, "progress", "goal", make_ref(ref::goal, g.goal.id));
        result = *store::goal_by_id(s.db, g.goal.id);
    });
    return result;
}

Goal set_goal_status(Session& s, std::string_view goal, const std::string& status, std::optional<Date> on,
                     const std::string& note) {
    std::string next = check_word(status, goal_statuses, "goal status");
    std::string text = check_text(note, "note", 4000, true);
    Goal result;
    s.db.write([&] {
        auto g = require_goal(s, goal);
        if (g.goal.status == next) throw DataError(fmt::format("G{} is already {}", g.goal.id, next));
        Date day = change_date(s, g, on);
        store::set_goal_status(s.db, g.goal.id, next, next == "active" ? std::nullopt : std::optional(day));
        store::insert_goal_note(s.db, g.goal.id, {day, next, text});
        store::audit(s.db, "status", "goal", make_ref(ref::goal, g.goal.id), "status=" + next);
        result = *store::goal_by_id(s.db, g.goal.id);
    });
    return result;
}

std::vector<Goal> list_goals(Session& s, std::string_view person, const std::string& status) {
    std::string wanted = status.empty() ? "" : check_word(status, goal_statuses, "goal status");
    std::vector<Goal> out;
    s.db.read([&] {
        std::optional<int64_t> id;
        if (!person.empty()) id = find_person(s, person).id;
        out = store::list_goals(s.db, id, wanted, false);
    });
    return out;
}

}  // namespace lac
