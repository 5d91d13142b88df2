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
    auto e = std::make_shared<Bound<lac::AvoidedEdit>>(ctx);
    auto& f = e->fields;
    auto* edit = group->add_subcommand("edit", "correct an avoided crisis; each field given replaces its own");
    edit->add_option("avoided", f.avoided, "X2 or 2")->required();
    edit->add_option("--type", f.type, "a crisis type: a [crisis.TYPE] in the config; brings that type's costs");
    edit->add_option("--quantity", f.quantity, "how many, in the type's unit");
    edit->add_option("--confidence", f.confidence, "possible, likely or certain");
    e->parsed.day(edit, "--on", f.on, "the day");
    edit->add_option("-m,--message", f.evidence, "the evidence");
    on_run(edit, e, [&ctx](const lac::AvoidedEdit& f) {
        auto done = lac::edit_avoided(ctx.session("avoided edit"), f);
        const auto& x = done.record;
        note_edited(ctx, lac::make_ref(lac::ref::avoided, x.id), done.fields);
        ctx.note(lac::avoided_value_line(x));
    });
}

}  // namespace

void register_avoided(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand("avoided", "avoided crises already recorded: list, show, edit, delete");
    group->require_subcommand(1);
    add_list(group, ctx, "list avoided crises, newest first: one person's or everyone's, in a period",
             [](lac::Session& s, const ListScope& l, bool whole) {
                 return lac::avoided_table(lac::list_avoided(s, {l.person, l.from, l.to, l.limit}), whole);
             });
    add_show(group, ctx, "every field of one avoided crisis, the evidence in full", "X2 or 2",
             [](lac::Session& s, const std::string& ref) { return lac::avoided_json(lac::show_avoided(s, ref)); });
    add_edit(group, ctx);
    add_delete(group, ctx, "delete an avoided crisis recorded by mistake (needs --confirm)", "X2 or 2",
               [](lac::Session& s, const std::string& ref, bool confirmed) {
                   return lac::make_ref(lac::ref::avoided, lac::delete_avoided(s, ref, confirmed).id);
               });
}
