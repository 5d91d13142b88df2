#include <CLI/CLI.hpp>

#include "commands.hpp"
#include "context.hpp"
#include "lac/domain/goals.hpp"
#include "lac/util/ref.hpp"
#include "lac/report/views.hpp"

namespace {

struct Args {
    std::string who, text, area, on, goal, note, status;
};

}  // namespace

void register_goal(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand("goal", "good life goals, in the person's own words: add, list, progress, set");
    group->require_subcommand(1);
    auto a = std::make_shared<Args>();

    auto* add = group->add_subcommand("add", "record a goal; prints its reference");
    add->add_option("person", a->who, "P12, 12, or a name")->required();
    add->add_option("text", a->text, "the goal in their own words")->required();
    add->add_option("--area", a->area, "life area: friends, family, home, work, learning, health, money, "
                                       "community, leisure, other (default other)");
    add->add_option("--on", a->on, "the day it was set (default today)");
    add->callback([&ctx, a] {
        lac::GoalFields f{a->who, a->text, a->area, ctx.parse_date_option(a->on)};
        auto g = lac::add_goal(ctx.session("goal add"), f);
        ctx.out << lac::make_ref('G', g.id) << '\n';
    });

    auto* list = group->add_subcommand("list", "list goals, one person's or everyone's");
    list->add_option("person", a->who, "P12, 12, or a name (default: everyone)");
    list->add_option("--status", a->status, "active, achieved, changed or let-go");
    list->callback([&ctx, a] {
        auto format = ctx.format({lac::Format::table, lac::Format::csv, lac::Format::json});
        auto goals = lac::list_goals(ctx.session("goal list"), a->who, a->status);
        lac::render(ctx.out, lac::goals_table(goals), format, ctx.style());
    });

    auto* progress = group->add_subcommand("progress", "add a dated progress note to a goal");
    progress->add_option("goal", a->goal, "G3 or 3")->required();
    progress->add_option("note", a->note, "what happened")->required();
    progress->add_option("--on", a->on, "the day (default today)");
    progress->callback([&ctx, a] {
        auto on = ctx.parse_date_option(a->on);
        auto g = lac::add_goal_progress(ctx.session("goal progress"), a->goal, a->note, on);
        ctx.note("noted progress on " + lac::make_ref('G', g.id));
    });

    auto* set = group->add_subcommand("set", "change a goal's status: active, achieved, changed, let-go");
    set->add_option("goal", a->goal, "G3 or 3")->required();
    set->add_option("--status", a->status, "active, achieved, changed or let-go")->required();
    set->add_option("--on", a->on, "the day (default today)");
    set->add_option("-m,--message", a->note, "a note on the change");
    set->callback([&ctx, a] {
        auto on = ctx.parse_date_option(a->on);
        auto g = lac::set_goal_status(ctx.session("goal set"), a->goal, a->status, on, a->note);
        ctx.note(lac::make_ref('G', g.id) + " is now " + g.status);
    });
}
