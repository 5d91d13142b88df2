#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "context.hpp"
#include "corrections.hpp"
#include "lac/domain/giving.hpp"
#include "lac/report/views.hpp"
#include "lac/util/ref.hpp"
#include "lac/util/text.hpp"

namespace {

void add_edit(CLI::App* group, Context& ctx) {
    struct Edit {
        lac::AvoidedEdit fields;
        std::optional<std::string> on;  // read against today once the command runs
    };
    auto e = std::make_shared<Edit>();
    auto& f = e->fields;
    auto* edit = group->add_subcommand("edit", "correct an avoided crisis; each field given replaces its own");
    edit->add_option("avoided", f.avoided, "X2 or 2")->required();
    edit->add_option("--type", f.type, "a crisis type: a [crisis.TYPE] in the config; brings that type's costs");
    edit->add_option("--quantity", f.quantity, "how many, in the type's unit");
    edit->add_option("--confidence", f.confidence, "possible, likely or certain");
    edit->add_option("--on", e->on, "the day");
    edit->add_option("-m,--message", f.evidence, "the evidence");
    edit->callback([&ctx, e] {
        if (e->on) e->fields.on = ctx.parse_date(*e->on);
        auto done = lac::edit_avoided(ctx.session("avoided edit"), e->fields);
        const auto& x = done.record;
        note_edited(ctx, lac::make_ref('X', x.id), done.fields);
        ctx.note(fmt::format("{}: {} {}{} × {} = {} ({})", x.label, lac::Cell::num(x.quantity).text, x.unit,
                             x.quantity == 1 ? "" : "s", lac::pounds(x.unit_cost), lac::pounds(x.value()), x.budget));
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
                   return lac::make_ref('X', lac::delete_avoided(s, ref, confirmed).id);
               });
}
