#include <CLI/CLI.hpp>

#include "commands.hpp"
#include "context.hpp"
#include "lac/domain/team.hpp"
#include "lac/report/views.hpp"
#include "parsed_options.hpp"

namespace {

struct Handled {
    std::string handle;
    lac::CoordinatorFields details;
};

void add_field_options(CLI::App* cmd, Bound<Handled>& b) {
    auto& f = b.fields.details;
    cmd->add_option("--name", f.name, "full name");
    cmd->add_option("--team", f.team, "team (default: the team given to lac init)");
    cmd->add_option("--neighbourhood", f.neighbourhood, "the neighbourhood they cover");
    b.parsed.add(cmd, "--capacity", f.capacity, lac::parse_capacity,
                 "people walked alongside: N, or a band MIN-MAX (default from config)")
        ->type_name("N|MIN-MAX");
}

}  // namespace

void register_coordinator(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand("coordinator", "the team: add, list, edit, retire");
    group->require_subcommand(1);
    auto added = std::make_shared<Bound<Handled>>(ctx);
    auto* add = group->add_subcommand("add", "add a coordinator");
    add->add_option("handle", added->fields.handle, "short login-style handle, such as asha")->required();
    add_field_options(add, *added);
    add->get_option("--name")->required();
    on_run(add, added, [&ctx](const Handled& h) {
        auto c = lac::add_coordinator(ctx.session("coordinator add"), h.handle, h.details);
        ctx.out << c.handle << '\n';
    });

    struct Listing {
        std::string team;
        bool all = false;
    };
    auto listing = std::make_shared<Listing>();
    auto* list = group->add_subcommand("list", "list coordinators with their caseload against capacity");
    list->add_option("--team", listing->team, "only this team");
    list->add_flag("--all", listing->all, "include retired coordinators");
    list->callback([&ctx, listing] {
        auto format = ctx.format({lac::Format::table, lac::Format::csv, lac::Format::json});
        auto& s = ctx.session("coordinator list");
        lac::render(ctx.out, lac::coordinators_table(lac::list_coordinators(s, listing->team, listing->all)), format,
                    ctx.style());
    });

    auto edited = std::make_shared<Bound<Handled>>(ctx);
    auto* edit = group->add_subcommand("edit", "change a coordinator's name, team, neighbourhood or capacity");
    edit->add_option("handle", edited->fields.handle, "the coordinator")->required();
    add_field_options(edit, *edited);
    on_run(edit, edited, [&ctx](const Handled& h) {
        auto c = lac::edit_coordinator(ctx.session("coordinator edit"), h.handle, h.details);
        ctx.note("updated " + c.handle);
    });

    auto retired = std::make_shared<std::string>();
    auto* retire = group->add_subcommand("retire", "mark a coordinator as no longer active");
    retire->add_option("handle", *retired, "the coordinator")->required();
    retire->callback([&ctx, retired] {
        auto c = lac::retire_coordinator(ctx.session("coordinator retire"), *retired);
        ctx.note("retired " + c.handle);
    });
}
