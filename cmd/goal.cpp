#include <CLI/CLI.hpp>

#include "commands.hpp"
#include "context.hpp"
#include "lac/domain/goals.hpp"
#include "lac/util/ref.hpp"
#include "lac/report/views.hpp"
#include "corrections.hpp"
#include "parsed_options.hpp"

namespace {

// A goal's progress note or change of status.
struct Change {
    std::string goal, note, status;
    std::optional<lac::Date> on;
};

}  // namespace

void register_goal(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand("goal", "good life goals, in the person's own words: add, list, edit, progress, set");
    group->require_subcommand(1);
    auto added = std::make_shared<Bound<lac::GoalFields>>(ctx);
    auto& f = added->fields;
    auto* add = group->add_subcommand("add", "record a goal; prints its reference");
    add->add_option("person", f.person, "P12, 12, or a name")->required();
    add->add_option("text", f.text, "the goal in their own words")->required();
    add->add_option("--area", f.area, "life area: " + vocab_word("life_areas") + "; default other (else the last of them)");
    added->parsed.day(add, "--on", f.on, "the day it was set (default today)");
    on_run(add, added, [&ctx](const lac::GoalFields& f) {
        auto g = lac::add_goal(ctx.session("goal add"), f);
        ctx.out << lac::make_ref(lac::ref::goal, g.id) << '\n';
    });

    struct Listing {
        std::string who, status;
    };
    auto listing = std::make_shared<Listing>();
    auto* list = group->add_subcommand("list", "list goals, one person's or everyone's");
    list->add_option("person", listing->who, "P12, 12, or a name (default: everyone)");
    list->add_option("--status", listing->status, "active, achieved, changed or let-go");
    list->callback([&ctx, listing] {
        auto format = ctx.format({lac::Format::table, lac::Format::csv, lac::Format::json});
        auto goals = lac::list_goals(ctx.session("goal list"), listing->who, listing->status);
        lac::render(ctx.out, lac::goals_table(goals), format, ctx.style());
    });

    auto edited = std::make_shared<lac::GoalEdit>();
    auto* edit = group->add_subcommand("edit", "correct a goal's words or life area (its status: goal set)");
    edit->add_option("goal", edited->goal, "G3 or 3")->required();
    edit->add_option("text", edited->text, "the goal in their own words");
    edit->add_option("--area", edited->area, "life area: " + vocab_word("life_areas"));
    edit->callback([&ctx, edited] {
        auto done = lac::edit_goal(ctx.session("goal edit"), *edited);
        note_edited(ctx, lac::make_ref(lac::ref::goal, done.record.id), done.fields);
    });

    auto noted = std::make_shared<Bound<Change>>(ctx);
    auto* progress = group->add_subcommand("progress", "add a dated progress note to a goal");
    progress->add_option("goal", noted->fields.goal, "G3 or 3")->required();
    progress->add_option("note", noted->fields.note, "what happened")->required();
    noted->parsed.day(progress, "--on", noted->fields.on, "the day (default today)");
    on_run(progress, noted, [&ctx](const Change& n) {
        auto g = lac::add_goal_progress(ctx.session("goal progress"), n.goal, n.note, n.on);
        ctx.note("noted progress on " + lac::make_ref(lac::ref::goal, g.id));
    });

    auto changed = std::make_shared<Bound<Change>>(ctx);
    auto* set = group->add_subcommand("set", "change a goal's status: active, achieved, changed, let-go");
    set->add_option("goal", changed->fields.goal, "G3 or 3")->required();
    set->add_option("--status", changed->fields.status, "active, achieved, changed or let-go")->required();
    changed->parsed.day(set, "--on", changed->fields.on, "the day (default today)");
    set->add_option("-m,--message", changed->fields.note, "a note on the change");
    on_run(set, changed, [&ctx](const Change& c) {
        auto g = lac::set_goal_status(ctx.session("goal set"), c.goal, c.status, c.on, c.note);
        ctx.note(lac::make_ref(lac::ref::goal, g.id) + " is now " + g.status);
    });
}
