#include <CLI/CLI.hpp>

#include "commands.hpp"
#include "context.hpp"
#include "corrections.hpp"
#include "parsed_options.hpp"
#include "lac/domain/giving.hpp"
#include "lac/report/views.hpp"
#include "lac/util/ref.hpp"

namespace {

void add_edit(CLI::App* group, Context& ctx) {
    auto e = std::make_shared<Bound<lac::ContributionEdit>>(ctx);
    auto& f = e->fields;
    auto* edit = group->add_subcommand("edit", "correct a contribution; each field given replaces its own");
    edit->add_option("contribution", f.contribution, "T9 or 9")->required();
    edit->add_option("what", f.what, "what they gave");
    edit->add_option("--hours", f.hours, "how many hours, such as 2 or 1.5");
    edit->add_option("--asset", f.asset, "where: an asset on the map (A7, 7, or its name; '' for none)");
    e->parsed.day(edit, "--on", f.on, "the day");
    on_run(edit, e, [&ctx](const lac::ContributionEdit& f) {
        auto done = lac::edit_contribution(ctx.session("contribution edit"), f);
        note_edited(ctx, lac::make_ref(lac::ref::contribution, done.record.id), done.fields);
    });
}

}  // namespace

void register_contribution(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand("contribution", "contributions already recorded: list, show, edit, delete");
    group->require_subcommand(1);
    add_list(group, ctx, "list contributions, newest first: one person's or everyone's, in a period",
             [](lac::Session& s, const ListScope& l, bool whole) {
                 return lac::contributions_table(lac::list_contributions(s, {l.person, l.from, l.to, l.limit}),
                                                 whole);
             });
    add_show(group, ctx, "every field of one contribution", "T9 or 9", [](lac::Session& s, const std::string& ref) {
        return lac::contribution_json(lac::show_contribution(s, ref));
    });
    add_edit(group, ctx);
    add_delete(group, ctx, "delete a contribution recorded by mistake (needs --confirm)", "T9 or 9",
               [](lac::Session& s, const std::string& ref, bool confirmed) {
                   return lac::make_ref(lac::ref::contribution, lac::delete_contribution(s, ref, confirmed).id);
               });
}
